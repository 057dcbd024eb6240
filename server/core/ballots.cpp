#include "ballots.h"

#include "rules.h"
#include "tally.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace quorum {

namespace {
Decision invalid(v1::BallotRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_ARGUMENT, reason, detail);
}
Decision refuse(v1::BallotRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_STATE, reason, detail);
}

void addOption(v1::Ballot &b, const char *label, v1::OptionKind kind)
{
    v1::BallotOption *o = b.add_options();
    o->set_label(label);
    o->set_kind(kind);
}

bool isElection(const v1::Ballot &b)
{
    return b.kind() == v1::BALLOT_ELECTION;
}

/** Checks the choices of one ballot paper against the ballot: its refusal, or nothing. A
 *  paper the rule counts as invalid (an election's, as on paper) is not refused. */
std::optional<Decision> checkChoices(const v1::Ballot &b, const v1::CastVote &cast)
{
    const auto &choices = cast.choices();
    const v1::DecisionRule &rule = b.rule();
    // A cumulative election's paper says the votes of each name it marks: marks alone would give
    // each name the voter's whole weight, more than weight x seats once they pass the seats.
    const bool needsAmounts = rule.cumulative() && isElection(b) && !choices.empty();
    if ((!cast.amounts().empty() || needsAmounts)
        && (!rule.cumulative() || cast.amounts_size() != choices.size()))
        return invalid(v1::BALLOT_REFUSAL_AMOUNTS_MISMATCH,
            QStringLiteral("Amounts go with a cumulative ballot, one per choice"));
    if (choices.empty())
        return b.allow_blank() || (isElection(b) && rule.none_kept_invalid())
            ? std::nullopt
            : std::optional(
                invalid(v1::BALLOT_REFUSAL_NO_CHOICE, QStringLiteral("Choose an option")));
    const quint32 max = b.kind() == v1::BALLOT_YES_NO_ABSTAIN ? 1
        : isElection(b) && (rule.excess_invalid() || rule.cumulative())
        ? quint32(b.options_size())
        : std::max<quint32>(1, b.max_choices());
    if (quint32(choices.size()) > max)
        return invalid(
            v1::BALLOT_REFUSAL_TOO_MANY_CHOICES, QStringLiteral("At most %1 choices").arg(max));
    QSet<quint32> seen;
    for (quint32 c : choices) {
        if (c >= quint32(b.options_size()))
            return invalid(
                v1::BALLOT_REFUSAL_UNKNOWN_OPTION, QStringLiteral("There is no option %1").arg(c));
        if (seen.contains(c))
            return invalid(v1::BALLOT_REFUSAL_OPTION_TWICE,
                QStringLiteral("Option %1 is chosen twice").arg(c));
        seen.insert(c);
    }
    return std::nullopt;
}

quint64 weightOf(const MeetingState &state, const QString &id)
{
    const ParticipantState *p = state.participant(id);
    return p ? p->weight : 0;
}

/**
 * Whether a paper is invalid by the ballot's rule (counted apart, in no option): an election
 * keeping more names than seats or none at all where the rule says so (Luật Bầu cử 2015;
 * Quyết định 190-QĐ/TW), a cumulative paper giving more votes than its voters' weight x seats.
 */
bool paperInvalid(const v1::Ballot &b, const std::vector<quint32> &choices,
    const std::vector<quint64> &amounts, quint64 ballots, quint64 weight)
{
    if (!isElection(b))
        return false;
    const v1::DecisionRule &rule = b.rule();
    const quint64 seats = std::max<quint32>(1, b.seats());
    if (rule.cumulative()) {
        // What the paper's voters hold, and what it gives, without wrapping: the amounts come
        // from the frame as sent (a forged {2^63, 2^63} summed to 0 and counted valid).
        quint64 held = 0;
        if (__builtin_mul_overflow(rule.weighted() ? weight : ballots, seats, &held))
            held = std::numeric_limits<quint64>::max();
        quint64 given = 0;
        for (quint64 a : amounts) {
            if (a > held - given)
                return true;
            given += a;
        }
        return false;
    }
    if (choices.empty())
        return rule.none_kept_invalid();
    return rule.excess_invalid() && choices.size() > seats;
}

