#pragma once

#include "pdfingest.h"
#include "protocol.h"

#include <QString>

#include <optional>

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
     * Ingests a PDF (server/pdf) and keeps its bytes. Returns what the meeting needs to know
     * (id and item empty), or nullopt with the ingest error and a readable detail.
     */
    std::optional<v1::Document> add(const QString &path, pdf::IngestError *code, QString *error,
                                    const pdf::IngestLimits &limits = {});

    /**
     * Keeps any file's bytes (an exported archive, a minutes PDF) under their SHA-256 without
     * ingesting them; `suffix` is "pdf" or "zip". Returns the lowercase hex, or empty with an error.
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
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace quorum
