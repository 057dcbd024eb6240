// Ballots through the core: quorum to open, once per voter, proxies, named and secret,
// closing twice, cancelling.
#include "ballots.h"
#include "meetingfixture.h"

using namespace quorum;
using namespace fixture;

namespace {
v1::Command create(const char *id, bool secret = false, bool changeable = false)
{
    return command([&](v1::Command &c) {
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        b->set_id(id);
        b->set_question("Thông qua kế hoạch áp dụng biểu mẫu điện tử?");
        b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
        b->set_secret(secret);
        b->set_changeable(changeable);
    });
}
v1::Command open(const char *id)
{
    return command([&](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id(id); });
}
v1::Command close(const char *id)
{
    return command([&](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id(id); });
}
v1::Command vote(const char *id, std::vector<quint32> choices, QStringList voters = {})
{
    return command([&](v1::Command &c) {
        c.mutable_cast_vote()->set_ballot_id(id);
        for (quint32 choice : choices)
            c.mutable_cast_vote()->add_choices(choice);
        for (const QString &v : voters)
            c.mutable_cast_vote()->add_voter_ids(sstr(v));
    });
}
/** A named board election by cumulative voting (Luật Doanh nghiệp 2020, Điều 148 khoản 3):
 *  three candidates, two seats, votes that may be changed while it is open. */
v1::Command cumulativeElection(const char *id)
{
    return command([&](v1::Command &c) {
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        b->set_id(id);
        b->set_question("Bầu thành viên Hội đồng quản trị");
        b->set_kind(v1::BALLOT_ELECTION);
        b->set_seats(2);
        b->set_changeable(true);
        b->mutable_rule()->set_cumulative(true);
        for (const char *name : { "X", "Y", "Z" })
            b->add_options()->set_label(name);
    });
}
v1::Command cumulativeVote(
    const char *id, std::vector<std::pair<quint32, quint64>> amounts, QStringList voters = {})
{
    v1::Command c = vote(id, {}, voters);
    for (const auto &[choice, amount] : amounts) {
        c.mutable_cast_vote()->add_choices(choice);
        c.mutable_cast_vote()->add_amounts(amount);
    }
    return c;
}
const BallotRecord &ballot(const Meeting &m, const char *id)
{
    return *m.state().floor.ballot(QString::fromLatin1(id));
}
} // namespace

class TestBallots : public QObject
{
    Q_OBJECT
private slots:
    void openingNeedsTheQuorum()
    {
        Meeting m = meetingWith(5); // 5 of 11: one short
        commit(m, m.decide("chair", create("b1"), 0));
        const Decision refused = m.decide("chair", open("b1"), 0);
        QCOMPARE(refusal(refused), v1::ERROR_INVALID_STATE);
        QVERIFY(
            QString::fromStdString(refused.error().detail()).contains(QStringLiteral("quorum")));
        commit(m, m.join("d5", "t5"));
        commit(m, m.decide("chair", open("b1"), 0));
        QCOMPARE(ballot(m, "b1").phase, v1::BallotState::PHASE_OPEN);
        QCOMPARE(ballot(m, "b1").eligible, 6u);
    }