/** The box's changes for one paper: (key as in restoreBallotBox, amount). */
std::vector<std::pair<qint64, quint64>> paperDeltas(const v1::Ballot &b,
    const std::vector<quint32> &choices, const std::vector<quint64> &amounts, quint64 ballots,
    quint64 weight)
{
    std::vector<std::pair<qint64, quint64>> d{ { -1, ballots }, { -2, weight } };
    if (paperInvalid(b, choices, amounts, ballots, weight)) {
        d.push_back({ -5, ballots });
        d.push_back({ -6, weight });
        return d;
    }
    const quint64 perOption = b.rule().weighted() ? weight : ballots;
    for (size_t i = 0; i < choices.size(); ++i)
        d.push_back({ qint64(choices[i]), i < amounts.size() ? amounts[i] : perOption });
    if (choices.empty()) {
        d.push_back({ -3, ballots });
        d.push_back({ -4, weight });
    }
    return d;
}

quint64 *boxField(BallotRecord &b, qint64 key)
{
    if (key >= 0)
        return size_t(key) < b.votes.size() ? &b.votes[size_t(key)] : nullptr;
    switch (key) {
    case -1:
        return &b.ballots;
    case -2:
        return &b.ballotsWeight;
    case -3:
        return &b.blank;
    case -4:
        return &b.blankWeight;
    case -5:
        return &b.invalid;
    case -6:
        return &b.invalidWeight;
    default:
        return nullptr;
    }
}

void count(BallotRecord &b, const std::vector<quint32> &choices,
    const std::vector<quint64> &amounts, qint64 sign, quint64 ballots, quint64 weight)
{
    for (const auto &[key, amount] : paperDeltas(b.ballot, choices, amounts, ballots, weight)) {
        if (quint64 *field = boxField(b, key))
            *field += quint64(sign) * amount;
    }
}

/** What one voter holds of a cumulative paper: their weight, or one head. */
quint64 shareOf(const MeetingState &state, const v1::Ballot &b, const QString &voter)
{
    return b.rule().weighted() ? weightOf(state, voter) : 1;
}

/**
 * The part of a joint paper that stays for `rest`, some of its voters, when the others cast
 * again alone (after a proxy was revoked): the paper's votes in proportion to the share the
 * rest hold, rounded down, the votes left by rounding going one each to the names with the
 * largest remainders (the first such name on a tie). An invalid paper stays invalid whole.
 */
CumulativePaper remainderOf(const MeetingState &state, const v1::Ballot &ballot,
    const CumulativePaper &old, const QStringList &rest)
{
    CumulativePaper part;
    part.choices = old.choices;
    part.voters = rest;
    part.ballots = quint64(rest.size());
    quint64 share = 0;
    quint64 whole = 0;
    for (const QString &voter : old.voters) {
        whole += shareOf(state, ballot, voter);
        if (rest.contains(voter)) {
            share += shareOf(state, ballot, voter);
            part.weight += weightOf(state, voter);
        }
    }
    if (whole == 0 || paperInvalid(ballot, old.choices, old.amounts, old.ballots, old.weight)) {
        part.amounts = old.amounts; // more than the whole paper held: more than its part holds
        return part;
    }
    // Exact in 128 bits: an amount is at most what the paper held, weight x seats.
    using Wide = unsigned __int128;
    Wide given = 0;
    std::vector<std::pair<quint64, size_t>> remainders;
    for (size_t i = 0; i < old.amounts.size(); ++i) {
        const Wide scaled = Wide(old.amounts[i]) * share;
        part.amounts.push_back(quint64(scaled / whole));
        remainders.push_back({ quint64(scaled % whole), i });
        given += old.amounts[i];
    }
    quint64 left = quint64(given * share / whole);
    for (quint64 a : part.amounts)
        left -= a;
    std::stable_sort(remainders.begin(), remainders.end(),
        [](const auto &x, const auto &y) { return x.first > y.first; });
    for (size_t i = 0; i < remainders.size() && left > 0; ++i, --left)
        ++part.amounts[remainders[i].second];
    return part;
}

/**
 * A named cumulative paper into the box: the papers its voters voted on before leave the count
 * whole, then this one enters, once for all. Voters of a replaced paper who are not on this
 * one (a proxy revoked since, decideCastVote) keep their share of it, as cast.
 */
