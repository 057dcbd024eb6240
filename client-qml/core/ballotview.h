#pragma once

#include "ballotoptionsmodel.h"

#include "quorum.pb.h"

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
    // An election: how many are elected; its papers are marked by striking out names.
    Q_PROPERTY(int seats READ seats NOTIFY changed)
    // An election's rule: a paper keeping more names than seats, or none, is counted invalid
    // (state elections) rather than refused (the server refuses what the rule does not count).
    Q_PROPERTY(bool excessInvalid READ excessInvalid NOTIFY changed)
    Q_PROPERTY(bool noneKeptInvalid READ noneKeptInvalid NOTIFY changed)
    Q_PROPERTY(bool allowBlank READ allowBlank NOTIFY changed)
    Q_PROPERTY(bool cumulative READ cumulative NOTIFY changed)
    // The rule's tie-break (quorum.v1.TieBreak: 0 none, 1 re-vote, 2 older, 3 chair, 4 lots).
    Q_PROPERTY(int tieBreak READ tieBreak NOTIFY changed)
    // The closed ballot's outcome (quorum.v1.BallotOutcome; 0 from an older server).
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY changed)
    Q_PROPERTY(double invalid READ invalid NOTIFY changed)
    // The options tied (for the last seat, or yes and no), while and after a tie is decided.
    Q_PROPERTY(QList<int> tiedOptions READ tiedOptions NOTIFY changed)
    // How the tie was broken (TieBreak, 0 none yet) and the record's note (the lots drawn).
    Q_PROPERTY(int tieBrokenBy READ tieBrokenBy NOTIFY changed)
    Q_PROPERTY(QString tieNote READ tieNote NOTIFY changed)
    // Seats left to the tie-break: seats less those elected by the count alone.
    Q_PROPERTY(int seatsLeftToTie READ seatsLeftToTie NOTIFY changed)
    // The outcome in the minutes' words (RuleWords::outcome, "THÔNG QUA", "HÒA PHIẾU – ...");
    // empty from an older server without an outcome. QML re-reads it on a language change.
    Q_PROPERTY(QString outcomeWords READ outcomeWords NOTIFY changed)

public:
    /** Same numbers as quorum.v1.BallotKind. */
    enum Kind { KindUnspecified = 0, YesNoAbstain = 1, Choice = 2, Election = 3 };
    Q_ENUM(Kind)
    /** Same numbers as quorum.v1.BallotState.Phase; None: no ballot yet. */
    enum Phase { None = 0, Created = 1, Open = 2, Closed = 3, Cancelled = 4 };
    Q_ENUM(Phase)
    /** Same numbers as quorum.v1.BallotOutcome. */
    enum Outcome {
        OutcomeUnspecified = 0,
        Passed = 1,
        NotPassed = 2,
        PartlyFilled = 3,
        TieRevote = 4,
        TiePending = 5,
        TurnoutNotMet = 6
    };
    Q_ENUM(Outcome)
    /** Same numbers as quorum.v1.TieBreak. */
    enum TieBreak { NoTieBreak = 0, Revote = 1, Older = 2, ChairVote = 3, Lots = 4 };
    Q_ENUM(TieBreak)

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
        // The ballot and its result as the replica holds them: what the properties of an
        // election's paper and a tie read (seats, validity, tie-break, outcome).
        quorum::v1::Ballot proto;
        quorum::v1::BallotResult result;
        // A named ballot: the choices of this tablet's participant's own last VoteCast (the
        // replica holds it, so a restarted tablet still shows the vote); empty: none seen.
        QList<int> selfChoices;
        bool selfChoicesKnown = false;

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
    int seats() const { return int(std::max<quint32>(1, m_state.proto.seats())); }
    bool excessInvalid() const { return m_state.proto.rule().excess_invalid(); }
    bool noneKeptInvalid() const { return m_state.proto.rule().none_kept_invalid(); }
    bool allowBlank() const { return m_state.proto.allow_blank(); }
    bool cumulative() const { return m_state.proto.rule().cumulative(); }
    int tieBreak() const { return int(m_state.proto.rule().tie_break()); }
    Outcome outcome() const { return Outcome(m_state.result.outcome()); }
    double invalid() const { return double(m_state.result.invalid()); }
    QList<int> tiedOptions() const;
    /** A closed election: the option's place by votes (1 the most; equal votes share a place),
     *  as the server ranked it; 0 before the result. */
    Q_INVOKABLE int rankOf(int optionIndex) const;
    int tieBrokenBy() const { return int(m_state.result.tie_broken_by()); }
    QString tieNote() const { return QString::fromStdString(m_state.result.tie_note()); }
    int seatsLeftToTie() const;
    QString outcomeWords() const;
    /** A tie-break (TieBreak) in the minutes' words ("on a tie, the chair's casting vote
     *  decides"); the language argument only makes a QML binding re-read it. */
    Q_INVOKABLE QString tieBreakWords(int tieBreak, const QString &language = {}) const;

    const State &state() const { return m_state; }
    void setState(const State &state);

signals:
    void changed();

private:
    State m_state;
    BallotOptionsModel *m_options;
};
