#include "gate.h"

#include "roles.h"
#include "room.h"
#include "session.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

bool Gate::authenticated(Session &session, v1::ClientMessage::BodyCase message) const
{
    if (session.isAuthenticated())
        return true;
    qCWarning(lcServer) << session.describe() << "sent" << messageName(message) << "before Hello";
    session.sendError(v1::ERROR_NOT_AUTHENTICATED, QStringLiteral("Say Hello first"));
    session.close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not authenticated"));
    return false;
}

Gate::Verdict Gate::admit(Session &session, v1::ClientMessage::BodyCase message, Rate rate) const
{
    if (rate == Rate::Counted) {
        const qint64 now = m_clock.nowMs();
        // Bytes first: a frame refused for its size does not spend a command too.
        if (!participantBytes(session).take(now, double(m_frameBytes))
            || !session.admitCommand(now))
            return Verdict::RateLimited;
    }
    if (!roleMaySend(session.role(), message))
        return Verdict::Forbidden;
    return Verdict::Pass;
}

TokenBucket &Gate::participantBytes(const Session &session) const
{
    const QString key = (session.room() ? session.room()->id() : QString()) + QLatin1Char('/')
        + session.participantId();
    auto it = m_participantBytes.find(key);
    if (it == m_participantBytes.end())
        it = m_participantBytes.insert(
            key, TokenBucket(m_byteLimits.burst, m_byteLimits.perSecond));
    return *it;
}

v1::Error Gate::forbidden(v1::Role role, v1::ClientMessage::BodyCase message)
{
    return makeError(v1::ERROR_FORBIDDEN, v1::GENERAL_REFUSAL_ROLE,
        QStringLiteral("Role %1 may not send %2").arg(roleName(role), messageName(message)));
}

std::optional<v1::Error> Gate::refusal(Session &session, v1::ClientMessage::BodyCase message) const
{
    switch (admit(session, message)) {
    case Verdict::Pass:
        return std::nullopt;
    case Verdict::RateLimited:
        return makeError(v1::ERROR_RATE_LIMITED, QStringLiteral("Too many requests"));
    case Verdict::Forbidden:
        return forbidden(session.role(), message);
    }
    return std::nullopt;
}

} // namespace quorum