void countCumulativePaper(const MeetingState &state, BallotRecord &b, const v1::VoteCast &event)
{
    CumulativePaper paper;
    paper.choices.assign(event.choices().begin(), event.choices().end());
    paper.amounts.assign(event.amounts().begin(), event.amounts().end());
    paper.ballots = quint64(event.voter_ids_size());
    for (const std::string &v : event.voter_ids()) {
        paper.voters << qstr(v);
        paper.weight += weightOf(state, qstr(v));
    }
    QSet<size_t> replaced;
    for (const QString &voter : paper.voters) {
        const auto previous = b.cumulativePaperOf.constFind(voter);
        if (previous != b.cumulativePaperOf.cend())
            replaced.insert(*previous);
    }
    std::vector<CumulativePaper> entering;
    for (size_t index : replaced) {
        const CumulativePaper &old = b.cumulativePapers[index];
        count(b, old.choices, old.amounts, -1, old.ballots, old.weight);
        QStringList rest;
        for (const QString &voter : old.voters) {
            b.cumulativePaperOf.remove(voter);
            if (!paper.voters.contains(voter))
                rest << voter;
        }
        if (!rest.isEmpty())
            entering.push_back(remainderOf(state, b.ballot, old, rest));
    }
    entering.push_back(std::move(paper));
    for (CumulativePaper &p : entering) {
        count(b, p.choices, p.amounts, 1, p.ballots, p.weight);
        for (const QString &voter : p.voters)
            b.cumulativePaperOf.insert(voter, b.cumulativePapers.size());
        b.cumulativePapers.push_back(std::move(p));
    }
}
} // namespace

quint32 eligibleVoters(const MeetingState &state)
{
    quint32 eligible = 0;
    for (const ParticipantState &p : state.participants) {
        if (!p.voting)
            continue;
        const QString holder = state.floor.proxies.value(p.id);
        const ParticipantState *h = holder.isEmpty() ? nullptr : state.participant(holder);
        if (p.attending() || (h && h->attending()))
            ++eligible;
    }
    return eligible;
}

