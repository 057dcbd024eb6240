// A door check-in: the card's PIN or token becomes a participant id here, where the store's
// keyed hashes are, so that the core decides on ids alone (it holds no secrets).
#include "admission.h"

#include "roles.h"
#include "room.h"
#include "session.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

std::optional<v1::Error> Admission::resolveCheckIn(Session &session, v1::CheckIn &checkIn)
{
    // Only for a role that may check people in: otherwise this would tell a delegate whether
    // a guessed PIN exists. The core refuses the others with FORBIDDEN.
    if (!roleMay(session.role(), v1::Command::kCheckIn) || checkIn.secret().empty())
        return std::nullopt;
    const QString meetingId = session.room()->id();
    // Another meeting's card is the core's WRONG_MEETING, not a wrong PIN of this one.
    if (!checkIn.meeting_id().empty() && qstr(checkIn.meeting_id()) != meetingId)
        return std::nullopt;
    // Wrong cards at the door count with the wrong PINs of a Hello: per address and against
    // the meeting's budget (PinBudget), and the chair and the secretary see them.
    switch (m_pinBudget.check(meetingId, session.peerAddress(), true, m_clock.nowMs())) {
    case PinBudget::Verdict::Check:
        break;
    case PinBudget::Verdict::AddressLimited:
        return makeError(v1::ERROR_TOO_MANY_ATTEMPTS, v1::CHECK_IN_REFUSAL_TOO_MANY_UNKNOWN,
            QStringLiteral("Too many unknown cards; wait and retry"));
    case PinBudget::Verdict::MeetingExhausted:
        return makeError(v1::ERROR_PIN_BUDGET_EXHAUSTED, v1::CHECK_IN_REFUSAL_PIN_BUDGET_EXHAUSTED,
            QStringLiteral(
                "Too many wrong PINs for this meeting; cards are not checked for a while"));
    }
    const auto participantId
        = m_store.participantForSecret(meetingId, m_hasher.hash(meetingId, qstr(checkIn.secret())));
    if (!participantId) {
        noteAuthFailure(*session.room(), session, true);
        qCInfo(lcServer) << session.describe() << "checked in an unknown card";
        return makeError(v1::ERROR_UNKNOWN_CARD, v1::CHECK_IN_REFUSAL_UNKNOWN_CARD,
            QStringLiteral("No participant of this meeting has this card"));
    }
    checkIn.clear_secret();
    checkIn.set_participant_id(sstr(*participantId));
    return std::nullopt;
}

} // namespace quorum
