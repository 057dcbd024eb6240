#pragma once

#include "meetingstate.h"

namespace quorum {

/**
 * The fold of a meeting's events into its state, shared by the server (Meeting::apply) and
 * the tablet (MeetingReplica): a new event type is folded here once, for both.
 *
 * The tablet holds less than the server and the fold tolerates it: a secret ballot's box has
 * no counts on a tablet (its choices never leave the server), other participants' private
 * annotations arrive as Withheld, and a VotesCounted stands for others' votes as a turnout.
 * Tokens and PIN hashes are never in the state at all (server/store keeps them).
 */
void applyEvent(MeetingState &state, const v1::Event &event);

/**
 * Replaces the state with a snapshot (Meeting::snapshot), as a tablet starts from one. What a
 * snapshot does not carry stays absent rather than guessed: documents ingested but never
 * attached, secret ballots' boxes, the time of each participant's first check-in.
 */
void loadSnapshot(MeetingState &state, const v1::Snapshot &snapshot);

} // namespace quorum