Decision decideCreateBallot(const MeetingState &state, const v1::CreateBallot &command)
{
    v1::Ballot b = command.ballot();
    const QString id = qstr(b.id());
    if (id.isEmpty() || id.size() > 64)
        return invalid(v1::BALLOT_REFUSAL_BAD_ID,
            QStringLiteral("A ballot needs an id of 1 to 64 characters"));
    if (state.floor.ballot(id))
        return refuse(
            v1::BALLOT_REFUSAL_ID_EXISTS, QStringLiteral("A ballot with id '%1' exists").arg(id));
    if (b.item_id().empty())
        b.set_item_id(sstr(state.currentItemId));
    if (state.agendaIndex(qstr(b.item_id())) < 0)
        return invalid(
            v1::BALLOT_REFUSAL_UNKNOWN_ITEM, QStringLiteral("A ballot belongs to an agenda item"));
    if (b.question().empty() || b.question().size() > 2000)
        return invalid(v1::BALLOT_REFUSAL_NO_QUESTION, QStringLiteral("A ballot needs a question"));
    if (b.secret() && b.changeable())
        return invalid(v1::BALLOT_REFUSAL_SECRET_CHANGEABLE,
            QStringLiteral("A secret ballot cannot allow changing a vote: the box would have to "
                           "know the voter"));
    switch (b.kind()) {
    case v1::BALLOT_YES_NO_ABSTAIN:
        if (b.options_size() == 0) {
            addOption(b, "Đồng ý", v1::OPTION_YES);
            addOption(b, "Không đồng ý", v1::OPTION_NO);
            addOption(b, "Không biểu quyết", v1::OPTION_ABSTAIN);
        }
        if (b.options_size() != 3 || b.options(0).kind() != v1::OPTION_YES
            || b.options(1).kind() != v1::OPTION_NO || b.options(2).kind() != v1::OPTION_ABSTAIN)
            return invalid(v1::BALLOT_REFUSAL_BAD_YES_NO_OPTIONS,
                QStringLiteral("A yes/no ballot has the options yes, no, abstain"));
        b.set_max_choices(1);
        b.set_seats(1);
        break;
    case v1::BALLOT_CHOICE:
    case v1::BALLOT_ELECTION: {
        const bool election = b.kind() == v1::BALLOT_ELECTION;
        if (b.options_size() < (election ? 1 : 2) || b.options_size() > 200)
            return invalid(v1::BALLOT_REFUSAL_OPTION_COUNT,
                QStringLiteral("Give between %1 and 200 options").arg(election ? 1 : 2));
        for (v1::BallotOption &o : *b.mutable_options()) {
            if (o.label().empty())
                return invalid(v1::BALLOT_REFUSAL_OPTION_WITHOUT_LABEL,
                    QStringLiteral("Every option needs a label"));
            // A candidate's name and title, or one line of a motion: a quarter of a question.
            if (qstr(o.label()).size() > 500)
                return Decision::reject(v1::ERROR_FIELD_TOO_LONG,
                    v1::BALLOT_REFUSAL_OPTION_TOO_LONG,
                    QStringLiteral("An option has at most 500 characters"));
            o.set_kind(v1::OPTION_CHOICE);
        }
        b.set_seats(std::max<quint32>(1, b.seats()));
        if (b.seats() > quint32(b.options_size()))
            return invalid(v1::BALLOT_REFUSAL_MORE_SEATS_THAN_CANDIDATES,
                QStringLiteral("More seats than candidates"));
        if (b.max_choices() == 0)
            b.set_max_choices(election ? b.seats() : 1);
        if (b.max_choices() > quint32(b.options_size()))
            return invalid(v1::BALLOT_REFUSAL_MORE_CHOICES_THAN_OPTIONS,
                QStringLiteral("More choices than options"));
        break;
    }
    case v1::BALLOT_KIND_UNSPECIFIED:
    case v1::BallotKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::BallotKind_INT_MAX_SENTINEL_DO_NOT_USE_:
        return invalid(v1::BALLOT_REFUSAL_NO_KIND, QStringLiteral("A ballot needs a kind"));
    }
    // A ballot without a rule is decided by the meeting's rule (elections: its election rule).
    if (b.rule().base() == v1::BASE_UNSPECIFIED && !b.rule().has_threshold()
        && b.rule().preset().empty() && !b.rule().cumulative()) {
        const v1::MeetingDefined &d = state.definition;
        const bool weighted = b.rule().weighted();
        if (b.kind() == v1::BALLOT_ELECTION && d.has_election_rule())
            *b.mutable_rule() = d.election_rule();
        else if (d.has_ballot_rule())
            *b.mutable_rule() = d.ballot_rule();
        else
            b.mutable_rule()->set_preset(d.ballot_rule_preset());
        b.mutable_rule()->set_weighted(b.rule().weighted() || weighted);
    }
    if (const auto error = rules::complete(*b.mutable_rule()))
        return invalid(b.rule().has_turnout() && rules::validate(b.rule().turnout())
                ? v1::BALLOT_REFUSAL_BAD_TURNOUT
                : v1::BALLOT_REFUSAL_BAD_RULE,
            *error);
    // A cumulative election marks as many candidates as the voter likes (Điều 148 khoản 3).
    if (b.rule().cumulative() && b.kind() == v1::BALLOT_ELECTION)
        b.set_max_choices(quint32(b.options_size()));
    return Events{ makeEvent(
        [&](v1::Event &e) { *e.mutable_ballot_created()->mutable_ballot() = b; }) };
}

Decision decideOpenBallot(const MeetingState &state, const v1::OpenBallot &command)
{
    const BallotRecord *b = state.floor.ballot(qstr(command.ballot_id()));
    if (!b)
        return invalid(v1::BALLOT_REFUSAL_UNKNOWN_BALLOT,
            QStringLiteral("No ballot '%1'").arg(qstr(command.ballot_id())));
    if (b->phase == v1::BallotState::PHASE_OPEN)
        return Decision::nothing();
    if (b->phase != v1::BallotState::PHASE_CREATED)
        return refuse(v1::BALLOT_REFUSAL_ALREADY_USED,
            QStringLiteral("The ballot is closed or cancelled; create a new one"));
    if (state.floor.openBallot())
        return refuse(v1::BALLOT_REFUSAL_ANOTHER_OPEN, QStringLiteral("Another ballot is open"));
    const rules::QuorumStatus quorum = rules::quorum(state);
    if (!quorum.reached)
        return refuse(v1::BALLOT_REFUSAL_NO_QUORUM,
            QStringLiteral("The quorum is not reached: %1 present, %2 needed")
                .arg(quorum.present)
                .arg(quorum.needed));
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_ballot_opened()->set_ballot_id(command.ballot_id());
        e.mutable_ballot_opened()->set_eligible(eligibleVoters(state));
    }) };
}

