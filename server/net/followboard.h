#pragma once

#include "protocol.h"

#include <QByteArrayList>
#include <QHash>
#include <QString>

namespace quorum {

/**
 * Who reads where in one room, as their tablets last said (FollowState): ephemeral, never in
 * the event log, gone when the participant's last device disconnects. The chair and the
 * presenter see it as a Followers list; `dirty` tells the room server a list is due.
 */
class FollowBoard
{
public:
    /** Records a participant's state (not following and no document: not reading, dropped). */
    void set(const QString &participantId, const v1::FollowState &state);
    /** Forgets a participant (their last device left). */
    void remove(const QString &participantId);

    bool isDirty() const { return m_dirty; }
    void markSent() { m_dirty = false; }
    int size() const { return int(m_followers.size()); }

    /**
     * The whole list as serialized ServerMessage{followers} pages, in participant id order,
     * each at most `pageBytes` (every page but the last says `more`; an empty list is one
     * empty page). The default is the budget of every frame the server cuts
     * (FrameTargetBytes, proto/protocol.h): 10,000 participants with 64-byte ids reading a
     * document with a 64-byte id make a list of ~1.4 MB, ~6 pages.
     */
    QByteArrayList pages(qint64 pageBytes = FrameTargetBytes) const;

    /** The presenter the list was last handed to (a new one gets it at once). */
    QString presenterSeen;

private:
    QHash<QString, v1::Follower> m_followers;
    bool m_dirty = false;
};

} // namespace quorum
