#include "annotationpages.h"

#include "annotationbodies.h"
#include "meeting.h"
#include "room.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
void skipEmptyGroups(Session::Pages &pages)
{
    while (
        pages.group < pages.groups.size() && pages.op >= pages.groups[pages.group].opIds.size()) {
        ++pages.group;
        pages.op = 0;
    }
}
} // namespace

QByteArray nextAnnotationPage(
    const Meeting &meeting, EventStore &store, const QString &meetingId, Session::Pages &pages)
{
    v1::ServerMessage message;
    v1::AnnotationPage *page = message.mutable_annotation_page();
    page->set_snapshot_seq(pages.snapshotSeq);
    skipEmptyGroups(pages);
    if (pages.group < pages.groups.size()) {
        const AnnotationGroup &group = pages.groups[pages.group];
        page->set_document_id(sstr(group.documentId));
        // Operations are never removed from the state (erased ones stay), and the ids were
        // taken at the Welcome's seq, which is durable before the Welcome goes: the page holds
        // the state the snapshot had, and every body is in the log.
        std::vector<quint64> seqs;
        size_t bytes = 0;
        for (; pages.op < group.opIds.size(); ++pages.op) {
            const AnnotationEntry *op = meeting.annotation(group.opIds[pages.op]);
            if (!op)
                continue;
            const size_t size = size_t(op->bytes) + 8; // tag and length
            if (!seqs.empty() && bytes + size > size_t(FrameTargetBytes))
                break;
            seqs.push_back(op->seq);
            bytes += size;
        }
        const QHash<quint64, v1::AnnotationOp> bodies
            = readAnnotationBodies(store, meetingId, seqs);
        for (quint64 seq : seqs) {
            const auto body = bodies.constFind(seq);
            if (body == bodies.cend()) {
                qCCritical(lcServer) << "meeting" << meetingId << "annotation at seq" << seq
                                     << "is not in the log any more";
                continue;
            }
            *page->add_annotations() = *body;
        }
        skipEmptyGroups(pages);
    }
    page->set_last(pages.group >= pages.groups.size());
    return encode(message);
}

std::vector<v1::AnnotationOp> durableAnnotationBodies(
    const Room &room, const std::vector<const AnnotationEntry *> &entries)
{
    std::vector<quint64> seqs;
    for (const AnnotationEntry *entry : entries) {
        if (entry->seq <= room.publishedSeq())
            seqs.push_back(entry->seq);
    }
    QHash<quint64, v1::AnnotationOp> bodies = readAnnotationBodies(room.store(), room.id(), seqs);
    std::vector<v1::AnnotationOp> out;
    out.reserve(size_t(bodies.size()));
    for (const AnnotationEntry *entry : entries) {
        auto body = bodies.find(entry->seq);
        if (body != bodies.end())
            out.push_back(std::move(*body));
    }
    return out;
}

QByteArray nextSnapshotPage(Session::SnapshotBytes &snapshot)
{
    v1::ServerMessage message;
    v1::SnapshotPage *page = message.mutable_snapshot_page();
    const qint64 size = std::min<qint64>(SnapshotPageBytes, snapshot.bytes.size() - snapshot.sent);
    page->set_part(snapshot.bytes.constData() + snapshot.sent, size_t(size));
    snapshot.sent += size;
    page->set_last(snapshot.sent >= snapshot.bytes.size());
    return encode(message);
}

} // namespace quorum