Decision decideCastVote(
    const MeetingState &state, const QString &actorId, const v1::CastVote &command)
{
    const BallotRecord *b = state.floor.ballot(qstr(command.ballot_id()));
    if (!b)
        return invalid(v1::BALLOT_REFUSAL_UNKNOWN_BALLOT,
            QStringLiteral("No ballot '%1'").arg(qstr(command.ballot_id())));
    if (b->phase != v1::BallotState::PHASE_OPEN)
        return refuse(v1::BALLOT_REFUSAL_VOTING_CLOSED, QStringLiteral("Voting is closed"));
    const ParticipantState *actor = state.participant(actorId);
    if (!actor || !actor->voting)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::BALLOT_REFUSAL_NOT_VOTING_MEMBER,
            QStringLiteral("Only members with a vote can vote"));
    if (!actor->attending())
        return refuse(v1::BALLOT_REFUSAL_NOT_CHECKED_IN, QStringLiteral("Check in before voting"));
    if (auto refused = checkChoices(b->ballot, command))
        return std::move(*refused);

    QStringList voters;
    for (const std::string &v : command.voter_ids())
        voters << qstr(v);
    if (voters.isEmpty())
        voters << actorId;
    QSet<QString> unique;
    quint64 weight = 0;
    for (const QString &voter : voters) {
        if (unique.contains(voter))
            return invalid(
                v1::BALLOT_REFUSAL_VOTER_TWICE, QStringLiteral("%1 is listed twice").arg(voter));
        unique.insert(voter);
        if (voter != actorId && state.floor.proxies.value(voter) != actorId)
            return Decision::reject(v1::ERROR_FORBIDDEN, v1::BALLOT_REFUSAL_NO_PROXY_FOR_VOTER,
                QStringLiteral("You hold no proxy for '%1'").arg(voter));
        if (voter == actorId && state.floor.proxies.contains(actorId))
            return refuse(
                v1::BALLOT_REFUSAL_GAVE_PROXY, QStringLiteral("You gave your vote by proxy"));
        if (b->votedSet.contains(voter) && !b->ballot.changeable())
            return refuse(v1::BALLOT_REFUSAL_ALREADY_VOTED,
                QStringLiteral("%1 has already voted").arg(state.participant(voter)->name));
        weight += weightOf(state, voter);
    }
    // A named cumulative paper counts once for all its voters: changed, it is cast again for
    // every voter the sender still speaks for. A voter the sender no longer speaks for (a proxy
    // revoked since the paper was cast, or the holder seen from the revoking grantor) keeps
    // their share of it as cast (countCumulativePaper; docs/rules.md).
    for (const QString &voter : voters) {
        const auto paper = b->cumulativePaperOf.constFind(voter);
        if (paper == b->cumulativePaperOf.cend())
            continue;
        for (const QString &other : b->cumulativePapers[*paper].voters) {
            const bool spokenFor = other == actorId || state.floor.proxies.value(other) == actorId;
            if (!unique.contains(other) && spokenFor)
                return refuse(v1::BALLOT_REFUSAL_ALREADY_VOTED,
                    QStringLiteral("%1 voted on one cumulative paper with %2: change it for all of "
                                   "them together")
                        .arg(voter, other));
        }
    }
    v1::Event event = makeEvent([&](v1::Event &e) {
        v1::VoteCast *cast = e.mutable_vote_cast();
        cast->set_ballot_id(command.ballot_id());
        for (const QString &voter : voters)
            cast->add_voter_ids(sstr(voter));
        cast->set_cast_by(sstr(actorId));
        if (!b->ballot.secret()) {
            *cast->mutable_choices() = command.choices();
            *cast->mutable_amounts() = command.amounts();
        }
    });
    Decision decision(Events{ event });
    if (b->ballot.secret()) {
        SecretVote vote{ qstr(command.ballot_id()), {}, quint64(voters.size()), weight, {}, false };
        vote.choices.assign(command.choices().begin(), command.choices().end());
        vote.amounts.assign(command.amounts().begin(), command.amounts().end());
        vote.invalid = paperInvalid(b->ballot, vote.choices, vote.amounts, vote.ballots, weight);
        decision.withSecretVote(std::move(vote));
    }
    return decision;
}

