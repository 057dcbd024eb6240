#pragma once

#include "attendancemodel.h"
#include "ballotview.h"
#include "floorrows.h"
#include "meetingstate.h"
#include "rules.h"
#include "speakersmodel.h"

#include "quorum.pb.h"

#include <QObject>
#include <QTimer>

#include <QtQmlIntegration/qqmlintegration.h>
#include <functional>
#include <vector>

/**
 * The tablet's view of the floor (quorum.proto, "The floor"): attendance and quorum, proxies,
 * the speakers' queue and the running speech, the ballots. It folds nothing itself: it reads
 * the state the shared fold (server/core/fold.h) keeps in MeetingReplica, which calls
 * refresh() after each event, and hands its models the rows floorrows.h builds from it; it
 * keeps the wiring, the speech clock and the senders. The QML pages bind to it through
 * `MeetingClient.floor` and call its invokables, which send commands through the sender
 * MeetingClient installs (no sockets here, so the unit tests feed events and read commands).
 *
 * The quorum is the server's own (rules.h: rules::quorum over the same state).
 */
class FloorReplica : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.floor")
    Q_PROPERTY(AttendanceModel *attendance READ attendance CONSTANT)
    Q_PROPERTY(SpeakersModel *speakers READ speakers CONSTANT)
    Q_PROPERTY(BallotView *ballot READ ballot CONSTANT)

    Q_PROPERTY(double quorumPresent READ quorumPresent NOTIFY quorumChanged)
    Q_PROPERTY(double quorumBase READ quorumBase NOTIFY quorumChanged)
    Q_PROPERTY(double quorumNeeded READ quorumNeeded NOTIFY quorumChanged)
    Q_PROPERTY(double quorumMissing READ quorumMissing NOTIFY quorumChanged)
    Q_PROPERTY(bool quorumReached READ quorumReached NOTIFY quorumChanged)
    Q_PROPERTY(bool quorumWeighted READ quorumWeighted NOTIFY rulesChanged)
    Q_PROPERTY(int quorumNumerator READ quorumNumerator NOTIFY rulesChanged)
    Q_PROPERTY(int quorumDenominator READ quorumDenominator NOTIFY rulesChanged)
    Q_PROPERTY(bool quorumStrict READ quorumStrict NOTIFY rulesChanged)
    Q_PROPERTY(bool quorumOfAllMembers READ quorumOfAllMembers NOTIFY rulesChanged)
    Q_PROPERTY(bool allowProxies READ allowProxies NOTIFY rulesChanged)
    Q_PROPERTY(int maxProxiesPerHolder READ maxProxiesPerHolder NOTIFY rulesChanged)
    // The meeting's decision rule (MeetingDefined.ballot_rule_preset): a new ballot's default.
    Q_PROPERTY(QString defaultRulePreset READ defaultRulePreset NOTIFY rulesChanged)
    // Who is here, as the attendance counts it (not devices): participants in the room or
    // online, of all participants but observers (the room screen is nobody's seat).
    Q_PROPERTY(int attendingCount READ attendingCount NOTIFY attendanceCountChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY attendanceCountChanged)

    Q_PROPERTY(bool queueOpen READ queueOpen NOTIFY queueChanged)
    Q_PROPERTY(int speakingSeconds READ speakingSeconds NOTIFY queueChanged)
    Q_PROPERTY(int selfQueuePosition READ selfQueuePosition NOTIFY queueChanged)
    Q_PROPERTY(bool selfPointOfOrder READ selfPointOfOrder NOTIFY queueChanged)

    Q_PROPERTY(bool speechActive READ speechActive NOTIFY speechChanged)
    Q_PROPERTY(QString speakerId READ speakerId NOTIFY speechChanged)
    Q_PROPERTY(QString speakerName READ speakerName NOTIFY speechChanged)
    Q_PROPERTY(bool selfSpeaking READ selfSpeaking NOTIFY speechChanged)
    Q_PROPERTY(bool speechPointOfOrder READ speechPointOfOrder NOTIFY speechChanged)
    Q_PROPERTY(bool speechPaused READ speechPaused NOTIFY speechChanged)
    Q_PROPERTY(int speechAllottedSeconds READ speechAllottedSeconds NOTIFY speechChanged)
    Q_PROPERTY(int speechElapsedSeconds READ speechElapsedSeconds NOTIFY clockChanged)
    Q_PROPERTY(int speechRemainingSeconds READ speechRemainingSeconds NOTIFY clockChanged)
    Q_PROPERTY(bool speechOvertime READ speechOvertime NOTIFY clockChanged)

    Q_PROPERTY(bool selfVoting READ selfVoting NOTIFY selfChanged)
    Q_PROPERTY(QString selfProxyHolderId READ selfProxyHolderId NOTIFY selfChanged)
    Q_PROPERTY(QString selfProxyHolderName READ selfProxyHolderName NOTIFY selfChanged)
    Q_PROPERTY(QStringList selfProxyGrantorIds READ selfProxyGrantorIds NOTIFY selfChanged)
    Q_PROPERTY(
        QString lastCreatedBallotId READ lastCreatedBallotId NOTIFY lastCreatedBallotIdChanged)

