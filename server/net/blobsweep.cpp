// Uploaded bytes that no meeting refers to any more are removed (docs/documents.md): a
// replaced version or a removed document, once no meeting of this server attaches it and no
// export names it. Bytes ingested but not attached yet (an upload on its way to AttachDocument)
// are kept: only what was attached once and is not any more goes.
#include "blobsweep.h"

#include "blobstore.h"
#include "rooms.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

void BlobSweep::sweep()
{
    if (!m_blobs)
        return;
    QSet<QString> retired;
    QSet<QString> referenced;
    for (const auto &[id, room] : m_rooms.all()) {
        const MeetingState &state = room->meeting().state();
        retired.unite(state.documents.attachedEver);
        for (const v1::Document &d : state.documents.documents)
            referenced.insert(qstr(d.sha256()));
        referenced.unite(state.minutes.exportedFiles);
    }
    retired.subtract(referenced);
    for (const QString &hash : std::as_const(retired)) {
        if (!m_blobs->path(hash).isEmpty()) {
            qCInfo(lcServer) << "removing document bytes no meeting refers to:" << hash;
            m_blobs->remove(hash);
        }
    }
}

} // namespace quorum
