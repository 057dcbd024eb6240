#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace quorum {

class BlobStore;
class EventStore;
class RoomServer;

/** A file to attach to an agenda item when the server starts. */
struct StartupDocument
{
    QString itemId;
    QString path;
};

/**
 * Ingests files into the blob store and attaches them to agenda items of a meeting (from the
 * meeting file, or `--document item=path`), committing the events before the server listens.
 * A document already attached with the same bytes changes nothing, so a restart adds nothing;
 * changed bytes become a new version. Stops at the first file that is refused.
 */
bool attachStartupDocuments(RoomServer &server, EventStore &store, BlobStore &blobs,
    const QString &meetingId, const std::vector<StartupDocument> &documents, QString *error);

/** The documents a meeting file names, with paths resolved (see docs/documents.md). */
std::vector<StartupDocument> meetingFileDocuments(
    const QString &meetingFilePath, const QHash<QString, QStringList> &documents);

} // namespace quorum
