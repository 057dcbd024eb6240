#include "lifecycle.h"

#include <QRegularExpression>

namespace quorum {

namespace {

Decision wrongPhase(const MeetingState &state, const char *step)
{
    return Decision::reject(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_WRONG_PHASE,
        QStringLiteral("A meeting in phase %1 cannot be %2")
            .arg(qstr(v1::MeetingPhase_Name(phaseOf(state))), QLatin1String(step)));
}

Decision toPhase(v1::MeetingPhase phase)
{
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_meeting_phase_changed()->set_phase(phase); }) };
}

/** Commands of the running floor: the agenda's current item, speakers, ballots, presenting. */
bool isFloorCommand(v1::Command::BodyCase command)
{
    switch (command) {
    case v1::Command::kSetCurrentItem:
    case v1::Command::kAdvanceAgenda:
    case v1::Command::kRequestFloor:
    case v1::Command::kWithdrawFloor:
    case v1::Command::kGiveFloor:
    case v1::Command::kNextSpeaker:
    case v1::Command::kRemoveSpeaker:
    case v1::Command::kMoveSpeaker:
    case v1::Command::kSetQueueOpen:
    case v1::Command::kSetSpeakingTime:
    case v1::Command::kPauseSpeech:
    case v1::Command::kResumeSpeech:
    case v1::Command::kEndSpeech:
    case v1::Command::kCreateBallot:
    case v1::Command::kOpenBallot:
    case v1::Command::kCastVote:
    case v1::Command::kCloseBallot:
    case v1::Command::kCancelBallot:
    case v1::Command::kSetPresenter:
    case v1::Command::kPresent:
        return true;
    default:
        return false;
    }
}

/** What a closed meeting still takes: its minutes (approved and exported after the meeting),
 * a lost tablet's revocation, and the steps of its end. */
bool allowedWhenClosed(v1::Command::BodyCase command)
{
    switch (command) {
    case v1::Command::kEditMinutes:
    case v1::Command::kApproveMinutes:
    case v1::Command::kReopenMinutes:
    case v1::Command::kExportMinutes:
    case v1::Command::kRevokeDevice:
    case v1::Command::kArchiveMeeting:
    case v1::Command::kRemoveMeeting:
        return true;
    default:
        return false;
    }
}

} // namespace

v1::MeetingPhase phaseOf(const MeetingState &state)
{
    const v1::MeetingPhase phase = state.definition.phase();
    return phase == v1::MEETING_PHASE_UNSPECIFIED ? v1::MEETING_PHASE_RUNNING : phase;
}

bool isDeskCommand(v1::Command::BodyCase command)
{
    return int(command) >= v1::Command::kEditMeeting && int(command) <= v1::Command::kRemoveMeeting;
}

bool organiserMay(v1::Command::BodyCase command)
{
    // The organiser prepares every meeting of the server and ends it; the floor, the votes and
    // the minutes belong to the meeting's own chair and secretary.
    return isDeskCommand(command) || command == v1::Command::kAttachDocument
        || command == v1::Command::kRemoveDocument || command == v1::Command::kRevokeDevice;
}

std::optional<v1::Error> checkPhase(const MeetingState &state, v1::Command::BodyCase command)
{
    const v1::MeetingPhase phase = phaseOf(state);
    bool allowed = true;
    switch (phase) {
    case v1::MEETING_PHASE_DRAFT:
    case v1::MEETING_PHASE_CONVENED:
        // Before the chair opens the meeting: preparation, documents, arrivals; no floor.
        allowed = !isFloorCommand(command)
            && !(phase == v1::MEETING_PHASE_DRAFT && command == v1::Command::kCheckIn);
        break;
    case v1::MEETING_PHASE_RUNNING:
    case v1::MEETING_PHASE_UNSPECIFIED:
        break;
    case v1::MEETING_PHASE_CLOSED:
        allowed = allowedWhenClosed(command);
        break;
    case v1::MEETING_PHASE_ARCHIVED:
        allowed = command == v1::Command::kRemoveMeeting;
        break;
    case v1::MeetingPhase_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::MeetingPhase_INT_MAX_SENTINEL_DO_NOT_USE_:
        allowed = false;
        break;
    }
    if (allowed)
        return std::nullopt;
    const bool over = phase == v1::MEETING_PHASE_CLOSED || phase == v1::MEETING_PHASE_ARCHIVED;
    return makeError(v1::ERROR_INVALID_STATE,
        over ? v1::DESK_REFUSAL_CLOSED : v1::DESK_REFUSAL_WRONG_PHASE,
        QStringLiteral("A meeting in phase %1 does not take this command")
            .arg(qstr(v1::MeetingPhase_Name(phase))));
}

