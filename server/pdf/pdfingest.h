#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <vector>

namespace quorum::pdf {

/** Why a file was refused. Each has a readable detail beside it in IngestResult. */
enum class IngestError {
    None,
    Unreadable, // the file could not be read
    TooLarge, // more bytes or pages than the limits allow
    NotPdf, // no "%PDF-" header: another kind of file
    Truncated, // a PDF whose end ("%%EOF") is missing: an interrupted copy or upload
    Encrypted, // password-protected or encrypted: tablets could not open it without a password
    Corrupt, // looks like a PDF, but Poppler cannot read its structure or a page
};

/** A short English name of an error, for logs and error details. */
QString ingestErrorName(IngestError error);

/** One entry of a document's outline (bookmarks), flattened depth-first. */
struct OutlineEntry
{
    QString title;
    int page = -1; // 0-based; -1 when the entry points nowhere in this file
    int level = 0; // 0 for top-level entries
};

/** One page: its size in points (1/72 inch, rotation applied), its text, a small thumbnail. */
struct PageInfo
{
    QSizeF sizePoints;
    QString text;
    QByteArray thumbnailPng;
};

/** What ingest learns about a PDF. */
struct IngestedDocument
{
    QByteArray sha256; // raw 32 bytes of the file's SHA-256
    qint64 size = 0;
    QString title; // from the document info; may be empty
    std::vector<PageInfo> pages;
    std::vector<OutlineEntry> outline;
};

struct IngestLimits
{
    /** 200 MiB: a scanned 500-page report is ~100 MB; tablets hold a meeting's files in flash. */
    qint64 maxBytes = 200 * 1024 * 1024;
    /** More pages than a person reads in a meeting; bounds ingest time (thumbnails). */
    int maxPages = 3000;
    /** Thumbnail width in pixels: a strip of page previews on a tablet. */
    int thumbnailWidth = 120;
    bool thumbnails = true;
    /**
     * Outline entries kept: one per page of the largest document (maxPages), each title cut
     * at 200 characters (a line of a table of contents). The outline travels in every
     * Document (events, snapshots, upload progress), so this is what bounds a Document's size
     * (~1.8 MB at most, under the 4 MiB a tablet accepts); a hostile file's outline, nested
     * 16 deep, could otherwise expand to millions of entries.
     */
    int maxOutlineEntries = 3000;
    int maxOutlineTitleChars = 200;
};

struct IngestResult
{
    IngestError error = IngestError::None;
    QString detail; // English, readable; empty when error is None
    IngestedDocument document;
    bool ok() const { return error == IngestError::None; }
};

/** Reads and checks a PDF file. Never throws; a bad file gives a typed error. */
IngestResult ingestFile(const QString &path, const IngestLimits &limits = {});

/** SHA-256 of a file, read in blocks; empty when unreadable. */
QByteArray sha256OfFile(const QString &path);

} // namespace quorum::pdf
