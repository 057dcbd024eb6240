#include "tally.h"

#include "rules.h"

#include <algorithm>

namespace quorum {

namespace {
quint64 votesFor(const BallotRecord &b, v1::OptionKind kind)
{
    quint64 total = 0;
    for (int i = 0; i < b.ballot.options_size(); ++i) {
        if (b.ballot.options(i).kind() == kind)
            total += b.votes[size_t(i)];
    }
    return total;
}
} // namespace

TallyContext tallyContext(const MeetingState &state, bool weighted)
{
    return { rules::present(state, weighted), rules::convened(state, weighted),
        rules::allMembers(state, weighted) };
}

v1::BallotResult tally(const BallotRecord &b, const TallyContext &context)
{
    const v1::DecisionRule &rule = b.ballot.rule();
    const bool weighted = rule.weighted();
    v1::BallotResult result;
    result.set_ballots(b.ballots);
    result.set_blank(b.blank);
    result.set_voters(b.voted.size());
    result.set_eligible(b.eligible);
    for (int i = 0; i < b.ballot.options_size(); ++i) {
        v1::OptionResult *o = result.add_options();
        o->set_option(quint32(i));
        o->set_votes(b.votes[size_t(i)]);
    }
    // A secret box is checked against the log: one ballot per voter recorded, or no result.
    if (b.ballots != b.voted.size()) {
        result.set_flagged(true);
        result.set_flag_reason(sstr(QStringLiteral("%1 ballots in the box for %2 voters recorded")
                                        .arg(b.ballots)
                                        .arg(b.voted.size())));
        return result;
    }

    const quint64 ballots = weighted ? b.ballotsWeight : b.ballots;
    const quint64 blank = weighted ? b.blankWeight : b.blank;
    const bool yesNo = b.ballot.kind() == v1::BALLOT_YES_NO_ABSTAIN;
    const quint64 abstain = votesFor(b, v1::OPTION_ABSTAIN);
    quint64 base = 0;
    switch (rule.base()) {
    case v1::BASE_VOTES_CAST:
        base = yesNo ? votesFor(b, v1::OPTION_YES) + votesFor(b, v1::OPTION_NO) : ballots - blank;
        break;
    case v1::BASE_VOTES_CAST_WITH_ABSTENTIONS:
        base = yesNo ? votesFor(b, v1::OPTION_YES) + votesFor(b, v1::OPTION_NO) + abstain + blank
                     : ballots;
        break;
    case v1::BASE_MEMBERS_PRESENT:
        base = context.membersPresent;
        break;
    case v1::BASE_MEMBERS_CONVENED:
        base = context.membersConvened;
        break;
    case v1::BASE_ALL_MEMBERS:
        base = context.allMembers;
        break;
    case v1::BASE_UNSPECIFIED:
    case v1::Base_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Base_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    result.set_base(base);

    if (yesNo) {
        const quint64 yes = votesFor(b, v1::OPTION_YES);
        const quint64 no = votesFor(b, v1::OPTION_NO);
        const bool passed = rules::meets(rule.threshold(), yes, base);
        result.set_passed(passed);
        result.set_tie(yes == no && yes > 0);
        for (v1::OptionResult &o : *result.mutable_options())
            o.set_elected(passed && b.ballot.options(int(o.option())).kind() == v1::OPTION_YES);
        return result;
    }

    // Choices and elections: those meeting the threshold, ranked by votes, fill the seats.
    std::vector<int> passing;
    for (int i = 0; i < b.ballot.options_size(); ++i) {
        if (b.ballot.options(i).kind() == v1::OPTION_CHOICE
            && rules::meets(rule.threshold(), b.votes[size_t(i)], base))
            passing.push_back(i);
    }
    std::stable_sort(passing.begin(), passing.end(),
        [&](int l, int r) { return b.votes[size_t(l)] > b.votes[size_t(r)]; });
    const size_t seats = std::max<quint32>(1, b.ballot.seats());
    size_t elected = std::min(seats, passing.size());
    if (passing.size() > seats) {
        const quint64 last = b.votes[size_t(passing[seats - 1])];
        if (b.votes[size_t(passing[seats])] == last) {
            // Everyone with the last seat's count is tied: none of them is elected.
            result.set_tie(true);
            while (elected > 0 && b.votes[size_t(passing[elected - 1])] == last)
                --elected;
        }
    }
    for (size_t i = 0; i < elected; ++i)
        result.mutable_options(passing[i])->set_elected(true);
    result.set_passed(elected == seats);
    return result;
}

} // namespace quorum
