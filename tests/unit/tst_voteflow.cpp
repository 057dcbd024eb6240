// Unit tests for VoteFlow: a voter's steps through a ballot (VotePanel.qml) on a real
// MeetingClient whose replica is fed the server's events; its floor's commands are captured,
// and the server's acknowledgement or refusal is the client's own signal. Each test names the
// transition it guards.

#include "ballotfeed.h"
#include "refusal.h"
#include "strikeoutmodel.h"
#include "tieresolution.h"
#include "voteflow.h"

#include <QAbstractItemModelTester>

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
    explicit Tablet(const char *self, std::initializer_list<const char *> joined,
        const std::function<void(v1::MeetingDefined &)> &define = {})
        : feed(client.replica(), self, define)
    {
        for (const char *id : joined)
            feed.join(id);
        flow.setClient(&client);
    }

    MeetingClient client;
    BallotFeed feed;
    VoteFlow flow;
};

/** An election opened: `labels` the candidates, `seats` elected; `stateRule` the validity of
 *  state elections and the Party (more names than seats, or none, counted invalid), else a
 *  rule without it (a meeting without a body: the server refuses more than the seats). */
void election(BallotFeed &feed, const char *id, const QStringList &labels, int seats,
    bool stateRule, bool secret = false)
{
    feed.event([&](v1::Event &e) {
        v1::Ballot *b = e.mutable_ballot_created()->mutable_ballot();
        b->set_id(id);
        b->set_item_id("item-1");
        b->set_question("Bầu Ban Chấp hành");
        b->set_kind(v1::BALLOT_ELECTION);
        b->set_seats(quint32(seats));
        b->set_secret(secret);
        // As the server completes it (ballots.cpp): a state election's paper may keep them all.
        b->set_max_choices(quint32(stateRule ? labels.size() : seats));
        b->mutable_rule()->set_excess_invalid(stateRule);
        b->mutable_rule()->set_none_kept_invalid(stateRule);
        for (const QString &label : labels)
            b->add_options()->set_label(label.toStdString());
    });
    feed.event([&](v1::Event &e) {
        e.mutable_ballot_opened()->set_ballot_id(id);
        e.mutable_ballot_opened()->set_eligible(5);
    });
}

/** A board election by cumulative voting (Luật Doanh nghiệp 2020, Điều 148 khoản 3), opened:
 *  `weighted` counts shares (weight x seats votes), else heads (one x seats). */
void cumulativeElection(BallotFeed &feed, const char *id, int seats, bool weighted)
{
    feed.event([&](v1::Event &e) {
        v1::Ballot *b = e.mutable_ballot_created()->mutable_ballot();
        b->set_id(id);
        b->set_item_id("item-1");
        b->set_question("Bầu thành viên Hội đồng quản trị");
        b->set_kind(v1::BALLOT_ELECTION);
        b->set_seats(quint32(seats));
        b->set_max_choices(4); // as the server completes it: every candidate may be marked
        b->mutable_rule()->set_cumulative(true);
        b->mutable_rule()->set_weighted(weighted);
        for (const char *label : { "An", "Bình", "Chi", "Dũng" })
            b->add_options()->set_label(label);
    });
    feed.event([&](v1::Event &e) {
        e.mutable_ballot_opened()->set_ballot_id(id);
        e.mutable_ballot_opened()->set_eligible(3);
    });
}

/** Shareholders: d1 holds 100 shares, d2 50, the others 1. */
void shareholders(v1::MeetingDefined &m)
{
    for (v1::Participant &p : *m.mutable_participants())
        p.set_weight(p.id() == "d1" ? 100 : p.id() == "d2" ? 50 : 1);
}

QList<quint64> amountsOf(const v1::Command &command)
{
    return QList<quint64>(
        command.cast_vote().amounts().begin(), command.cast_vote().amounts().end());
}

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
    void anElectionPaperIsMarkedByStrikingOutNames();
    void anInvalidPaperIsWarnedThenCast();
    void aRuleWithoutExcessInvalidRefusesTooMany();
    void withoutSurplusEachNameIsAgreedOrNot();
    void aCongressPaperIsSearchedWithoutDiacritics();
    void aRestartedTabletShowsItsOwnNamedVote();
    void theChairBreaksATieWithTheCastingVote();
    void aCumulativePaperHoldsWeightTimesSeats();
    void cumulativeVotesAreSplitOrTyped();
    void aCumulativePaperPastItsVotesIsWarned();
    void aHolderSpreadsTheProxysVotesToo();
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

