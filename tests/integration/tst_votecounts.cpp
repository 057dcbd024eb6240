// Others' votes as counts during a vote round (issue 12): a tablet that sees no names is sent
// the count at most once per interval (--counts-interval-ms) or per commit, whichever is later,
// the counts of several commits in one frame; a voter gets its own vote after the counts it was
// not sent yet, in one frame, then its Reply; the last count reaches every tablet without
// another commit. What each tablet receives is checked frame by frame, never how soon.
#include "demomeeting.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QTest>

using namespace quorum;
using namespace quorum::demo;

namespace {
/** One frame as a tablet received it: its events (one, or a batch) and/or a Reply. */
struct Received
{
    std::vector<v1::Event> events;
    std::optional<v1::Reply> reply;
};

/** The frames `client` received from index `from` on, decoded. */
std::vector<Received> receivedSince(const RawClient &client, size_t from)
{
    std::vector<Received> out;
    for (size_t i = from; i < client.frames().size(); ++i) {
        const auto message = decode<v1::ServerMessage>(client.frames()[i]);
        if (!message)
            continue;
        Received r;
        if (message->has_event())
            r.events.push_back(message->event());
        if (message->has_event_batch())
            r.events.assign(
                message->event_batch().events().begin(), message->event_batch().events().end());
        if (message->has_reply())
            r.reply = message->reply();
        if (!r.events.empty() || r.reply)
            out.push_back(std::move(r));
    }
    return out;
}

/** The last seq `client` has (a VotesCounted covers up to its through_seq). */
quint64 lastSeqOf(const RawClient &client)
{
    if (client.events().empty())
        return 0;
    const v1::Event &e = client.events().back();
    return e.has_votes_counted() ? e.votes_counted().through_seq() : e.seq();
}

v1::Command createBallot(const std::string &id)
{
    return command([&](v1::Command &c) {
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        b->set_id(id);
        b->set_item_id("eform-vote");
        b->set_question("Thông qua kế hoạch?");
        b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    });
}

v1::Command castVote(const std::string &ballotId)
{
    return command([&](v1::Command &c) {
        c.mutable_cast_vote()->set_ballot_id(ballotId);
        c.mutable_cast_vote()->add_choices(0);
    });
}

/** Whether `e` is one VotesCounted for seqs first..last with `voters` after them. */
bool isCount(const v1::Event &e, quint64 first, quint64 last, quint32 voters)
{
    return e.has_votes_counted() && e.seq() == first && e.votes_counted().through_seq() == last
        && e.votes_counted().voters() == voters;
}
} // namespace

class TestVoteCounts : public QObject
{
    Q_OBJECT

    /** The chair, voters d01..d09 and d10, who watches; the ballot `id` open for all of them. */
    struct Round
    {
        std::unique_ptr<RawClient> chair;
        std::vector<std::unique_ptr<RawClient>> voters;
        std::unique_ptr<RawClient> watcher;
        quint64 openedSeq = 0;
    };

