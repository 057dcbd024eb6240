#include "meeting.h"

#include "agenda.h"
#include "annotations.h"
#include "attendance.h"
#include "ballots.h"
#include "commands.h"
#include "definition.h"
#include "devices.h"
#include "documents.h"
#include "fold.h"
#include "forms.h"
#include "lifecycle.h"
#include "minutes.h"
#include "roles.h"
#include "speakers.h"
#include "workflows.h"

namespace quorum {

Meeting::Meeting(AnnotationBodiesIn bodies)
{
    m_state.documents.bodies.kept = bodies == AnnotationBodiesIn::State;
}

void Meeting::apply(const v1::Event &event)
{
    Q_ASSERT(event.seq() == m_state.seq + 1);
    applyEvent(m_state, event);
}

Decision Meeting::decide(
    const QString &actorId, const v1::Command &command, qint64 nowMs, const QString &deviceId) const
{
    if (!m_state.defined)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::GENERAL_REFUSAL_MEETING_NOT_DEFINED,
            QStringLiteral("The meeting is not defined yet"));
    // The server's organiser is no participant: the desk's rules (lifecycle.h) say what it may.
    const bool organiser = actorId == OrganiserId;
    const ParticipantState *actor = m_state.participant(actorId);
    if (!actor && !organiser)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::GENERAL_REFUSAL_NOT_A_PARTICIPANT,
            QStringLiteral("Unknown participant"));
    // Which commands exist, who may send them, when, and what decides them: commands.cpp.
    const CommandRule rule = commandRule(command.body_case());
    if (!rule.decide)
        return Decision::reject(v1::ERROR_UNSUPPORTED_MESSAGE, v1::GENERAL_REFUSAL_UNKNOWN_COMMAND,
            QStringLiteral("Unknown command type"));
    if (organiser ? !organiserMay(command.body_case()) : !roleMay(actor->role, command.body_case()))
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::GENERAL_REFUSAL_ROLE,
            QStringLiteral("Role %1 may not send %2")
                .arg(
                    organiser ? actorId : roleName(actor->role), commandName(command.body_case())));
    if (const auto refusal = checkPhase(m_state, command.body_case()))
        return Decision(*refusal);

    return rule.decide(CommandContext{ m_state, actorId, command, nowMs, deviceId });
}

void Meeting::addToBallotBox(const SecretVote &vote)
{
    quorum::addToBallotBox(m_state, vote);
}

void Meeting::setBirthDates(const QHash<QString, QDate> &birthDates)
{
    m_state.floor.birthDates = birthDates;
}

void Meeting::restoreBallotBox(const QString &ballotId, qint64 key, quint64 total)
{
    quorum::restoreBallotBox(m_state, ballotId, key, total);
}

void Meeting::addToFormBox(const SealedAnswer &answer)
{
    quorum::addToFormBox(m_state, answer);
}

Decision Meeting::define(const v1::MeetingDefined &definition) const
{
    return decideDefinition(m_state, definition);
}

Decision Meeting::join(const QString &participantId, const QString &deviceId) const
{
    return decideJoin(m_state, participantId, deviceId);
}

Decision Meeting::enrolDevice(const v1::EnrolledDevice &device) const
{
    return decideEnrolDevice(m_state, device);
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

v1::Snapshot Meeting::snapshot(const QString &viewer) const
{
    v1::Snapshot snapshot = sharedSnapshot();
    // Per viewer: another participant's private annotations never leave the server.
    fillAnnotationsSnapshot(m_state, viewer, snapshot);
    return snapshot;
}

v1::Snapshot Meeting::sharedSnapshot() const
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
    v1::FloorSnapshot *floor = snapshot.mutable_floor();
    for (const ParticipantState &p : m_state.participants) {
        if (p.attendance == v1::ATTENDANCE_UNSPECIFIED)
            continue;
        v1::AttendanceChanged *a = floor->add_attendance();
        a->set_participant_id(sstr(p.id));
        a->set_state(p.attendance);
        a->set_reason(sstr(p.absenceReason));
        a->set_method(p.checkInMethod);
        a->set_device_id(sstr(p.checkInDevice));
        a->set_checked_in_ms(p.attendanceMs);
        a->set_checked_in_by(sstr(p.checkedInBy));
    }
    for (auto it = m_state.floor.proxies.cbegin(); it != m_state.floor.proxies.cend(); ++it) {
        v1::ProxyGranted *g = floor->add_proxies();
        g->set_grantor_id(sstr(it.key()));
        g->set_holder_id(sstr(it.value()));
    }
    snapshotSpeakers(m_state, floor);
    snapshotBallots(m_state, floor);
    fillDocumentsSnapshot(m_state, snapshot);
    snapshotMinutes(m_state, snapshot);
    snapshotDevices(m_state, snapshot);
    snapshotForms(m_state, snapshot);
    return snapshot;
}

std::vector<AnnotationGroup> Meeting::annotationGroups(const QString &viewer) const
{
    return snapshotAnnotationGroups(m_state, viewer);
}

const AnnotationEntry *Meeting::annotation(const QString &opId) const
{
    const auto it = m_state.documents.ops.constFind(opId);
    return it == m_state.documents.ops.cend() ? nullptr : &*it;
}

} // namespace quorum