void TestVoteFlow::anElectionPaperIsMarkedByStrikingOutNames()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    election(feed, "e1", { "An", "Bình", "Chi", "Dũng" }, 2, true);
    // Guards: the paper is handed out with every name kept, as on paper (gạch tên); the count
    // of names kept against the seats says how many more to strike.
    QVERIFY(flow.strikeOut());
    QVERIFY(!flow.agreeForm());
    QCOMPARE(flow.kept(), 4);
    QCOMPARE(flow.seats(), 2);
    QCOMPARE(flow.overSeats(), 2);
    flow.keep(1, false);
    flow.keep(3, false);
    QCOMPARE(flow.kept(), 2);
    QCOMPARE(flow.overSeats(), 0);
    QCOMPARE(flow.paper(), VoteFlow::Valid);
    flow.keep(1, true); // a name struck by mistake comes back
    flow.keep(1, false);
    flow.next();
    QVERIFY(flow.confirming());
    flow.confirm();
    // The names kept are what the paper chooses.
    QCOMPARE(choicesOf(feed.sent.at(0)), (QList<int>{ 0, 2 }));
}

void TestVoteFlow::anInvalidPaperIsWarnedThenCast()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    election(feed, "e1", { "An", "Bình", "Chi" }, 2, true);
    // Guards (Luật Bầu cử 2015: a paper keeping more names than seats is invalid): the paper
    // is not capped at the seats any more; it is said invalid and can still be cast.
    QCOMPARE(flow.paper(), VoteFlow::Invalid);
    flow.next();
    QVERIFY(flow.confirming());
    flow.confirm();
    QCOMPARE(choicesOf(feed.sent.at(0)), (QList<int>{ 0, 1, 2 }));
    emit client.commandAcknowledged("cmd-1", 3);

    election(feed, "e2", { "An", "Bình", "Chi" }, 2, true);
    // Every name struck: invalid too, and cast as an empty paper.
    for (int i = 0; i < 3; ++i)
        flow.pick(i);
    QCOMPARE(flow.kept(), 0);
    QCOMPARE(flow.paper(), VoteFlow::Invalid);
    flow.next();
    flow.confirm();
    QCOMPARE(choicesOf(feed.sent.at(1)), QList<int>{});
}

void TestVoteFlow::aRuleWithoutExcessInvalidRefusesTooMany()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    election(feed, "e1", { "An", "Bình", "Chi" }, 2, false);
    // Guards: where the rule does not count the paper invalid the server refuses more names
    // than seats (ballots.cpp, checkChoices): the voter strikes out before going on; keeping
    // fewer than the seats is valid (Quyết định 190-QĐ/TW: "up to the seats").
    QCOMPARE(flow.paper(), VoteFlow::Refused);
    flow.next();
    QVERIFY(flow.choosing());
    flow.pick(0);
    QCOMPARE(flow.paper(), VoteFlow::Valid);
    flow.pick(1); // one name kept of two seats: valid
    QCOMPARE(flow.paper(), VoteFlow::Valid);
    flow.next();
    QVERIFY(flow.confirming());
    // A refusal keeps the strikes of the paper: the voter corrects it.
    const QString command = flow.confirm();
    emit client.commandFailed(
        command, MeetingClient::InvalidState, "Voting is closed", Refusal::BallotVotingClosed);
    QCOMPARE(flow.picks(), QList<int>{ 2 });
    QVERIFY(flow.choosing());
}

void TestVoteFlow::withoutSurplusEachNameIsAgreedOrNot()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    election(feed, "e1", { "An", "Bình" }, 2, false);
    // Guards: as many candidates as seats is the Party's form, Đồng ý / Không đồng ý per name.
    QVERIFY(flow.agreeForm());
    flow.keep(0, false);
    flow.keep(0, false); // twice: still not agreed
    QCOMPARE(flow.picks(), QList<int>{ 1 });
    flow.next();
    flow.confirm();
    QCOMPARE(choicesOf(feed.sent.at(0)), QList<int>{ 1 });
}