Decision decideCloseBallot(const MeetingState &state, const v1::CloseBallot &command)
{
    const BallotRecord *b = state.floor.ballot(qstr(command.ballot_id()));
    if (!b)
        return invalid(v1::BALLOT_REFUSAL_UNKNOWN_BALLOT,
            QStringLiteral("No ballot '%1'").arg(qstr(command.ballot_id())));
    if (b->phase == v1::BallotState::PHASE_CLOSED)
        return Decision::nothing(); // closing twice: the result stands as published
    if (b->phase != v1::BallotState::PHASE_OPEN)
        return refuse(v1::BALLOT_REFUSAL_NOT_OPEN, QStringLiteral("The ballot is not open"));
    const v1::BallotResult result = tally(*b, tallyContext(state, b->ballot.rule().weighted()));
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_ballot_closed()->set_ballot_id(command.ballot_id());
        *e.mutable_ballot_closed()->mutable_result() = result;
    }) };
}

Decision decideCancelBallot(const MeetingState &state, const v1::CancelBallot &command)
{
    const BallotRecord *b = state.floor.ballot(qstr(command.ballot_id()));
    if (!b)
        return invalid(v1::BALLOT_REFUSAL_UNKNOWN_BALLOT,
            QStringLiteral("No ballot '%1'").arg(qstr(command.ballot_id())));
    if (b->phase == v1::BallotState::PHASE_CLOSED || b->phase == v1::BallotState::PHASE_CANCELLED)
        return refuse(v1::BALLOT_REFUSAL_ALREADY_ENDED,
            QStringLiteral("The ballot is already closed or cancelled"));
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_ballot_cancelled()->set_ballot_id(command.ballot_id());
        e.mutable_ballot_cancelled()->set_reason(command.reason());
    }) };
}

void applyBallotCreated(MeetingState &state, const v1::BallotCreated &event)
{
    BallotRecord record;
    record.ballot = event.ballot();
    record.votes.assign(size_t(record.ballot.options_size()), 0);
    state.floor.ballotIndex.insert(qstr(record.ballot.id()), int(state.floor.ballots.size()));
    state.floor.ballots.push_back(std::move(record));
}

void applyBallotOpened(MeetingState &state, const v1::BallotOpened &event, qint64 timeMs)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->phase = v1::BallotState::PHASE_OPEN;
        b->openedMs = timeMs;
        b->eligible = event.eligible();
    }
}

void applyVoteCast(MeetingState &state, const v1::VoteCast &event)
{
    BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()));
    if (!b)
        return;
    const std::vector<quint32> choices(event.choices().begin(), event.choices().end());
    // A cumulative paper cast for several voters (proxies) is counted once, for all of them.
    const bool cumulative = b->ballot.rule().cumulative() && !b->ballot.secret();
    if (cumulative)
        countCumulativePaper(state, *b, event);
    for (const std::string &v : event.voter_ids()) {
        const QString voter = qstr(v);
        const quint64 weight = weightOf(state, voter);
        if (!b->ballot.secret() && !cumulative) {
            // A changed named vote: the old choice leaves the count before the new one enters.
            const auto previous = b->namedChoices.constFind(voter);
            if (previous != b->namedChoices.cend())
                count(*b, *previous, {}, -1, 1, weight);
            count(*b, choices, {}, 1, 1, weight);
            b->namedChoices.insert(voter, choices);
        }
        if (!b->votedSet.contains(voter)) {
            b->votedSet.insert(voter);
            b->voted.push_back(voter);
            ++b->votedSinceCount;
        }
    }
    if (!b->ballot.secret())
        b->namedVotes.push_back(event);
}

void applyVotesCounted(MeetingState &state, const v1::VotesCounted &event)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->counted = event.voters();
        b->votedSinceCount = 0;
    }
}

