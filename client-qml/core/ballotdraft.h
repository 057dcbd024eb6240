#pragma once

#include "ballotview.h"
#include "protocol.h"

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
    /**
     * A rule of the chair's own (the wizard's second screen): every part of it. Off: the
     * preset (rulePreset). The parts start as the preset's when switched on.
     */
    Q_PROPERTY(bool custom READ custom WRITE setCustom NOTIFY changed)
    /** Base: 1 votes cast, 2 with abstentions, 3 present, 4 convened, 5 all, 250 valid ballots. */
    Q_PROPERTY(int base READ base WRITE setBase NOTIFY changed)
    Q_PROPERTY(int numerator READ numerator WRITE setNumerator NOTIFY changed)
    Q_PROPERTY(int denominator READ denominator WRITE setDenominator NOTIFY changed)
    /** More than the fraction (true) or at least (false). */
    Q_PROPERTY(bool strict READ strict WRITE setStrict NOTIFY changed)
    Q_PROPERTY(bool weighted READ weighted WRITE setWeighted NOTIFY changed)
    /** TieBreak: 0 none, 1 re-vote, 2 older, 3 chair, 4 lots. */
    Q_PROPERTY(int tieBreak READ tieBreak WRITE setTieBreak NOTIFY changed)
    /** Elections: papers with more names than seats, or none kept, are invalid; cumulative. */
    Q_PROPERTY(bool excessInvalid READ excessInvalid WRITE setExcessInvalid NOTIFY changed)
    Q_PROPERTY(bool noneKeptInvalid READ noneKeptInvalid WRITE setNoneKeptInvalid NOTIFY changed)
    Q_PROPERTY(bool cumulative READ cumulative WRITE setCumulative NOTIFY changed)
    /** Turnout: more than half of the voter list (Luật Bầu cử 2015), or none. */
    Q_PROPERTY(bool turnoutHalf READ turnoutHalf WRITE setTurnoutHalf NOTIFY changed)
    /** The custom rule is complete (a fraction above 0, at most 1). */
    Q_PROPERTY(bool ruleValid READ ruleValid NOTIFY changed)
    /** The draft's rule in words (RuleWords, the minutes' own words): never blank. */
    Q_PROPERTY(QString ruleWords READ ruleWords NOTIFY changed)
    /** The meeting's rule for this kind of ballot in words (the simple first screen). */
    Q_PROPERTY(QString meetingRuleWords READ meetingRuleWords NOTIFY changed)
    /** Every rule preset the chair may pick: the generic ones and the bodies' (bodies.h). */
    Q_PROPERTY(QStringList presets READ presets CONSTANT)
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
    bool custom() const { return m_custom; }
    void setCustom(bool custom);
    int base() const { return int(m_rule.base()); }
    void setBase(int base);
    int numerator() const { return int(m_rule.threshold().fraction().numerator()); }
    void setNumerator(int numerator);
    int denominator() const { return int(m_rule.threshold().fraction().denominator()); }
    void setDenominator(int denominator);
    bool strict() const
    {
        return m_rule.threshold().comparison() == quorum::v1::COMPARISON_MORE_THAN;
    }
    void setStrict(bool strict);
    bool weighted() const { return m_rule.weighted(); }
    void setWeighted(bool weighted);
    int tieBreak() const { return int(m_rule.tie_break()); }
    void setTieBreak(int tieBreak);
    bool excessInvalid() const { return m_rule.excess_invalid(); }
    void setExcessInvalid(bool on);
    bool noneKeptInvalid() const { return m_rule.none_kept_invalid(); }
    void setNoneKeptInvalid(bool on);
    bool cumulative() const { return m_rule.cumulative(); }
    void setCumulative(bool on);
    bool turnoutHalf() const { return m_rule.has_turnout(); }
    void setTurnoutHalf(bool on);
    bool ruleValid() const;
    /** The meeting's own rule for this kind of ballot, complete. */
    quorum::v1::DecisionRule meetingRule() const;
    /** The rule create() sends: the custom one, a preset, or none (the meeting's own). */
    quorum::v1::DecisionRule rule() const;
    QString ruleWords() const;
    QString meetingRuleWords() const;
    QStringList presets() const;
    /**
     * A preset's rule in words for this meeting's body. `language` is not used: passing
     * Language.current ties a QML binding to the language, so the words follow a switch.
     */
    Q_INVOKABLE QString presetWords(const QString &preset, const QString &language = {}) const;
    /** A created ballot's rule in words (as complete as the server made it). */
    Q_INVOKABLE QString ballotRuleWords(
        const QString &ballotId, const QString &language = {}) const;
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
    bool m_custom = false;
    quorum::v1::DecisionRule m_rule; // the custom rule's parts
    bool m_composing = false;
};
