#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/** Presence: a participant is present while at least one of their devices is connected. */
Decision decideJoin(const MeetingState &state, const QString &participantId, const QString &deviceId);
Decision decideLeave(const MeetingState &state, const QString &participantId,
                     v1::ParticipantLeft::Reason reason);
void applyParticipantJoined(MeetingState &state, const v1::ParticipantJoined &event, qint64 timeMs);
void applyParticipantLeft(MeetingState &state, const v1::ParticipantLeft &event, qint64 timeMs);

} // namespace quorum
