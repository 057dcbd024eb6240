#include "quorumwords.h"

#include "floorreplica.h"
#include "rules.h"
#include "rulewords.h"

#include <algorithm>

QuorumWords::QuorumWords(QObject *parent)
    : QObject(parent)
{ }

void QuorumWords::setFloor(FloorReplica *floor)
{
    if (m_floor == floor)
        return;
    if (m_floor)
        disconnect(m_floor, nullptr, this, nullptr);
    m_floor = floor;
    if (m_floor)
        connect(m_floor, &FloorReplica::rulesChanged, this, &QuorumWords::changed);
    emit changed();
}

QString QuorumWords::text() const
{
    if (!m_floor)
        return {};
    const quorum::RuleWords words(nullptr, m_floor->definition().body_kind());
    return words.quorum(quorum::rules::quorumRule(m_floor->state()),
        std::max<quint32>(1, m_floor->definition().convening()));
}
