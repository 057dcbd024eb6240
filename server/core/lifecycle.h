#pragma once

#include "decision.h"
#include "meetingstate.h"

#include <optional>

namespace quorum {

/**
 * A meeting's life: draft -> convened -> running -> closed -> archived (docs/protocol.md,
 * "The organiser's desk"). Who may take each step, and which commands each phase allows.
 */

/** The server's organiser as an event's actor and a session's participant id; no participant's
 * id may start with '@'. */
inline const QString OrganiserId = QStringLiteral("@organiser");

/** The phase that rules: a meeting file's definition (phase unset) is running from event 1. */
v1::MeetingPhase phaseOf(const MeetingState &state);

/** Whether the server's organiser may send a command in a meeting (every desk command, the
 * documents of the agenda, a device's revocation: commands.cpp); what the phase allows is
 * checkPhase's. */
bool organiserMay(v1::Command::BodyCase command);

/** A refusal when the meeting's phase does not allow the command (the floor needs a running
 * meeting, a closed one takes only its minutes), else nothing. */
std::optional<v1::Error> checkPhase(const MeetingState &state, v1::Command::BodyCase command);

/** Whether a role may join the meeting in its phase: a draft only its secretaries (and the
 * organiser, who is not a participant). */
bool mayJoinInPhase(v1::Role role, v1::MeetingPhase phase);

/** Event 1 of a meeting the organiser creates: a draft with its id and a placeholder title. */
v1::MeetingDefined draftDefinition(const QString &meetingId);
/** Event 1 of a meeting the organiser creates (draftDefinition); refused for a bad id or a
 * meeting that exists. */
Decision decideCreate(const MeetingState &state, const QString &meetingId);
/** A meeting id the desk accepts: 1 to 64 of [A-Za-z0-9._-], not starting with '@'. */
bool validMeetingId(const QString &meetingId);

Decision decideConvene(const MeetingState &state);
Decision decideStart(const MeetingState &state);
Decision decideClose(const MeetingState &state);
/** Only the organiser archives (`actorId` == OrganiserId); the server makes the archive after
 * the event is durable. */
Decision decideArchive(const MeetingState &state, const QString &actorId);
/** Only the organiser, an archived meeting, with its id typed back. Nothing to append: the
 * server removes the meeting's data when this is ok. */
Decision decideRemove(
    const MeetingState &state, const QString &actorId, const v1::RemoveMeeting &command);

void applyMeetingPhaseChanged(MeetingState &state, const v1::MeetingPhaseChanged &changed);

/** The organiser's one line about a meeting (Welcome.meetings). */
v1::MeetingSummary summarise(const MeetingState &state);

} // namespace quorum
