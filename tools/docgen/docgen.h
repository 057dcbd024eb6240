#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <vector>

namespace quorum::docgen {

/** One heading and its paragraphs. */
struct Section
{
    QString heading;
    QStringList paragraphs;
};

/**
 * A document as the generator lays it out on A4: a header block ("ĐOÀN TNCS HỒ CHÍ MINH"),
 * a title, then sections flowing over as many pages as they need, a page number at the foot.
 */
struct DocumentSpec
{
    QString organisation;
    QString title;
    QString subtitle;
    std::vector<Section> sections;
};

/** Writes a spec as a PDF (needs a QGuiApplication); false and a reason when it cannot. */
bool writePdf(const QString &path, const DocumentSpec &spec, QString *error);

/** The three documents of the demo meeting, by file name (see assets/demo/meeting.json). */
std::vector<std::pair<QString, DocumentSpec>> demoDocuments();

/** A document of exactly `pages` pages ("Trang N"), for tests of large transfers. */
bool writeNumberedPdf(const QString &path, int pages, QString *error);

/**
 * A one-page PDF (200 x 100 points, nothing drawn) written byte by byte with a correct
 * cross-reference table, for tests of what a reader makes of unusual files: `extraObjects` are
 * numbered from 4, `extraTrailer` goes into the trailer's dictionary, `extraCatalog` into the
 * catalog's (e.g. "/Outlines 4 0 R"). Needs no QGuiApplication.
 */
QByteArray handWrittenPdf(const QByteArray &extraTrailer = {},
    const QByteArrayList &extraObjects = {}, const QByteArray &extraCatalog = {});

/** That PDF encrypted with a user password nobody knows (Standard security handler, R2). */
QByteArray encryptedPdf();

} // namespace quorum::docgen
