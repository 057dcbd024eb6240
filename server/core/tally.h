#pragma once

#include "meetingstate.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace quorum {

/** The numbers a ballot's rule needs beyond its box. */
struct TallyContext
{
    quint64 membersPresent = 0;
    quint64 membersConvened = 0;
    quint64 allMembers = 0;
    quint64 voterList
        = 0; // the voter list a turnout is a fraction of: voting members convened, heads
    // Candidates' birth dates by participant id, for TIE_BREAK_OLDER. Held by the server only
    // (FloorState::birthDates); empty on tablets and in every event, snapshot and export.
    QHash<QString, QDate> birthDates;
};

/**
 * Counts a closed ballot with its rule. Pure: the box, the rule and the context in, the
 * result out, with an outcome in one word (BallotOutcome).
 * - A turnout below the rule's (of the voter list) decides nothing.
 * - Yes/no ballots pass when YES meets the threshold of the base. A tie (yes == no) is "not
 *   passed" unless the rule breaks it and the tied votes together would have met the
 *   threshold: then it goes to a re-vote, or waits for the chair's casting vote or lots.
 * - Choices and elections elect the options that meet the threshold (cumulative: every option
 *   with votes), ranked by votes, up to the seats. A tie for the last seat is broken by the
 *   older candidate where the birth dates are known, else sent to a re-vote or left pending.
 * - Invalid ballot papers count apart: in no option, and not in the valid ballots.
 */
v1::BallotResult tally(const BallotRecord &ballot, const TallyContext &context);

/**
 * A pending tie broken by ResolveTie: the result with `winners` (yes/no: [0] passes, [1] does
 * not; elections: tied options) marked, or a readable error. `refusal` gets the reason.
 */
std::optional<v1::BallotResult> resolveTie(const BallotRecord &ballot,
    const v1::ResolveTie &command, v1::BallotRefusal *refusal, QString *error);

/** The context of a meeting now (for weighted or head counts). */
TallyContext tallyContext(const MeetingState &state, bool weighted);

} // namespace quorum
