#include "meeting.h"

#include "agenda.h"
#include "attendance.h"
#include "definition.h"
#include "roles.h"

namespace quorum {

void Meeting::apply(const v1::Event &event)
{
    Q_ASSERT(event.seq() == m_state.seq + 1);
    m_state.seq = event.seq();
    switch (event.body_case()) {
    case v1::Event::kMeetingDefined:
        applyMeetingDefined(m_state, event.meeting_defined());
        break;
    case v1::Event::kParticipantJoined:
        applyParticipantJoined(m_state, event.participant_joined(), event.server_time_ms());
        break;
    case v1::Event::kParticipantLeft:
        applyParticipantLeft(m_state, event.participant_left(), event.server_time_ms());
        break;
    case v1::Event::kCurrentItemChanged:
        applyCurrentItemChanged(m_state, event.current_item_changed());
        break;
    case v1::Event::BODY_NOT_SET:
        break;
    }
}

Decision Meeting::decide(const QString &actorId, const v1::Command &command) const
{
    if (!m_state.defined)
        return Decision::reject(v1::ERROR_INVALID_STATE, QStringLiteral("The meeting is not defined yet"));
    const ParticipantState *actor = m_state.participant(actorId);
    if (!actor)
        return Decision::reject(v1::ERROR_FORBIDDEN, QStringLiteral("Unknown participant"));
    if (command.body_case() == v1::Command::BODY_NOT_SET)
        return Decision::reject(v1::ERROR_UNSUPPORTED_MESSAGE, QStringLiteral("Unknown command type"));
    if (!roleMay(actor->role, command.body_case()))
        return Decision::reject(v1::ERROR_FORBIDDEN,
                                QStringLiteral("Role %1 may not send %2")
                                        .arg(roleName(actor->role), commandName(command.body_case())));

    switch (command.body_case()) {
    case v1::Command::kSetCurrentItem:
        return decideSetCurrentItem(m_state, command.set_current_item());
    case v1::Command::kAdvanceAgenda:
        return decideAdvanceAgenda(m_state, command.advance_agenda());
    case v1::Command::BODY_NOT_SET:
        break;
    }
    return Decision::reject(v1::ERROR_UNSUPPORTED_MESSAGE, QStringLiteral("Unknown command type"));
}

Decision Meeting::define(const v1::MeetingDefined &definition) const
{
    return decideDefinition(m_state, definition);
}

Decision Meeting::join(const QString &participantId, const QString &deviceId) const
{
    return decideJoin(m_state, participantId, deviceId);
}

Decision Meeting::leave(const QString &participantId, v1::ParticipantLeft::Reason reason) const
{
    return decideLeave(m_state, participantId, reason);
}

Decision Meeting::leaveAll(v1::ParticipantLeft::Reason reason) const
{
    Events events;
    for (const ParticipantState &p : m_state.participants) {
        if (p.present) {
            Decision d = decideLeave(m_state, p.id, reason);
            events.insert(events.end(), d.events().begin(), d.events().end());
        }
    }
    return events;
}

v1::Snapshot Meeting::snapshot() const
{
    v1::Snapshot snapshot;
    snapshot.set_seq(m_state.seq);
    *snapshot.mutable_meeting() = m_state.definition;
    for (int i = 0; i < snapshot.meeting().participants_size(); ++i) {
        v1::Participant *p = snapshot.mutable_meeting()->mutable_participants(i);
        if (const ParticipantState *state = m_state.participant(qstr(p->id())))
            p->set_present(state->present);
    }
    snapshot.set_current_item_id(sstr(m_state.currentItemId));
    return snapshot;
}

} // namespace quorum
