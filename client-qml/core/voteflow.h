#pragma once

#include "ballotview.h"
#include "commandwatch.h"
#include "cumulativevotes.h"
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
 *
 * A cumulative election's paper is not struck out: the voter marks names and gives them votes
 * (typed, all on one, or split evenly), the votes left always shown. As the server reads it,
 * more than the votes held is an invalid paper (warned, as above), fewer is valid.
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
    /**
     * A cumulative election (Luật Doanh nghiệp 2020, Điều 148 khoản 3): the voter holds
     * votingWeight × seats votes (the weight of everyone this tablet votes for; heads where the
     * rule is not weighted) and gives each candidate marked as many as they like. picks are the
     * names marked; those given votes are sent, with their amounts.
     */
    Q_PROPERTY(bool cumulative READ cumulative NOTIFY changed)
    Q_PROPERTY(double votingWeight READ votingWeight NOTIFY changed)
    Q_PROPERTY(double totalVotes READ totalVotes NOTIFY changed)
    Q_PROPERTY(double givenVotes READ givenVotes NOTIFY changed)
    Q_PROPERTY(double remainingVotes READ remainingVotes NOTIFY changed)
    /** Votes given past the total: the server counts the paper invalid. */
    Q_PROPERTY(double overVotes READ overVotes NOTIFY changed)
    /** The candidate the number pad types into; -1: none. */
    Q_PROPERTY(int editing READ editing NOTIFY changed)
    /** The votes the last acknowledged cumulative paper gave, one per recordedChoice. */
    Q_PROPERTY(QList<double> recordedAmounts READ recordedAmounts NOTIFY changed)
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

    MeetingClient *client() const { return m_watch.client(); }
    void setClient(MeetingClient *client);

    bool multi() const;
    QList<int> picks() const { return m_picks; }
    bool full() const;
    QList<int> choice() const;
    bool choosing() const;
    bool confirming() const { return atConfirm() && !sending(); }
    bool sending() const { return m_watch.busy(); }
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
    bool cumulative() const;
    double votingWeight() const { return double(votingWeightHeld()); }
    double totalVotes() const { return double(m_votes.total()); }
    double givenVotes() const { return double(m_votes.given()); }
    double remainingVotes() const { return double(m_votes.remaining()); }
    double overVotes() const { return double(m_votes.over()); }
    int editing() const { return m_editing; }
    QList<double> recordedAmounts() const { return m_recordedAmounts; }

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

    // A cumulative paper, while choosing (pick marks or unmarks a name; unmarked, it has none).
    /** The votes given to one candidate (0 when none). */
    Q_INVOKABLE double amountOf(int optionIndex) const
    {
        return double(m_votes.amount(optionIndex));
    }
    /** The number pad types into this candidate's votes, which marks it. */
    Q_INVOKABLE void edit(int optionIndex);
    /** A key of the number pad on the candidate being edited: 0-9; -1 takes the last digit
     *  away; -2 clears it. */
    Q_INVOKABLE void typeKey(int key);
    /** The candidate's votes, marking it (0 keeps the mark: the voter is still typing). */
    Q_INVOKABLE void setAmount(int optionIndex, double votes);
    /** Every vote on this candidate, the only one marked. */
    Q_INVOKABLE void allOnOne(int optionIndex);
    /** The votes left added to this candidate's. */
    Q_INVOKABLE void giveRest(int optionIndex);
    /** The votes split evenly over the names marked. */
    Q_INVOKABLE void splitEvenly();

signals:
    void clientChanged();
    void changed();

private:
    bool atConfirm() const;
    quint64 votingWeightHeld() const;
    quint64 votesHeld() const;
    QList<double> ownAmounts() const;
    void clearChoice();
    void ballotChanged();
    void acknowledged();
    void failed(MeetingClient::ErrorCode code, const QString &detail, int reason);

    CommandWatch m_watch; // the client followed, and the vote sent until answered
    QString m_ballotId; // the ballot the steps belong to; another one starts them again
    int m_chosen = -1; // one choice: the option waiting for confirmation
    QList<int> m_picks; // several choices: the options marked
    bool m_marksConfirming = false;
    QList<int> m_recordedChoice;
    CumulativeVotes m_votes; // a cumulative paper's votes per candidate
    int m_editing = -1;
    QList<double> m_recordedAmounts;
    MeetingClient::ErrorCode m_errorCode = MeetingClient::NoError;
    QString m_errorDetail;
    int m_errorReason = 0;
};
