// Feeding a tablet: the annotation pages after its Welcome, then the durable events from where
// it is, in frames of bounded size, only as fast as it reads. A tablet far behind (a dropped
// link, a burst of big strokes) is never queued its whole backlog at once.
#include "rooms.h"
#include "session.h"

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

/** The next AnnotationPage: one document's annotations up to FrameTargetBytes (at least one). */
QByteArray nextAnnotationPage(const Meeting &meeting, Session::Pages &pages)
{
    v1::ServerMessage message;
    v1::AnnotationPage *page = message.mutable_annotation_page();
    page->set_snapshot_seq(pages.snapshotSeq);
    skipEmptyGroups(pages);
    if (pages.group < pages.groups.size()) {
        const AnnotationGroup &group = pages.groups[pages.group];
        page->set_document_id(sstr(group.documentId));
        size_t bytes = 0;
        for (; pages.op < group.opIds.size(); ++pages.op) {
            // Operations are never removed from the state (erased ones stay), and the ids were
            // taken at the Welcome's seq: the page holds the state the snapshot had.
            const v1::AnnotationOp *op = meeting.annotation(group.opIds[pages.op]);
            if (!op)
                continue;
            const size_t size = op->ByteSizeLong() + 8; // tag and length
            if (page->annotations_size() > 0 && bytes + size > size_t(FrameTargetBytes))
                break;
            *page->add_annotations() = *op;
            bytes += size;
        }
        skipEmptyGroups(pages);
    }
    page->set_last(pages.group >= pages.groups.size());
    return encode(message);
}
} // namespace

void Rooms::feed(Session &session)
{
    Room *room = session.room();
    if (!room || session.state() != Session::State::Live)
        return;
    while (session.state() == Session::State::Live && session.isWritable()) {
        if (std::optional<Session::Pages> &pages = session.pages()) {
            session.send(nextAnnotationPage(room->meeting(), *pages));
            if (pages->group >= pages->groups.size())
                pages.reset();
            continue;
        }
        const quint64 next = session.sentThrough() + 1;
        if (next > room->publishedSeq())
            break;
        if (const PublishedChunk *chunk = room->chunkAt(next)) {
            // Up to date: the bytes built once for everyone at publish.
            session.send(chunk->to(session.participantId(), session.role()));
            session.setSentThrough(chunk->last);
        } else {
            quint64 last = 0;
            session.send(room->catchUpFrame(next, session.participantId(), session.role(), &last));
            session.setSentThrough(last);
        }
    }
    session.setWaitingForReader(!session.isWritable());
    session.flushReplies(m_durableTicket, false);
}

} // namespace quorum
