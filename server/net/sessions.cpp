#include "sessions.h"

#include "session.h"

#include <algorithm>

namespace quorum {

void Sessions::remove(Session *session)
{
    m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), session), m_sessions.end());
}

bool Sessions::hasOtherSession(const Session &session) const
{
    for (const Session *other : m_sessions) {
        if (other != &session && other->room() == session.room()
            && other->participantId() == session.participantId() && other->isAuthenticated())
            return true;
    }
    return false;
}

} // namespace quorum
