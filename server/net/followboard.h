#pragma once

#include "protocol.h"

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

    /** The whole list as a serialized ServerMessage{followers}, in participant id order. */
    QByteArray frame() const;

    /** The presenter the list was last handed to (a new one gets it at once). */
    QString presenterSeen;

private:
    QHash<QString, v1::Follower> m_followers;
    bool m_dirty = false;
};

} // namespace quorum
