#include "ballotarticle.h"

#include "articlewords.h"
#include "ballotview.h"
#include "floorreplica.h"
#include "rules.h"
#include "rulewords.h"

namespace v1 = quorum::v1;

BallotArticle::BallotArticle(QObject *parent)
    : QObject(parent)
{ }

void BallotArticle::setFloor(FloorReplica *floor)
{
    if (m_floor == floor)
        return;
    if (m_floor) {
        disconnect(m_floor, nullptr, this, nullptr);
        disconnect(m_floor->ballot(), nullptr, this, nullptr);
    }
    m_floor = floor;
    if (m_floor) {
        connect(m_floor, &FloorReplica::rulesChanged, this, &BallotArticle::changed);
        connect(m_floor->ballot(), &BallotView::changed, this, &BallotArticle::changed);
    }
    emit changed();
}

QString BallotArticle::words() const
{
    if (!m_floor || !m_floor->ballot()->exists())
        return {};
    const v1::Ballot &ballot = m_floor->ballot()->state().proto;
    return quorum::RuleWords(nullptr, m_floor->definition().body_kind())
        .rule(ballot.rule(), ballot.kind());
}

QString BallotArticle::article() const
{
    if (!m_floor || !m_floor->ballot()->exists())
        return {};
    const v1::DecisionRule &rule = m_floor->ballot()->state().proto.rule();
    // The preset as named, completed as the server completes it: a rule changed from it is
    // said to be changed.
    v1::DecisionRule named;
    named.set_preset(rule.preset());
    const bool asNamed = !quorum::rules::complete(named) && named.base() == rule.base()
        && named.threshold().SerializeAsString() == rule.threshold().SerializeAsString()
        && named.weighted() == rule.weighted() && named.cumulative() == rule.cumulative();
    const quorum::ArticleWords words;
    const quorum::ArticleWords::Article article
        = words.rule(m_floor->definition().body_kind(), QString::fromStdString(rule.preset()));
    // A generic rule ("simple-majority", ...) cites nothing: no line on the ballot.
    if (article.isEmpty())
        return {};
    return words.line(article, !asNamed);
}
