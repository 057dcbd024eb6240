#pragma once

#include "floorreplica.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The ballot on screen's rule in the minutes' words (RuleWords::rule) and the article its
 * preset comes from in the meeting's kind of body (ArticleWords, issue 15): what the delegate's
 * ballot says above its options. A rule whose parts differ from its preset's (the wizard's
 * "every part") is said to be changed, its preset's article beside. QML re-reads the texts on a
 * language change (the translator is the application's).
 */
class BallotArticle : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(FloorReplica *floor READ floor WRITE setFloor NOTIFY changed)
    Q_PROPERTY(QString words READ words NOTIFY changed)
    Q_PROPERTY(QString article READ article NOTIFY changed)

public:
    explicit BallotArticle(QObject *parent = nullptr);

    FloorReplica *floor() const { return m_floor; }
    void setFloor(FloorReplica *floor);
    /** The rule in words; empty without a ballot. */
    QString words() const;
    /** "From: NAME — WORDS (why it is a setting)"; empty without a ballot. */
    QString article() const;

signals:
    void changed();

private:
    QPointer<FloorReplica> m_floor;
};
