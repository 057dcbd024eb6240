#pragma once

#include "ballotview.h"
#include "meetingclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QtQmlIntegration/qqmlintegration.h>

#include <algorithm>

/**
 * A voter's steps through the ballot on screen (`client.floor.ballot`): choose one option, or
 * mark up to maxChoices and continue; confirm; the vote is sent (for the voter and every proxy
 * held) and, once acknowledged, recorded. A refusal ends the sending with the server's error
 * and the voter chooses again. A new ballot starts clean. VotePanel.qml shows these steps.
 *
 * An election's paper is marked as on paper (gạch tên): every name starts kept and the voter
 * strikes out those not chosen; where there are as many candidates as seats each name is
 * agreed or not (Đồng ý / Không đồng ý, the Party's form), the same choice in other words. A
 * paper the rule counts invalid (more names kept than seats, or none, in state elections) can
 * still be cast, after a warning in the confirmation; a paper the server would refuse (the
 * Party: more names kept than seats) cannot go on. The choices sent are the names kept.
 */
class VoteFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    /** The ballot lets a voter mark several options (custom options, an election). */
    Q_PROPERTY(bool multi READ multi NOTIFY changed)
    /** Several choices: the options marked, ascending. */
    Q_PROPERTY(QList<int> picks READ picks NOTIFY changed)
    /** Several choices: as many are marked as the ballot allows; the others wait. */
    Q_PROPERTY(bool full READ full NOTIFY changed)
    /** What the vote would send: the option chosen, or the options marked. */
    Q_PROPERTY(QList<int> choice READ choice NOTIFY changed)
    /** Step 1: this tablet can vote and is choosing. */
    Q_PROPERTY(bool choosing READ choosing NOTIFY changed)
    /** Step 2: the choice waits for confirmation. */
    Q_PROPERTY(bool confirming READ confirming NOTIFY changed)
    /** Step 3: the vote is sent, not yet acknowledged or refused. */
    Q_PROPERTY(bool sending READ sending NOTIFY changed)
    /** The ballot is open and everyone this tablet votes for has voted. */
    Q_PROPERTY(bool recorded READ recorded NOTIFY changed)
    /** The ballot is open and this tablet has no vote in it (not a voter, or a proxy given). */
    Q_PROPERTY(bool excluded READ excluded NOTIFY changed)
    /** While choosing with proxies held: the one action votes for several. */
    Q_PROPERTY(bool votingForOthers READ votingForOthers NOTIFY changed)
    /** The options the last acknowledged vote chose (named ballots show them back). */
    Q_PROPERTY(QList<int> recordedChoice READ recordedChoice NOTIFY changed)
    /** The last vote was refused: errorCode and errorDetail say why, until the next choice. */
    Q_PROPERTY(bool refused READ refused NOTIFY changed)
    Q_PROPERTY(MeetingClient::ErrorCode errorCode READ errorCode NOTIFY changed)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY changed)
    /** Why, typed (Refusal::Reason; None when the server gave none): what the tablet words. */
    Q_PROPERTY(int errorReason READ errorReason NOTIFY changed)
    /** An election: its paper is marked by striking out names (picks are the names kept). */
    Q_PROPERTY(bool strikeOut READ strikeOut NOTIFY changed)
    /** Striking out with as many candidates as seats: Đồng ý / Không đồng ý per name. */
    Q_PROPERTY(bool agreeForm READ agreeForm NOTIFY changed)
    /** Striking out: names kept, the seats, and how many more must be struck for a valid paper. */
    Q_PROPERTY(int kept READ kept NOTIFY changed)
    Q_PROPERTY(int seats READ seats NOTIFY changed)
    Q_PROPERTY(int overSeats READ overSeats NOTIFY changed)
    /** Striking out: whether the paper as marked is valid, counted invalid, or refused. */
    Q_PROPERTY(Paper paper READ paper NOTIFY changed)
    Q_PROPERTY(BallotView *ballot READ ballot NOTIFY clientChanged)

public:
    /**
     * An election's paper as marked: Valid; Invalid, counted apart by the rule (state elections:
     * more names kept than seats, or every name struck; Luật Bầu cử 2015), cast after a warning;
     * Refused, the server would refuse it (kept more than the most a paper may keep, or none
     * where the ballot allows no blank paper), so it cannot go on.
     */
    enum Paper { Valid, Invalid, Refused };
    Q_ENUM(Paper)

    explicit VoteFlow(QObject *parent = nullptr);

    MeetingClient *client() const { return m_client; }
    void setClient(MeetingClient *client);

    bool multi() const;
    QList<int> picks() const { return m_picks; }
    bool full() const;
    QList<int> choice() const;
    bool choosing() const;
    bool confirming() const { return atConfirm() && !sending(); }
    bool sending() const { return !m_pendingCommand.isEmpty(); }
    bool recorded() const;
    bool excluded() const;
    bool votingForOthers() const;
    QList<int> recordedChoice() const { return m_recordedChoice; }
    bool refused() const { return m_errorCode != MeetingClient::NoError; }
    MeetingClient::ErrorCode errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }
    int errorReason() const { return m_errorReason; }
    bool strikeOut() const;
    bool agreeForm() const;
    int kept() const { return strikeOut() ? int(m_picks.size()) : 0; }
    int seats() const;
    int overSeats() const { return std::max(0, kept() - seats()); }
    Paper paper() const;
    BallotView *ballot() const;

    /**
     * One choice: chooses the option and asks for confirmation. Several: marks or unmarks it
     * (a mark past maxChoices is ignored). Either clears the last refusal. Only while choosing.
     */
    Q_INVOKABLE void pick(int optionIndex);
    /** Striking out: keeps (true) or strikes out (false) one name; the same rules as pick. */
    Q_INVOKABLE void keep(int optionIndex, bool kept);
    /** Several choices: the marks go to confirmation (when there is one); a paper the server
     *  would refuse stays. */
    Q_INVOKABLE void next();
    /** From confirmation back to choosing; the marks of several choices stay. */
    Q_INVOKABLE void back();
    /** Casts the confirmed choice for every voter this tablet holds; returns the command id. */
    Q_INVOKABLE QString confirm();

signals:
    void clientChanged();
    void changed();

private:
    bool atConfirm() const;
    void clearChoice();
    void ballotChanged();
    void acknowledged(const QString &commandId);
    void failed(
        const QString &commandId, MeetingClient::ErrorCode code, const QString &detail, int reason);

    QPointer<MeetingClient> m_client;
    QString m_ballotId; // the ballot the steps belong to; another one starts them again
    int m_chosen = -1; // one choice: the option waiting for confirmation
    QList<int> m_picks; // several choices: the options marked
    bool m_marksConfirming = false;
    QString m_pendingCommand; // the vote sent, until acknowledged or refused
    QList<int> m_recordedChoice;
    MeetingClient::ErrorCode m_errorCode = MeetingClient::NoError;
    QString m_errorDetail;
    int m_errorReason = 0;
};
