#include "rulewords.h"

#include <QCoreApplication>
#include <QTranslator>

namespace quorum {

namespace {
const char *const context = "quorum::RuleWords";

enum class Noun { Member, Delegate, Shareholder, Voter };

Noun nounOf(v1::BodyKind kind)
{
    switch (kind) {
    case v1::BODY_KIND_YOUTH_UNION:
    case v1::BODY_KIND_PARTY:
    case v1::BODY_KIND_PEOPLES_COUNCIL:
    case v1::BODY_KIND_ASSOCIATION:
        return Noun::Delegate;
    case v1::BODY_KIND_SHAREHOLDERS:
        return Noun::Shareholder;
    case v1::BODY_KIND_STATE_ELECTION:
        return Noun::Voter;
    case v1::BODY_KIND_UNSPECIFIED:
    case v1::BodyKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::BodyKind_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return Noun::Member;
}
} // namespace

QString RuleWords::tr(const char *source, const char *disambiguation) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source, disambiguation);
        if (!t.isEmpty())
            return t;
        return QString::fromUtf8(source);
    }
    return QCoreApplication::translate(context, source, disambiguation);
}

QString RuleWords::threshold(const v1::Threshold &t) const
{
    const quint32 n = t.fraction().numerator(), d = t.fraction().denominator();
    const bool more = t.comparison() == v1::COMPARISON_MORE_THAN;
    if (n * 2 == d)
        return more ? tr("more than half") : tr("at least half");
    if (n * 3 == d * 2)
        return more ? tr("more than two thirds") : tr("at least two thirds");
    if (n * 4 == d * 3)
        return more ? tr("more than three quarters") : tr("at least three quarters");
    if (d == 100)
        return (more ? tr("more than %1%") : tr("at least %1%")).arg(n);
    return (more ? tr("more than %1/%2") : tr("at least %1/%2")).arg(n).arg(d);
}

QString RuleWords::base(v1::Base base, bool weighted) const
{
    const Noun noun = nounOf(m_kind);
    QString words;
    switch (base) {
    case v1::BASE_VOTES_CAST:
        words = tr("the votes for and against (abstentions and blank ballots left out)");
        break;
    case v1::BASE_VOTES_CAST_WITH_ABSTENTIONS:
        words = tr("all ballots cast, abstentions and blank ballots included");
        break;
    case v1::BASE_VALID_BALLOTS:
        words = tr("the valid ballots");
        break;
    case v1::BASE_MEMBERS_PRESENT:
        if (noun == Noun::Shareholder && weighted)
            return tr("the votes of all shareholders attending");
        words = noun == Noun::Delegate  ? tr("the delegates present")
            : noun == Noun::Shareholder ? tr("the shareholders present")
            : noun == Noun::Voter       ? tr("the voters present")
                                        : tr("the members present");
        break;
    case v1::BASE_MEMBERS_CONVENED:
        if (noun == Noun::Shareholder && weighted)
            return tr("the votes of all shareholders with a vote");
        words = noun == Noun::Delegate  ? tr("the delegates convened")
            : noun == Noun::Shareholder ? tr("the shareholders convened")
            : noun == Noun::Voter       ? tr("the voters on the voter list")
                                        : tr("the members convened");
        break;
    case v1::BASE_ALL_MEMBERS:
        if (noun == Noun::Shareholder && weighted)
            return tr("the votes of all the company's voting shares");
        words = noun == Noun::Delegate  ? tr("all delegates")
            : noun == Noun::Shareholder ? tr("all shareholders")
            : noun == Noun::Voter       ? tr("all voters")
                                        : tr("all members");
        break;
    case v1::BASE_UNSPECIFIED:
    case v1::Base_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Base_INT_MAX_SENTINEL_DO_NOT_USE_:
        return tr("(no base)");
    }
    return weighted ? tr("%1, counted by weight").arg(words) : words;
}

