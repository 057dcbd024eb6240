// Unit tests for VoteFlow: a voter's steps through a ballot (VotePanel.qml) on a real
// MeetingClient whose replica is fed the server's events; its floor's commands are captured,
// and the server's acknowledgement or refusal is the client's own signal. Each test names the
// transition it guards.

#include "ballotfeed.h"
#include "refusal.h"
#include "voteflow.h"

#include <QTest>

using ballotfeed::BallotFeed;
namespace v1 = quorum::v1;

namespace {

QList<int> choicesOf(const v1::Command &command)
{
    QList<int> out;
    for (quint32 c : command.cast_vote().choices())
        out.append(int(c));
    return out;
}

QStringList votersOf(const v1::Command &command)
{
    QStringList out;
    for (const std::string &v : command.cast_vote().voter_ids())
        out.append(QString::fromStdString(v));
    return out;
}

/** A tablet of `self` on a real MeetingClient, its replica fed by BallotFeed, its VoteFlow
 * watching. */
struct Tablet
{
    explicit Tablet(const char *self, std::initializer_list<const char *> joined)
        : feed(client.replica(), self)
    {
        for (const char *id : joined)
            feed.join(id);
        flow.setClient(&client);
    }

    MeetingClient client;
    BallotFeed feed;
    VoteFlow flow;
};

} // namespace

class TestVoteFlow : public QObject
{
    Q_OBJECT

private slots:
    void oneChoiceIsConfirmedThenRecorded();
    void severalChoicesAreMarkedUpToTheMost();
    void aRefusalStartsTheChoiceAgain();
    void aNewBallotStartsClean();
    void oneActionVotesForTheProxiesHeld();
    void aVoterWhoGaveTheirVoteIsExcluded();
};

void TestVoteFlow::oneChoiceIsConfirmedThenRecorded()
{
    MeetingClient client;
    BallotFeed feed(client.replica(), "d1");
    for (const char *id : { "chair", "d1", "d2" })
        feed.join(id);
    VoteFlow flow;
    flow.setClient(&client);
    QVERIFY(!flow.choosing()); // no ballot
    feed.ballot("b1");
    QVERIFY(flow.choosing());
    QVERIFY(!flow.multi());

    // Guards: choosing asks for confirmation; "Choose again" goes back.
    flow.pick(1);
    QVERIFY(flow.confirming());
    QVERIFY(!flow.choosing());
    QCOMPARE(flow.choice(), QList<int>{ 1 });
    flow.back();
    QVERIFY(flow.choosing());
    QCOMPARE(flow.choice(), QList<int>{});
    QCOMPARE(flow.confirm(), QString()); // nothing confirmed: nothing sent
    QVERIFY(feed.sent.empty());

    flow.pick(2);
    const QString command = flow.confirm();
    QCOMPARE(command, "cmd-1");
    // Guards: the vote is sent once, then waits.
    QVERIFY(flow.sending());
    QVERIFY(!flow.confirming());
    QCOMPARE(flow.confirm(), QString());
    QCOMPARE(feed.sent.size(), size_t(1));
    QCOMPARE(QString::fromStdString(feed.sent[0].cast_vote().ballot_id()), "b1");
    QCOMPARE(choicesOf(feed.sent[0]), QList<int>{ 2 });
    QCOMPARE(votersOf(feed.sent[0]), QStringList{ "d1" });

    emit client.commandAcknowledged("cmd-other", 7); // not ours
    QVERIFY(flow.sending());
    feed.vote("b1", { "d1" }, "d1", 2);
    emit client.commandAcknowledged(command, 8);
    // Guards: the acknowledged vote is recorded with its choice.
    QVERIFY(!flow.sending());
    QVERIFY(flow.recorded());
    QVERIFY(!flow.choosing());
    QCOMPARE(flow.recordedChoice(), QList<int>{ 2 });

    feed.close("b1");
    QVERIFY(!flow.recorded()); // the result replaces it
}

