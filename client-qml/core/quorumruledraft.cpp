#include "quorumruledraft.h"

#include "articlewords.h"
#include "bodies.h"
#include "rules.h"
#include "rulewords.h"
#include "threshold.h"

#include <algorithm>

namespace v1 = quorum::v1;

namespace {

v1::BodyKind kindOf(int kind)
{
    return v1::BodyKind_IsValid(kind) ? v1::BodyKind(kind) : v1::BODY_KIND_UNSPECIFIED;
}

QVariantMap thresholdMap(const v1::Threshold &t)
{
    return { { QStringLiteral("numerator"), int(t.fraction().numerator()) },
        { QStringLiteral("denominator"), int(t.fraction().denominator()) },
        { QStringLiteral("atLeast"), t.comparison() == v1::COMPARISON_AT_LEAST } };
}

v1::Threshold makeThreshold(int numerator, int denominator, bool atLeast)
{
    return quorum::threshold::make(quint32(std::max(0, numerator)),
        quint32(std::max(0, denominator)),
        atLeast ? v1::COMPARISON_AT_LEAST : v1::COMPARISON_MORE_THAN);
}

bool validThreshold(const v1::Threshold &t)
{
    return !quorum::rules::validate(t).has_value();
}

} // namespace

QuorumRuleDraft::QuorumRuleDraft(QObject *parent)
    : QObject(parent)
    , m_rule(quorum::bodies::preset(m_kind).quorum)
{ }

void QuorumRuleDraft::setBodyKind(int kind)
{
    if (kindOf(kind) == m_kind)
        return;
    m_kind = kindOf(kind);
    m_rule = quorum::bodies::preset(m_kind).quorum;
    emit changed();
}

QByteArray QuorumRuleDraft::rule() const
{
    return QByteArray::fromStdString(m_rule.SerializeAsString());
}

void QuorumRuleDraft::setRule(const QByteArray &rule)
{
    v1::QuorumRule parsed;
    if (rule.isEmpty() || !parsed.ParseFromArray(rule.constData(), int(rule.size())))
        parsed = quorum::bodies::preset(m_kind).quorum;
    setProto(parsed);
}

void QuorumRuleDraft::setProto(const v1::QuorumRule &rule)
{
    if (rule.SerializeAsString() == m_rule.SerializeAsString())
        return;
    m_rule = rule;
    emit changed();
}

QVariantList QuorumRuleDraft::conditions() const
{
    QVariantMap first = thresholdMap(m_rule.threshold());
    first.insert(QStringLiteral("allMembers"), m_rule.base() == v1::BASE_ALL_MEMBERS);
    first.insert(QStringLiteral("count"), m_rule.weighted() ? Weights : Heads);
    QVariantList all{ first };
    for (const v1::QuorumCondition &c : m_rule.also()) {
        QVariantMap row = thresholdMap(c.threshold());
        row.insert(QStringLiteral("allMembers"), c.base() == v1::BASE_ALL_MEMBERS);
        row.insert(QStringLiteral("count"),
            c.count() == v1::QUORUM_COUNT_UNITS ? Units
                : c.weighted()                  ? Weights
                                                : Heads);
        all << row;
    }
    return all;
}

QVariantList QuorumRuleDraft::convenings() const
{
    QVariantList all;
    for (int n = 1; n <= MaxConvening; ++n) {
        QVariantMap row = thresholdMap(m_rule.threshold());
        row.insert(QStringLiteral("convening"), n);
        row.insert(QStringLiteral("mode"), AsFirst);
        for (const v1::ReconvenedQuorum &r : m_rule.reconvened()) {
            if (r.convening() != quint32(n))
                continue;
            row = thresholdMap(r.no_minimum() ? m_rule.threshold() : r.threshold());
            row.insert(QStringLiteral("convening"), n);
            row.insert(QStringLiteral("mode"), r.no_minimum() ? NoMinimum : OwnThreshold);
        }
        all << row;
    }
    return all;
}

bool QuorumRuleDraft::custom() const
{
    return m_rule.SerializeAsString() != quorum::bodies::preset(m_kind).quorum.SerializeAsString();
}

QVariantMap QuorumRuleDraft::settingsOf(const v1::QuorumRule &rule)
{
    bool convenings = false;
    for (const v1::ReconvenedQuorum &r : rule.reconvened())
        convenings = convenings || r.convening() > 1;
    bool units = false, shares = false;
    for (const v1::QuorumCondition &c : quorum::rules::quorumConditions(rule, 1)) {
        if (c.base() != v1::BASE_ALL_MEMBERS)
            continue; // counted against those convened: the participants are the total
        units = units || c.count() == v1::QUORUM_COUNT_UNITS;
        shares = shares || (c.count() == v1::QUORUM_COUNT_HEADS && c.weighted());
    }
    return { { QStringLiteral("convenings"), convenings }, { QStringLiteral("units"), units },
        { QStringLiteral("shares"), shares } };
}

QVariantMap QuorumRuleDraft::settings() const
{
    return settingsOf(m_rule);
}