    void everyoneVotesOnceAndTheResultIsPublished()
    {
        Meeting m = meetingWith(8);
        commit(m, m.decide("chair", create("b1"), 0));
        commit(m, m.decide("chair", open("b1"), 0));
        for (const char *id : { "chair", "d1", "d2", "d3", "d4" })
            commit(m, m.decide(id, vote("b1", { 0 }), 0));
        commit(m, m.decide("d5", vote("b1", { 1 }), 0));
        commit(m, m.decide("d6", vote("b1", { 2 }), 0));
        QCOMPARE(
            refusal(m.decide("d1", vote("b1", { 1 }), 0)), v1::ERROR_INVALID_STATE); // second vote
        QCOMPARE(refusal(m.decide("d7", vote("b1", { 3 }), 0)),
            v1::ERROR_INVALID_ARGUMENT); // no option 3
        QCOMPARE(refusal(m.decide("d7", vote("b1", {}), 0)),
            v1::ERROR_INVALID_ARGUMENT); // blank not allowed
        QCOMPARE(refusal(m.decide("d7", vote("b1", { 0, 1 }), 0)), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(refusal(m.decide("d9", vote("b1", { 0 }), 0)),
            v1::ERROR_INVALID_STATE); // not checked in
        QCOMPARE(refusal(m.decide("secretary", vote("b1", { 0 }), 0)), v1::ERROR_FORBIDDEN);
        QCOMPARE(refusal(m.decide("projector", vote("b1", { 0 }), 0)), v1::ERROR_FORBIDDEN);
        QCOMPARE(refusal(m.decide("chair", vote("nope", { 0 }), 0)), v1::ERROR_INVALID_ARGUMENT);

        const Decision closing = m.decide("chair", close("b1"), 0);
        commit(m, closing);
        const v1::BallotResult &r = ballot(m, "b1").result;
        QCOMPARE(r.options(0).votes(), 5u);
        QCOMPARE(r.options(1).votes(), 1u);
        QCOMPARE(r.options(2).votes(), 1u);
        QCOMPARE(r.base(), 6u);
        QVERIFY(r.passed());
        QCOMPARE(r.voters(), 7u);
        // Closing twice changes nothing; voting after the close is refused.
        const Decision again = m.decide("chair", close("b1"), 0);
        QVERIFY(again.ok());
        QVERIFY(again.events().empty());
        QCOMPARE(refusal(m.decide("d7", vote("b1", { 0 }), 0)), v1::ERROR_INVALID_STATE);
        QCOMPARE(refusal(m.decide("chair", open("b1"), 0)), v1::ERROR_INVALID_STATE);
    }

    void everyRefusedVoteSaysWhyInAType()
    {
        // Issue 17: the tablet words a refusal by its typed reason, not by the English detail
        // (which used to pick "The vote has ended." by matching "Voting is closed").
        Meeting m = meetingWith(8);
        QCOMPARE(
            m.decide("chair", open("b1"), 0).error().ballot(), v1::BALLOT_REFUSAL_UNKNOWN_BALLOT);
        commit(m, m.decide("chair", create("b1"), 0));
        QCOMPARE(m.decide("d7", vote("b1", { 0 }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_VOTING_CLOSED);
        commit(m, m.decide("chair", open("b1"), 0));
        QCOMPARE(m.decide("chair", create("b1"), 0).error().ballot(), v1::BALLOT_REFUSAL_ID_EXISTS);
        commit(m, m.decide("d1", vote("b1", { 0 }), 0));
        QCOMPARE(m.decide("d1", vote("b1", { 1 }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_ALREADY_VOTED);
        QCOMPARE(m.decide("d7", vote("b1", { 3 }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_UNKNOWN_OPTION);
        QCOMPARE(m.decide("d7", vote("b1", {}), 0).error().ballot(), v1::BALLOT_REFUSAL_NO_CHOICE);
        QCOMPARE(m.decide("d7", vote("b1", { 0, 1 }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_TOO_MANY_CHOICES);
        QCOMPARE(m.decide("d9", vote("b1", { 0 }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_NOT_CHECKED_IN);
        QCOMPARE(m.decide("d2", vote("b1", { 0 }, { "d3" }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_NO_PROXY_FOR_VOTER);
        const Decision secretary = m.decide("secretary", vote("b1", { 0 }), 0);
        QVERIFY(secretary.error().ballot() == v1::BALLOT_REFUSAL_NOT_VOTING_MEMBER
            || secretary.error().general() == v1::GENERAL_REFUSAL_ROLE);
        QVERIFY(m.decide("d7", vote("b1", { 0 }), 0).ok());
        commit(m, m.decide("chair", close("b1"), 0));
        QCOMPARE(m.decide("d7", vote("b1", { 0 }), 0).error().ballot(),
            v1::BALLOT_REFUSAL_VOTING_CLOSED);
        QCOMPARE(
            m.decide("chair", open("b1"), 0).error().ballot(), v1::BALLOT_REFUSAL_ALREADY_USED);
        QCOMPARE(
            m.decide("chair",
                 command([](v1::Command &c) { c.mutable_cancel_ballot()->set_ballot_id("b1"); }), 0)
                .error()
                .ballot(),
            v1::BALLOT_REFUSAL_ALREADY_ENDED);
    }

    void onlyOneBallotIsOpen()
    {
        Meeting m = meetingWith(8);
        commit(m, m.decide("chair", create("b1"), 0));
        commit(m, m.decide("chair", create("b2"), 0));
        QCOMPARE(refusal(m.decide("chair", create("b1"), 0)), v1::ERROR_INVALID_STATE);
        commit(m, m.decide("chair", open("b1"), 0));
        QCOMPARE(refusal(m.decide("chair", open("b2"), 0)), v1::ERROR_INVALID_STATE);
        commit(m,
            m.decide("chair", command([](v1::Command &c) {
                c.mutable_cancel_ballot()->set_ballot_id("b1");
                c.mutable_cancel_ballot()->set_reason("Sai câu hỏi");
            }),
                0));
        QCOMPARE(ballot(m, "b1").phase, v1::BallotState::PHASE_CANCELLED);
        commit(m, m.decide("chair", open("b2"), 0));
    }

    void proxiesVoteTogether()
    {
        Meeting m = meetingWith(8);
        commit(m,
            m.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        QCOMPARE(
            refusal(m.decide("d10",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0)),
            v1::ERROR_INVALID_STATE); // one proxy per holder in this meeting
        commit(m, m.decide("chair", create("b1"), 0));
        commit(m, m.decide("chair", open("b1"), 0));
        QCOMPARE(ballot(m, "b1").eligible, 9u); // eight in the room and d9 through d1
        QCOMPARE(refusal(m.decide("d2", vote("b1", { 0 }, { "d9" }), 0)), v1::ERROR_FORBIDDEN);
        commit(m, m.decide("d1", vote("b1", { 1 }, { "d1", "d9" }), 0));
        QCOMPARE(ballot(m, "b1").votes[1], 2u);
        QCOMPARE(refusal(m.decide("d1", vote("b1", { 1 }, { "d9" }), 0)), v1::ERROR_INVALID_STATE);
        // The chair revokes the proxy: d1 can no longer vote for d9 in the next ballot.
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_revoke_proxy()->set_grantor_id("d9"); }),
                0));
        QVERIFY(!m.state().floor.proxies.contains(QStringLiteral("d9")));
        QCOMPARE(refusal(m.decide("d2", command([](v1::Command &c) {
            c.mutable_revoke_proxy()->set_grantor_id("d3");
        }),
                     0)),
            v1::ERROR_FORBIDDEN);
    }

    void aGrantorCannotAlsoVote()
    {
        Meeting m = meetingWith(8);
        commit(m,
            m.decide("d2",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        commit(m, m.decide("chair", create("b1"), 0));
        commit(m, m.decide("chair", open("b1"), 0));
        QCOMPARE(refusal(m.decide("d2", vote("b1", { 0 }), 0)), v1::ERROR_INVALID_STATE);
    }

    void aChangeableNamedVoteMovesItsCount()
    {
        Meeting m = meetingWith(8);
        commit(m, m.decide("chair", create("b1", false, true), 0));
        commit(m, m.decide("chair", open("b1"), 0));
        commit(m, m.decide("d1", vote("b1", { 0 }), 0));
        commit(m, m.decide("d1", vote("b1", { 1 }), 0));
        QCOMPARE(ballot(m, "b1").votes[0], 0u);
        QCOMPARE(ballot(m, "b1").votes[1], 1u);
        QCOMPARE(ballot(m, "b1").ballots, 1u);
        QCOMPARE(ballot(m, "b1").voted.size(), size_t(1));
    }

    void aChangedCumulativeVoteReplacesItsPaper()
    {
        // Issue 15: a named cumulative vote, changed, was counted a second time on top of the
        // first (the box held 2 + 2 votes of a voter who holds 2).
        Meeting m = meetingWith(8);
        commit(m,
            m.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        commit(m, m.decide("chair", cumulativeElection("board"), 0));
        commit(m, m.decide("chair", open("board"), 0));
        commit(m, m.decide("d2", cumulativeVote("board", { { 0, 2 } }), 0));
        commit(m, m.decide("d2", cumulativeVote("board", { { 1, 1 }, { 2, 1 } }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 0, 1, 1 }));
        QCOMPARE(ballot(m, "board").ballots, 1u);

        // A holder's paper counts once for the holder and the proxy (2 x 2 votes), and is
        // changed for both together, never for one of them alone.
        commit(m, m.decide("d1", cumulativeVote("board", { { 0, 4 } }, { "d1", "d9" }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 4, 1, 1 }));
        QCOMPARE(refusal(m.decide("d1", cumulativeVote("board", { { 1, 2 } }, { "d1" }), 0)),
            v1::ERROR_INVALID_STATE);
        commit(
            m, m.decide("d1", cumulativeVote("board", { { 0, 1 }, { 1, 3 } }, { "d1", "d9" }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 1, 4, 1 }));
        QCOMPARE(ballot(m, "board").ballots, 3u);

        // A changed paper that gives too much leaves the options and is counted invalid once.
        commit(m, m.decide("d2", cumulativeVote("board", { { 2, 5 } }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 1, 3, 0 }));
        QCOMPARE(ballot(m, "board").invalid, 1u);
        commit(m, m.decide("d2", cumulativeVote("board", { { 2, 2 } }), 0));
        QCOMPARE(ballot(m, "board").invalid, 0u);
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 1, 3, 2 }));
        QCOMPARE(ballot(m, "board").ballots, 3u);
    }

    void aJointCumulativePaperOutlivesARevokedProxy()
    {
        // Issue 15: d1 cast one cumulative paper for themselves and d9's proxy; the proxy was
        // revoked; then neither could change anything: d1 alone was refused (the paper was
        // d9's too, ALREADY_VOTED), d1 with d9 too (no proxy any more). The revoked proxy's
        // share of the paper stays as cast (a proxy's vote stands after a revocation); each
        // side changes their own share.
        Meeting m = meetingWith(8);
        commit(m,
            m.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        commit(m, m.decide("chair", cumulativeElection("board"), 0));
        commit(m, m.decide("chair", open("board"), 0));
        commit(
            m, m.decide("d1", cumulativeVote("board", { { 0, 2 }, { 1, 2 } }, { "d1", "d9" }), 0));
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_revoke_proxy()->set_grantor_id("d9"); }),
                0));
        QCOMPARE(refusal(m.decide("d1", cumulativeVote("board", { { 0, 1 } }, { "d1", "d9" }), 0)),
            v1::ERROR_FORBIDDEN); // d1 no longer speaks for d9
        commit(m, m.decide("d1", cumulativeVote("board", { { 2, 2 } }, { "d1" }), 0));
        // d9's half of the joint paper (one vote on each of X and Y) stays; d1's is now on Z.
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 1, 1, 2 }));
        QCOMPARE(ballot(m, "board").ballots, 2u);
        QCOMPARE(ballot(m, "board").voted.size(), size_t(2));
        // d9, in the room now, changes their own share, and d1 theirs again.
        commit(m, m.join("d9", "t-9"));
        commit(m, m.decide("d9", cumulativeVote("board", { { 1, 2 } }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 0, 2, 2 }));
        commit(m, m.decide("d1", cumulativeVote("board", { { 0, 1 }, { 2, 1 } }, { "d1" }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 1, 2, 1 }));
        QCOMPARE(ballot(m, "board").ballots, 2u);
        // The grantor may also be the first to change: the holder's share stays as cast.
        Meeting n = meetingWith(8);
        commit(n,
            n.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        commit(n, n.decide("chair", cumulativeElection("board"), 0));
        commit(n, n.decide("chair", open("board"), 0));
        commit(n, n.decide("d1", cumulativeVote("board", { { 0, 4 } }, { "d1", "d9" }), 0));
        commit(n, n.join("d9", "t-9"));
        commit(n,
            n.decide("d9",
                command([](v1::Command &c) { c.mutable_revoke_proxy()->set_grantor_id("d9"); }),
                0));
        commit(n, n.decide("d9", cumulativeVote("board", { { 2, 2 } }), 0));
        QCOMPARE(ballot(n, "board").votes, (std::vector<quint64>{ 2, 0, 2 }));
        QCOMPARE(ballot(n, "board").ballots, 2u);
        // An invalid joint paper (5 votes of the 4 held) stays invalid in the share that stays.
        Meeting o = meetingWith(8);
        commit(o,
            o.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        commit(o, o.decide("chair", cumulativeElection("board"), 0));
        commit(o, o.decide("chair", open("board"), 0));
        commit(o, o.decide("d1", cumulativeVote("board", { { 0, 5 } }, { "d1", "d9" }), 0));
        commit(o,
            o.decide("chair",
                command([](v1::Command &c) { c.mutable_revoke_proxy()->set_grantor_id("d9"); }),
                0));
        commit(o, o.decide("d1", cumulativeVote("board", { { 1, 2 } }, { "d1" }), 0));
        QCOMPARE(ballot(o, "board").votes, (std::vector<quint64>{ 0, 2, 0 }));
        QCOMPARE(ballot(o, "board").invalid, 1u);
        QCOMPARE(ballot(o, "board").ballots, 2u);
    }

    void aCumulativePaperCannotWrapItsSum()
    {
        // A forged paper giving 2^63 votes to each of two names summed to 0 in 64 bits: it was
        // counted valid and put 2^63 votes on each name (found in review; the stock tablet caps
        // what it sends, the server trusted the frame). It is an invalid paper, in no option.
        Meeting m = meetingWith(8);
        commit(m, m.decide("chair", cumulativeElection("board"), 0));
        commit(m, m.decide("chair", open("board"), 0));
        const quint64 half = quint64(1) << 63;
        commit(m, m.decide("d2", cumulativeVote("board", { { 0, half }, { 1, half } }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 0, 0, 0 }));
        QCOMPARE(ballot(m, "board").invalid, 1u);
        // One name given more than any voter holds, the other nothing: invalid too.
        commit(m, m.decide("d3", cumulativeVote("board", { { 0, ~quint64(0) }, { 1, 1 } }), 0));
        QCOMPARE(ballot(m, "board").votes, (std::vector<quint64>{ 0, 0, 0 }));
        QCOMPARE(ballot(m, "board").invalid, 2u);
    }

    void aCumulativePaperSaysItsVotes()
    {
        // Names marked without their votes would each get the voter's whole weight: three
        // names for two seats would give 3 votes from a voter who holds 2 (issue 15).
        Meeting m = meetingWith(8);
        commit(m, m.decide("chair", cumulativeElection("board"), 0));
        commit(m, m.decide("chair", open("board"), 0));
        QCOMPARE(
            refusal(m.decide("d2", vote("board", { 0, 1, 2 }), 0)), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(ballot(m, "board").voted.size(), size_t(0));
    }

    void aSecretBallotKeepsChoicesOutOfEvents()
    {
        Meeting m = meetingWith(8);
        QCOMPARE(
            refusal(m.decide("chair", create("s0", true, true), 0)), v1::ERROR_INVALID_ARGUMENT);
        commit(m, m.decide("chair", create("s1", true), 0));
        commit(m, m.decide("chair", open("s1"), 0));
        const Decision cast = m.decide("d1", vote("s1", { 1 }), 0);
        QVERIFY(cast.ok());
        QCOMPARE(
            cast.events().at(0).vote_cast().choices_size(), 0); // the event says "voted", no more
        QVERIFY(cast.secretVote());
        QCOMPARE(cast.secretVote()->choices, std::vector<quint32>{ 1 });
        commit(m, cast);
        commit(m, m.decide("d2", vote("s1", { 0 }), 0));
        commit(m, m.decide("d3", vote("s1", { 0 }), 0));
        // No snapshot shows a secret box before the close.
        const v1::Snapshot snap = m.snapshot();
        QCOMPARE(snap.floor().ballots(0).named_votes_size(), 0);
        QVERIFY(!snap.floor().ballots(0).has_result());
        QCOMPARE(snap.floor().ballots(0).voted_size(), 3);
        commit(m, m.decide("chair", close("s1"), 0));
        const v1::BallotResult &r = ballot(m, "s1").result;
        QVERIFY(!r.flagged());
        QCOMPARE(r.options(0).votes(), 2u);
        QCOMPARE(r.options(1).votes(), 1u);
    }

    void aSecretBoxThatLostABallotIsFlagged()
    {
        Meeting m = meetingWith(8);
        commit(m, m.decide("chair", create("s1", true), 0));
        commit(m, m.decide("chair", open("s1"), 0));
        commit(m, m.decide("d1", vote("s1", { 0 }), 0));
        // d2's "has voted" is recorded, but its ballot never reaches the box.
        Decision lost = m.decide("d2", vote("s1", { 0 }), 0);
        v1::Event e = lost.events().at(0);
        e.set_seq(m.state().seq + 1);
        m.apply(e);
        commit(m, m.decide("chair", close("s1"), 0));
        QVERIFY(ballot(m, "s1").result.flagged());
        QVERIFY(!ballot(m, "s1").result.passed());
    }

    void badBallotsAreRefused_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::newRow("no id") << 0;
        QTest::newRow("no question") << 1;
        QTest::newRow("no kind") << 2;
        QTest::newRow("unknown item") << 3;
        QTest::newRow("election with more seats than candidates") << 4;
        QTest::newRow("unknown preset") << 5;
        QTest::newRow("threshold above one") << 6;
    }
    void badBallotsAreRefused()
    {
        QFETCH(int, breakage);
        Meeting m = meetingWith(8);
        v1::Command c = create("b1");
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        switch (breakage) {
        case 0:
            b->clear_id();
            break;
        case 1:
            b->clear_question();
            break;
        case 2:
            b->clear_kind();
            break;
        case 3:
            b->set_item_id("zzz");
            break;
        case 4:
            b->set_kind(v1::BALLOT_ELECTION);
            b->add_options()->set_label("Nguyễn Văn A");
            b->set_seats(2);
            break;
        case 5:
            b->mutable_rule()->set_preset("whatever");
            break;
        case 6:
            b->mutable_rule()->set_base(v1::BASE_VOTES_CAST);
            b->mutable_rule()->mutable_threshold()->mutable_fraction()->set_numerator(3);
            b->mutable_rule()->mutable_threshold()->mutable_fraction()->set_denominator(2);
            b->mutable_rule()->mutable_threshold()->set_comparison(v1::COMPARISON_AT_LEAST);
            break;
        }
        QCOMPARE(refusal(m.decide("chair", c, 0)), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(refusal(m.decide("d1", create("b9"), 0)), v1::ERROR_FORBIDDEN);
    }

    // Issue 10 "Quotas": every free string has a length limit, with a typed error.
    void overlongOptionLabelsAreRefused()
    {
        Meeting m = meetingWith(8);
        v1::Command c = create("b1");
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        b->set_kind(v1::BALLOT_ELECTION);
        b->add_options()->set_label(std::string(501, 'a'));
        b->set_seats(1);
        QCOMPARE(refusal(m.decide("chair", c, 0)), v1::ERROR_FIELD_TOO_LONG);
        b->mutable_options(0)->set_label(std::string(500, 'a'));
        QVERIFY(m.decide("chair", c, 0).ok());
    }

    void anElectionWithATieAsksForARevote()
    {
        Meeting m = meetingWith(8);
        v1::Command c = command([](v1::Command &c) {
            v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
            b->set_id("e1");
            b->set_question("Bầu Ban Chấp hành");
            b->set_kind(v1::BALLOT_ELECTION);
            b->set_seats(1);
            for (const char *name : { "Nguyễn Văn A", "Trần Thị B", "Lê Văn C" })
                b->add_options()->set_label(name);
            b->mutable_rule()->set_preset("simple-majority");
        });
        commit(m, m.decide("chair", c, 0));
        QCOMPARE(ballot(m, "e1").ballot.max_choices(), 1u);
        commit(m, m.decide("chair", open("e1"), 0));
        // 4 ballots: A 2, B 2. More than half of 4 is 3: nobody reaches it.
        commit(m, m.decide("d1", vote("e1", { 0 }), 0));
        commit(m, m.decide("d2", vote("e1", { 0 }), 0));
        commit(m, m.decide("d3", vote("e1", { 1 }), 0));
        commit(m, m.decide("d4", vote("e1", { 1 }), 0));
        commit(m, m.decide("chair", close("e1"), 0));
        QVERIFY(!ballot(m, "e1").result.passed());
    }

    // Issue 11: a ballot created without a rule is decided by the meeting's rule, and the chair
    // (a member with a vote) votes like any delegate.
    void theMeetingsRuleAndTheChairsVote()
    {
        Meeting m;
        v1::MeetingDefined d = definition(10);
        d.set_ballot_rule_preset("majority-present");
        commit(m, m.define(d));
        commit(m, m.join("chair", "t-chair"));
        for (int i = 1; i < 6; ++i)
            commit(m, m.join(QStringLiteral("d%1").arg(i), QStringLiteral("t-%1").arg(i)));
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id("a"); }),
                1000));
        commit(m, m.decide("chair", create("b1"), 0));
        QCOMPARE(ballot(m, "b1").ballot.rule().preset(), "majority-present");
        QCOMPARE(ballot(m, "b1").ballot.rule().base(), v1::BASE_MEMBERS_PRESENT);
        commit(m, m.decide("chair", open("b1"), 0));
        commit(m, m.decide("chair", vote("b1", { 0 }), 0));
        QCOMPARE(ballot(m, "b1").voted.size(), 1u);
    }

    void snapshotsCarryTheFloor()
    {
        Meeting m = meetingWith(8);
        commit(m,
            m.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        commit(m, m.decide("chair", create("b1"), 0));
        commit(m, m.decide("chair", open("b1"), 0));
        commit(m, m.decide("d1", vote("b1", { 0 }), 0));
        const v1::Snapshot s = m.snapshot();
        QCOMPARE(s.floor().proxies_size(), 1);
        QCOMPARE(s.floor().attendance_size(), 8);
        QCOMPARE(s.floor().ballots_size(), 1);
        QCOMPARE(s.floor().ballots(0).phase(), v1::BallotState::PHASE_OPEN);
        QCOMPARE(s.floor().ballots(0).named_votes_size(), 1); // named: who voted what is public
    }
};

QTEST_GUILESS_MAIN(TestBallots)
#include "tst_ballots.moc"