void TestVoteFlow::aCongressPaperIsSearchedWithoutDiacritics()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    // A congress's size (issue 15): 145 seats among 180 candidates.
    QStringList names;
    for (int i = 0; i < 180; ++i)
        names << (i % 9 == 0 ? QStringLiteral("Nguyễn Văn %1").arg(i)
                             : QStringLiteral("Trần Thị %1").arg(i));
    election(feed, "e1", names, 145, true);
    StrikeOutModel model;
    QAbstractItemModelTester tester(&model);
    model.setFlow(&flow);
    QCOMPARE(model.count(), 180);
    QCOMPARE(flow.overSeats(), 35);
    // Guards: "nguyen van" finds "Nguyễn Văn" (typed without diacritics), and a name struck
    // from the search is struck on the paper.
    model.setFilter("nguyen van");
    QCOMPARE(model.count(), 20);
    QCOMPARE(model.data(model.index(1, 0), StrikeOutModel::LabelRole).toString(),
        QStringLiteral("Nguyễn Văn 9"));
    QCOMPARE(model.data(model.index(1, 0), StrikeOutModel::KeptRole).toBool(), true);
    flow.keep(9, false);
    QCOMPARE(model.data(model.index(1, 0), StrikeOutModel::KeptRole).toBool(), false);
    QCOMPARE(flow.kept(), 179);
    model.setFilter("TRAN THI 17");
    QCOMPARE(model.count(), 10); // 17 and 170..179 less 171 (171 = 9 x 19)
    model.setFilter({});
    QCOMPARE(model.count(), 180);
}

void TestVoteFlow::aRestartedTabletShowsItsOwnNamedVote()
{
    Tablet t("d1", { "d1" });
    auto &[client, feed, flow] = t;
    feed.ballot("b1");
    // Guards: a tablet that voted, then restarted (a new VoteFlow, no acknowledgement to wait
    // for), still shows its choice in a named vote: the replica holds its own VoteCast.
    feed.vote("b1", { "d1" }, "d1", 2);
    VoteFlow restarted;
    restarted.setClient(&client);
    QVERIFY(restarted.recorded());
    QCOMPARE(restarted.recordedChoice(), QList<int>{ 2 });
}

void TestVoteFlow::theChairBreaksATieWithTheCastingVote()
{
    MeetingClient client;
    BallotFeed feed(client.replica(), "chair");
    feed.join("chair");
    TieResolution tie;
    tie.setClient(&client);
    feed.event([](v1::Event &e) {
        v1::Ballot *b = e.mutable_ballot_created()->mutable_ballot();
        b->set_id("e1");
        b->set_item_id("item-1");
        b->set_question("Bầu");
        b->set_kind(v1::BALLOT_ELECTION);
        b->set_seats(2);
        b->mutable_rule()->set_tie_break(v1::TIE_BREAK_CHAIR);
        for (const char *label : { "An", "Bình", "Chi" })
            b->add_options()->set_label(label);
    });
    feed.event([](v1::Event &e) { e.mutable_ballot_opened()->set_ballot_id("e1"); });
    feed.event([](v1::Event &e) {
        v1::BallotClosed *c = e.mutable_ballot_closed();
        c->set_ballot_id("e1");
        v1::BallotResult *r = c->mutable_result();
        r->set_outcome(v1::OUTCOME_TIE_PENDING);
        r->set_tie(true);
        const int votes[] = { 5, 3, 3 };
        for (int i = 0; i < 3; ++i) {
            v1::OptionResult *o = r->add_options();
            o->set_option(quint32(i));
            o->set_votes(quint64(votes[i]));
            o->set_elected(i == 0);
            o->set_tied(i > 0);
        }
    });
    QVERIFY(tie.pending());
    QCOMPARE(tie.method(), int(BallotView::ChairVote));
    QCOMPARE(client.floor()->ballot()->tiedOptions(), (QList<int>{ 1, 2 }));
    QCOMPARE(client.floor()->ballot()->seatsLeftToTie(), 1);
    // Guards: the one seat left goes to one of those tied, not to a candidate elected already.
    tie.toggle(0);
    QVERIFY(!tie.ready());
    tie.toggle(1);
    tie.toggle(2); // one seat: the new mark replaces the old
    QCOMPARE(tie.winners(), QList<int>{ 2 });
    QVERIFY(tie.ready());
    tie.setNote("Chủ tọa biểu quyết");
    // Without a Welcome naming this tablet the chair, the casting vote is not its to give:
    // nothing is sent (the chair's own resolving was used in real windows, docs/tablet.md).
    QVERIFY(!tie.mayResolve());
    QCOMPARE(tie.resolve(), QString());
    QVERIFY(feed.sent.empty());
}