bool QuorumRuleDraft::valid() const
{
    bool fine = validThreshold(m_rule.threshold());
    for (const v1::QuorumCondition &c : m_rule.also())
        fine = fine && validThreshold(c.threshold());
    for (const v1::ReconvenedQuorum &r : m_rule.reconvened())
        fine = fine && (r.no_minimum() || validThreshold(r.threshold()));
    return fine;
}

void QuorumRuleDraft::resetToPreset()
{
    setProto(quorum::bodies::preset(m_kind).quorum);
}

v1::Threshold *QuorumRuleDraft::threshold(int index)
{
    if (index == 0)
        return m_rule.mutable_threshold();
    if (index >= 1 && index <= m_rule.also_size())
        return m_rule.mutable_also(index - 1)->mutable_threshold();
    return nullptr;
}

void QuorumRuleDraft::edited()
{
    emit changed();
}

void QuorumRuleDraft::setThreshold(int index, int numerator, int denominator, bool atLeast)
{
    v1::Threshold *t = threshold(index);
    if (!t)
        return;
    const v1::Threshold now = makeThreshold(numerator, denominator, atLeast);
    if (now.SerializeAsString() == t->SerializeAsString())
        return;
    *t = now;
    edited();
}

void QuorumRuleDraft::setAllMembers(int index, bool allMembers)
{
    const v1::Base base = allMembers ? v1::BASE_ALL_MEMBERS : v1::BASE_MEMBERS_CONVENED;
    if (index == 0 && m_rule.base() != base)
        m_rule.set_base(base);
    else if (index >= 1 && index <= m_rule.also_size() && m_rule.also(index - 1).base() != base)
        m_rule.mutable_also(index - 1)->set_base(base);
    else
        return;
    edited();
}

void QuorumRuleDraft::setCount(int index, int count)
{
    if (index == 0) {
        if (count == Units || m_rule.weighted() == (count == Weights))
            return; // the rule's own condition counts members (heads or weights)
        m_rule.set_weighted(count == Weights);
        edited();
        return;
    }
    if (index < 1 || index > m_rule.also_size() || count < Heads || count > Units)
        return;
    v1::QuorumCondition &c = *m_rule.mutable_also(index - 1);
    const v1::QuorumCount counted
        = count == Units ? v1::QUORUM_COUNT_UNITS : v1::QUORUM_COUNT_HEADS;
    const bool weighted = count == Weights;
    if (c.count() == counted && c.weighted() == weighted)
        return;
    c.set_count(counted);
    c.set_weighted(weighted);
    edited();
}

bool QuorumRuleDraft::addCondition()
{
    if (m_rule.also_size() >= MaxConditions)
        return false;
    // The commonest second condition (Điều lệ Đoàn): two thirds of the units convened.
    v1::QuorumCondition &c = *m_rule.add_also();
    *c.mutable_threshold() = quorum::threshold::make(2, 3, v1::COMPARISON_AT_LEAST);
    c.set_base(v1::BASE_MEMBERS_CONVENED);
    c.set_count(v1::QUORUM_COUNT_UNITS);
    edited();
    return true;
}

void QuorumRuleDraft::removeCondition(int index)
{
    if (index < 1 || index > m_rule.also_size())
        return;
    m_rule.mutable_also()->DeleteSubrange(index - 1, 1);
    edited();
}

void QuorumRuleDraft::setConvening(
    int convening, int mode, int numerator, int denominator, bool atLeast)
{
    if (convening < 1 || convening > MaxConvening || mode < AsFirst || mode > NoMinimum)
        return;
    v1::QuorumRule next = m_rule;
    auto *all = next.mutable_reconvened();
    for (int i = all->size() - 1; i >= 0; --i) {
        if (all->Get(i).convening() == quint32(convening))
            all->DeleteSubrange(i, 1);
    }
    if (mode != AsFirst) {
        v1::ReconvenedQuorum r;
        r.set_convening(quint32(convening));
        if (mode == NoMinimum)
            r.set_no_minimum(true);
        else
            *r.mutable_threshold() = makeThreshold(numerator, denominator, atLeast);
        // In the order of the convenings, as the presets and the meeting file write them.
        int at = 0;
        while (at < all->size() && all->Get(at).convening() < quint32(convening))
            ++at;
        *all->Add() = r;
        for (int i = all->size() - 1; i > at; --i)
            all->SwapElements(i, i - 1);
    }
    setProto(next);
}

QString QuorumRuleDraft::words(int convening) const
{
    return quorum::RuleWords(nullptr, m_kind)
        .quorum(m_rule, quint32(std::clamp(convening, 1, MaxConvening)));
}

QStringList QuorumRuleDraft::conveningWords() const
{
    QStringList all;
    for (int n = 1; n <= MaxConvening; ++n)
        all << words(n);
    return all;
}

QString QuorumRuleDraft::article() const
{
    const quorum::ArticleWords words;
    return words.line(words.preset(m_kind, quorum::ArticleWords::Rule::Quorum), custom());
}
