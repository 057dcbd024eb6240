#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/** What deciding a command reads: the meeting, who sends it, the room's clock, which tablet. */
struct CommandContext
{
    const MeetingState &state;
    const QString &actorId;
    const v1::Command &command;
    qint64 nowMs;
    const QString &deviceId;
};

/**
 * One command type's rules, said once for every command of the protocol: which roles may send
 * it, whether the server's organiser may, in which phases of the meeting it is taken, and the
 * function that decides it. roleMay (roles.h), organiserMay and checkPhase (lifecycle.h) and
 * Meeting::decide all read it; a command added to quorum.proto without a rule fails to compile
 * (the switch of commandRule is exhaustive).
 */
struct CommandRule
{
    unsigned roles = 0; // bits 1 << v1::Role of the participants who may send it
    bool organiser = false; // whether the server's organiser may send it (lifecycle.h)
    v1::MeetingPhase from = v1::MEETING_PHASE_UNSPECIFIED; // the first phase that takes it
    v1::MeetingPhase until = v1::MEETING_PHASE_UNSPECIFIED; // the last phase that takes it
    Decision (*decide)(const CommandContext &) = nullptr; // null: no such command

    bool allows(v1::Role role) const
    {
        return role > v1::ROLE_UNSPECIFIED && role <= v1::ROLE_OBSERVER && (roles & (1u << role));
    }
    bool takenIn(v1::MeetingPhase phase) const
    {
        return phase >= v1::MEETING_PHASE_DRAFT && phase >= from && phase <= until;
    }
};

/** The rules of a command type; BODY_NOT_SET has none (nobody, never, no decider). */
CommandRule commandRule(v1::Command::BodyCase command);

} // namespace quorum