void TestVoteFlow::aCumulativePaperHoldsWeightTimesSeats()
{
    // Issue 15: the tablet had no cumulative paper; it sent the names marked without their
    // votes. Guards: 100 shares x 3 seats = 300 votes, all on one, sent with the amount.
    Tablet t("d1", { "d1" }, shareholders);
    auto &[client, feed, flow] = t;
    cumulativeElection(feed, "board", 3, true);
    QVERIFY(flow.cumulative());
    QVERIFY(!flow.strikeOut());
    QVERIFY(flow.choosing());
    QCOMPARE(flow.votingWeight(), 100.0);
    QCOMPARE(flow.totalVotes(), 300.0);
    QCOMPARE(flow.remainingVotes(), 300.0);
    // Nothing given: a blank paper, which this ballot does not take; Continue waits.
    QCOMPARE(flow.paper(), VoteFlow::Refused);
    flow.next();
    QVERIFY(!flow.confirming());

    flow.allOnOne(2);
    QCOMPARE(flow.amountOf(2), 300.0);
    QCOMPARE(flow.givenVotes(), 300.0);
    QCOMPARE(flow.remainingVotes(), 0.0);
    QCOMPARE(flow.picks(), QList<int>{ 2 });
    QCOMPARE(flow.paper(), VoteFlow::Valid);
    flow.next();
    QVERIFY(flow.confirming());
    const QString command = flow.confirm();
    QCOMPARE(feed.sent.size(), size_t(1));
    QCOMPARE(choicesOf(feed.sent[0]), QList<int>{ 2 });
    QCOMPARE(amountsOf(feed.sent[0]), QList<quint64>{ 300 });
    QCOMPARE(votersOf(feed.sent[0]), QStringList{ "d1" });
    emit client.commandAcknowledged(command, 9);
    QCOMPARE(flow.recordedChoice(), QList<int>{ 2 });
    QCOMPARE(flow.recordedAmounts(), QList<double>{ 300 });
}

