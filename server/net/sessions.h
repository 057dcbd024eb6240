#pragma once

#include <cstddef>
#include <vector>

namespace quorum {

class Session;

/**
 * The server's open connections, in the order they came. RoomServer adds and removes them;
 * the parts read them to send to some (a room, a participant's devices, the chair).
 */
class Sessions
{
public:
    void add(Session *session) { m_sessions.push_back(session); }
    void remove(Session *session);

    /**
     * Every connection. Sending may drop one (Session::send aborts a tablet that stopped
     * reading), but it leaves this list only on a later turn: a loop never skips or repeats one.
     */
    const std::vector<Session *> &all() const { return m_sessions; }
    std::vector<Session *>::const_iterator begin() const { return m_sessions.begin(); }
    std::vector<Session *>::const_iterator end() const { return m_sessions.end(); }
    std::size_t size() const { return m_sessions.size(); }

    /** Whether another authenticated connection of the same participant is in the same room. */
    bool hasOtherSession(const Session &session) const;

private:
    std::vector<Session *> m_sessions;
};

} // namespace quorum
