#include "ballotdraft.h"

#include "floorreplica.h"

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
    QString id;
    switch (m_kind) {
    case BallotView::Choice:
        id = m_floor->createBallot(
            m_question, m_secret, rulePreset(), m_options, m_maxChoices, false, 0);
        break;
    case BallotView::Election:
        id = m_floor->createBallot(
            m_question, m_secret, rulePreset(), m_options, m_seats, false, m_seats);
        break;
    case BallotView::YesNoAbstain:
    case BallotView::KindUnspecified:
        id = m_floor->createBallot(m_question, m_secret, rulePreset());
        break;
    }
    m_question.clear();
    m_options.clear();
    m_maxChoices = 1;
    m_seats = 1;
    m_rulePreset.clear();
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
