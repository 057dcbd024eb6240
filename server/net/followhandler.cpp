// FollowState: where each tablet reads (following the presenter, or on its own page), kept per
// room in a FollowBoard and shown to the chair and the presenter as Followers. Not a command:
// no event, nothing stored. The gate of every message (gate.h): authenticated, the rate limit,
// the role; bad input gets a typed error and changes nothing.
#include "follow.h"

#include "gate.h"
#include "roles.h"
#include "rooms.h"
#include "session.h"
#include "sessions.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

Follow::Follow(const Gate &gate, const Rooms &rooms, const Sessions &sessions)
    : m_gate(gate)
    , m_rooms(rooms)
    , m_sessions(sessions)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { flush(); });
}

void Follow::handle(Session &session, const v1::FollowState &state)
{
    switch (m_gate.admit(session, v1::ClientMessage::kFollowState)) {
    case Gate::Verdict::Pass:
        break;
    case Gate::Verdict::RateLimited:
        session.sendError(v1::ERROR_RATE_LIMITED, QStringLiteral("Too many messages"));
        return;
    case Gate::Verdict::Forbidden:
        session.sendError(Gate::forbidden(session.role(), v1::ClientMessage::kFollowState));
        return;
    }
    const MeetingState &meeting = session.room()->meeting().state();
    if (!state.document_id().empty()) {
        const v1::Document *document = meeting.documents.document(qstr(state.document_id()));
        if (!document) {
            session.sendError(makeError(v1::ERROR_INVALID_ARGUMENT,
                v1::DOCUMENT_REFUSAL_UNKNOWN_DOCUMENT,
                QStringLiteral("No document '%1' in the meeting").arg(qstr(state.document_id()))));
            return;
        }
        if (document->pages_size() > 0 && state.page() >= quint32(document->pages_size())) {
            session.sendError(
                makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_PAGE_OUT_OF_RANGE,
                    QStringLiteral("Page %1 is beyond the end (%2 pages)")
                        .arg(state.page())
                        .arg(document->pages_size())));
            return;
        }
    } else if (state.following()) {
        session.sendError(
            makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_FOLLOW_WITHOUT_DOCUMENT,
                QStringLiteral("Following needs the document on screen")));
        return;
    }
    FollowBoard &board = m_boards[session.room()->id()];
    board.set(session.participantId(), state);
    if (board.isDirty())
        schedule();
}

bool Follow::isRecipient(const Session &session) const
{
    if (session.state() != Session::State::Live || !session.room())
        return false;
    return seesFollowers(session.role(),
        session.participantId() == session.room()->meeting().state().documents.presenterId);
}

void Follow::sendFollowersTo(Session &session)
{
    if (isRecipient(session))
        sendPages(session, m_boards[session.room()->id()].pages());
}

void Follow::sendPages(Session &session, const QByteArrayList &pages)
{
    // One after the other, nothing of another list in between: all on this thread.
    for (const QByteArray &page : pages)
        session.send(page);
}

void Follow::forget(const Session &session)
{
    const auto it = m_boards.find(session.room()->id());
    if (it == m_boards.end())
        return;
    it->remove(session.participantId());
    if (it->isDirty())
        schedule();
}

void Follow::schedule()
{
    // Coalesced: every change within the interval goes out as one list (500 tablets turning
    // to the presented page at once make one message for the chair, not 500).
    if (!m_timer.isActive())
        m_timer.start();
}

void Follow::flush()
{
    for (auto it = m_boards.begin(); it != m_boards.end(); ++it) {
        if (!it->isDirty())
            continue;
        it->markSent();
        const QByteArrayList pages = it->pages(); // once, for every recipient
        Room *room = m_rooms.room(it.key());
        for (Session *session : m_sessions) {
            if (session->room() == room && isRecipient(*session))
                sendPages(*session, pages);
        }
    }
}

void Follow::noticeNewPresenters()
{
    for (auto &[id, room] : m_rooms.all()) {
        const QString &presenter = room->meeting().state().documents.presenterId;
        FollowBoard &board = m_boards[id];
        if (board.presenterSeen == presenter)
            continue;
        board.presenterSeen = presenter;
        if (presenter.isEmpty())
            continue; // the chair presents again: the chair has the list already
        const QByteArrayList pages = board.pages();
        for (Session *session : m_sessions) {
            if (session->room() == room.get() && session->participantId() == presenter
                && !seesFollowers(session->role(), false) && isRecipient(*session))
                sendPages(*session, pages);
        }
    }
}

} // namespace quorum
