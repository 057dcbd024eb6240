#pragma once

#include "minutespdf.h"

#include <QString>

#include <vector>

namespace quorum {
class EventStore;
struct StoredEvent;
} // namespace quorum

namespace quorum::archive {

class SigningKey;

struct ExportOptions
{
    minutes::RenderOptions render;
    QString blobDirectory; // the server's document store (data/blobs)
    qint64 nowMs = 0; // when the archive is made (manifest, member times)
};

struct ExportResult
{
    int members = 0;
    bool approved = false;
    quint64 events = 0;
    QStringList notes; // e.g. "documents/x.pdf: original bytes, no shared annotations"
};

/**
 * A stored meeting's events, in order (as stored and decoded), after checking every link of
 * the hash chain; false
 * and a readable error when the meeting is not there or its log does not verify.
 */
bool readVerifiedLog(EventStore &store, const QString &meetingId, std::vector<StoredEvent> *stored,
    std::vector<v1::Event> *events, QString *error);

/**
 * Writes one meeting's archive: the minutes (vi and en PDF), every attached document with
 * its shared annotations written in (Poppler), the event log as JSON lines with its hash
 * chain, and manifest.json (SHA-256 of every member) signed with the server's key.
 * The stored chain is verified first: a log that does not verify is not archived.
 * Needs a QGuiApplication for the PDFs. False and a readable error otherwise.
 */
bool exportMeeting(EventStore &store, const QString &meetingId, const QString &outPath,
    const SigningKey &key, const ExportOptions &options, ExportResult *result, QString *error);

} // namespace quorum::archive
