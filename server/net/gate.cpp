#include "gate.h"

#include "roles.h"
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
    if (rate == Rate::Counted && !session.admitCommand(m_clock.nowMs()))
        return Verdict::RateLimited;
    if (!roleMaySend(session.role(), message))
        return Verdict::Forbidden;
    return Verdict::Pass;
}

v1::Error Gate::forbidden(v1::Role role, v1::ClientMessage::BodyCase message)
{
    return makeError(v1::ERROR_FORBIDDEN, v1::GENERAL_REFUSAL_ROLE,
        QStringLiteral("Role %1 may not send %2").arg(roleName(role), messageName(message)));
}

} // namespace quorum
