#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/** Presence: a participant is present while at least one of their devices is connected. */
Decision decideJoin(
    const MeetingState &state, const QString &participantId, const QString &deviceId);
Decision decideLeave(
    const MeetingState &state, const QString &participantId, v1::ParticipantLeft::Reason reason);
void applyParticipantJoined(MeetingState &state, const v1::ParticipantJoined &event, qint64 timeMs);
void applyParticipantLeft(MeetingState &state, const v1::ParticipantLeft &event, qint64 timeMs);

} // namespace quorum

namespace quorum {

/** Attendance (what quorum counts) and proxies. */
Decision decideSetAttendance(const MeetingState &state, const v1::SetAttendance &command);
/**
 * A delegate checked in at the door by the tablet `deviceId`. The net layer has already
 * turned the card's PIN into `command.participant_id` (the core holds no secrets).
 */
Decision decideCheckIn(
    const MeetingState &state, const v1::CheckIn &command, const QString &deviceId);
Decision decideGrantProxy(
    const MeetingState &state, const QString &actorId, const v1::GrantProxy &command);
Decision decideRevokeProxy(
    const MeetingState &state, const QString &actorId, const v1::RevokeProxy &command);
void applyAttendanceChanged(
    MeetingState &state, const v1::AttendanceChanged &event, qint64 timeMs, const QString &actorId);
void applyProxyGranted(MeetingState &state, const v1::ProxyGranted &event);
void applyProxyRevoked(MeetingState &state, const v1::ProxyRevoked &event);

} // namespace quorum