void TestVoteFlow::cumulativeVotesAreSplitOrTyped()
{
    Tablet t("d1", { "d1" }, shareholders);
    auto &[client, feed, flow] = t;
    StrikeOutModel names;
    QAbstractItemModelTester tester(&names);
    names.setFlow(&flow);
    cumulativeElection(feed, "board", 3, true);

    // Guards: split evenly over the names marked; what does not divide goes to the first.
    flow.pick(0);
    flow.pick(1);
    flow.pick(3);
    flow.splitEvenly();
    QCOMPARE(flow.amountOf(0), 100.0);
    QCOMPARE(flow.amountOf(1), 100.0);
    QCOMPARE(flow.amountOf(3), 100.0);
    flow.pick(3); // unmarked: its votes come back
    QCOMPARE(flow.amountOf(3), 0.0);
    QCOMPARE(flow.remainingVotes(), 100.0);
    QCOMPARE(names.data(names.index(1), StrikeOutModel::AmountRole).toDouble(), 100.0);
    flow.pick(2);
    flow.pick(3);
    flow.splitEvenly(); // 300 over four: 75 each
    QCOMPARE(flow.amountOf(2), 75.0);
    flow.pick(3);
    flow.pick(1);
    flow.splitEvenly(); // 300 over An and Chi
    QCOMPARE(flow.amountOf(0), 150.0);
    QCOMPARE(flow.amountOf(2), 150.0);

    // Guards: the number pad types into the candidate being edited, which it marks.
    flow.edit(3);
    QCOMPARE(flow.editing(), 3);
    QVERIFY(flow.picks().contains(3));
    flow.typeKey(0); // a leading zero stays 0
    flow.typeKey(4);
    flow.typeKey(5);
    QCOMPARE(flow.amountOf(3), 45.0);
    QCOMPARE(flow.remainingVotes(), 0.0);
    QCOMPARE(flow.overVotes(), 45.0);
    flow.typeKey(-1);
    QCOMPARE(flow.amountOf(3), 4.0);
    flow.typeKey(-2);
    QCOMPARE(flow.amountOf(3), 0.0);
    // Fewer votes than held is a valid paper (the server counts what is given); a name marked
    // with none is not sent.
    flow.setAmount(0, 120);
    QCOMPARE(flow.remainingVotes(), 30.0);
    flow.giveRest(3);
    QCOMPARE(flow.amountOf(3), 30.0);
    QCOMPARE(flow.remainingVotes(), 0.0);
    flow.typeKey(-2);
    QCOMPARE(flow.paper(), VoteFlow::Valid);
    QCOMPARE(flow.choice(), (QList<int>{ 0, 2 }));
    flow.next();
    flow.confirm();
    QCOMPARE(choicesOf(feed.sent.back()), (QList<int>{ 0, 2 }));
    QCOMPARE(amountsOf(feed.sent.back()), (QList<quint64>{ 120, 150 }));
}

void TestVoteFlow::aCumulativePaperPastItsVotesIsWarned()
{
    Tablet t("d1", { "d1" }, shareholders);
    auto &[client, feed, flow] = t;
    cumulativeElection(feed, "board", 2, true);
    QCOMPARE(flow.totalVotes(), 200.0);
    // Guards: more than 100 x 2 is a paper the server counts invalid (ballots.cpp,
    // paperInvalid): said, and cast only after the warning, like an invalid election paper.
    flow.setAmount(0, 150);
    flow.setAmount(1, 60);
    QCOMPARE(flow.overVotes(), 10.0);
    QCOMPARE(flow.remainingVotes(), 0.0);
    QCOMPARE(flow.paper(), VoteFlow::Invalid);
    flow.next();
    QVERIFY(flow.confirming());
    flow.back();
    flow.setAmount(1, 50);
    QCOMPARE(flow.paper(), VoteFlow::Valid);
    // A refusal keeps the votes: the voter corrects them rather than starting again.
    flow.next();
    const QString command = flow.confirm();
    emit client.commandFailed(command, MeetingClient::InvalidArgument, "no", 0);
    QVERIFY(flow.choosing());
    QCOMPARE(flow.amountOf(0), 150.0);
    QCOMPARE(flow.amountOf(1), 50.0);
    // The number pad stops at fifteen digits (exact as a QML number).
    flow.edit(2);
    for (int i = 0; i < 17; ++i)
        flow.typeKey(9);
    QCOMPARE(flow.amountOf(2), 999999999999999.0);
}

void TestVoteFlow::aHolderSpreadsTheProxysVotesToo()
{
    Tablet t("d1", { "d1", "d2" }, shareholders);
    auto &[client, feed, flow] = t;
    feed.proxy("d2", "d1");
    // Guards: one paper for the holder and the proxy: (100 + 50) x 3 shares' votes, or, by
    // heads, 2 x 3.
    cumulativeElection(feed, "board", 3, true);
    QCOMPARE(flow.votingWeight(), 150.0);
    QCOMPARE(flow.totalVotes(), 450.0);
    flow.allOnOne(1);
    flow.next();
    flow.confirm();
    QCOMPARE(amountsOf(feed.sent.back()), QList<quint64>{ 450 });
    QCOMPARE(votersOf(feed.sent.back()), (QStringList{ "d1", "d2" }));
    feed.close("board");
    cumulativeElection(feed, "heads", 3, false);
    QCOMPARE(flow.totalVotes(), 6.0);
    QCOMPARE(flow.givenVotes(), 0.0); // a new ballot starts clean
}

QTEST_GUILESS_MAIN(TestVoteFlow)
#include "tst_voteflow.moc"
