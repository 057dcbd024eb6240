#pragma once

#include "clock.h"
#include "protocol.h"
#include "tokenbucket.h"

#include <QHash>

#include <optional>

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

    /** The bytes a participant may send: all their devices together (serverconfig.h). */
    struct ByteLimits
    {
        double burst = 16 * 1024 * 1024;
        double perSecond = 1024 * 1024;
    };

    Gate(const Clock &clock, ByteLimits bytes)
        : m_clock(clock)
        , m_byteLimits(bytes)
    { }

    /**
     * The size of the frame being dispatched (RoomServer::dispatch, before its handler runs):
     * what admit charges against the participant's bytes.
     */
    void frameArrived(qint64 bytes) { m_frameBytes = bytes; }

    /**
     * First step, for every message but Hello: a connection that has not said Hello is told so
     * and closed. Returns whether it had.
     */
    bool authenticated(Session &session, v1::ClientMessage::BodyCase message) const;

    /**
     * Then the rate and the role, for an authenticated connection. The rate is the
     * participant's, whatever connection it comes from: their commands (Session::admitCommand)
     * and their bytes (the frame's, frameArrived).
     */
    Verdict admit(
        Session &session, v1::ClientMessage::BodyCase message, Rate rate = Rate::Counted) const;

    /**
     * The error of a Forbidden verdict, for a handler with nothing more precise to say:
     * FORBIDDEN with the typed reason GENERAL_REFUSAL_ROLE (the tablet words it), the English
     * detail naming the role and the message for the log.
     */
    static v1::Error forbidden(v1::Role role, v1::ClientMessage::BodyCase message);

    /**
     * admit() for a handler that answers every refusal in one form (a request id's reply):
     * nothing on Pass, else the error to answer with — RATE_LIMITED, or forbidden().
     */
    std::optional<v1::Error> refusal(Session &session, v1::ClientMessage::BodyCase message) const;

private:
    /** The participant's byte budget, shared by their devices (made on first use). */
    TokenBucket &participantBytes(const Session &session) const;

    const Clock &m_clock;
    ByteLimits m_byteLimits;
    qint64 m_frameBytes = 0;
    // The gate's accounting: admit() stays const for the handlers that hold a const Gate.
    mutable QHash<QString, TokenBucket> m_participantBytes; // meeting/participant
};

} // namespace quorum