    static bool openRound(const ServerProcess &server, const std::string &id, Round *room)
    {
        room->chair = RawClient::joined(server.url(), ChairPin, QStringLiteral("chair"));
        if (!room->chair)
            return false;
        for (int i = 1; i < Delegates; ++i) {
            room->voters.push_back(
                RawClient::joined(server.url(), delegatePin(i), QStringLiteral("voter-%1").arg(i)));
            if (!room->voters.back())
                return false;
        }
        room->watcher
            = RawClient::joined(server.url(), delegatePin(Delegates), QStringLiteral("watcher"));
        if (!room->watcher || !applied(*room->chair, createBallot(id)))
            return false;
        const auto opened = room->chair->reply(room->chair->command(
            command([&](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id(id); })));
        if (!opened || opened->has_error())
            return false;
        room->openedSeq = opened->seq();
        return true;
    }

private slots:
    // Fails before: the watcher got a VotesCounted frame per commit (9), d05 four count frames
    // before its own vote, d01 a frame per later vote.
    void countsOfSeveralCommitsComeInOneFrame()
    {
        ServerProcess server;
        // An interval longer than the test: counts go only with a tablet's next other frame.
        QVERIFY2(
            server.start({ QStringLiteral("--counts-interval-ms"), QStringLiteral("3600000") }),
            qPrintable(server.output()));
        Round room;
        QVERIFY(openRound(server, "counts-1", &room));
        std::vector<RawClient *> tablets{ room.chair.get(), room.watcher.get() };
        for (auto &v : room.voters)
            tablets.push_back(v.get());
        for (RawClient *t : tablets)
            QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(*t) >= room.openedSeq, 20'000);
        std::vector<size_t> marks;
        for (RawClient *t : tablets)
            marks.push_back(t->frames().size());

        // Nine votes, one commit each (each voter waits for its Reply before the next votes).
        std::vector<quint64> seqs;
        for (auto &voter : room.voters) {
            const auto reply = voter->reply(voter->command(castVote("counts-1")), 20'000);
            QVERIFY(reply && !reply->has_error());
            seqs.push_back(reply->seq());
        }
        for (size_t i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], seqs[i - 1] + 1);
        const auto closed = room.chair->reply(room.chair->command(
            command([](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id("counts-1"); })));
        QVERIFY(closed && !closed->has_error());
        for (RawClient *t : tablets)
            QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(*t) >= closed->seq(), 20'000);

        // The chair sees every vote by name, each with its commit.
        int named = 0;
        for (const Received &r : receivedSince(*room.chair, marks[0]))
            for (const v1::Event &e : r.events)
                named += e.has_vote_cast() ? 1 : 0;
        QCOMPARE(named, 9);

        // The watcher: the nine votes as one count, then the close.
        const std::vector<Received> watched = receivedSince(*room.watcher, marks[1]);
        QCOMPARE(watched.size(), size_t(2));
        QCOMPARE(watched[0].events.size(), size_t(1));
        QVERIFY(isCount(watched[0].events[0], seqs.front(), seqs.back(), 9));
        QVERIFY(watched[1].events.front().seq() == seqs.back() + 1);

        // d01 voted first: its vote, its Reply, then the eight others' as one count.
        const std::vector<Received> first = receivedSince(*room.voters[0], marks[2]);
        QCOMPARE(first.size(), size_t(4));
        QCOMPARE(first[0].events.size(), size_t(1));
        QVERIFY(first[0].events[0].has_vote_cast() && first[0].events[0].seq() == seqs[0]);
        QVERIFY(first[1].reply && first[1].reply->seq() == seqs[0] && first[1].events.empty());
        QCOMPARE(first[2].events.size(), size_t(1));
        QVERIFY(isCount(first[2].events[0], seqs[1], seqs.back(), 9));
        QCOMPARE(first[3].events.front().seq(), seqs.back() + 1);

        // d05: the four counts before it and its own vote in one frame, its Reply, the rest.
        const std::vector<Received> fifth = receivedSince(*room.voters[4], marks[6]);
        QCOMPARE(fifth.size(), size_t(4));
        QCOMPARE(fifth[0].events.size(), size_t(2));
        QVERIFY(isCount(fifth[0].events[0], seqs[0], seqs[3], 4));
        QVERIFY(fifth[0].events[1].has_vote_cast() && fifth[0].events[1].seq() == seqs[4]);
        QVERIFY(fifth[1].reply && fifth[1].reply->seq() == seqs[4] && fifth[1].events.empty());
        QVERIFY(isCount(fifth[2].events[0], seqs[5], seqs.back(), 9));
        QCOMPARE(fifth[3].events.front().seq(), seqs.back() + 1);

        // d09 voted last: one frame with the eight counts and its vote, then its Reply.
        const std::vector<Received> last = receivedSince(*room.voters[8], marks[10]);
        QCOMPARE(last.size(), size_t(3));
        QCOMPARE(last[0].events.size(), size_t(2));
        QVERIFY(isCount(last[0].events[0], seqs[0], seqs[7], 8));
        QVERIFY(last[0].events[1].has_vote_cast() && last[0].events[1].seq() == seqs[8]);
        QVERIFY(last[1].reply && last[1].reply->seq() == seqs[8]);
        QCOMPARE(last[2].events.front().seq(), seqs.back() + 1);
    }

    // The time bound: with no further commit after the last vote (nobody closes the ballot),
    // every tablet that sees only counts still ends with the server's count.
    void theLastCountComesWithoutAnotherCommit()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        Round room;
        QVERIFY(openRound(server, "counts-2", &room));
        QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(*room.watcher) >= room.openedSeq, 20'000);
        // All at once: the server commits them in as many batches as it likes.
        std::vector<quint64> requests;
        for (auto &voter : room.voters)
            requests.push_back(voter->command(castVote("counts-2")));
        quint64 lastVote = 0;
        for (size_t i = 0; i < room.voters.size(); ++i) {
            const auto reply = room.voters[i]->reply(requests[i], 20'000);
            QVERIFY(reply && !reply->has_error());
            lastVote = std::max<quint64>(lastVote, reply->seq());
        }
        auto lastCount = [](const RawClient &c) {
            for (auto e = c.events().rbegin(); e != c.events().rend(); ++e) {
                if (e->has_votes_counted())
                    return e->votes_counted().voters();
            }
            return 0u;
        };
        for (RawClient *t : { room.watcher.get(), room.voters.front().get() }) {
            QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(*t) == lastVote, 20'000);
            // Everything in seq order without a gap since the ballot opened.
            quint64 expected = 0;
            for (const v1::Event &e : t->events()) {
                if (e.seq() <= room.openedSeq)
                    continue;
                QCOMPARE(e.seq(), expected ? expected : room.openedSeq + 1);
                expected = (e.has_votes_counted() ? e.votes_counted().through_seq() : e.seq()) + 1;
            }
        }
        QCOMPARE(lastCount(*room.watcher), 9u);
    }
};

QTEST_MAIN(TestVoteCounts)
#include "tst_votecounts.moc"