public:
    using CommandSender = std::function<QString(quorum::v1::Command)>;
    using Clock = std::function<qint64()>; // local wall clock, ms since the epoch

    /** A view of `state`, which MeetingReplica owns and outlives it. */
    explicit FloorReplica(const quorum::MeetingState &state, QObject *parent = nullptr);
    /** The meeting as defined (its kind of body and rules: BallotDraft words them). */
    const quorum::v1::MeetingDefined &definition() const { return m_state.definition; }
    /** The replica's state (BallotDraft words a created ballot's rule from it). */
    const quorum::MeetingState &state() const { return m_state; }

    AttendanceModel *attendance() const { return m_attendance; }
    SpeakersModel *speakers() const { return m_speakers; }
    BallotView *ballot() const { return m_ballot; }

    double quorumPresent() const { return double(m_quorum.present); }
    double quorumBase() const { return double(m_quorum.base); }
    double quorumNeeded() const { return double(m_quorum.needed); }
    double quorumMissing() const
    {
        return m_quorum.present >= m_quorum.needed ? 0 : double(m_quorum.needed - m_quorum.present);
    }
    bool quorumReached() const { return m_quorum.reached; }
    bool quorumWeighted() const { return quorumRule().weighted(); }
    int quorumNumerator() const { return int(quorumRule().threshold().fraction().numerator()); }
    int quorumDenominator() const { return int(quorumRule().threshold().fraction().denominator()); }
    bool quorumStrict() const
    {
        return quorumRule().threshold().comparison() == quorum::v1::COMPARISON_MORE_THAN;
    }
    bool quorumOfAllMembers() const { return quorumRule().base() == quorum::v1::BASE_ALL_MEMBERS; }
    bool allowProxies() const { return m_state.definition.allow_proxies(); }
    int maxProxiesPerHolder() const;
    QString defaultRulePreset() const;
    int attendingCount() const { return m_attendingCount; }
    int memberCount() const { return m_memberCount; }

    bool queueOpen() const { return m_state.floor.queueOpen; }
    int speakingSeconds() const { return int(m_state.floor.speakingSeconds); }
    int selfQueuePosition() const { return m_speakers->positionOf(m_selfId); }
    bool selfPointOfOrder() const;

    bool speechActive() const { return speech().active; }
    QString speakerId() const { return speech().participantId; }
    QString speakerName() const { return nameOf(speech().participantId); }
    bool selfSpeaking() const { return speech().active && speech().participantId == m_selfId; }
    bool speechPointOfOrder() const { return speech().pointOfOrder; }
    bool speechPaused() const { return speech().paused; }
    int speechAllottedSeconds() const { return int(speech().allottedSeconds); }
    int speechElapsedSeconds() const;
    /** Seconds left (negative past the limit); 0 without a limit. */
    int speechRemainingSeconds() const;
    bool speechOvertime() const;

    bool selfVoting() const;
    QString selfProxyHolderId() const;
    QString selfProxyHolderName() const { return nameOf(selfProxyHolderId()); }
    QStringList selfProxyGrantorIds() const { return grantorsOf(m_selfId); }

    /** Server time now, from the local clock and the offset learnt at the Welcome. */
    Q_INVOKABLE double serverNowMs() const { return double(m_clock() + m_serverOffsetMs); }
    /** The rule preset a ballot can be created with, as CreateBallot understands it. */
    Q_INVOKABLE static QStringList rulePresets();

    // Commands (quorum.proto, Command 20-38). Each returns the command id, empty when no
    // sender is installed or the arguments are obviously wrong.
    Q_INVOKABLE QString requestFloor(bool pointOfOrder = false);
    Q_INVOKABLE QString withdrawFloor();
    Q_INVOKABLE QString nextSpeaker();
    Q_INVOKABLE QString giveFloor(const QString &participantId);
    Q_INVOKABLE QString removeSpeaker(const QString &participantId);
    Q_INVOKABLE QString moveSpeaker(const QString &participantId, int position);
    Q_INVOKABLE QString setQueueOpen(bool open);
    Q_INVOKABLE QString setSpeakingTime(int seconds, bool currentOnly = false);
    Q_INVOKABLE QString pauseSpeech();
    Q_INVOKABLE QString resumeSpeech();
    Q_INVOKABLE QString endSpeech();
    Q_INVOKABLE QString setAttendance(
        const QString &participantId, int state, const QString &reason = {});
    Q_INVOKABLE QString grantProxy(const QString &holderId);
    Q_INVOKABLE QString revokeProxy(const QString &grantorId = {});
    /** Check-in at the door (Command 39): a card's PIN or token, and the meeting its link names. */
    Q_INVOKABLE QString checkIn(const QString &secret, const QString &meetingId = {});
    /**
     * A ballot on the current agenda item. No options: Đồng ý / Không đồng ý / Không biểu
     * quyết. With options: a choice of up to maxChoices; with seats > 0, an election among the
     * options (candidates) for that many seats (maxChoices 0: as many as seats). The ballot id
     * is made here and returned through lastCreatedBallotId().
     */
    Q_INVOKABLE QString createBallot(const QString &question, bool secret,
        const QString &rulePreset, const QStringList &options = {}, int maxChoices = 0,
        bool changeable = false, int seats = 0);
    /** A ballot prepared whole (BallotDraft: a custom rule): named here as above, then sent. */
    QString createBallot(quorum::v1::Ballot ballot);
    Q_INVOKABLE QString openBallot(const QString &ballotId);
    Q_INVOKABLE QString castVote(
        const QString &ballotId, const QVariantList &choices, const QStringList &voterIds = {});
    /** A paper prepared whole (VoteFlow: a cumulative paper's amounts), sent as it is. */
    QString castVote(quorum::v1::CastVote cast);
    Q_INVOKABLE QString closeBallot(const QString &ballotId);
    Q_INVOKABLE QString cancelBallot(const QString &ballotId, const QString &reason = {});
    /** A tie broken by the rule's tie-break (ResolveTie; TieResolution builds it). */
    QString resolveTie(quorum::v1::ResolveTie resolve);
    QString lastCreatedBallotId() const { return m_lastCreatedBallotId; }

    void setCommandSender(CommandSender sender) { m_sender = std::move(sender); }
    void setClock(Clock clock);
    /** At each Welcome: server time then, against the local clock now. */
    void setServerTime(qint64 serverTimeMs);
    void setSelfParticipantId(const QString &participantId);

    /**
     * The state moved on (an event, a snapshot): the models and properties follow it, each
     * signalling only what changed. `redefined`: a new definition, the rules may differ.
     */
    void refresh(bool redefined = false);

