#include "meeting.h"

#include "agenda.h"
#include "annotations.h"
#include "attendance.h"
#include "ballots.h"
#include "definition.h"
#include "desk.h"
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
    if (command.body_case() == v1::Command::BODY_NOT_SET)
        return Decision::reject(v1::ERROR_UNSUPPORTED_MESSAGE, v1::GENERAL_REFUSAL_UNKNOWN_COMMAND,
            QStringLiteral("Unknown command type"));
    if (organiser ? !organiserMay(command.body_case()) : !roleMay(actor->role, command.body_case()))
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::GENERAL_REFUSAL_ROLE,
            QStringLiteral("Role %1 may not send %2")
                .arg(
                    organiser ? actorId : roleName(actor->role), commandName(command.body_case())));
    if (const auto refusal = checkPhase(m_state, command.body_case()))
        return Decision(*refusal);

    switch (command.body_case()) {
    case v1::Command::kSetCurrentItem:
        return decideSetCurrentItem(m_state, command.set_current_item());
    case v1::Command::kAdvanceAgenda:
        return decideAdvanceAgenda(m_state, command.advance_agenda());
    case v1::Command::kSetAttendance:
        return decideSetAttendance(m_state, command.set_attendance());
    case v1::Command::kGrantProxy:
        return decideGrantProxy(m_state, actorId, command.grant_proxy());
    case v1::Command::kRevokeProxy:
        return decideRevokeProxy(m_state, actorId, command.revoke_proxy());
    case v1::Command::kRequestFloor:
        return decideRequestFloor(m_state, actorId, command.request_floor());
    case v1::Command::kWithdrawFloor:
        return decideWithdrawFloor(m_state, actorId);
    case v1::Command::kGiveFloor:
        return decideGiveFloor(m_state, command.give_floor(), nowMs);
    case v1::Command::kNextSpeaker:
        return decideNextSpeaker(m_state, nowMs);
    case v1::Command::kRemoveSpeaker:
        return decideRemoveSpeaker(m_state, command.remove_speaker());
    case v1::Command::kMoveSpeaker:
        return decideMoveSpeaker(m_state, command.move_speaker());
    case v1::Command::kSetQueueOpen:
        return decideSetQueueOpen(m_state, command.set_queue_open());
    case v1::Command::kSetSpeakingTime:
        return decideSetSpeakingTime(m_state, command.set_speaking_time());
    case v1::Command::kPauseSpeech:
        return decidePauseSpeech(m_state);
    case v1::Command::kResumeSpeech:
        return decideResumeSpeech(m_state);
    case v1::Command::kEndSpeech:
        return decideEndSpeech(m_state, actorId, nowMs);
    case v1::Command::kCreateBallot:
        return decideCreateBallot(m_state, command.create_ballot());
    case v1::Command::kOpenBallot:
        return decideOpenBallot(m_state, command.open_ballot());
    case v1::Command::kCastVote:
        return decideCastVote(m_state, actorId, command.cast_vote());
    case v1::Command::kCloseBallot:
        return decideCloseBallot(m_state, command.close_ballot());
    case v1::Command::kCancelBallot:
        return decideCancelBallot(m_state, command.cancel_ballot());
    case v1::Command::kResolveTie:
        return decideResolveTie(m_state, actorId, command.resolve_tie());
    case v1::Command::kCheckIn:
        return decideCheckIn(m_state, command.check_in(), deviceId);
    case v1::Command::kAttachDocument:
        return decideAttachDocument(m_state, command.attach_document());
    case v1::Command::kRemoveDocument:
        return decideRemoveDocument(m_state, command.remove_document());
    case v1::Command::kAnnotate:
        return decideAnnotate(m_state, actorId, command.annotate());
    case v1::Command::kSetPresenter:
        return decideSetPresenter(m_state, command.set_presenter());
    case v1::Command::kPresent:
        return decidePresent(m_state, actorId, command.present());
    case v1::Command::kEditMinutes:
        return decideEditMinutes(m_state, command.edit_minutes());
    case v1::Command::kApproveMinutes:
        return decideApproveMinutes(m_state, actorId);
    case v1::Command::kReopenMinutes:
        return decideReopenMinutes(m_state, command.reopen_minutes());
    case v1::Command::kExportMinutes:
        return decideExportMinutes(m_state);
    case v1::Command::kRevokeDevice:
        return decideRevokeDevice(m_state, command.revoke_device());
    case v1::Command::kEditMeeting:
    case v1::Command::kAddParticipant:
    case v1::Command::kEditParticipant:
    case v1::Command::kRemoveParticipant:
    case v1::Command::kImportParticipants:
    case v1::Command::kAddAgendaItem:
    case v1::Command::kEditAgendaItem:
    case v1::Command::kRemoveAgendaItem:
    case v1::Command::kMoveAgendaItem:
    case v1::Command::kIssuePins:
    case v1::Command::kConveneMeeting:
    case v1::Command::kStartMeeting:
    case v1::Command::kCloseMeeting:
    case v1::Command::kArchiveMeeting:
    case v1::Command::kRemoveMeeting:
        return decideDesk(m_state, actorId, command);
    case v1::Command::kDefineForm:
        return decideDefineForm(m_state, command.define_form());
    case v1::Command::kOpenForm:
        return decideOpenForm(m_state, command.open_form());
    case v1::Command::kCloseForm:
        return decideCloseForm(m_state, command.close_form());
    case v1::Command::kSubmitAnswer:
        return decideSubmitAnswer(m_state, actorId, command.submit_answer());
    case v1::Command::kTakeStep:
        return decideTakeStep(m_state, actorId, command.take_step());
    case v1::Command::BODY_NOT_SET:
        break;
    }
    return Decision::reject(v1::ERROR_UNSUPPORTED_MESSAGE, v1::GENERAL_REFUSAL_UNKNOWN_COMMAND,
        QStringLiteral("Unknown command type"));
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
