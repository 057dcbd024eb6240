#pragma once

#include "clock.h"
#include "protocol.h"

namespace quorum {

class Session;

/**
 * The one gate of every message a tablet sends, passed in the same order every time (STYLE.md,
 * "one message, one handler"): who this is (a Hello accepted on this connection), the rate
 * (the participant's budget, shared by their devices), then whether their role may send this
 * message (roles.cpp: the decision is the core's, pure and tested there). A Command's own type
 * is checked by the core's decide with the same roles.cpp, because the rest of its rules need
 * the meeting's state. Each handler answers a refusal in its own message's form.
 */
class Gate
{
public:
    enum class Verdict {
        Pass,
        RateLimited, // over the participant's rate: the handler answers (or drops a preview)
        Forbidden, // the role may not send this message: the handler answers
    };
    /** Whether the message spends from the rate (a chunk that continues an upload does not). */
    enum class Rate { Counted, Free };

    explicit Gate(const Clock &clock)
        : m_clock(clock)
    { }

    /**
     * First step, for every message but Hello: a connection that has not said Hello is told so
     * and closed. Returns whether it had.
     */
    bool authenticated(Session &session, v1::ClientMessage::BodyCase message) const;

    /** Then the rate and the role, for an authenticated connection. */
    Verdict admit(
        Session &session, v1::ClientMessage::BodyCase message, Rate rate = Rate::Counted) const;

    /**
     * The error of a Forbidden verdict, for a handler with nothing more precise to say:
     * FORBIDDEN with the typed reason GENERAL_REFUSAL_ROLE (the tablet words it), the English
     * detail naming the role and the message for the log.
     */
    static v1::Error forbidden(v1::Role role, v1::ClientMessage::BodyCase message);

private:
    const Clock &m_clock;
};

} // namespace quorum