void TestVoteFlow::severalChoicesAreMarkedUpToTheMost()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    feed.ballot("b1", 2);
    QVERIFY(flow.multi());

    flow.next(); // nothing marked: stays
    QVERIFY(flow.choosing());
    flow.pick(2);
    flow.pick(0);
    QCOMPARE(flow.picks(), (QList<int>{ 0, 2 }));
    QVERIFY(flow.choosing()); // marking is not confirming
    // Guards: no more marks than the ballot allows.
    QVERIFY(flow.full());
    flow.pick(1);
    QCOMPARE(flow.picks(), (QList<int>{ 0, 2 }));
    // Guards: a marked option unmarks.
    flow.pick(0);
    QCOMPARE(flow.picks(), QList<int>{ 2 });
    QVERIFY(!flow.full());
    flow.pick(1);

    flow.next();
    QVERIFY(flow.confirming());
    flow.back(); // the marks stay
    QVERIFY(flow.choosing());
    QCOMPARE(flow.picks(), (QList<int>{ 1, 2 }));
    flow.next();
    flow.confirm();
    QCOMPARE(choicesOf(feed.sent.at(0)), (QList<int>{ 1, 2 }));
    emit client.commandAcknowledged("cmd-1", 3);
    QCOMPARE(flow.recordedChoice(), (QList<int>{ 1, 2 }));
    QCOMPARE(flow.picks(), QList<int>{});
}

void TestVoteFlow::aRefusalStartsTheChoiceAgain()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    feed.ballot("b1");
    flow.pick(0);
    const QString command = flow.confirm();

    emit client.commandFailed("cmd-other", MeetingClient::Forbidden, "not ours", Refusal::None);
    QVERIFY(flow.sending());
    QVERIFY(!flow.refused());
    emit client.commandFailed(
        command, MeetingClient::InvalidState, "Voting is closed", Refusal::BallotVotingClosed);
    // Guards: a refused vote is said, and the voter chooses again.
    QVERIFY(!flow.sending());
    QVERIFY(flow.refused());
    QCOMPARE(flow.errorCode(), MeetingClient::InvalidState);
    QCOMPARE(flow.errorDetail(), "Voting is closed");
    QCOMPARE(flow.errorReason(), int(Refusal::BallotVotingClosed));
    QVERIFY(flow.choosing());
    QCOMPARE(flow.choice(), QList<int>{});
    QCOMPARE(flow.recordedChoice(), QList<int>{});
    // The next choice clears it.
    flow.pick(1);
    QVERIFY(!flow.refused());
}

void TestVoteFlow::aNewBallotStartsClean()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    feed.ballot("b1", 2);
    flow.pick(0);
    flow.next();
    const QString command = flow.confirm();
    QVERIFY(flow.sending());
    feed.close("b1");
    QVERIFY(flow.sending()); // the same ballot, closed: the answer is still awaited

    feed.ballot("b2");
    // Guards: nothing of the last ballot's steps carries over.
    QVERIFY(!flow.sending());
    QVERIFY(flow.choosing());
    QCOMPARE(flow.picks(), QList<int>{});
    emit client.commandAcknowledged(command, 9); // the old vote's late answer
    QCOMPARE(flow.recordedChoice(), QList<int>{});
}

void TestVoteFlow::oneActionVotesForTheProxiesHeld()
{
    MeetingClient client;
    BallotFeed feed(client.replica(), "d1");
    for (const char *id : { "d1", "d3" })
        feed.join(id);
    feed.proxy("d2", "d1");
    VoteFlow flow;
    flow.setClient(&client);
    feed.ballot("b1");
    // Guards: the voter sees that the vote counts for the proxies too, while choosing.
    QVERIFY(flow.votingForOthers());
    flow.pick(0);
    QVERIFY(!flow.votingForOthers());
    flow.confirm();
    QCOMPARE(votersOf(feed.sent.at(0)), (QStringList{ "d1", "d2" }));
}

void TestVoteFlow::aVoterWhoGaveTheirVoteIsExcluded()
{
    MeetingClient client;
    BallotFeed feed(client.replica(), "d2");
    feed.join("d1");
    feed.proxy("d2", "d1");
    VoteFlow flow;
    flow.setClient(&client);
    feed.ballot("b1");
    // Guards: no vote to cast, and not "recorded" either.
    QVERIFY(flow.excluded());
    QVERIFY(!flow.recorded());
    QVERIFY(!flow.choosing());
    flow.pick(0);
    QCOMPARE(flow.confirm(), QString());
    QVERIFY(feed.sent.empty());
    feed.close("b1");
    QVERIFY(!flow.excluded());
}

QTEST_GUILESS_MAIN(TestVoteFlow)
#include "tst_voteflow.moc"
