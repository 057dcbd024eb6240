#include "rules.h"

#include "threshold.h"

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
    return std::nullopt;
}

std::optional<QString> complete(v1::DecisionRule &r)
{
    if (r.base() == v1::BASE_UNSPECIFIED && !r.has_threshold()) {
        const QString name
            = r.preset().empty() ? QStringLiteral("simple-majority") : qstr(r.preset());
        const auto p = preset(name);
        if (!p)
            return QStringLiteral("Unknown rule preset '%1'").arg(name);
        const bool weighted = r.weighted();
        r = *p;
        r.set_weighted(weighted);
        return std::nullopt;
    }
    if (r.base() < v1::BASE_VOTES_CAST || r.base() > v1::BASE_ALL_MEMBERS)
        return QStringLiteral("The rule needs a base");
    return validate(r.threshold());
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
    const quint64 declared = weighted ? state.definition.total_member_weight() : 0;
    if (declared)
        return declared;
    const quint64 members = state.definition.total_members();
    return std::max(members, convened(state, weighted));
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

QuorumStatus quorum(const MeetingState &state)
{
    const v1::QuorumRule r = quorumRule(state);
    QuorumStatus s;
    s.present = present(state, r.weighted());
    s.base = r.base() == v1::BASE_ALL_MEMBERS ? allMembers(state, r.weighted())
                                              : convened(state, r.weighted());
    s.needed = smallestMeeting(r.threshold(), s.base);
    s.reached = meets(r.threshold(), s.present, s.base);
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
