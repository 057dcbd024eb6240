#include "ballotdraft.h"

#include "bodies.h"
#include "floorreplica.h"
#include "rules.h"
#include "rulewords.h"
#include "threshold.h"

#include <algorithm>

namespace {
// What a meeting without a rule of its own decides by (FloorReplica::defaultRulePreset's own
// fallback), so the wizard names a rule before the meeting definition has arrived.
const QString fallbackRule = QStringLiteral("simple-majority");
} // namespace

BallotDraft::BallotDraft(QObject *parent)
    : QObject(parent)
{ }

void BallotDraft::setFloor(FloorReplica *floor)
{
    if (m_floor == floor)
        return;
    if (m_floor) {
        disconnect(m_floor, nullptr, this, nullptr);
        disconnect(m_floor->ballot(), nullptr, this, nullptr);
    }
    m_floor = floor;
    if (m_floor) {
        connect(m_floor, &FloorReplica::rulesChanged, this, &BallotDraft::changed);
        connect(m_floor->ballot(), &BallotView::changed, this, &BallotDraft::ballotChanged);
    }
    emit floorChanged();
    emit changed();
}

void BallotDraft::setQuestion(const QString &question)
{
    if (m_question == question)
        return;
    m_question = question;
    emit changed();
}

void BallotDraft::setSecret(bool secret)
{
    if (m_secret == secret)
        return;
    m_secret = secret;
    emit changed();
}

void BallotDraft::setKind(BallotView::Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    emit changed();
}

bool BallotDraft::optionsValid() const
{
    if (!ruleValid())
        return false;
    switch (m_kind) {
    case BallotView::Choice:
        return optionCount() >= 2 && m_maxChoices <= optionCount();
    case BallotView::Election:
        return optionCount() >= 1 && m_seats <= optionCount();
    case BallotView::YesNoAbstain:
    case BallotView::KindUnspecified:
        break;
    }
    return true;
}

void BallotDraft::setRulePreset(const QString &preset)
{
    if (m_rulePreset == preset)
        return;
    m_rulePreset = preset;
    emit changed();
}

namespace {
quorum::v1::BallotKind protoKind(BallotView::Kind kind)
{
    switch (kind) {
    case BallotView::Choice:
        return quorum::v1::BALLOT_CHOICE;
    case BallotView::Election:
        return quorum::v1::BALLOT_ELECTION;
    case BallotView::YesNoAbstain:
    case BallotView::KindUnspecified:
        break;
    }
    return quorum::v1::BALLOT_YES_NO_ABSTAIN;
}
} // namespace

QString BallotDraft::presetWords(const QString &preset, const QString &) const
{
    quorum::v1::DecisionRule rule;
    rule.set_preset(quorum::sstr(preset));
    if (quorum::rules::complete(rule))
        return preset; // an unknown name: as written, never blank
    const auto body
        = m_floor ? m_floor->definition().body_kind() : quorum::v1::BODY_KIND_UNSPECIFIED;
    return quorum::RuleWords(nullptr, body).rule(rule, protoKind(m_kind));
}

QString BallotDraft::ballotRuleWords(const QString &ballotId, const QString &) const
{
    const quorum::BallotRecord *b = m_floor ? m_floor->state().floor.ballot(ballotId) : nullptr;
    if (!b)
        return {};
    return quorum::RuleWords(nullptr, m_floor->definition().body_kind())
        .rule(b->ballot.rule(), b->ballot.kind());
}

QString BallotDraft::ruleWords() const
{
    if (m_custom) {
        const auto body
            = m_floor ? m_floor->definition().body_kind() : quorum::v1::BODY_KIND_UNSPECIFIED;
        return quorum::RuleWords(nullptr, body).rule(m_rule, protoKind(m_kind));
    }
    if (m_rulePreset.isEmpty())
        return meetingRuleWords();
    return presetWords(rulePreset());
}

void BallotDraft::setCustom(bool custom)
{
    if (m_custom == custom)
        return;
    m_custom = custom;
    if (custom) {
        // The parts start as the rule in force: the preset chosen, or the meeting's.
        quorum::v1::DecisionRule start = meetingRule();
        if (!m_rulePreset.isEmpty()) {
            start.Clear();
            start.set_preset(quorum::sstr(m_rulePreset));
        }
        if (!quorum::rules::complete(start))
            m_rule = start;
        m_rule.clear_preset();
        if (!m_rule.has_threshold())
            *m_rule.mutable_threshold()
                = quorum::threshold::make(1, 2, quorum::v1::COMPARISON_MORE_THAN);
    }
    emit changed();
}

void BallotDraft::setBase(int base)
{
    m_rule.set_base(quorum::v1::Base(base));
    emit changed();
}

void BallotDraft::setNumerator(int numerator)
{
    m_rule.mutable_threshold()->mutable_fraction()->set_numerator(quint32(std::max(0, numerator)));
    emit changed();
}

void BallotDraft::setDenominator(int denominator)
{
    m_rule.mutable_threshold()->mutable_fraction()->set_denominator(
        quint32(std::max(0, denominator)));
    emit changed();
}

void BallotDraft::setStrict(bool strict)
{
    m_rule.mutable_threshold()->set_comparison(
        strict ? quorum::v1::COMPARISON_MORE_THAN : quorum::v1::COMPARISON_AT_LEAST);
    emit changed();
}

