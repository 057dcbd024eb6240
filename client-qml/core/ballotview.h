#pragma once

#include "ballotoptionsmodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The ballot on screen: the open one, else the last one created (closed with its result, or
 * cancelled). What the vote panel, the chair's live count and the result chart bind to.
 * FloorReplica computes its State; every property shares the one `changed` signal.
 */
class BallotView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.floor.ballot")
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString ballotId READ ballotId NOTIFY changed)
    Q_PROPERTY(QString itemId READ itemId NOTIFY changed)
    Q_PROPERTY(QString question READ question NOTIFY changed)
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(bool secret READ secret NOTIFY changed)
    Q_PROPERTY(bool changeable READ changeable NOTIFY changed)
    Q_PROPERTY(QString rulePreset READ rulePreset NOTIFY changed)
    Q_PROPERTY(int maxChoices READ maxChoices NOTIFY changed)
    Q_PROPERTY(int eligible READ eligible NOTIFY changed)
    Q_PROPERTY(int votedCount READ votedCount NOTIFY changed)
    // Eligible voters who have not voted yet: what closing the ballot now leaves out.
    Q_PROPERTY(int notVotedCount READ notVotedCount NOTIFY changed)
    Q_PROPERTY(bool canVote READ canVote NOTIFY changed)
    Q_PROPERTY(bool selfVoted READ selfVoted NOTIFY changed)
    Q_PROPERTY(QStringList pendingVoterIds READ pendingVoterIds NOTIFY changed)
    Q_PROPERTY(QStringList pendingVoterNames READ pendingVoterNames NOTIFY changed)
    Q_PROPERTY(int proxiesHeld READ proxiesHeld NOTIFY changed)
    Q_PROPERTY(QStringList notVotedNames READ notVotedNames NOTIFY changed)
    Q_PROPERTY(QVariantList namedVotes READ namedVotes NOTIFY changed)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    Q_PROPERTY(bool tie READ tie NOTIFY changed)
    Q_PROPERTY(bool flagged READ flagged NOTIFY changed)
    Q_PROPERTY(QString flagReason READ flagReason NOTIFY changed)
    Q_PROPERTY(double ballots READ ballots NOTIFY changed)
    Q_PROPERTY(double blank READ blank NOTIFY changed)
    Q_PROPERTY(double base READ base NOTIFY changed)
    Q_PROPERTY(QString cancelReason READ cancelReason NOTIFY changed)
    Q_PROPERTY(BallotOptionsModel *options READ options CONSTANT)

public:
    /** Same numbers as quorum.v1.BallotKind. */
    enum Kind { KindUnspecified = 0, YesNoAbstain = 1, Choice = 2, Election = 3 };
    Q_ENUM(Kind)
    /** Same numbers as quorum.v1.BallotState.Phase; None: no ballot yet. */
    enum Phase { None = 0, Created = 1, Open = 2, Closed = 3, Cancelled = 4 };
    Q_ENUM(Phase)

    struct State
    {
        QString ballotId;
        QString itemId;
        QString question;
        int kind = KindUnspecified;
        int phase = None;
        bool secret = false;
        bool changeable = false;
        QString rulePreset;
        int maxChoices = 1;
        int eligible = 0;
        int votedCount = 0;
        bool selfVoted = false;
        QStringList pendingVoterIds; // whom this tablet may still vote for: itself, proxies
        QStringList pendingVoterNames;
        int proxiesHeld = 0;
        QStringList notVotedNames;
        QVariantList namedVotes; // {voterId, name, choice, castBy}
        bool hasResult = false;
        bool passed = false;
        bool tie = false;
        bool flagged = false;
        QString flagReason;
        quint64 ballots = 0;
        quint64 blank = 0;
        quint64 base = 0;
        QString cancelReason;
        QList<BallotOptionsModel::Option> options;

        bool operator==(const State &o) const;
    };

    explicit BallotView(QObject *parent = nullptr);

    bool exists() const { return m_state.phase != None; }
    QString ballotId() const { return m_state.ballotId; }
    QString itemId() const { return m_state.itemId; }
    QString question() const { return m_state.question; }
    Kind kind() const { return Kind(m_state.kind); }
    Phase phase() const { return Phase(m_state.phase); }
    bool secret() const { return m_state.secret; }
    bool changeable() const { return m_state.changeable; }
    QString rulePreset() const { return m_state.rulePreset; }
    int maxChoices() const { return m_state.maxChoices; }
    int eligible() const { return m_state.eligible; }
    int votedCount() const { return m_state.votedCount; }
    int notVotedCount() const
    {
        return m_state.votedCount >= m_state.eligible ? 0 : m_state.eligible - m_state.votedCount;
    }
    /** The ballot is open and this tablet has someone left to vote for. */
    bool canVote() const { return m_state.phase == Open && !m_state.pendingVoterIds.isEmpty(); }
    bool selfVoted() const { return m_state.selfVoted; }
    QStringList pendingVoterIds() const { return m_state.pendingVoterIds; }
    QStringList pendingVoterNames() const { return m_state.pendingVoterNames; }
    int proxiesHeld() const { return m_state.proxiesHeld; }
    QStringList notVotedNames() const { return m_state.notVotedNames; }
    QVariantList namedVotes() const { return m_state.namedVotes; }
    bool hasResult() const { return m_state.hasResult; }
    bool passed() const { return m_state.passed; }
    bool tie() const { return m_state.tie; }
    bool flagged() const { return m_state.flagged; }
    QString flagReason() const { return m_state.flagReason; }
    double ballots() const { return double(m_state.ballots); }
    double blank() const { return double(m_state.blank); }
    double base() const { return double(m_state.base); }
    QString cancelReason() const { return m_state.cancelReason; }
    BallotOptionsModel *options() const { return m_options; }

    const State &state() const { return m_state; }
    void setState(const State &state);

signals:
    void changed();

private:
    State m_state;
    BallotOptionsModel *m_options;
};
