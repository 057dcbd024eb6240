#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * Ballots: created by the chair on an agenda item, opened when the quorum is there, cast by
 * present members with a vote (once for themselves and once per proxy they hold), closed
 * with their rule. A secret ballot's choices never enter an event: `decideCastVote` hands
 * them over as a SecretVote for the ballot box, which holds counts only.
 */
Decision decideCreateBallot(const MeetingState &state, const v1::CreateBallot &command);
Decision decideOpenBallot(const MeetingState &state, const v1::OpenBallot &command);
Decision decideCastVote(
    const MeetingState &state, const QString &actorId, const v1::CastVote &command);
Decision decideCloseBallot(const MeetingState &state, const v1::CloseBallot &command);
Decision decideCancelBallot(const MeetingState &state, const v1::CancelBallot &command);
/** A pending tie broken by the rule's tie-break (the chair's casting vote, lots, ages). */
Decision decideResolveTie(
    const MeetingState &state, const QString &actorId, const v1::ResolveTie &command);

void applyBallotCreated(MeetingState &state, const v1::BallotCreated &event);
void applyBallotOpened(MeetingState &state, const v1::BallotOpened &event, qint64 timeMs);
void applyVoteCast(MeetingState &state, const v1::VoteCast &event);
/** Others' votes as a count, sent to tablets that do not see every vote (seesEveryVote). */
void applyVotesCounted(MeetingState &state, const v1::VotesCounted &event);
void applyBallotClosed(MeetingState &state, const v1::BallotClosed &event, qint64 timeMs);
void applyBallotCancelled(MeetingState &state, const v1::BallotCancelled &event, qint64 timeMs);
void applyTieResolved(MeetingState &state, const v1::TieResolved &event);

/** Puts a secret ballot's choice into its box (counts only). */
void addToBallotBox(MeetingState &state, const SecretVote &vote);

/**
 * What one secret paper adds to its box, as (key, amount): the room stores exactly these.
 * Keys as in BallotBoxDelta: >= 0 an option, -1 ballots, -2 their weight, -3 blank, -4 their
 * weight, -5 invalid, -6 their weight.
 */
std::vector<std::pair<qint64, quint64>> ballotBoxDeltas(
    const MeetingState &state, const SecretVote &vote);

/** Sets one stored total of a secret ballot box (keys as in ballotBoxDeltas). */
void restoreBallotBox(MeetingState &state, const QString &ballotId, qint64 key, quint64 total);

/** Voters (heads, proxies included) who may vote if a ballot opened now. */
quint32 eligibleVoters(const MeetingState &state);

/**
 * Whether a role sees every VoteCast in full (who voted, and on a named ballot what): the
 * chair (the live count and who has not voted yet), the secretary (the minutes) and observers
 * (the room's projector). Every other tablet needs the turnout, not the names: it gets one
 * VotesCounted per run of votes instead, so that a vote round costs each of N tablets one
 * small event, not N (issue 12).
 */
bool seesEveryVote(v1::Role role);
/** Who a VoteCast concerns and gets it in full on their own devices: its voters and its caster. */
QStringList voteParticipants(const v1::VoteCast &vote);

void snapshotBallots(const MeetingState &state, v1::FloorSnapshot *floor);

} // namespace quorum
