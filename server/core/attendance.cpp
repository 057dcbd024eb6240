#include "attendance.h"

namespace quorum {

Decision decideJoin(const MeetingState &state, const QString &participantId, const QString &deviceId)
{
    const ParticipantState *p = state.participant(participantId);
    if (!p)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, QStringLiteral("Unknown participant"));
    if (p->present)
        return Decision::nothing();
    return Events{makeEvent([&](v1::Event &e) {
        auto *joined = e.mutable_participant_joined();
        joined->set_participant_id(sstr(participantId));
        joined->set_device_id(sstr(deviceId));
    })};
}

Decision decideLeave(const MeetingState &state, const QString &participantId,
                     v1::ParticipantLeft::Reason reason)
{
    const ParticipantState *p = state.participant(participantId);
    if (!p)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, QStringLiteral("Unknown participant"));
    if (!p->present)
        return Decision::nothing();
    return Events{makeEvent([&](v1::Event &e) {
        auto *left = e.mutable_participant_left();
        left->set_participant_id(sstr(participantId));
        left->set_reason(reason);
    })};
}

void applyParticipantJoined(MeetingState &state, const v1::ParticipantJoined &event, qint64 timeMs)
{
    if (ParticipantState *p = state.participant(qstr(event.participant_id()))) {
        p->present = true;
        p->lastChangeMs = timeMs;
        if (p->checkedInMs == 0)
            p->checkedInMs = timeMs;
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