void addToBallotBox(MeetingState &state, const SecretVote &vote)
{
    if (BallotRecord *b = state.floor.ballot(vote.ballotId))
        count(*b, vote.choices, vote.amounts, 1, vote.ballots, vote.weight);
}

std::vector<std::pair<qint64, quint64>> ballotBoxDeltas(
    const MeetingState &state, const SecretVote &vote)
{
    const BallotRecord *b = state.floor.ballot(vote.ballotId);
    if (!b)
        return {};
    return paperDeltas(b->ballot, vote.choices, vote.amounts, vote.ballots, vote.weight);
}

void restoreBallotBox(MeetingState &state, const QString &ballotId, qint64 key, quint64 total)
{
    if (BallotRecord *b = state.floor.ballot(ballotId)) {
        if (quint64 *field = boxField(*b, key))
            *field = total;
    }
}

Decision decideResolveTie(
    const MeetingState &state, const QString &actorId, const v1::ResolveTie &command)
{
    const BallotRecord *b = state.floor.ballot(qstr(command.ballot_id()));
    if (!b)
        return invalid(v1::BALLOT_REFUSAL_UNKNOWN_BALLOT,
            QStringLiteral("No ballot '%1'").arg(qstr(command.ballot_id())));
    // The chair gives the casting vote; lots and ages are the secretary's record (the chair
    // may stand in for a secretary without a tablet).
    const ParticipantState *actor = state.participant(actorId);
    const v1::Role role = actor ? actor->role : v1::ROLE_UNSPECIFIED;
    if (command.method() == v1::TIE_BREAK_CHAIR && role != v1::ROLE_CHAIR)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::BALLOT_REFUSAL_TIE_ROLE,
            QStringLiteral("Only the chair gives the casting vote"));
    v1::BallotRefusal refusal = v1::BALLOT_REFUSAL_UNSPECIFIED;
    QString error;
    const auto result = resolveTie(*b, command, &refusal, &error);
    if (!result)
        return refusal == v1::BALLOT_REFUSAL_NO_TIE ? refuse(refusal, error)
                                                    : invalid(refusal, error);
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_tie_resolved()->set_ballot_id(command.ballot_id());
        *e.mutable_tie_resolved()->mutable_result() = *result;
    }) };
}

void applyTieResolved(MeetingState &state, const v1::TieResolved &event)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id())))
        b->result = event.result();
}

void applyBallotClosed(MeetingState &state, const v1::BallotClosed &event, qint64 timeMs)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->phase = v1::BallotState::PHASE_CLOSED;
        b->closedMs = timeMs;
        b->result = event.result();
    }
}

void applyBallotCancelled(MeetingState &state, const v1::BallotCancelled &event, qint64 timeMs)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->phase = v1::BallotState::PHASE_CANCELLED;
        b->closedMs = timeMs;
        b->cancelReason = qstr(event.reason());
    }
}

void snapshotBallots(const MeetingState &state, v1::FloorSnapshot *floor)
{
    for (const BallotRecord &b : state.floor.ballots) {
        v1::BallotState *s = floor->add_ballots();
        *s->mutable_ballot() = b.ballot;
        s->set_phase(b.phase);
        s->set_eligible(b.eligible);
        for (const QString &voter : b.voted)
            s->add_voted(sstr(voter));
        for (const v1::VoteCast &v : b.namedVotes)
            *s->add_named_votes() = v;
        if (b.phase == v1::BallotState::PHASE_CLOSED)
            *s->mutable_result() = b.result;
    }
}

bool seesEveryVote(v1::Role role)
{
    switch (role) {
    case v1::ROLE_CHAIR:
    case v1::ROLE_SECRETARY:
    case v1::ROLE_OBSERVER:
    case v1::ROLE_ORGANISER:
        return true;
    case v1::ROLE_DELEGATE:
    case v1::ROLE_UNSPECIFIED:
    case v1::Role_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Role_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return false;
}

QStringList voteParticipants(const v1::VoteCast &vote)
{
    QStringList ids;
    for (const std::string &voter : vote.voter_ids())
        ids << qstr(voter);
    if (!vote.cast_by().empty() && !ids.contains(qstr(vote.cast_by())))
        ids << qstr(vote.cast_by());
    return ids;
}

} // namespace quorum
