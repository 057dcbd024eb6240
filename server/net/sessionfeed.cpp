// Feeding a tablet: the snapshot's pages and the annotation pages after its Welcome, then the
// durable events from where it is, in frames of bounded size, only as fast as it reads. A tablet
// far behind (a dropped link, a burst of big strokes) is never queued its whole backlog at once.
#include "annotationpages.h"
#include "meetingpages.h"
#include "rooms.h"
#include "session.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
/**
 * The last seq of a run of at least two recent countsOnly chunks from `chunk` on, as
 * `session` gets them, that fit FrameTargetBytes together; 0 when there is no such run (or the
 * tablet sees every vote: its frames name the voters).
 */
quint64 countsRunEnd(const Room &room, const PublishedChunk &chunk, const Session &session)
{
    if (!chunk.countsOnly || seesEveryVote(session.role()))
        return 0;
    qint64 bytes = chunk.to(session.participantId(), session.role()).size();
    const PublishedChunk *last = &chunk;
    while (last->last < room.publishedSeq()) {
        const PublishedChunk *next = room.chunkAt(last->last + 1);
        if (!next || !next->countsOnly)
            break;
        bytes += next->to(session.participantId(), session.role()).size();
        if (bytes > FrameTargetBytes)
            break;
        last = next;
    }
    return last == &chunk ? 0 : last->last;
}
} // namespace

void Rooms::feed(Session &session)
{
    if (session.state() == Session::State::Listing) {
        feedMeetingList(session);
        return;
    }
    Room *room = session.room();
    if (!room || session.state() != Session::State::Live)
        return;
    while (session.state() == Session::State::Live && session.isWritable()) {
        if (std::optional<Session::SnapshotBytes> &snapshot = session.snapshotBytes()) {
            session.send(nextSnapshotPage(*snapshot));
            if (snapshot->sent >= snapshot->bytes.size())
                snapshot.reset();
            continue;
        }
        if (std::optional<Session::Pages> &pages = session.pages()) {
            session.send(nextAnnotationPage(room->meeting(), m_store, room->id(), *pages));
            if (pages->group >= pages->groups.size())
                pages.reset();
            continue;
        }
        const quint64 next = session.sentThrough() + 1;
        if (next > room->publishedSeq())
            break;
        if (const PublishedChunk *chunk = room->chunkAt(next)) {
            // A run of commits that are only counts to those who see no names (a vote round:
            // counts that waited, then the tablet's own vote): one frame.
            if (const quint64 last = countsRunEnd(*room, *chunk, session)) {
                session.send(room->countsRun(next, last, session.participantId()));
                session.setSentThrough(last);
                continue;
            }
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

void Rooms::feedMeetingList(Session &session)
{
    std::optional<Session::MeetingList> &list = session.meetingList();
    while (list && session.state() == Session::State::Listing && session.isWritable()) {
        session.send(nextMeetingsPage(*this, *list));
        if (list->next >= list->ids.size()) {
            list.reset();
            session.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("meetings listed"));
        }
    }
    if (session.state() == Session::State::Listing)
        session.setWaitingForReader(!session.isWritable());
}

} // namespace quorum
