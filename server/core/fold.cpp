#include "fold.h"

#include "agenda.h"
#include "annotations.h"
#include "attendance.h"
#include "ballots.h"
#include "definition.h"
#include "devices.h"
#include "documents.h"
#include "forms.h"
#include "lifecycle.h"
#include "minutes.h"
#include "preparation.h"
#include "speakers.h"
#include "workflows.h"

namespace quorum {

void applyEvent(MeetingState &state, const v1::Event &event)
{
    const qint64 t = event.server_time_ms();
    // A count of votes stands for a run of seqs (VotesCounted.through_seq), like Withheld for one.
    state.seq = event.body_case() == v1::Event::kVotesCounted
        ? std::max(event.seq(), event.votes_counted().through_seq())
        : event.seq();
    state.lastEventMs = t;
    switch (event.body_case()) {
    case v1::Event::kMeetingDefined:
        applyMeetingDefined(state, event.meeting_defined());
        break;
    case v1::Event::kParticipantJoined:
        applyParticipantJoined(state, event.participant_joined(), t);
        break;
    case v1::Event::kParticipantLeft:
        applyParticipantLeft(state, event.participant_left(), t);
        break;
    case v1::Event::kCurrentItemChanged:
        applyCurrentItemChanged(state, event.current_item_changed(), t);
        resetSpeakingTime(state);
        break;
    case v1::Event::kAttendanceChanged:
        applyAttendanceChanged(state, event.attendance_changed(), t, qstr(event.actor()));
        break;
    case v1::Event::kProxyGranted:
        applyProxyGranted(state, event.proxy_granted());
        break;
    case v1::Event::kProxyRevoked:
        applyProxyRevoked(state, event.proxy_revoked());
        break;
    case v1::Event::kFloorRequested:
        applyFloorRequested(state, event.floor_requested());
        break;
    case v1::Event::kFloorWithdrawn:
        applyFloorWithdrawn(state, event.floor_withdrawn());
        break;
    case v1::Event::kSpeakerMoved:
        applySpeakerMoved(state, event.speaker_moved());
        break;
    case v1::Event::kQueueOpenChanged:
        applyQueueOpenChanged(state, event.queue_open_changed());
        break;
    case v1::Event::kSpeakingTimeChanged:
        applySpeakingTimeChanged(state, event.speaking_time_changed());
        break;
    case v1::Event::kSpeechStarted:
        applySpeechStarted(state, event.speech_started(), t);
        break;
    case v1::Event::kSpeechPaused:
        applySpeechPaused(state, t);
        break;
    case v1::Event::kSpeechResumed:
        applySpeechResumed(state, t);
        break;
    case v1::Event::kSpeechEnded:
        applySpeechEnded(state, event.speech_ended());
        break;
    case v1::Event::kBallotCreated:
        applyBallotCreated(state, event.ballot_created());
        break;
    case v1::Event::kBallotOpened:
        applyBallotOpened(state, event.ballot_opened(), t);
        break;
    case v1::Event::kVoteCast:
        applyVoteCast(state, event.vote_cast());
        break;
    case v1::Event::kVotesCounted: // only ever sent to tablets, never stored
        applyVotesCounted(state, event.votes_counted());
        break;
    case v1::Event::kBallotClosed:
        applyBallotClosed(state, event.ballot_closed(), t);
        break;
    case v1::Event::kBallotCancelled:
        applyBallotCancelled(state, event.ballot_cancelled(), t);
        break;
    case v1::Event::kDocumentIngested:
        applyDocumentIngested(state, event.document_ingested());
        break;
    case v1::Event::kDocumentAttached:
        applyDocumentAttached(state, event.document_attached());
        break;
    case v1::Event::kDocumentRemoved:
        applyDocumentRemoved(state, event.document_removed());
        break;
    case v1::Event::kAnnotationApplied:
        applyAnnotationApplied(state, event.annotation_applied(), event.seq());
        break;
    case v1::Event::kPresenterChanged:
        applyPresenterChanged(state, event.presenter_changed());
        break;
    case v1::Event::kPresentationChanged:
        applyPresentationChanged(state, event.presentation_changed());
        break;
    case v1::Event::kMinutesEdited:
        applyMinutesEdited(state, event.minutes_edited());
        break;
    case v1::Event::kMinutesApproved:
        applyMinutesApproved(state, event.minutes_approved(), t);
        break;
    case v1::Event::kMinutesReopened:
        applyMinutesReopened(state, event.minutes_reopened(), t, qstr(event.actor()));
        break;
    case v1::Event::kMinutesExported:
        applyMinutesExported(state, event.minutes_exported(), t);
        break;
    case v1::Event::kDeviceEnrolled:
        applyDeviceEnrolled(state, event.device_enrolled(), t);
        break;
    case v1::Event::kDeviceRevoked:
        applyDeviceRevoked(state, event.device_revoked());
        break;
    // The organiser's desk (preparation.h, lifecycle.h).
    case v1::Event::kMeetingEdited:
        applyMeetingEdited(state, event.meeting_edited());
        break;
    case v1::Event::kParticipantAdded:
        applyParticipantAdded(state, event.participant_added());
        break;
    case v1::Event::kParticipantEdited:
        applyParticipantEdited(state, event.participant_edited());
        break;
    case v1::Event::kParticipantRemoved:
        applyParticipantRemoved(state, event.participant_removed());
        break;
    case v1::Event::kParticipantsImported:
        applyParticipantsImported(state, event.participants_imported());
        break;
    case v1::Event::kAgendaItemAdded:
        applyAgendaItemAdded(state, event.agenda_item_added());
        break;
    case v1::Event::kAgendaItemEdited:
        applyAgendaItemEdited(state, event.agenda_item_edited());
        break;
    case v1::Event::kAgendaItemRemoved:
        applyAgendaItemRemoved(state, event.agenda_item_removed());
        break;
    case v1::Event::kAgendaItemMoved:
        applyAgendaItemMoved(state, event.agenda_item_moved());
        break;
    case v1::Event::kPinsIssued:
        applyPinsIssued(state, event.pins_issued());
        break;
    case v1::Event::kMeetingPhaseChanged:
        applyMeetingPhaseChanged(state, event.meeting_phase_changed());
        break;
    case v1::Event::kTieResolved: // rules15: a tie broken by the rule's tie-break
        applyTieResolved(state, event.tie_resolved());
        break;
    case v1::Event::kFormDefined:
        applyFormDefined(state, event.form_defined());
        break;
    case v1::Event::kFormOpened:
        applyFormOpened(state, event.form_opened());
        break;
    case v1::Event::kFormClosed:
        applyFormClosed(state, event.form_closed());
        break;
    case v1::Event::kFormAnswered:
        applyFormAnswered(state, event.form_answered());
        break;
    case v1::Event::kAnswersReleased:
        applyAnswersReleased(state, event.answers_released());
        break;
    case v1::Event::kStepTaken:
        applyStepTaken(state, event.step_taken());
        break;
    case v1::Event::kWithheld: // someone's private annotation, sent to others: only the seq counts
    case v1::Event::BODY_NOT_SET:
        // An event type newer than this build (its field is unknown to our generated code):
        // the seq still counts, so the next known event applies in order.
        break;
    }
}

namespace {

void loadParticipants(MeetingState &state, const v1::Snapshot &snapshot)
{
    applyMeetingDefined(state, snapshot.meeting());
    state.defined = snapshot.has_meeting();
    for (const v1::Participant &p : snapshot.meeting().participants()) {
        if (ParticipantState *ps = state.participant(qstr(p.id())))
            ps->present = p.present();
    }
    state.currentItemId = qstr(snapshot.current_item_id());
}

void loadFloor(MeetingState &state, const v1::FloorSnapshot &floor)
{
    for (const v1::AttendanceChanged &a : floor.attendance()) {
        if (ParticipantState *p = state.participant(qstr(a.participant_id()))) {
            p->attendance = a.state();
            p->absenceReason = qstr(a.reason());
            p->checkInMethod = a.method();
            p->attendanceMs = a.checked_in_ms();
            p->checkInDevice = qstr(a.device_id());
            p->checkedInBy = qstr(a.checked_in_by());
        }
    }
    for (const v1::ProxyGranted &g : floor.proxies())
        applyProxyGranted(state, g);
    for (const v1::QueueEntry &q : floor.queue())
        state.floor.queue.push_back({ qstr(q.participant_id()), q.point_of_order() });
    state.floor.queueOpen = floor.queue_open();
    state.floor.speakingSeconds = floor.speaking_seconds();
    if (floor.has_speech()) {
        const v1::Speech &s = floor.speech();
        SpeechState &speech = state.floor.speech;
        speech.active = true;
        speech.participantId = qstr(s.participant_id());
        speech.itemId = qstr(s.item_id());
        speech.allottedSeconds = s.allotted_seconds();
        speech.startedMs = s.started_ms();
        speech.spokenBeforeMs = s.spoken_ms_before_pause();
        speech.paused = s.paused();
        speech.runningSinceMs = s.resumed_ms();
        speech.pointOfOrder = s.point_of_order();
    }
    for (const v1::SpeakingTotal &t : floor.totals())
        state.floor.totals[{ qstr(t.participant_id()), qstr(t.item_id()) }]
            = { t.spoken_ms(), t.speeches() };
    for (const v1::BallotState &b : floor.ballots()) {
        v1::BallotCreated created;
        *created.mutable_ballot() = b.ballot();
        applyBallotCreated(state, created);
        BallotRecord &record = state.floor.ballots.back();
        record.phase = b.phase();
        record.eligible = b.eligible();
        for (const std::string &voter : b.voted()) {
            record.voted.push_back(qstr(voter));
            record.votedSet.insert(qstr(voter));
        }
        // A named ballot's votes are counted again from its papers; a secret box stays empty.
        for (const v1::VoteCast &cast : b.named_votes())
            applyVoteCast(state, cast);
        if (b.phase() == v1::BallotState::PHASE_CLOSED)
            record.result = b.result();
    }
}

void loadDocuments(MeetingState &state, const v1::Snapshot &snapshot)
{
    DocumentsState &docs = state.documents;
    docs.documents.assign(snapshot.documents().begin(), snapshot.documents().end());
    for (const v1::Document &d : docs.documents)
        docs.attachedEver.insert(qstr(d.sha256()));
    for (const v1::AnnotationOp &op : snapshot.annotations()) {
        v1::AnnotationApplied applied;
        *applied.mutable_op() = op;
        applyAnnotationApplied(state, applied, snapshot.seq());
    }
    docs.presenterId = qstr(snapshot.presenter_id());
    if (snapshot.has_presentation())
        docs.presentation = snapshot.presentation();
}

void loadMinutes(MeetingState &state, const v1::MinutesSnapshot &snapshot)
{
    MinutesState &minutes = state.minutes;
    for (const v1::MinutesItem &item : snapshot.items())
        minutes.items.insert(
            qstr(item.item_id()), { qstr(item.notes()), qstr(item.conclusions()) });
    minutes.number = qstr(snapshot.number());
    minutes.locality = qstr(snapshot.locality());
    minutes.approvals.assign(snapshot.approvals().begin(), snapshot.approvals().end());
    minutes.locked = snapshot.locked();
    minutes.reopenings = snapshot.reopenings();
    if (snapshot.has_last_export())
        applyMinutesExported(state, snapshot.last_export(), 0); // its time: not in a snapshot
}

} // namespace

void loadSnapshot(MeetingState &state, const v1::Snapshot &snapshot)
{
    const bool keepsBodies = state.documents.bodies.kept; // where annotation bodies live stays
    state = MeetingState();
    state.documents.bodies.kept = keepsBodies;
    state.seq = snapshot.seq();
    loadParticipants(state, snapshot);
    if (snapshot.has_floor()) // else an old server, or a test's snapshot: the floor as defined
        loadFloor(state, snapshot.floor());
    loadDocuments(state, snapshot);
    loadMinutes(state, snapshot.minutes());
    for (const v1::EnrolledDevice &device : snapshot.devices()) {
        state.deviceIndex.insert(qstr(device.device_key()), int(state.devices.size()));
        state.devices.push_back(device);
    }
    loadForms(state, snapshot.forms());
}

} // namespace quorum