QString RuleWords::tieBreak(v1::TieBreak tieBreak, v1::BallotKind kind) const
{
    switch (tieBreak) {
    case v1::TIE_BREAK_REVOTE:
        // An election is held again (bầu lại), a motion or a choice voted on again (biểu quyết
        // lại): one word for each, never both in one phrase.
        return kind == v1::BALLOT_ELECTION      ? tr("on a tie, a new election among those tied")
            : kind == v1::BALLOT_YES_NO_ABSTAIN ? tr("on a tie, the motion is voted on again")
            : kind == v1::BALLOT_CHOICE         ? tr("on a tie, a new vote among the options tied")
                                                : tr("on a tie, a new vote among those tied");
    case v1::TIE_BREAK_OLDER:
        return tr("on a tie, the older candidate");
    case v1::TIE_BREAK_CHAIR:
        return tr("on a tie, the chair's casting vote decides");
    case v1::TIE_BREAK_LOTS:
        return tr("on a tie, lots are drawn and recorded");
    case v1::TIE_BREAK_UNSPECIFIED:
    case v1::TieBreak_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::TieBreak_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return tr("a tie is not broken");
}

QString RuleWords::rule(const v1::DecisionRule &r, v1::BallotKind kind) const
{
    QStringList parts;
    const QString share
        = tr("%1 of %2").arg(threshold(r.threshold()), base(r.base(), r.weighted()));
    if (r.cumulative())
        parts << tr("Elected by cumulative voting: by votes, from the most, until the seats are "
                    "filled");
    else if (kind == v1::BALLOT_ELECTION)
        parts << tr("Elected with %1").arg(share);
    else if (kind == v1::BALLOT_CHOICE)
        parts << tr("Chosen with %1").arg(share);
    else
        parts << tr("Adopted when the votes in favour reach %1").arg(share);
    if (r.has_turnout())
        parts << tr("valid only if %1 of the voter list take part").arg(threshold(r.turnout()));
    if (kind == v1::BALLOT_ELECTION) {
        if (r.excess_invalid())
            parts << tr("a ballot keeping more names than seats is invalid");
        if (r.none_kept_invalid())
            parts << tr("a ballot striking out every name is invalid");
    }
    if (r.tie_break() != v1::TIE_BREAK_UNSPECIFIED)
        parts << tieBreak(r.tie_break(), kind);
    return parts.join(QStringLiteral("; "));
}

QString RuleWords::quorum(const v1::QuorumRule &r, quint32 convening) const
{
    v1::Threshold first = r.threshold();
    bool noMinimum = false;
    for (const v1::ReconvenedQuorum &q : r.reconvened()) {
        if (q.convening() == std::max<quint32>(1, convening)) {
            noMinimum = q.no_minimum();
            first = q.threshold();
        }
    }
    QStringList parts;
    parts << (noMinimum ? tr("no minimum attendance")
                        : tr("%1 of %2").arg(threshold(first), base(r.base(), r.weighted())));
    for (const v1::QuorumCondition &c : r.also()) {
        const QString of = c.count() == v1::QUORUM_COUNT_UNITS
            ? (c.base() == v1::BASE_ALL_MEMBERS ? tr("all units") : tr("the units convened"))
            : base(c.base(), c.weighted());
        parts << tr("%1 of %2").arg(threshold(c.threshold()), of);
    }
    QString words = parts.join(tr(" and "));
    if (convening == 2)
        words = tr("%1 (second convening)").arg(words);
    else if (convening >= 3)
        words = tr("%1 (third convening)").arg(words);
    return words;
}

QString RuleWords::outcome(v1::BallotOutcome outcome, v1::BallotKind kind) const
{
    const bool election = kind == v1::BALLOT_ELECTION;
    switch (outcome) {
    case v1::OUTCOME_PASSED:
        return kind == v1::BALLOT_YES_NO_ABSTAIN ? tr("ADOPTED")
            : election                           ? tr("Elected")
                                                 : tr("Chosen");
    case v1::OUTCOME_NOT_PASSED:
        return kind == v1::BALLOT_YES_NO_ABSTAIN ? tr("NOT ADOPTED")
            : election                           ? tr("Nobody reached the threshold")
                                                 : tr("No option reached the threshold");
    case v1::OUTCOME_PARTLY_FILLED:
        return tr("Not every seat was filled");
    case v1::OUTCOME_TIE_REVOTE:
        return election                         ? tr("TIE – a new election among those tied")
            : kind == v1::BALLOT_YES_NO_ABSTAIN ? tr("TIE – the motion is voted on again")
                                                : tr("TIE – a new vote among the options tied");
    case v1::OUTCOME_TIE_PENDING:
        return tr("TIE – awaiting the tie-break");
    case v1::OUTCOME_TURNOUT_NOT_MET:
        return tr("NOT VALID – too few of the voter list took part");
    case v1::OUTCOME_UNSPECIFIED:
    case v1::BallotOutcome_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::BallotOutcome_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return {};
}

QString RuleWords::bodyKind(v1::BodyKind kind) const
{
    switch (kind) {
    case v1::BODY_KIND_YOUTH_UNION:
        return tr("Ho Chi Minh Communist Youth Union");
    case v1::BODY_KIND_PARTY:
        return tr("Communist Party of Vietnam");
    case v1::BODY_KIND_PEOPLES_COUNCIL:
        return tr("People's Council");
    case v1::BODY_KIND_ASSOCIATION:
        return tr("Association");
    case v1::BODY_KIND_SHAREHOLDERS:
        return tr("General meeting of shareholders");
    case v1::BODY_KIND_STATE_ELECTION:
        return tr("Election of deputies (National Assembly, People's Councils)");
    case v1::BODY_KIND_UNSPECIFIED:
    case v1::BodyKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::BodyKind_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return tr("Any body (more than half)");
}

} // namespace quorum
