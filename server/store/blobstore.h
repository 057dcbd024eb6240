#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace quorum {

/**
 * Document bytes in the data folder, addressed by their SHA-256: `<hex>.pdf`, beside it the
 * ingested page texts (`<hex>.txt.json`, for search) and thumbnails (`<hex>.thumbs/N.png`).
 * A file lands under its final name only once it is whole and synced (QSaveFile), so a
 * crash never leaves half a document behind a valid address.
 */
class BlobStore
{
public:
    explicit BlobStore(QString directory);

    bool open(QString *error);
    const QString &directory() const { return m_dir; }

    /**
     * Keeps a PDF's bytes under `sha256` (lowercase hex, as its ingest computed it) with its
     * page texts (`<hex>.txt.json`) and, when given, one thumbnail per page. What to keep is
     * the caller's (the part that admits documents, server/net/documentintake.h): the store
     * reads no PDF. Returns false with a readable detail when a file cannot be written.
     */
    bool addDocument(const QString &path, const QString &sha256, const QStringList &pageTexts,
        const std::vector<QByteArray> &thumbnailsPng, QString *error);

    /**
     * Keeps any file's bytes (an exported archive, a minutes PDF) under their SHA-256 without
     * ingesting them; `suffix` is "pdf", "zip" or "csv" (a form's results). Returns the lowercase
     * hex, or empty with an error.
     */
    QString addFile(const QString &path, const QString &suffix, QString *error);

    /** The file holding these bytes, or empty when the store does not have them. */
    QString path(const QString &sha256) const;

    /** Removes a document's bytes, page texts and thumbnails (no longer referenced). */
    void remove(const QString &sha256);

private:
    QString m_dir;
};

/** Lowercase hex of a SHA-256, the form used on the wire and on disk. */
inline bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace quorum
