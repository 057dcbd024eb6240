#pragma once

#include "ballotview.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

class FloorReplica;

/**
 * The chair's ballot before it exists: the question, named or secret, the kind, the options or
 * candidates, how many a voter marks (or how many are elected) and the rule. It says whether
 * the ballot can be created, creates it through FloorReplica::createBallot and starts again
 * empty. It also knows whether the chair is composing: the form shows while no ballot exists,
 * or after "New vote" until the ballot this tablet created arrives. BallotWizard.qml shows it.
 */
class BallotDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(FloorReplica *floor READ floor WRITE setFloor NOTIFY floorChanged)
    Q_MOC_INCLUDE("floorreplica.h")
    Q_PROPERTY(QString question READ question WRITE setQuestion NOTIFY changed)
    Q_PROPERTY(bool secret READ secret WRITE setSecret NOTIFY changed)
    Q_PROPERTY(BallotView::Kind kind READ kind WRITE setKind NOTIFY changed)
    /** Custom options or an election: the draft holds a list of options or candidates. */
    Q_PROPERTY(bool withOptions READ withOptions NOTIFY changed)
    Q_PROPERTY(QStringList options READ options NOTIFY changed)
    Q_PROPERTY(int optionCount READ optionCount NOTIFY changed)
    /** Custom options: how many a voter may mark. */
    Q_PROPERTY(int maxChoices READ maxChoices NOTIFY changed)
    /** An election: how many are elected (and marked at most). */
    Q_PROPERTY(int seats READ seats NOTIFY changed)
    /** What fewer()/more() change: the seats of an election, else maxChoices. */
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool canFewer READ canFewer NOTIFY changed)
    Q_PROPERTY(bool canMore READ canMore NOTIFY changed)
    /** Two options at least for a choice, one candidate for an election; never more marks than
     * options. */
    Q_PROPERTY(bool optionsValid READ optionsValid NOTIFY changed)
    /** A question and valid options: create() sends. (Online and an agenda item are the tablet's.)
     */
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    /** The rule chosen, else the meeting's default. */
    Q_PROPERTY(QString rulePreset READ rulePreset WRITE setRulePreset NOTIFY changed)
    Q_PROPERTY(QString defaultRule READ defaultRule NOTIFY changed)
    Q_PROPERTY(bool ruleIsDefault READ ruleIsDefault NOTIFY changed)
    /** "New vote" after a closed or cancelled ballot, until the one created here arrives. */
    Q_PROPERTY(bool composing READ composing WRITE setComposing NOTIFY changed)
    /** The form is on screen: no ballot yet, or composing. */
    Q_PROPERTY(bool editing READ editing NOTIFY changed)

public:
    explicit BallotDraft(QObject *parent = nullptr);

    FloorReplica *floor() const { return m_floor; }
    void setFloor(FloorReplica *floor);

    QString question() const { return m_question; }
    void setQuestion(const QString &question);
    bool secret() const { return m_secret; }
    void setSecret(bool secret);
    BallotView::Kind kind() const { return m_kind; }
    void setKind(BallotView::Kind kind);
    bool withOptions() const { return m_kind != BallotView::YesNoAbstain; }
    QStringList options() const { return m_options; }
    int optionCount() const { return int(m_options.size()); }
    int maxChoices() const { return m_maxChoices; }
    int seats() const { return m_seats; }
    int count() const { return m_kind == BallotView::Election ? m_seats : m_maxChoices; }
    bool canFewer() const { return count() > 1; }
    bool canMore() const { return count() < std::max(1, optionCount()); }
    bool optionsValid() const;
    bool ready() const { return !m_question.trimmed().isEmpty() && optionsValid(); }
    QString rulePreset() const { return m_rulePreset.isEmpty() ? defaultRule() : m_rulePreset; }
    void setRulePreset(const QString &preset);
    QString defaultRule() const;
    bool ruleIsDefault() const { return rulePreset() == defaultRule(); }
    bool composing() const { return m_composing; }
    void setComposing(bool composing);
    bool editing() const;

    /** Adds an option or candidate (trimmed); false for an empty or repeated one. */
    Q_INVOKABLE bool addOption(const QString &text);
    /** Removes one; the marks and seats shrink to what the options still allow. */
    Q_INVOKABLE void removeOption(int index);
    Q_INVOKABLE void fewer();
    Q_INVOKABLE void more();
    /**
     * Sends CreateBallot for the draft and empties it (question, options, counts, rule; named or
     * secret and the kind stay, as the chair's next ballot is often alike). Returns the command
     * id, or an empty string (nothing sent) when the draft is not ready or there is no floor.
     */
    Q_INVOKABLE QString create();

signals:
    void floorChanged();
    void changed();

private:
    void ballotChanged();
    void setCount(int count);

    QPointer<FloorReplica> m_floor;
    QString m_question;
    bool m_secret = false;
    BallotView::Kind m_kind = BallotView::YesNoAbstain;
    QStringList m_options;
    int m_maxChoices = 1;
    int m_seats = 1;
    QString m_rulePreset; // empty: the meeting's default
    bool m_composing = false;
};
