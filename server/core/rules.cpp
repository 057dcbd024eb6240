#include "rules.h"

#include "bodies.h"
#include "threshold.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace quorum::rules {

namespace {
v1::DecisionRule rule(v1::Base base, v1::Threshold t, const char *name)
{
    v1::DecisionRule r;
    r.set_base(base);
    *r.mutable_threshold() = std::move(t);
    r.set_preset(name);
    return r;
}

QString baseWords(v1::Base base)
{
    switch (base) {
    case v1::BASE_VOTES_CAST:
        return QStringLiteral("the votes cast");
    case v1::BASE_VOTES_CAST_WITH_ABSTENTIONS:
        return QStringLiteral("the votes cast, abstentions included");
    case v1::BASE_MEMBERS_PRESENT:
        return QStringLiteral("the members present");
    case v1::BASE_MEMBERS_CONVENED:
        return QStringLiteral("the members convened");
    case v1::BASE_ALL_MEMBERS:
        return QStringLiteral("all members");
    case v1::BASE_VALID_BALLOTS:
        return QStringLiteral("the valid ballots");
    case v1::BASE_UNSPECIFIED:
    case v1::Base_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Base_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return QStringLiteral("(no base)");
}

QString thresholdWords(const v1::Threshold &t)
{
    const QString cmp = t.comparison() == v1::COMPARISON_MORE_THAN ? QStringLiteral("more than")
                                                                   : QStringLiteral("at least");
    return QStringLiteral("%1 %2/%3")
        .arg(cmp)
        .arg(t.fraction().numerator())
        .arg(t.fraction().denominator());
}
} // namespace

bool meets(const v1::Threshold &t, quint64 value, quint64 base)
{
    return threshold::meets(t, value, base);
}

quint64 totalWeight(const google::protobuf::RepeatedPtrField<v1::Participant> &participants)
{
    quint64 total = 0;
    for (const v1::Participant &p : participants) {
        if (__builtin_add_overflow(total, std::max<quint64>(p.weight(), 1), &total))
            return std::numeric_limits<quint64>::max();
    }
    return total;
}

quint64 smallestMeeting(const v1::Threshold &t, quint64 base)
{
    return threshold::smallestMeeting(t, base);
}

std::optional<QString> validate(const v1::Threshold &t)
{
    if (t.fraction().denominator() == 0)
        return QStringLiteral("The threshold's denominator must not be 0");
    if (t.fraction().numerator() == 0 || t.fraction().numerator() > t.fraction().denominator())
        return QStringLiteral("The threshold must be a fraction above 0 and at most 1");
    if (t.comparison() != v1::COMPARISON_MORE_THAN && t.comparison() != v1::COMPARISON_AT_LEAST)
        return QStringLiteral("The threshold needs a comparison (more than / at least)");
    return std::nullopt;
}

std::optional<v1::DecisionRule> preset(const QString &name)
{
    const auto half = threshold::make(1, 2, v1::COMPARISON_MORE_THAN);
    const auto twoThirds = threshold::make(2, 3, v1::COMPARISON_AT_LEAST);
    if (name == QLatin1String("simple-majority"))
        return rule(v1::BASE_VOTES_CAST, half, "simple-majority");
    if (name == QLatin1String("majority-present"))
        return rule(v1::BASE_MEMBERS_PRESENT, half, "majority-present");
    if (name == QLatin1String("majority-convened"))
        return rule(v1::BASE_MEMBERS_CONVENED, half, "majority-convened");
    if (name == QLatin1String("majority-all"))
        return rule(v1::BASE_ALL_MEMBERS, half, "majority-all");
    if (name == QLatin1String("two-thirds-present"))
        return rule(v1::BASE_MEMBERS_PRESENT, twoThirds, "two-thirds-present");
    if (name == QLatin1String("two-thirds-all"))
        return rule(v1::BASE_ALL_MEMBERS, twoThirds, "two-thirds-all");
    if (name == QLatin1String("two-thirds-cast"))
        return rule(v1::BASE_VOTES_CAST, twoThirds, "two-thirds-cast");
    return bodies::rulePreset(name);
}

std::optional<QString> complete(v1::DecisionRule &r)
{
    if (r.base() == v1::BASE_UNSPECIFIED && !r.has_threshold()) {
        const QString name
            = r.preset().empty() ? QStringLiteral("simple-majority") : qstr(r.preset());
        const auto p = preset(name);
        if (!p)
            return QStringLiteral("Unknown rule preset '%1'").arg(name);
        // The preset gives base and threshold; what the sender set beside them stays.
        v1::DecisionRule merged = *p;
        merged.set_weighted(p->weighted() || r.weighted());
        merged.set_tie_break(r.tie_break() ? r.tie_break() : p->tie_break());
        if (r.has_turnout())
            *merged.mutable_turnout() = r.turnout();
        merged.set_excess_invalid(p->excess_invalid() || r.excess_invalid());
        merged.set_none_kept_invalid(p->none_kept_invalid() || r.none_kept_invalid());
        merged.set_cumulative(p->cumulative() || r.cumulative());
        r = merged;
        return std::nullopt;
    }
    if ((r.base() < v1::BASE_VOTES_CAST || r.base() > v1::BASE_ALL_MEMBERS)
        && r.base() != v1::BASE_VALID_BALLOTS)
        return QStringLiteral("The rule needs a base");
    if (r.has_turnout()) {
        if (const auto error = validate(r.turnout()))
            return QStringLiteral("Turnout: ") + *error;
    }
    // Cumulative voting ranks the candidates without a threshold (Luật Doanh nghiệp 2020,
    // Điều 148 khoản 3): the tally leaves it aside.
    if (r.cumulative() && !r.has_threshold())
        return std::nullopt;
    return validate(r.threshold());
}

std::optional<QString> validate(const v1::QuorumRule &r)
{
    if (const auto error = validate(r.threshold()))
        return error;
    for (const v1::QuorumCondition &c : r.also()) {
        if (const auto error = validate(c.threshold()))
            return error;
        if (c.base() != v1::BASE_MEMBERS_CONVENED && c.base() != v1::BASE_ALL_MEMBERS)
            return QStringLiteral("A quorum condition's base is convened or all");
    }
    for (const v1::ReconvenedQuorum &q : r.reconvened()) {
        // Convening 1 too: a body without a quorum of those present (state elections, whose
        // turnout decides) says "no minimum" for its first convening (bodies.cpp).
        if (q.convening() < 1)
            return QStringLiteral("A convening is numbered from 1");
        if (!q.no_minimum()) {
            if (const auto error = validate(q.threshold()))
                return error;
        }
    }
    return std::nullopt;
}

v1::QuorumRule quorumRule(const MeetingState &state)
{
    if (state.definition.has_quorum_rule())
        return state.definition.quorum_rule();
    v1::QuorumRule r;
    *r.mutable_threshold() = threshold::make(1, 2, v1::COMPARISON_MORE_THAN);
    r.set_base(v1::BASE_MEMBERS_CONVENED);
    return r;
}

quint64 convened(const MeetingState &state, bool weighted)
{
    quint64 total = 0;
    for (const ParticipantState &p : state.participants) {
        if (p.voting)
            total += weighted ? p.weight : 1;
    }
    return total;
}

quint64 allMembers(const MeetingState &state, bool weighted)
{
    // The declared total (shares issued, members in office) is at least the participants'
    // own: a total below them (a typo, an older register) would count more than 100 % present.
    const quint64 declared
        = weighted ? state.definition.total_member_weight() : state.definition.total_members();
    return std::max(declared, convened(state, weighted));
}

quint64 present(const MeetingState &state, bool weighted)
{
    quint64 total = 0;
    for (const ParticipantState &p : state.participants) {
        if (!p.voting)
            continue;
        bool counted = p.attending();
        if (!counted) {
            const QString holder = state.floor.proxies.value(p.id);
            const ParticipantState *h = holder.isEmpty() ? nullptr : state.participant(holder);
            counted = h && h->attending();
        }
        if (counted)
            total += weighted ? p.weight : 1;
    }
    return total;
}

namespace {
/** Whether a voting member counts as present (checked in, or represented by a proxy). */
bool counted(const MeetingState &state, const ParticipantState &p)
{
    if (p.attending())
        return true;
    const QString holder = state.floor.proxies.value(p.id);
    const ParticipantState *h = holder.isEmpty() ? nullptr : state.participant(holder);
    return h && h->attending();
}

/** The units of the voting members, all or only those present. Participants are in the
 *  definition's order, so a participant's unit is its definition's. */
quint64 units(const MeetingState &state, bool presentOnly)
{
    QSet<QString> seen;
    for (size_t i = 0; i < state.participants.size(); ++i) {
        const ParticipantState &p = state.participants[i];
        if (!p.voting || int(i) >= state.definition.participants_size())
            continue;
        const QString unit = qstr(state.definition.participants(int(i)).unit());
        if (!unit.isEmpty() && (!presentOnly || counted(state, p)))
            seen.insert(unit);
    }
    return quint64(seen.size());
}
} // namespace

quint64 unitsConvened(const MeetingState &state)
{
    return units(state, false);
}

quint64 unitsPresent(const MeetingState &state)
{
    return units(state, true);
}

std::vector<v1::QuorumCondition> quorumConditions(
    const v1::QuorumRule &r, quint32 convening, bool *noMinimum)
{
    v1::QuorumCondition first;
    *first.mutable_threshold() = r.threshold();
    first.set_base(r.base());
    first.set_weighted(r.weighted());
    bool none = false;
    for (const v1::ReconvenedQuorum &q : r.reconvened()) {
        if (q.convening() == std::max<quint32>(1, convening)) {
            none = q.no_minimum();
            *first.mutable_threshold() = q.threshold();
        }
    }
    if (noMinimum)
        *noMinimum = none;
    std::vector<v1::QuorumCondition> all{ first };
    all.insert(all.end(), r.also().begin(), r.also().end());
    return all;
}

QuorumStatus quorum(const MeetingState &state)
{
    const v1::QuorumRule r = quorumRule(state);
    bool noMinimum = false;
    const auto conditions = quorumConditions(r, state.definition.convening(), &noMinimum);
    QuorumStatus s;
    s.reached = true;
    for (size_t i = 0; i < conditions.size(); ++i) {
        const v1::QuorumCondition &c = conditions[i];
        QuorumConditionStatus cs;
        cs.condition = c;
        if (c.count() == v1::QUORUM_COUNT_UNITS) {
            cs.present = unitsPresent(state);
            const quint64 declared = state.definition.total_units();
            cs.base
                = c.base() == v1::BASE_ALL_MEMBERS && declared ? declared : unitsConvened(state);
        } else {
            cs.present = present(state, c.weighted());
            cs.base = c.base() == v1::BASE_ALL_MEMBERS ? allMembers(state, c.weighted())
                                                       : convened(state, c.weighted());
        }
        // The first condition of a convening without a minimum holds whoever attends.
        // A units condition where no participant names a unit has nothing to count: it holds
        // (a meeting file of a youth union without units is still a meeting).
        cs.noMinimum = (i == 0 && noMinimum) || (c.count() == v1::QUORUM_COUNT_UNITS && !cs.base);
        cs.needed = cs.noMinimum ? 0 : smallestMeeting(c.threshold(), cs.base);
        cs.reached = cs.noMinimum || meets(c.threshold(), cs.present, cs.base);
        s.reached = s.reached && cs.reached;
        s.conditions.push_back(cs);
    }
    s.present = s.conditions.front().present;
    s.base = s.conditions.front().base;
    s.needed = s.conditions.front().needed;
    return s;
}

QString describe(const v1::DecisionRule &r)
{
    return QStringLiteral("%1 of %2%3")
        .arg(thresholdWords(r.threshold()), baseWords(r.base()),
            r.weighted() ? QStringLiteral(", by weight") : QString());
}

QString describe(const v1::QuorumRule &r)
{
    return QStringLiteral("%1 of %2%3")
        .arg(thresholdWords(r.threshold()), baseWords(r.base()),
            r.weighted() ? QStringLiteral(", by weight") : QString());
}

} // namespace quorum::rules
