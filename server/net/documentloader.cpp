#include "documentloader.h"

#include "blobstore.h"
#include "documentintake.h"
#include "documents.h"
#include "roomserver.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

std::vector<StartupDocument> meetingFileDocuments(
    const QString &meetingFilePath, const QHash<QString, QStringList> &documents)
{
    // Paths are relative to the meeting file's folder, or to its parent (the demo meeting
    // sits in assets/demo/ and names "documents/x.pdf" under assets/).
    const QDir here = QFileInfo(meetingFilePath).absoluteDir();
    QDir parent = here;
    parent.cdUp();
    std::vector<StartupDocument> out;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        for (const QString &relative : it.value()) {
            QString path = here.filePath(relative);
            if (!QFileInfo::exists(path) && QFileInfo::exists(parent.filePath(relative)))
                path = parent.filePath(relative);
            out.push_back({ it.key(), path });
        }
    }
    // QHash order is random: attach in agenda-file order of the paths for stable logs.
    std::sort(out.begin(), out.end(), [](const StartupDocument &a, const StartupDocument &b) {
        return a.itemId != b.itemId ? a.itemId < b.itemId : a.path < b.path;
    });
    return out;
}

bool attachStartupDocuments(RoomServer &server, EventStore &store, BlobStore &blobs,
    const QString &meetingId, const std::vector<StartupDocument> &documents, QString *error)
{
    Room *room = server.room(meetingId);
    if (!room) {
        *error = QStringLiteral("no meeting '%1'").arg(meetingId);
        return false;
    }
    for (const StartupDocument &d : documents) {
        pdf::IngestError code;
        const std::optional<v1::Document> ingested = ingestDocument(blobs, d.path, &code, error);
        if (!ingested)
            return false;
        const Decision known = decideDocumentIngested(room->meeting().state(), *ingested);
        if (!known.ok()) {
            *error = qstr(known.error().detail());
            return false;
        }
        room->stage(known.events(), {});
        v1::AttachDocument attach;
        // The file's name is the document's id: the same file name on the same item is a
        // new version of the same document.
        attach.set_document_id(
            sstr(d.itemId + QLatin1Char('/') + QFileInfo(d.path).completeBaseName()).substr(0, 64));
        attach.set_item_id(sstr(d.itemId));
        attach.set_sha256(ingested->sha256());
        attach.set_file_name(ingested->file_name());
        const Decision attached = decideAttachDocument(room->meeting().state(), attach);
        if (!attached.ok()) {
            *error = QStringLiteral("%1: %2").arg(d.path, qstr(attached.error().detail()));
            return false;
        }
        room->stage(attached.events(), {});
        qCInfo(lcServer) << "document" << d.path << "on item" << d.itemId << "sha256"
                         << qstr(ingested->sha256()) << ingested->pages_size() << "pages";
    }
    CommitBatch batch;
    room->collect(batch);
    if (!store.commit(batch, error))
        return false;
    room->publish(); // nobody is connected yet
    return true;
}

} // namespace quorum
