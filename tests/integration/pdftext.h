#pragma once

#include <QByteArray>
#include <QString>

/**
 * The text of a PDF file as pdftotext (poppler-utils) reads it, white space folded to single
 * spaces: lines wrap wherever the layout wraps them. Read through a file, not a pipe: minutes
 * of 200 participants run to many pages, more than a pipe's reads were seen to deliver whole.
 */
QString pdfText(const QString &path);

/** The same for PDF bytes, written first to `path` (which the test may read again). */
QString pdfText(const QByteArray &pdf, const QString &path);
