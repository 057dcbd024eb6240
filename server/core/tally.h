#pragma once

#include "meetingstate.h"

namespace quorum {

/** The numbers a ballot's rule needs beyond its box. */
struct TallyContext
{
    quint64 membersPresent = 0;
    quint64 membersConvened = 0;
    quint64 allMembers = 0;
};

/**
 * Counts a closed ballot with its rule. Pure: the box, the rule and the context in, the
 * result out. Yes/no ballots pass when YES meets the threshold of the base; choices and
 * elections elect the options that meet it, ranked by votes, up to the seats; a tie for the
 * last seat is reported (`tie`) and those tied are not elected: a re-vote decides.
 */
v1::BallotResult tally(const BallotRecord &ballot, const TallyContext &context);

/** The context of a meeting now (for weighted or head counts). */
TallyContext tallyContext(const MeetingState &state, bool weighted);

} // namespace quorum
