#include "attendance.h"

namespace quorum {

Decision decideJoin(
    const MeetingState &state, const QString &participantId, const QString &deviceId)
{
    const ParticipantState *p = state.participant(participantId);
    if (!p)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT,
            v1::ATTENDANCE_REFUSAL_UNKNOWN_PARTICIPANT, QStringLiteral("Unknown participant"));
    if (p->present)
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        auto *joined = e.mutable_participant_joined();
        joined->set_participant_id(sstr(participantId));
        joined->set_device_id(sstr(deviceId));
    }) };
}

Decision decideLeave(
    const MeetingState &state, const QString &participantId, v1::ParticipantLeft::Reason reason)
{
    const ParticipantState *p = state.participant(participantId);
    if (!p)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT,
            v1::ATTENDANCE_REFUSAL_UNKNOWN_PARTICIPANT, QStringLiteral("Unknown participant"));
    if (!p->present)
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        auto *left = e.mutable_participant_left();
        left->set_participant_id(sstr(participantId));
        left->set_reason(reason);
    }) };
}

void applyParticipantJoined(MeetingState &state, const v1::ParticipantJoined &event, qint64 timeMs)
{
    if (ParticipantState *p = state.participant(qstr(event.participant_id()))) {
        p->present = true;
        p->lastChangeMs = timeMs;
        if (p->checkedInMs == 0)
            p->checkedInMs = timeMs;
        // Joining is checking in; a participant the secretary set online stays online.
        if (!p->attending()) {
            p->attendance = v1::ATTENDANCE_IN_ROOM;
            p->absenceReason.clear();
            p->checkInMethod = v1::CHECK_IN_TABLET;
            p->attendanceMs = timeMs;
            p->checkInDevice.clear();
            p->checkedInBy = p->id;
        }
    }
}

void applyParticipantLeft(MeetingState &state, const v1::ParticipantLeft &event, qint64 timeMs)
{
    if (ParticipantState *p = state.participant(qstr(event.participant_id()))) {
        p->present = false;
        p->lastChangeMs = timeMs;
    }
}

} // namespace quorum

namespace quorum {

namespace {
v1::Event attendanceEvent(const QString &participantId, v1::AttendanceState state,
    const QString &reason, v1::CheckInMethod method, const QString &deviceId = {})
{
    return makeEvent([&](v1::Event &e) {
        auto *a = e.mutable_attendance_changed();
        a->set_participant_id(sstr(participantId));
        a->set_state(state);
        a->set_reason(sstr(reason));
        a->set_method(method);
        a->set_device_id(sstr(deviceId));
    });
}
} // namespace

Decision decideSetAttendance(const MeetingState &state, const v1::SetAttendance &command)
{
    const QString id = qstr(command.participant_id());
    const ParticipantState *p = state.participant(id);
    if (!p)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT,
            v1::ATTENDANCE_REFUSAL_UNKNOWN_PARTICIPANT,
            QStringLiteral("Unknown participant '%1'").arg(id));
    if (command.state() < v1::ATTENDANCE_IN_ROOM || command.state() > v1::ATTENDANCE_ABSENT)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::ATTENDANCE_REFUSAL_UNKNOWN_STATE,
            QStringLiteral("Unknown attendance state"));
    const QString reason
        = command.state() == v1::ATTENDANCE_ABSENT ? qstr(command.reason()).trimmed() : QString();
    if (reason.size() > 500)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::ATTENDANCE_REFUSAL_REASON_TOO_LONG,
            QStringLiteral("The reason is too long"));
    if (p->attendance == command.state() && p->absenceReason == reason)
        return Decision::nothing();
    const auto method = command.state() == v1::ATTENDANCE_ABSENT ? v1::CHECK_IN_UNSPECIFIED
                                                                 : v1::CHECK_IN_SECRETARY;
    return Events{ attendanceEvent(id, command.state(), reason, method) };
}

Decision decideCheckIn(
    const MeetingState &state, const v1::CheckIn &command, const QString &deviceId)
{
    const QString meetingId = qstr(command.meeting_id());
    if (!meetingId.isEmpty() && meetingId != qstr(state.definition.meeting_id()))
        return Decision::reject(v1::ERROR_WRONG_MEETING, v1::CHECK_IN_REFUSAL_WRONG_MEETING,
            QStringLiteral("This card belongs to the meeting '%1'").arg(meetingId));
    const QString id = qstr(command.participant_id());
    if (id.isEmpty())
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::CHECK_IN_REFUSAL_NO_CARD,
            QStringLiteral("A card's PIN or a participant is needed"));
    const ParticipantState *p = state.participant(id);
    if (!p)
        return Decision::reject(v1::ERROR_UNKNOWN_CARD, v1::CHECK_IN_REFUSAL_UNKNOWN_CARD,
            QStringLiteral("No participant '%1' here").arg(id));
    // Checked in at the door once is enough: a second scan (the card shown twice, a resend)
    // records nothing. Someone whose tablet joined in the corridor is still checked in at
    // the door when the body wants a physical check-in.
    if (p->attendance == v1::ATTENDANCE_IN_ROOM && p->checkInMethod == v1::CHECK_IN_DOOR)
        return Decision::nothing();
    return Events{ attendanceEvent(
        id, v1::ATTENDANCE_IN_ROOM, QString(), v1::CHECK_IN_DOOR, deviceId) };
}