void BallotDraft::setWeighted(bool weighted)
{
    m_rule.set_weighted(weighted);
    emit changed();
}

void BallotDraft::setTieBreak(int tieBreak)
{
    m_rule.set_tie_break(quorum::v1::TieBreak(tieBreak));
    emit changed();
}

void BallotDraft::setExcessInvalid(bool on)
{
    m_rule.set_excess_invalid(on);
    emit changed();
}

void BallotDraft::setNoneKeptInvalid(bool on)
{
    m_rule.set_none_kept_invalid(on);
    emit changed();
}

void BallotDraft::setCumulative(bool on)
{
    m_rule.set_cumulative(on);
    emit changed();
}

void BallotDraft::setTurnoutHalf(bool on)
{
    if (on)
        *m_rule.mutable_turnout() = quorum::threshold::make(1, 2, quorum::v1::COMPARISON_MORE_THAN);
    else
        m_rule.clear_turnout();
    emit changed();
}

bool BallotDraft::ruleValid() const
{
    if (!m_custom)
        return true;
    quorum::v1::DecisionRule r = m_rule;
    return !quorum::rules::complete(r);
}

quorum::v1::DecisionRule BallotDraft::rule() const
{
    quorum::v1::DecisionRule r;
    if (m_custom)
        r = m_rule;
    else if (!m_rulePreset.isEmpty())
        r.set_preset(quorum::sstr(m_rulePreset));
    // Empty: the server decides by the meeting's own rule (its body's, or its preset).
    return r;
}

quorum::v1::DecisionRule BallotDraft::meetingRule() const
{
    quorum::v1::DecisionRule rule;
    const auto kind = protoKind(m_kind);
    if (m_floor && kind == quorum::v1::BALLOT_ELECTION && m_floor->definition().has_election_rule())
        rule = m_floor->definition().election_rule();
    else if (m_floor && m_floor->definition().has_ballot_rule())
        rule = m_floor->definition().ballot_rule();
    else
        rule.set_preset(quorum::sstr(defaultRule()));
    quorum::rules::complete(rule);
    return rule;
}

QString BallotDraft::meetingRuleWords() const
{
    const auto body
        = m_floor ? m_floor->definition().body_kind() : quorum::v1::BODY_KIND_UNSPECIFIED;
    return quorum::RuleWords(nullptr, body).rule(meetingRule(), protoKind(m_kind));
}

QStringList BallotDraft::presets() const
{
    return FloorReplica::rulePresets() + quorum::bodies::rulePresetNames();
}

QString BallotDraft::defaultRule() const
{
    return m_floor ? m_floor->defaultRulePreset() : fallbackRule;
}

void BallotDraft::setComposing(bool composing)
{
    if (m_composing == composing)
        return;
    m_composing = composing;
    emit changed();
}

bool BallotDraft::editing() const
{
    return m_composing || !m_floor || m_floor->ballot()->phase() == BallotView::None;
}

bool BallotDraft::addOption(const QString &text)
{
    const QString label = text.trimmed();
    if (label.isEmpty() || m_options.contains(label))
        return false;
    m_options.append(label);
    emit changed();
    return true;
}

void BallotDraft::removeOption(int index)
{
    if (index < 0 || index >= optionCount())
        return;
    m_options.removeAt(index);
    const int most = std::max(1, optionCount());
    m_maxChoices = std::clamp(m_maxChoices, 1, most);
    m_seats = std::clamp(m_seats, 1, most);
    emit changed();
}

void BallotDraft::fewer()
{
    if (canFewer())
        setCount(count() - 1);
}

void BallotDraft::more()
{
    if (canMore())
        setCount(count() + 1);
}

void BallotDraft::setCount(int count)
{
    (m_kind == BallotView::Election ? m_seats : m_maxChoices) = count;
    emit changed();
}

QString BallotDraft::create()
{
    if (!m_floor || !ready())
        return {};
    quorum::v1::Ballot b;
    b.set_question(quorum::sstr(m_question.trimmed()));
    b.set_secret(m_secret);
    b.set_kind(protoKind(m_kind));
    for (const QString &label : m_options)
        b.add_options()->set_label(quorum::sstr(label.trimmed()));
    if (m_kind == BallotView::Choice)
        b.set_max_choices(quint32(m_maxChoices));
    if (m_kind == BallotView::Election) {
        b.set_max_choices(quint32(m_seats));
        b.set_seats(quint32(m_seats));
    }
    if (m_kind == BallotView::YesNoAbstain || m_kind == BallotView::KindUnspecified)
        b.clear_options();
    *b.mutable_rule() = rule();
    const QString id = m_floor->createBallot(std::move(b));
    m_question.clear();
    m_options.clear();
    m_maxChoices = 1;
    m_seats = 1;
    m_rulePreset.clear();
    m_custom = false;
    m_rule.Clear();
    emit changed();
    return id;
}

void BallotDraft::ballotChanged()
{
    // The ballot this tablet created has arrived: the form gives way to it.
    const BallotView *ballot = m_floor->ballot();
    if (ballot->ballotId() == m_floor->lastCreatedBallotId()
        && ballot->phase() == BallotView::Created)
        m_composing = false;
    emit changed();
}
