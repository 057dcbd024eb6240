// FollowState: where each tablet reads (following the presenter, or on its own page), kept per
// room in a FollowBoard and shown to the chair and the presenter as Followers. Not a command:
// no event, nothing stored. Same gate as the other live messages: authenticated, then the rate
// limit; bad input gets a typed error and changes nothing.
#include "roomserver.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

void RoomServer::handleFollowState(Session &session, const v1::FollowState &state)
{
    if (!admitLiveMessage(session)) {
        if (session.isAuthenticated())
            session.sendError(v1::ERROR_RATE_LIMITED, QStringLiteral("Too many messages"));
        return;
    }
    const MeetingState &meeting = session.room()->meeting().state();
    if (!state.document_id().empty()) {
        const v1::Document *document = meeting.documents.document(qstr(state.document_id()));
        if (!document) {
            session.sendError(makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_UNKNOWN_DOCUMENT,
                QStringLiteral("No document '%1' in the meeting").arg(qstr(state.document_id()))));
            return;
        }
        if (document->pages_size() > 0 && state.page() >= quint32(document->pages_size())) {
            session.sendError(makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_PAGE_OUT_OF_RANGE,
                QStringLiteral("Page %1 is beyond the end (%2 pages)")
                    .arg(state.page())
                    .arg(document->pages_size())));
            return;
        }
    } else if (state.following()) {
        session.sendError(makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_FOLLOW_WITHOUT_DOCUMENT,
            QStringLiteral("Following needs the document on screen")));
        return;
    }
    FollowBoard &board = m_follow[session.room()->id()];
    board.set(session.participantId(), state);
    if (board.isDirty())
        scheduleFollowers();
}

bool RoomServer::isFollowRecipient(const Session &session) const
{
    if (session.state() != Session::State::Live || !session.room())
        return false;
    return session.role() == v1::ROLE_CHAIR
        || session.participantId() == session.room()->meeting().state().documents.presenterId;
}

void RoomServer::sendFollowersTo(Session &session)
{
    if (isFollowRecipient(session))
        session.send(m_follow[session.room()->id()].frame());
}

void RoomServer::forgetFollower(const Session &session)
{
    const auto it = m_follow.find(session.room()->id());
    if (it == m_follow.end())
        return;
    it->remove(session.participantId());
    if (it->isDirty())
        scheduleFollowers();
}

void RoomServer::scheduleFollowers()
{
    // Coalesced: every change within the interval goes out as one list (500 tablets turning
    // to the presented page at once make one message for the chair, not 500).
    if (!m_followersTimer.isActive())
        m_followersTimer.start();
}

void RoomServer::flushFollowers()
{
    for (auto it = m_follow.begin(); it != m_follow.end(); ++it) {
        if (!it->isDirty())
            continue;
        it->markSent();
        const QByteArray frame = it->frame(); // once, for every recipient
        Room *room = this->room(it.key());
        for (Session *session : m_sessions) {
            if (session->room() == room && isFollowRecipient(*session))
                session->send(frame);
        }
    }
}

void RoomServer::noticeNewPresenters()
{
    for (auto &[id, room] : m_rooms) {
        const QString &presenter = room->meeting().state().documents.presenterId;
        FollowBoard &board = m_follow[id];
        if (board.presenterSeen == presenter)
            continue;
        board.presenterSeen = presenter;
        if (presenter.isEmpty())
            continue; // the chair presents again: the chair has the list already
        const QByteArray frame = board.frame();
        for (Session *session : m_sessions) {
            if (session->room() == room.get() && session->participantId() == presenter
                && session->role() != v1::ROLE_CHAIR && isFollowRecipient(*session))
                session->send(frame);
        }
    }
}

} // namespace quorum
