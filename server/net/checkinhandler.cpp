// A door check-in: the card's PIN or token becomes a participant id here, where the store's
// keyed hashes are, so that the core decides on ids alone (it holds no secrets).
#include "roles.h"
#include "roomserver.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

std::optional<v1::Error> RoomServer::resolveCheckIn(Session &session, v1::CheckIn &checkIn)
{
    // Only for a role that may check people in: otherwise this would tell a delegate whether
    // a guessed PIN exists. The core refuses the others with FORBIDDEN.
    if (!roleMay(session.role(), v1::Command::kCheckIn) || checkIn.secret().empty())
        return std::nullopt;
    const QString meetingId = session.room()->id();
    // Another meeting's card is the core's WRONG_MEETING, not a wrong PIN of this one.
    if (!checkIn.meeting_id().empty() && qstr(checkIn.meeting_id()) != meetingId)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    // Wrong PINs at the door count with the wrong PINs of a Hello from the same address.
    TokenBucket &attempts = authAttempts(session.peerAddress());
    if (!attempts.available(now))
        return makeError(
            v1::ERROR_TOO_MANY_ATTEMPTS, QStringLiteral("Too many unknown cards; wait and retry"));
    const auto participantId = m_store.participantForSecret(
        meetingId, m_hasher->hash(meetingId, qstr(checkIn.secret())));
    if (!participantId) {
        attempts.take(now);
        qCInfo(lcServer) << session.describe() << "checked in an unknown card";
        return makeError(
            v1::ERROR_UNKNOWN_CARD, QStringLiteral("No participant of this meeting has this card"));
    }
    checkIn.clear_secret();
    checkIn.set_participant_id(sstr(*participantId));
    return std::nullopt;
}

} // namespace quorum