bool mayJoinInPhase(v1::Role role, v1::MeetingPhase phase)
{
    // A draft is the secretary's and the organiser's work: delegates join once convened
    // (and read the documents before the meeting starts).
    return phase != v1::MEETING_PHASE_DRAFT || role == v1::ROLE_SECRETARY;
}

v1::MeetingDefined draftDefinition(const QString &meetingId)
{
    v1::MeetingDefined d;
    d.set_meeting_id(sstr(meetingId));
    d.set_title(sstr(meetingId)); // a placeholder until the organiser's first EditMeeting
    d.set_language("vi");
    d.set_phase(v1::MEETING_PHASE_DRAFT);
    return d;
}

Decision decideCreate(const MeetingState &state, const QString &meetingId)
{
    if (state.defined)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::GENERAL_REFUSAL_ALREADY_DEFINED,
            QStringLiteral("The meeting is already defined"));
    if (!validMeetingId(meetingId))
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::GENERAL_REFUSAL_BAD_DEFINITION,
            QStringLiteral("A meeting id is 1 to 64 letters, digits, '.', '_' or '-'"));
    return Events{ makeEvent(
        [&](v1::Event &e) { *e.mutable_meeting_defined() = draftDefinition(meetingId); }) };
}

bool validMeetingId(const QString &meetingId)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return id.match(meetingId).hasMatch();
}

Decision decideConvene(const MeetingState &state)
{
    if (phaseOf(state) != v1::MEETING_PHASE_DRAFT)
        return wrongPhase(state, "convened");
    const bool hasChair = std::any_of(state.participants.cbegin(), state.participants.cend(),
        [](const ParticipantState &p) { return p.role == v1::ROLE_CHAIR; });
    if (state.definition.title().empty() || !hasChair)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_NOT_READY,
            QStringLiteral("A meeting is convened with a title and a chair"));
    return toPhase(v1::MEETING_PHASE_CONVENED);
}

Decision decideStart(const MeetingState &state)
{
    if (phaseOf(state) != v1::MEETING_PHASE_CONVENED)
        return wrongPhase(state, "started");
    return toPhase(v1::MEETING_PHASE_RUNNING);
}

Decision decideClose(const MeetingState &state)
{
    if (phaseOf(state) != v1::MEETING_PHASE_RUNNING)
        return wrongPhase(state, "closed");
    return toPhase(v1::MEETING_PHASE_CLOSED);
}

Decision decideArchive(const MeetingState &state, const QString &actorId)
{
    if (actorId != OrganiserId)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::DESK_REFUSAL_ORGANISER_ONLY,
            QStringLiteral("Only the server's organiser archives a meeting"));
    if (phaseOf(state) != v1::MEETING_PHASE_CLOSED)
        return wrongPhase(state, "archived");
    return toPhase(v1::MEETING_PHASE_ARCHIVED);
}

Decision decideRemove(
    const MeetingState &state, const QString &actorId, const v1::RemoveMeeting &command)
{
    if (actorId != OrganiserId)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::DESK_REFUSAL_ORGANISER_ONLY,
            QStringLiteral("Only the server's organiser removes a meeting"));
    if (phaseOf(state) != v1::MEETING_PHASE_ARCHIVED)
        return wrongPhase(state, "removed before it is archived");
    if (command.confirm_meeting_id() != state.definition.meeting_id())
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_CONFIRMATION_NEEDED,
            QStringLiteral("Type the meeting's id to remove its data"));
    return Decision::nothing();
}

void applyMeetingPhaseChanged(MeetingState &state, const v1::MeetingPhaseChanged &changed)
{
    state.definition.set_phase(changed.phase());
}

v1::MeetingSummary summarise(const MeetingState &state)
{
    const v1::MeetingDefined &d = state.definition;
    v1::MeetingSummary s;
    s.set_meeting_id(d.meeting_id());
    s.set_title(d.title());
    s.set_organisation(d.organisation());
    s.set_body_kind(d.body_kind());
    s.set_place(d.place());
    s.set_scheduled_start_ms(d.scheduled_start_ms());
    s.set_phase(d.phase());
    s.set_participants(quint32(state.participants.size()));
    s.set_agenda_items(quint32(d.agenda_size()));
    s.set_last_seq(state.seq);
    return s;
}

} // namespace quorum
