#include "tally.h"

#include "rules.h"

#include <QSet>

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

bool isTie(v1::BallotOutcome outcome)
{
    return outcome == v1::OUTCOME_TIE_REVOTE || outcome == v1::OUTCOME_TIE_PENDING;
}

void setOutcome(v1::BallotResult &result, v1::BallotOutcome outcome)
{
    result.set_outcome(outcome);
    result.set_passed(outcome == v1::OUTCOME_PASSED);
    result.set_tie(isTie(outcome));
}

/** What an unbroken tie becomes under the rule's tie-break. */
v1::BallotOutcome tieOutcome(v1::TieBreak tieBreak)
{
    switch (tieBreak) {
    case v1::TIE_BREAK_CHAIR:
    case v1::TIE_BREAK_LOTS:
    case v1::TIE_BREAK_OLDER: // birth dates not known to the server: the secretary records it
        return v1::OUTCOME_TIE_PENDING;
    case v1::TIE_BREAK_REVOTE:
    case v1::TIE_BREAK_UNSPECIFIED:
    case v1::TieBreak_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::TieBreak_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return v1::OUTCOME_TIE_REVOTE;
}

quint64 baseOf(const BallotRecord &b, const TallyContext &context)
{
    const bool weighted = b.ballot.rule().weighted();
    const quint64 ballots = weighted ? b.ballotsWeight : b.ballots;
    const quint64 blank = weighted ? b.blankWeight : b.blank;
    const quint64 invalid = weighted ? b.invalidWeight : b.invalid;
    const bool yesNo = b.ballot.kind() == v1::BALLOT_YES_NO_ABSTAIN;
    const quint64 yesAndNo = votesFor(b, v1::OPTION_YES) + votesFor(b, v1::OPTION_NO);
    switch (b.ballot.rule().base()) {
    case v1::BASE_VOTES_CAST:
        return yesNo ? yesAndNo : ballots - blank - invalid;
    case v1::BASE_VOTES_CAST_WITH_ABSTENTIONS:
    case v1::BASE_VALID_BALLOTS:
        return yesNo ? yesAndNo + votesFor(b, v1::OPTION_ABSTAIN) + blank : ballots - invalid;
    case v1::BASE_MEMBERS_PRESENT:
        return context.membersPresent;
    case v1::BASE_MEMBERS_CONVENED:
        return context.membersConvened;
    case v1::BASE_ALL_MEMBERS:
        return context.allMembers;
    case v1::BASE_UNSPECIFIED:
    case v1::Base_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Base_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return 0;
}

void tallyYesNo(const BallotRecord &b, quint64 base, v1::BallotResult &result)
{
    const v1::DecisionRule &rule = b.ballot.rule();
    const quint64 yes = votesFor(b, v1::OPTION_YES);
    const quint64 no = votesFor(b, v1::OPTION_NO);
    v1::BallotOutcome outcome = v1::OUTCOME_NOT_PASSED;
    if (rules::meets(rule.threshold(), yes, base)) {
        outcome = v1::OUTCOME_PASSED;
    } else if (yes == no && yes > 0 && rule.tie_break() != v1::TIE_BREAK_UNSPECIFIED
        && rule.tie_break() != v1::TIE_BREAK_OLDER
        && rules::meets(rule.threshold(), yes + no, base)) {
        // The tie is what stops the motion: had the tied votes been on one side, it would
        // have passed. Only then does the rule's tie-break decide; otherwise it is not passed.
        outcome = tieOutcome(rule.tie_break());
        for (v1::OptionResult &o : *result.mutable_options()) {
            const v1::OptionKind kind = b.ballot.options(int(o.option())).kind();
            o.set_tied(kind == v1::OPTION_YES || kind == v1::OPTION_NO);
        }
    }
    setOutcome(result, outcome);
    for (v1::OptionResult &o : *result.mutable_options())
        o.set_elected(outcome == v1::OUTCOME_PASSED
            && b.ballot.options(int(o.option())).kind() == v1::OPTION_YES);
}

/** The tied candidates ordered oldest first, if every one of them has a distinct birth date. */
std::optional<std::vector<int>> byAge(
    const BallotRecord &b, const std::vector<int> &tied, const TallyContext &context)
{
    std::vector<std::pair<QDate, int>> dated;
    for (int i : tied) {
        const QDate born = context.birthDates.value(qstr(b.ballot.options(i).participant_id()));
        if (!born.isValid())
            return std::nullopt;
        dated.emplace_back(born, i);
    }
    std::sort(dated.begin(), dated.end());
    for (size_t i = 1; i < dated.size(); ++i) {
        if (dated[i].first == dated[i - 1].first)
            return std::nullopt; // born the same day: the secretary records the decision
    }
    std::vector<int> order;
    for (const auto &d : dated)
        order.push_back(d.second);
    return order;
}

void tallyChoices(
    const BallotRecord &b, quint64 base, const TallyContext &context, v1::BallotResult &result)
{
    const v1::DecisionRule &rule = b.ballot.rule();
    std::vector<int> choices, passing;
    for (int i = 0; i < b.ballot.options_size(); ++i) {
        if (b.ballot.options(i).kind() != v1::OPTION_CHOICE)
            continue;
        choices.push_back(i);
        const quint64 votes = b.votes[size_t(i)];
        // Cumulative voting ranks without a threshold (Điều 148 khoản 3): any votes at all.
        if (rule.cumulative() ? votes > 0 : rules::meets(rule.threshold(), votes, base))
            passing.push_back(i);
    }
    const auto byVotes = [&](int l, int r) { return b.votes[size_t(l)] > b.votes[size_t(r)]; };
    std::stable_sort(choices.begin(), choices.end(), byVotes);
    for (size_t i = 0; i < choices.size(); ++i) {
        const bool same = i > 0 && b.votes[size_t(choices[i])] == b.votes[size_t(choices[i - 1])];
        const quint32 rank = same ? result.options(choices[i - 1]).rank() : quint32(i + 1);
        result.mutable_options(choices[i])->set_rank(rank);
    }
    std::stable_sort(passing.begin(), passing.end(), byVotes);
    const size_t seats = std::max<quint32>(1, b.ballot.seats());
    size_t elected = std::min(seats, passing.size());
    std::vector<int> winners(passing.begin(), passing.begin() + long(elected));
    v1::BallotOutcome outcome = elected == seats                ? v1::OUTCOME_PASSED
        : elected > 0 && b.ballot.kind() == v1::BALLOT_ELECTION ? v1::OUTCOME_PARTLY_FILLED
                                                                : v1::OUTCOME_NOT_PASSED;
    if (passing.size() > seats
        && b.votes[size_t(passing[seats])] == b.votes[size_t(passing[seats - 1])]) {
        // Everyone with the last seat's count is tied for the seats left.
        const quint64 last = b.votes[size_t(passing[seats - 1])];
        while (elected > 0 && b.votes[size_t(passing[elected - 1])] == last)
            --elected;
        winners.resize(elected);
        std::vector<int> tied;
        for (int i : passing) {
            if (b.votes[size_t(i)] == last) {
                tied.push_back(i);
                result.mutable_options(i)->set_tied(true);
            }
        }
        const size_t left = seats - elected;
        const auto older
            = rule.tie_break() == v1::TIE_BREAK_OLDER ? byAge(b, tied, context) : std::nullopt;
        if (older) {
            // Luật Bầu cử 2015: the older candidate is elected.
            for (size_t i = 0; i < left; ++i) {
                winners.push_back((*older)[i]);
                result.mutable_options((*older)[i])->set_by_tie_break(true);
            }
            result.set_tie_broken_by(v1::TIE_BREAK_OLDER);
            outcome = v1::OUTCOME_PASSED;
        } else {
            outcome = tieOutcome(rule.tie_break());
        }
    }
    for (int i : winners)
        result.mutable_options(i)->set_elected(true);
    setOutcome(result, outcome);
}
} // namespace

TallyContext tallyContext(const MeetingState &state, bool weighted)
{
    TallyContext c{ rules::present(state, weighted), rules::convened(state, weighted),
        rules::allMembers(state, weighted), rules::convened(state, false), {} };
    c.birthDates = state.floor.birthDates;
    return c;
}

v1::BallotResult tally(const BallotRecord &b, const TallyContext &context)
{
    const v1::DecisionRule &rule = b.ballot.rule();
    v1::BallotResult result;
    result.set_ballots(b.ballots);
    result.set_blank(b.blank);
    result.set_invalid(b.invalid);
    result.set_voters(b.voted.size());
    result.set_eligible(b.eligible);
    result.set_voter_list(context.voterList);
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
    const quint64 base = baseOf(b, context);
    result.set_base(base);
    // Luật Bầu cử 2015: the election counts only if enough of the voter list took part.
    if (rule.has_turnout()
        && !rules::meets(rule.turnout(), quint64(b.voted.size()), context.voterList)) {
        setOutcome(result, v1::OUTCOME_TURNOUT_NOT_MET);
        return result;
    }
    if (b.ballot.kind() == v1::BALLOT_YES_NO_ABSTAIN)
        tallyYesNo(b, base, result);
    else
        tallyChoices(b, base, context, result);
    return result;
}

std::optional<v1::BallotResult> resolveTie(const BallotRecord &b, const v1::ResolveTie &command,
    v1::BallotRefusal *refusal, QString *error)
{
    v1::BallotResult result = b.result;
    if (b.phase != v1::BallotState::PHASE_CLOSED || result.outcome() != v1::OUTCOME_TIE_PENDING) {
        *refusal = v1::BALLOT_REFUSAL_NO_TIE;
        *error = QStringLiteral("The ballot has no tie awaiting a decision");
        return std::nullopt;
    }
    if (command.method() != b.ballot.rule().tie_break()) {
        *refusal = v1::BALLOT_REFUSAL_TIE_METHOD;
        *error = QStringLiteral("The rule breaks this tie another way");
        return std::nullopt;
    }
    std::vector<int> winners;
    if (b.ballot.kind() == v1::BALLOT_YES_NO_ABSTAIN) {
        if (command.winners_size() != 1 || command.winners(0) > 1) {
            *refusal = v1::BALLOT_REFUSAL_TIE_WINNERS;
            *error = QStringLiteral("A yes/no tie is decided for yes (0) or no (1)");
            return std::nullopt;
        }
        const bool yes = command.winners(0) == 0;
        for (v1::OptionResult &o : *result.mutable_options()) {
            const bool isYes = b.ballot.options(int(o.option())).kind() == v1::OPTION_YES;
            o.set_elected(yes && isYes);
            o.set_by_tie_break(yes && isYes);
        }
        setOutcome(result, yes ? v1::OUTCOME_PASSED : v1::OUTCOME_NOT_PASSED);
    } else {
        size_t elected = 0;
        std::vector<bool> tied(size_t(result.options_size()), false);
        for (const v1::OptionResult &o : result.options()) {
            elected += o.elected() ? 1 : 0;
            tied[o.option()] = o.tied();
        }
        const size_t left = std::max<quint32>(1, b.ballot.seats()) - elected;
        QSet<quint32> seen;
        for (quint32 w : command.winners()) {
            if (w >= tied.size() || !tied[w] || seen.contains(w)) {
                *refusal = v1::BALLOT_REFUSAL_TIE_WINNERS;
                *error = QStringLiteral("Option %1 is not among those tied").arg(w);
                return std::nullopt;
            }
            seen.insert(w);
        }
        if (size_t(seen.size()) != left) {
            *refusal = v1::BALLOT_REFUSAL_TIE_WINNERS;
            *error = QStringLiteral("%1 seats are left to decide").arg(left);
            return std::nullopt;
        }
        for (quint32 w : command.winners()) {
            result.mutable_options(int(w))->set_elected(true);
            result.mutable_options(int(w))->set_by_tie_break(true);
        }
        setOutcome(result, v1::OUTCOME_PASSED);
    }
    result.set_tie_broken_by(command.method());
    result.set_tie_note(command.note());
    return result;
}

} // namespace quorum
