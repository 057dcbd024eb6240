#include "lifecycle.h"

#include "commands.h"

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

} // namespace

v1::MeetingPhase phaseOf(const MeetingState &state)
{
    const v1::MeetingPhase phase = state.definition.phase();
    return phase == v1::MEETING_PHASE_UNSPECIFIED ? v1::MEETING_PHASE_RUNNING : phase;
}

bool organiserMay(v1::Command::BodyCase command)
{
    // The organiser prepares every meeting of the server and ends it; the floor, the votes and
    // the minutes belong to the meeting's own chair and secretary (commands.cpp).
    return commandRule(command).organiser;
}

std::optional<v1::Error> checkPhase(const MeetingState &state, v1::Command::BodyCase command)
{
    const v1::MeetingPhase phase = phaseOf(state);
    const bool allowed = commandRule(command).takenIn(phase);
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
