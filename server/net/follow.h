#pragma once

#include "followboard.h"
#include "protocol.h"

#include <QHash>
#include <QTimer>

namespace quorum {

class Gate;
class Rooms;
class Session;
class Sessions;

/**
 * Who follows the presentation (FollowState): a FollowBoard per room, in memory only, shown
 * to the chair and the presenter (roles.cpp, seesFollowers) as a Followers list coalesced by
 * a timer (followhandler.cpp), in pages of at most FrameTargetBytes.
 */
class Follow
{
public:
    Follow(const Gate &gate, const Rooms &rooms, const Sessions &sessions);

    /** The handler of FollowState. */
    void handle(Session &session, const v1::FollowState &state);
    /** A tablet just went live: the chair and the presenter get the list right away. */
    void sendFollowersTo(Session &session);
    /** The participant's last device left: they follow no more. */
    void forget(const Session &session);
    /** After a commit: a participant who just became the presenter gets the list at once. */
    void noticeNewPresenters();

private:
    bool isRecipient(const Session &session) const;
    /** A list's pages (FollowBoard::pages) to one recipient, in order. */
    static void sendPages(Session &session, const QByteArrayList &pages);
    void schedule();
    void flush();

    const Gate &m_gate;
    const Rooms &m_rooms;
    const Sessions &m_sessions;
    QHash<QString, FollowBoard> m_boards; // meeting id -> who reads where
    /**
     * Followers lists go out at most once per interval per room: a few a second is what a
     * person can read, and it bounds the chair's traffic whatever the room's size.
     */
    QTimer m_timer;
};

} // namespace quorum
