#include "commands.h"

#include "agenda.h"
#include "annotations.h"
#include "attendance.h"
#include "ballots.h"
#include "devices.h"
#include "documents.h"
#include "forms.h"
#include "lifecycle.h"
#include "minutes.h"
#include "preparation.h"
#include "speakers.h"
#include "workflows.h"

namespace quorum {

namespace {

constexpr unsigned Chair = 1u << v1::ROLE_CHAIR;
constexpr unsigned Secretary = 1u << v1::ROLE_SECRETARY;
constexpr unsigned Delegate = 1u << v1::ROLE_DELEGATE;
constexpr unsigned ChairOrSecretary = Chair | Secretary;
/** Whoever sits in the meeting; an observer (the room's projector) only follows. */
constexpr unsigned Seated = Chair | Secretary | Delegate;
/** Members with a vote; whether this participant has one is checked by the ballot rules. */
constexpr unsigned Voters = Chair | Delegate;

/** Which phases take a command (docs/protocol.md, "The organiser's desk"). */
struct Phases
{
    v1::MeetingPhase from;
    v1::MeetingPhase until;
};
/** The running floor: the current item, speakers, ballots, presenting. */
constexpr Phases Floor{ v1::MEETING_PHASE_RUNNING, v1::MEETING_PHASE_RUNNING };
/** Preparation, documents, attendance, forms: from the draft until the meeting closes. */
constexpr Phases Open{ v1::MEETING_PHASE_DRAFT, v1::MEETING_PHASE_RUNNING };
/** Arrivals at the door: once the meeting is convened. */
constexpr Phases Doors{ v1::MEETING_PHASE_CONVENED, v1::MEETING_PHASE_RUNNING };
/** What a closed meeting still takes: its minutes (approved and exported after the meeting),
 * a lost tablet's revocation, its archive. */
constexpr Phases Record{ v1::MEETING_PHASE_DRAFT, v1::MEETING_PHASE_CLOSED };
/** An archived meeting takes only the removal of its data. */
constexpr Phases Ever{ v1::MEETING_PHASE_DRAFT, v1::MEETING_PHASE_ARCHIVED };

constexpr bool Organiser = true;
constexpr bool NotOrganiser = false;

using Decide = Decision (*)(const CommandContext &);

CommandRule rule(unsigned roles, bool organiser, Phases phases, Decide decide)
{
    return CommandRule{ roles, organiser, phases.from, phases.until, decide };
}

} // namespace

CommandRule commandRule(v1::Command::BodyCase command)
{
    using C = const CommandContext &;
    switch (command) {
    // The agenda: the chair runs it; the secretary may stand in (a chair without tablet).
    case v1::Command::kSetCurrentItem:
        return rule(ChairOrSecretary, NotOrganiser, Floor,
            [](C c) { return decideSetCurrentItem(c.state, c.command.set_current_item()); });
    case v1::Command::kAdvanceAgenda:
        return rule(ChairOrSecretary, NotOrganiser, Floor,
            [](C c) { return decideAdvanceAgenda(c.state, c.command.advance_agenda()); });

    // Attendance: the secretary keeps the list; the chair may correct it.
    case v1::Command::kSetAttendance:
        return rule(ChairOrSecretary, NotOrganiser, Open,
            [](C c) { return decideSetAttendance(c.state, c.command.set_attendance()); });
    case v1::Command::kCheckIn:
        // The secretary holds the tablet at the door; the chair may stand in. Never a
        // delegate: a check-in by PIN would let anyone test PINs and mark others present.
        return rule(ChairOrSecretary, NotOrganiser, Doors,
            [](C c) { return decideCheckIn(c.state, c.command.check_in(), c.deviceId); });
    case v1::Command::kGrantProxy:
        return rule(Voters, NotOrganiser, Open,
            [](C c) { return decideGrantProxy(c.state, c.actorId, c.command.grant_proxy()); });
    case v1::Command::kRevokeProxy:
        return rule(Voters, NotOrganiser, Open,
            [](C c) { return decideRevokeProxy(c.state, c.actorId, c.command.revoke_proxy()); });

    // Speakers: whoever sits asks for the floor; the chair gives it and runs the queue.
    case v1::Command::kRequestFloor:
        return rule(Seated, NotOrganiser, Floor,
            [](C c) { return decideRequestFloor(c.state, c.actorId, c.command.request_floor()); });
    case v1::Command::kWithdrawFloor:
        return rule(Seated, NotOrganiser, Floor,
            [](C c) { return decideWithdrawFloor(c.state, c.actorId); });
    case v1::Command::kGiveFloor:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideGiveFloor(c.state, c.command.give_floor(), c.nowMs); });
    case v1::Command::kNextSpeaker:
        return rule(
            Chair, NotOrganiser, Floor, [](C c) { return decideNextSpeaker(c.state, c.nowMs); });
    case v1::Command::kRemoveSpeaker:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideRemoveSpeaker(c.state, c.command.remove_speaker()); });
    case v1::Command::kMoveSpeaker:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideMoveSpeaker(c.state, c.command.move_speaker()); });
    case v1::Command::kSetQueueOpen:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideSetQueueOpen(c.state, c.command.set_queue_open()); });
    case v1::Command::kSetSpeakingTime:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideSetSpeakingTime(c.state, c.command.set_speaking_time()); });
    case v1::Command::kPauseSpeech:
        return rule(Chair, NotOrganiser, Floor, [](C c) { return decidePauseSpeech(c.state); });
    case v1::Command::kResumeSpeech:
        return rule(Chair, NotOrganiser, Floor, [](C c) { return decideResumeSpeech(c.state); });
    case v1::Command::kEndSpeech:
        // A speaker may end their own speech.
        return rule(Seated, NotOrganiser, Floor,
            [](C c) { return decideEndSpeech(c.state, c.actorId, c.nowMs); });

    // Ballots: the chair runs them like the floor.
    case v1::Command::kCreateBallot:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideCreateBallot(c.state, c.command.create_ballot()); });
    case v1::Command::kOpenBallot:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideOpenBallot(c.state, c.command.open_ballot()); });
    case v1::Command::kCastVote:
        return rule(Voters, NotOrganiser, Floor,
            [](C c) { return decideCastVote(c.state, c.actorId, c.command.cast_vote()); });
    case v1::Command::kCloseBallot:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideCloseBallot(c.state, c.command.close_ballot()); });
    case v1::Command::kCancelBallot:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideCancelBallot(c.state, c.command.cancel_ballot()); });
    case v1::Command::kResolveTie:
        // The chair's casting vote; lots and ages recorded by the secretary (ballots.cpp
        // checks which one the method needs).
        return rule(ChairOrSecretary, NotOrganiser, Open,
            [](C c) { return decideResolveTie(c.state, c.actorId, c.command.resolve_tie()); });

    // Documents: the secretary (and the organiser) prepares them; the chair may change them
    // during the meeting. Whether this participant presents is checked by the core.
    case v1::Command::kAttachDocument:
        return rule(ChairOrSecretary, Organiser, Open,
            [](C c) { return decideAttachDocument(c.state, c.command.attach_document()); });
    case v1::Command::kRemoveDocument:
        return rule(ChairOrSecretary, Organiser, Open,
            [](C c) { return decideRemoveDocument(c.state, c.command.remove_document()); });
    case v1::Command::kAnnotate:
        return rule(Seated, NotOrganiser, Open,
            [](C c) { return decideAnnotate(c.state, c.actorId, c.command.annotate()); });
    case v1::Command::kSetPresenter:
        return rule(Chair, NotOrganiser, Floor,
            [](C c) { return decideSetPresenter(c.state, c.command.set_presenter()); });
    case v1::Command::kPresent:
        return rule(Seated, NotOrganiser, Floor,
            [](C c) { return decidePresent(c.state, c.actorId, c.command.present()); });

    // The minutes: the secretary keeps them; both sign them (THƯ KÝ, CHỦ TỌA), either may
    // reopen them on the record, and either takes the files to sign and hand out.
    case v1::Command::kEditMinutes:
        return rule(Secretary, NotOrganiser, Record,
            [](C c) { return decideEditMinutes(c.state, c.command.edit_minutes()); });
    case v1::Command::kApproveMinutes:
        return rule(ChairOrSecretary, NotOrganiser, Record,
            [](C c) { return decideApproveMinutes(c.state, c.actorId); });
    case v1::Command::kReopenMinutes:
        return rule(ChairOrSecretary, NotOrganiser, Record,
            [](C c) { return decideReopenMinutes(c.state, c.command.reopen_minutes()); });
    case v1::Command::kExportMinutes:
        return rule(ChairOrSecretary, NotOrganiser, Record,
            [](C c) { return decideExportMinutes(c.state); });

    case v1::Command::kRevokeDevice:
        // The secretary hands out PINs and tablets; the chair (and the organiser) may act
        // when a tablet is lost, even after the meeting.
        return rule(ChairOrSecretary, Organiser, Record,
            [](C c) { return decideRevokeDevice(c.state, c.command.revoke_device()); });

    // The organiser's desk: the secretary prepares their meeting and convenes it, the chair
    // opens and closes it, the organiser does all of it for every meeting of the server.
    case v1::Command::kEditMeeting:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideEditMeeting(c.state, c.command.edit_meeting()); });
    case v1::Command::kAddParticipant:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideAddParticipant(c.state, c.command.add_participant()); });
    case v1::Command::kEditParticipant:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideEditParticipant(c.state, c.command.edit_participant()); });
    case v1::Command::kRemoveParticipant:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideRemoveParticipant(c.state, c.command.remove_participant()); });
    case v1::Command::kImportParticipants:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideImportParticipants(c.state, c.command.import_participants()); });
    case v1::Command::kAddAgendaItem:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideAddAgendaItem(c.state, c.command.add_agenda_item()); });
    case v1::Command::kEditAgendaItem:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideEditAgendaItem(c.state, c.command.edit_agenda_item()); });
    case v1::Command::kRemoveAgendaItem:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideRemoveAgendaItem(c.state, c.command.remove_agenda_item()); });
    case v1::Command::kMoveAgendaItem:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideMoveAgendaItem(c.state, c.command.move_agenda_item()); });
    case v1::Command::kIssuePins:
        return rule(Secretary, Organiser, Open,
            [](C c) { return decideIssuePins(c.state, c.command.issue_pins()); });
    case v1::Command::kConveneMeeting:
        return rule(Secretary, Organiser, Open, [](C c) { return decideConvene(c.state); });
    case v1::Command::kStartMeeting:
        return rule(Chair, Organiser, Open, [](C c) { return decideStart(c.state); });
    case v1::Command::kCloseMeeting:
        return rule(Chair, Organiser, Open, [](C c) { return decideClose(c.state); });
    case v1::Command::kArchiveMeeting:
        // The server's organiser alone: no participant's PIN ends a meeting's record.
        return rule(0, Organiser, Record, [](C c) { return decideArchive(c.state, c.actorId); });
    case v1::Command::kRemoveMeeting:
        return rule(0, Organiser, Ever,
            [](C c) { return decideRemove(c.state, c.actorId, c.command.remove_meeting()); });

    // Forms: the secretary prepares them, the chair runs them like ballots; whoever sits
    // answers; which participant may take which step is the form's workflow's.
    case v1::Command::kDefineForm:
        return rule(ChairOrSecretary, NotOrganiser, Open,
            [](C c) { return decideDefineForm(c.state, c.command.define_form()); });
    case v1::Command::kOpenForm:
        return rule(ChairOrSecretary, NotOrganiser, Open,
            [](C c) { return decideOpenForm(c.state, c.command.open_form()); });
    case v1::Command::kCloseForm:
        return rule(ChairOrSecretary, NotOrganiser, Open,
            [](C c) { return decideCloseForm(c.state, c.command.close_form()); });
    case v1::Command::kSubmitAnswer:
        return rule(Seated, NotOrganiser, Open,
            [](C c) { return decideSubmitAnswer(c.state, c.actorId, c.command.submit_answer()); });
    case v1::Command::kTakeStep:
        return rule(Seated, NotOrganiser, Open,
            [](C c) { return decideTakeStep(c.state, c.actorId, c.command.take_step()); });

    case v1::Command::BODY_NOT_SET:
        break;
    }
    return {};
}

} // namespace quorum
