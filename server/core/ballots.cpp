#include "ballots.h"

#include "rules.h"
#include "tally.h"

#include <QSet>

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

/** Checks the choices of one ballot paper against the ballot: its refusal, or nothing. */
std::optional<Decision> checkChoices(
    const v1::Ballot &b, const google::protobuf::RepeatedField<quint32> &choices)
{
    if (choices.empty())
        return b.allow_blank() ? std::nullopt
                               : std::optional(invalid(v1::BALLOT_REFUSAL_NO_CHOICE,
                                   QStringLiteral("Choose an option")));
    const quint32 max
        = b.kind() == v1::BALLOT_YES_NO_ABSTAIN ? 1 : std::max<quint32>(1, b.max_choices());
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

void count(BallotRecord &b, const std::vector<quint32> &choices, qint64 sign, quint64 ballots,
    quint64 weight)
{
    const quint64 perOption = b.ballot.rule().weighted() ? weight : ballots;
    for (quint32 c : choices)
        b.votes[c] += quint64(sign) * perOption;
    b.ballots += quint64(sign) * ballots;
    b.ballotsWeight += quint64(sign) * weight;
    if (choices.empty()) {
        b.blank += quint64(sign) * ballots;
        b.blankWeight += quint64(sign) * weight;
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
    // A ballot without a rule is decided by the meeting's rule.
    if (b.rule().base() == v1::BASE_UNSPECIFIED && !b.rule().has_threshold()
        && b.rule().preset().empty())
        b.mutable_rule()->set_preset(state.definition.ballot_rule_preset());
    if (const auto error = rules::complete(*b.mutable_rule()))
        return invalid(v1::BALLOT_REFUSAL_BAD_RULE, *error);
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
    if (auto refused = checkChoices(b->ballot, command.choices()))
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
    v1::Event event = makeEvent([&](v1::Event &e) {
        v1::VoteCast *cast = e.mutable_vote_cast();
        cast->set_ballot_id(command.ballot_id());
        for (const QString &voter : voters)
            cast->add_voter_ids(sstr(voter));
        cast->set_cast_by(sstr(actorId));
        if (!b->ballot.secret())
            *cast->mutable_choices() = command.choices();
    });
    Decision decision(Events{ event });
    if (b->ballot.secret()) {
        SecretVote vote{ qstr(command.ballot_id()), {}, quint64(voters.size()), weight };
        vote.choices.assign(command.choices().begin(), command.choices().end());
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

void applyBallotOpened(MeetingState &state, const v1::BallotOpened &event)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->phase = v1::BallotState::PHASE_OPEN;
        b->eligible = event.eligible();
    }
}

void applyVoteCast(MeetingState &state, const v1::VoteCast &event)
{
    BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()));
    if (!b)
        return;
    const std::vector<quint32> choices(event.choices().begin(), event.choices().end());
    for (const std::string &v : event.voter_ids()) {
        const QString voter = qstr(v);
        const quint64 weight = weightOf(state, voter);
        if (!b->ballot.secret()) {
            // A changed named vote: the old choice leaves the count before the new one enters.
            const auto previous = b->namedChoices.constFind(voter);
            if (previous != b->namedChoices.cend())
                count(*b, *previous, -1, 1, weight);
            count(*b, choices, 1, 1, weight);
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
        count(*b, vote.choices, 1, vote.ballots, vote.weight);
}

void restoreBallotBox(MeetingState &state, const QString &ballotId, qint64 key, quint64 total)
{
    BallotRecord *b = state.floor.ballot(ballotId);
    if (!b)
        return;
    if (key >= 0 && size_t(key) < b->votes.size())
        b->votes[size_t(key)] = total;
    else if (key == -1)
        b->ballots = total;
    else if (key == -2)
        b->ballotsWeight = total;
    else if (key == -3)
        b->blank = total;
    else if (key == -4)
        b->blankWeight = total;
}

void applyBallotClosed(MeetingState &state, const v1::BallotClosed &event)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->phase = v1::BallotState::PHASE_CLOSED;
        b->result = event.result();
    }
}

void applyBallotCancelled(MeetingState &state, const v1::BallotCancelled &event)
{
    if (BallotRecord *b = state.floor.ballot(qstr(event.ballot_id()))) {
        b->phase = v1::BallotState::PHASE_CANCELLED;
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