Decision decideGrantProxy(
    const MeetingState &state, const QString &actorId, const v1::GrantProxy &command)
{
    if (!state.definition.allow_proxies())
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::ATTENDANCE_REFUSAL_PROXIES_NOT_ALLOWED,
            QStringLiteral("This meeting allows no proxies"));
    const ParticipantState *grantor = state.participant(actorId);
    const QString holderId = qstr(command.holder_id());
    const ParticipantState *holder = state.participant(holderId);
    if (!grantor || !grantor->voting)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::ATTENDANCE_REFUSAL_GRANTOR_NOT_VOTING,
            QStringLiteral("Only a member with a vote can give a proxy"));
    if (!holder || !holder->voting || holderId == actorId)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT,
            v1::ATTENDANCE_REFUSAL_HOLDER_NOT_VOTING,
            QStringLiteral("A proxy goes to another member with a vote"));
    if (state.floor.proxies.contains(holderId))
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::ATTENDANCE_REFUSAL_HOLDER_GAVE_PROXY,
            QStringLiteral("%1 has given their own vote by proxy").arg(holder->name));
    if (state.floor.proxies.value(actorId) == holderId)
        return Decision::nothing();
    if (!state.floor.proxies.keys(actorId).isEmpty())
        return Decision::reject(v1::ERROR_INVALID_STATE,
            v1::ATTENDANCE_REFUSAL_GRANTOR_HOLDS_PROXIES,
            QStringLiteral("You hold proxies yourself; they cannot be passed on"));
    const quint32 max = std::max<quint32>(1, state.definition.max_proxies_per_holder());
    if (quint32(state.floor.proxies.keys(holderId).size()) >= max)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::ATTENDANCE_REFUSAL_HOLDER_FULL,
            QStringLiteral("%1 already holds %2 proxies, the most allowed")
                .arg(holder->name)
                .arg(max));
    Events events;
    if (state.floor.proxies.contains(actorId)) {
        events.push_back(makeEvent(
            [&](v1::Event &e) { e.mutable_proxy_revoked()->set_grantor_id(sstr(actorId)); }));
    }
    events.push_back(makeEvent([&](v1::Event &e) {
        auto *g = e.mutable_proxy_granted();
        g->set_grantor_id(sstr(actorId));
        g->set_holder_id(sstr(holderId));
    }));
    return events;
}

Decision decideRevokeProxy(
    const MeetingState &state, const QString &actorId, const v1::RevokeProxy &command)
{
    const QString grantorId = command.grantor_id().empty() ? actorId : qstr(command.grantor_id());
    const ParticipantState *actor = state.participant(actorId);
    if (grantorId != actorId && (!actor || actor->role != v1::ROLE_CHAIR))
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::ATTENDANCE_REFUSAL_REVOKE_NOT_ALLOWED,
            QStringLiteral("Only the grantor or the chair can revoke a proxy"));
    if (!state.floor.proxies.contains(grantorId))
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::ATTENDANCE_REFUSAL_NO_PROXY,
            QStringLiteral("There is no proxy to revoke"));
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_proxy_revoked()->set_grantor_id(sstr(grantorId)); }) };
}

void applyAttendanceChanged(
    MeetingState &state, const v1::AttendanceChanged &event, qint64 timeMs, const QString &actorId)
{
    if (ParticipantState *p = state.participant(qstr(event.participant_id()))) {
        p->attendance = event.state();
        p->absenceReason = qstr(event.reason());
        // Events logged before CheckInMethod existed were all set by the secretary.
        p->checkInMethod = event.method();
        if (p->checkInMethod == v1::CHECK_IN_UNSPECIFIED && p->attending())
            p->checkInMethod = v1::CHECK_IN_SECRETARY;
        p->attendanceMs = timeMs;
        p->checkInDevice = qstr(event.device_id());
        p->checkedInBy = actorId;
        if (p->attending() && p->checkedInMs == 0)
            p->checkedInMs = timeMs;
    }
}

void applyProxyGranted(MeetingState &state, const v1::ProxyGranted &event)
{
    state.floor.proxies.insert(qstr(event.grantor_id()), qstr(event.holder_id()));
}

void applyProxyRevoked(MeetingState &state, const v1::ProxyRevoked &event)
{
    state.floor.proxies.remove(qstr(event.grantor_id()));
}

} // namespace quorum
