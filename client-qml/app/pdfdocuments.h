#pragma once

#include <QString>

#include <memory>

class QPdfDocument;

/**
 * The PDF files the tablet has open: one QPdfDocument per file, shared by everyone reading it
 * (the reader's page count, sizes and highlighter, its search, and its page images and
 * thumbnails, which Qt Quick renders on its image thread). A document lives as long as one of
 * them holds it, a page still rendering after its reader closed included, so no render ever
 * outlives its document (Qt 6.4's PdfPageImage did, and crashed the tablet: docs/documents.md).
 *
 * Qt PDF serializes every call into PDFium behind one global lock, so a loaded document may be
 * rendered on the image thread while the GUI thread asks it for text.
 */
class PdfDocuments
{
public:
    using Handle = std::shared_ptr<QPdfDocument>;

    /**
     * The document of the file `path`: the one already open, else loaded now (GUI thread
     * only). Never null; a file that does not load gives a document in the Error status,
     * which is not shared (the next open() tries again: the file may have arrived since).
     */
    static Handle open(const QString &path);
    /** The key of `path` for find(): hex digits, fit for an image URL. */
    static QString keyOf(const QString &path);
    /** The loaded document under `key` if someone still holds it, else null. Any thread. */
    static Handle find(const QString &key);
    /** How many documents are open (tests). */
    static int openCount();
};