signals:
    void quorumChanged();
    void rulesChanged();
    void queueChanged();
    void speechChanged();
    void clockChanged();
    void selfChanged();
    void lastCreatedBallotIdChanged();
    void attendanceCountChanged();

private:
    QString send(quorum::v1::Command command);
    const quorum::SpeechState &speech() const { return m_state.floor.speech; }
    quorum::v1::QuorumRule quorumRule() const;
    QString nameOf(const QString &participantId) const
    {
        return floorrows::nameOf(m_state, participantId);
    }
    QStringList grantorsOf(const QString &holderId) const
    {
        return floorrows::grantorsOf(m_state, holderId);
    }
    void refreshAttendance();
    void refreshQueue();
    void refreshSpeech();
    void refreshQuorum();
    void refreshSelf();
    void refreshBallot();
    void refreshClock();
    quint64 spokenMs() const;

    const quorum::MeetingState &m_state;
    AttendanceModel *m_attendance;
    SpeakersModel *m_speakers;
    BallotView *m_ballot;
    QTimer m_ticker;
    CommandSender m_sender;
    Clock m_clock;
    qint64 m_serverOffsetMs = 0;
    QString m_selfId;

    // What the properties last said, to signal only changes.
    quorum::rules::QuorumStatus m_quorum;
    int m_attendingCount = 0;
    int m_memberCount = 0;
    bool m_queueOpen = true;
    quint32 m_speakingSeconds = 0;
    quorum::SpeechState m_speech;
    QStringList m_self; // voting, proxy holder, grantors
    int m_lastElapsed = -1;
    QString m_lastCreatedBallotId;
};
