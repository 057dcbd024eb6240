// Big and long meetings (issue 12), against the real server on loopback: whatever the meeting
// holds, no frame exceeds what a tablet accepts; a fresh tablet joins a meeting of hundreds of
// maximum-size strokes and holds each once; a tablet that was away for 1,000 strokes catches
// up exactly once; one delegate's burst drops nobody; votes reach delegates as counts; the
// server's memory does not grow with the strokes' bodies (they are read back from the log).
//
// Before the fix: the Welcome carried every annotation in one frame (a library client was
// refused with 1009 past ~35 maximum strokes and retried forever), a catch-up was queued whole
// (a tablet ~270 maximum strokes behind was cut off as "not reading" on every attempt), one
// commit of 100 maximum strokes was one 12 MB frame, and every VoteCast went to every tablet.
#include "ballotview.h"
#include "demomeeting.h"
#include "documentlibrary.h"
#include "floorreplica.h"
#include "meetingclient.h"
#include "rawclient.h"
#include "replica.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <set>

using namespace quorum;
using namespace quorum::demo;

namespace {

/** The server's heap per maximum stroke held (aTabletDroppedAThousandStrokesAgoCatchesUpOnce). */
constexpr double MaxHeapKiBPerStroke = 4;

/** Every seq once, in order, from `from` on; a VotesCounted stands for its whole run. */
bool contiguousFrom(const std::vector<v1::Event> &events, quint64 from, QString *why)
{
    quint64 expected = from;
    for (const v1::Event &e : events) {
        if (e.seq() != expected) {
            *why = QStringLiteral("seq %1 where %2 was due").arg(e.seq()).arg(expected);
            return false;
        }
        expected = (e.has_votes_counted() ? e.votes_counted().through_seq() : e.seq()) + 1;
    }
    return true;
}

quint64 lastSeqOf(const std::vector<v1::Event> &events)
{
    if (events.empty())
        return 0;
    const v1::Event &e = events.back();
    return e.has_votes_counted() ? e.votes_counted().through_seq() : e.seq();
}
} // namespace

class TestBigMeeting : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    std::vector<std::string> m_documents;
    int m_strokes = 0;
    qint64 m_residentAt100 = 0; // the server's VmRSS (KiB) once the meeting holds 100 strokes
    qint64 m_heapAt100 = -1; // the server's heap in use (bytes) then, tablets caught up
    qint64 m_heapAt500 = -1; // the same at 500 strokes, a fresh tablet served
    quint64 m_head = 0; // a seq every tablet has been sent (the last burst's)

    std::unique_ptr<RawClient> join(
        const QString &pin, const QString &device, v1::Welcome *welcome = nullptr)
    {
        // Lean: hundreds of MB of strokes reach these clients. A join that takes longer than
        // RawClient's 5 s (a loaded `ctest -j2`, the server still writing out a 125 MB
        // catch-up) is tried again, as a tablet does: what is guarded here is not join latency.
        for (int attempt = 1;; ++attempt) {
            auto client = RawClient::joined(m_server.url(), pin, device, welcome, true);
            if (client || attempt == 3)
                return client;
            qWarning() << "join of" << device << "took too long; trying again";
        }
    }

    /**
     * A load client (a writer, a voter) that needs no annotation pages: it says it holds the
     * meeting up to m_head (within the replay window), so it is sent the events from there.
     * With a snapshot each would be sent every stroke so far (60 MB at 500 maximum strokes,
     * 190 MB at 1,500), all read by this one test process: under a loaded `ctest -j2`, with
     * the server's sockets on I/O threads filling every socket at once, its event loop was
     * measured stalled 3–13 s (a writer then cut off by the server as "not reading" after
     * 10 s, a join's TLS handshake waiting > 5 s for this side), which is the test's own
     * limit, not the server's.
     */
    std::unique_ptr<RawClient> joinLive(const QString &pin, const QString &device)
    {
        auto client = std::make_unique<RawClient>();
        client->setLean(true);
        if (!client->open(m_server.url()))
            return nullptr;
        client->hello(pin, m_head, device);
        if (!client->welcome(30'000))
            return nullptr;
        return client;
    }

    /**
     * `writers` delegates from d`first` on send `each` maximum strokes at once, spread over the
     * documents. The command budget is a participant's (all devices together, docs/protocol.md):
     * a delegate who just sent a burst of 100 has to wait ~2 s before the next.
     */
    std::set<quint64> burst(int writers, int each, const QString &tag, int first = 1)
    {
        std::vector<std::unique_ptr<RawClient>> clients;
        std::vector<std::vector<quint64>> requests(static_cast<size_t>(writers));
        for (int w = 0; w < writers; ++w) {
            clients.push_back(
                joinLive(delegatePin(w + first), QStringLiteral("%1-writer-%2").arg(tag).arg(w)));
            if (!clients.back())
                return {};
        }
        std::vector<std::vector<v1::Command>> strokes(static_cast<size_t>(writers));
        for (int i = 0; i < each; ++i) {
            for (int w = 0; w < writers; ++w) {
                const std::string &doc = m_documents[size_t(m_strokes % int(m_documents.size()))];
                strokes[size_t(w)].push_back(
                    maximumStroke(doc, QStringLiteral("%1-%2").arg(tag).arg(m_strokes), m_strokes));
                requests[size_t(w)].push_back(
                    clients[size_t(w)]->command(strokes[size_t(w)].back()));
                ++m_strokes;
            }
        }
        // Strokes refused as over the participant's byte budget (16 MiB at once, then 1 MiB/s:
        // serverconfig.h) are sent again as it refills, as a tablet's queue does: a delegate
        // who already sent 100 maximum strokes (12.5 MB) gets ~8 more a second, not 100 more.
        std::set<quint64> acknowledged;
        std::vector<std::deque<v1::Command>> refused(static_cast<size_t>(writers));
        const auto take = [&](size_t w, const std::optional<v1::Reply> &reply,
                              const v1::Command &stroke) {
            if (reply && reply->has_error() && reply->error().code() == v1::ERROR_RATE_LIMITED) {
                refused[w].push_back(stroke);
                return true;
            }
            if (!reply || reply->has_error()) {
                qWarning() << "stroke not acknowledged:"
                           << (reply ? reply->error().detail().c_str() : "no reply");
                return false;
            }
            acknowledged.insert(reply->seq());
            return true;
        };
        for (size_t w = 0; w < size_t(writers); ++w) {
            for (size_t i = 0; i < requests[w].size(); ++i) {
                if (!take(w, clients[w]->reply(requests[w][i], 120'000), strokes[w][i]))
                    return {};
            }
        }
        QElapsedTimer refilling;
        refilling.start();
        for (bool left = true; left && refilling.elapsed() < 120'000;) {
            QTest::qWait(150); // one maximum stroke (~125 KB) per writer per 150 ms: < 1 MiB/s
            left = false;
            for (size_t w = 0; w < size_t(writers); ++w) {
                if (refused[w].empty())
                    continue;
                const v1::Command stroke = refused[w].front();
                refused[w].pop_front();
                if (!take(w, clients[w]->reply(clients[w]->command(stroke), 120'000), stroke))
                    return {};
                left = left || !refused[w].empty();
            }
        }
        if (!acknowledged.empty())
            m_head = std::max(m_head, *acknowledged.rbegin());
        return acknowledged;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        v1::Welcome welcome;
        auto chair = join(ChairPin, QStringLiteral("probe"), &welcome);
        QVERIFY(chair);
        for (const v1::Document &d : welcome.snapshot().documents())
            m_documents.push_back(d.id());
        m_head = welcome.head_seq();
        QVERIFY2(m_documents.size() >= 3, qPrintable(m_server.output()));
    }

    // Guards: a burst of 100 maximum strokes (inside a connection's command burst) drops no
    // other tablet, and reaches each in frames a tablet accepts.
    void aBurstOfMaximumStrokesDropsNobody()
    {
        std::vector<std::unique_ptr<RawClient>> listeners;
        std::vector<quint64> welcomedAt;
        for (int i = 6; i <= 10; ++i) {
            v1::Welcome welcome;
            listeners.push_back(
                join(delegatePin(i), QStringLiteral("listener-%1").arg(i), &welcome));
            QVERIFY(listeners.back());
            QVERIFY(listeners.back()->snapshotAnnotations(10'000));
            welcomedAt.push_back(welcome.head_seq());
        }
        const std::set<quint64> acknowledged = burst(1, 100, QStringLiteral("burst"));
        QCOMPARE(acknowledged.size(), size_t(100));
        m_residentAt100 = m_server.residentKiB();
        qInfo("server RSS after 100 maximum strokes: %lld KiB", m_residentAt100);
        for (size_t l = 0; l < listeners.size(); ++l) {
            RawClient &listener = *listeners[l];
            QTRY_VERIFY_WITH_TIMEOUT(
                lastSeqOf(listener.events()) >= *acknowledged.rbegin(), 60'000);
            QVERIFY(listener.isOpen());
            QString why;
            QVERIFY2(contiguousFrom(listener.events(), welcomedAt[l] + 1, &why), qPrintable(why));
            QVERIFY2(listener.largestFrame() <= FrameTargetBytes + LargestEvent,
                qPrintable(QString::number(listener.largestFrame())));
        }
        m_heapAt100 = m_server.heapInUseBytes();
        qInfo("server heap in use after 100 maximum strokes: %lld KiB", m_heapAt100 / 1024);
    }

    // Guards: a fresh library client joins a meeting of 500 maximum-size shared strokes on
    // three documents (~60 MB of annotations) and holds every stroke exactly once.
    void aFreshTabletJoinsFiveHundredMaximumStrokes()
    {
        // d02..d05: d01 has just spent its command budget on the burst above.
        QCOMPARE(burst(4, 100, QStringLiteral("fill"), 2).size(),
            size_t(400)); // 500 with the burst above

        auto raw = join(delegatePin(7), QStringLiteral("fresh-raw"));
        QVERIFY(raw);
        const auto paged = raw->snapshotAnnotations(60'000);
        QVERIFY(paged);
        std::set<std::string> ids;
        for (const v1::AnnotationOp &op : *paged)
            QVERIFY2(ids.insert(op.op_id()).second, op.op_id().c_str());
        QCOMPARE(ids.size(), size_t(500));
        QVERIFY2(raw->largestFrame() <= FrameTargetBytes + LargestEvent,
            qPrintable(QString::number(raw->largestFrame())));

        QTemporaryDir state;
        MeetingClient client;
        client.setStateDirectory(state.path());
        client.setDeviceId(QStringLiteral("fresh-library"));
        client.setReconnectPolicy(50, 500);
        QSignalSpy completed(&client, &MeetingClient::snapshotCompleted);
        QSignalSpy failed(&client, &MeetingClient::joinFailed);
        client.join(m_server.url(), delegatePin(8));
        QVERIFY(completed.wait(60'000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(client.connectionState(), MeetingClient::Connected);
        std::set<std::string> held;
        size_t count = 0;
        for (const v1::AnnotationOp &op : client.replica()->documents()->visibleAnnotations()) {
            held.insert(op.op_id());
            ++count;
        }
        QCOMPARE(count, size_t(500));
        QCOMPARE(held, ids);
        const qint64 residentAt500 = m_server.residentKiB();
        qInfo(
            "500 maximum strokes: largest frame to a fresh tablet %lld bytes; server RSS %lld KiB",
            raw->largestFrame(), residentAt500);
        // RSS is reported, not bounded: it holds the allocator's peak, and under a loaded
        // `ctest -j2` the same tree measured 25 and 139 KiB per maximum stroke (100 -> 500)
        // minutes apart. The bound is on the heap the server holds (mallinfo2 after
        // malloc_trim, heapreport.h), asserted from 500 to 1,500 strokes (the next test): from
        // 100 to 500 the room's cache of recent frames (16 MiB, room.cpp RecentBytes) is still
        // filling, so that slope is only reported.
        QVERIFY(m_residentAt100 > 0 && residentAt500 > 0);
        qInfo("server RSS per maximum stroke (100 -> 500): %lld KiB",
            (residentAt500 - m_residentAt100) / 400);
        m_heapAt500 = m_server.heapInUseBytes();
        QVERIFY2(m_heapAt100 > 0 && m_heapAt500 > 0, "the server reports its heap on SIGUSR1");
        qInfo("server heap in use after 500: %lld KiB; per maximum stroke (100 -> 500): %.2f KiB",
            m_heapAt500 / 1024, double(m_heapAt500 - m_heapAt100) / 400 / 1024);
    }

    // Guards: a tablet that dropped 1,000 maximum strokes ago (~125 MB behind) catches up on
    // reconnecting, every event exactly once, in frames it accepts, and stays connected.
    void aTabletDroppedAThousandStrokesAgoCatchesUpOnce()
    {
        v1::Welcome welcome;
        auto away = join(delegatePin(9), QStringLiteral("away"), &welcome);
        QVERIFY(away);
        QVERIFY(away->snapshotAnnotations(60'000));
        QTest::qWait(200);
        const quint64 leftAt = std::max<quint64>(welcome.head_seq(), lastSeqOf(away->events()));
        away.reset(); // the link drops

        const std::set<quint64> acknowledged = burst(10, 100, QStringLiteral("away"));
        QCOMPARE(acknowledged.size(), size_t(1000));

        RawClient back;
        back.setLean(true);
        QVERIFY(back.open(m_server.url()));
        back.hello(delegatePin(9), leftAt, QStringLiteral("away"));
        const auto again = back.welcome(30'000);
        QVERIFY(again);
        QVERIFY(!again->has_snapshot()); // within the replay window: events, not a snapshot
        QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(back.events()) >= *acknowledged.rbegin(), 120'000);
        QVERIFY(back.isOpen());
        QString why;
        QVERIFY2(contiguousFrom(back.events(), leftAt + 1, &why), qPrintable(why));
        std::set<quint64> received;
        for (const v1::Event &e : back.events())
            received.insert(e.seq());
        for (quint64 seq : acknowledged)
            QVERIFY2(received.count(seq),
                qPrintable(QStringLiteral("stroke at seq %1 missing").arg(seq)));
        QVERIFY2(back.largestFrame() <= FrameTargetBytes + LargestEvent,
            qPrintable(QString::number(back.largestFrame())));
        // RSS is not bounded here: right after 1,000 strokes sent at once and a 125 MB catch-up,
        // the allocator still holds what was in flight (docs/benchmarks.md). The heap in use is.
        qInfo("1,500 maximum strokes: largest catch-up frame %lld bytes; server RSS %lld KiB",
            back.largestFrame(), m_server.residentKiB());
        const qint64 heapAt1500 = m_server.heapInUseBytes();
        QVERIFY2(m_heapAt500 > 0 && heapAt1500 > 0, "the server reports its heap on SIGUSR1");
        const double perStroke = double(heapAt1500 - m_heapAt500) / 1000 / 1024;
        qInfo("server heap in use after 1,500: %lld KiB; per maximum stroke (500 -> 1,500): %.2f "
              "KiB",
            heapAt1500 / 1024, perStroke);
        // A stroke's body is ~125 KB; what the server decides from (an AnnotationEntry, its
        // digest, the seq's frame size) is a few hundred bytes. 4 KiB per stroke leaves room for
        // hash tables growing in steps, and fails at once if bodies stay in memory.
        QVERIFY2(perStroke <= MaxHeapKiBPerStroke, qPrintable(QString::number(perStroke)));
    }

    // Guards: who voted goes to the chair, the secretary and observers (and each voter's own
    // devices); another delegate's tablet gets counts, its turnout still right.
    void votesReachDelegatesAsCounts()
    {
        // Live from the last burst on: what they check are the ballot's events.
        auto chair = joinLive(ChairPin, QStringLiteral("vote-chair"));
        auto secretary = joinLive(SecretaryPin, QStringLiteral("vote-secretary"));
        auto observer = joinLive(ObserverPin, QStringLiteral("vote-projector"));
        QVERIFY(chair && secretary && observer);
        std::vector<std::unique_ptr<RawClient>> delegates;
        for (int i = 1; i <= 10; ++i) {
            delegates.push_back(joinLive(delegatePin(i), QStringLiteral("voter-%1").arg(i)));
            QVERIFY(delegates.back());
        }
        MeetingClient watcher; // delegate d10's second device, through the client library
        watcher.setDeviceId(QStringLiteral("voter-10-library"));
        watcher.setReconnectPolicy(50, 500);
        QSignalSpy completed(&watcher, &MeetingClient::snapshotCompleted);
        watcher.join(m_server.url(), delegatePin(10));
        QVERIFY(completed.wait(60'000));

        v1::Command create;
        v1::Ballot *b = create.mutable_create_ballot()->mutable_ballot();
        b->set_id("scale-ballot");
        b->set_item_id("eform-vote");
        b->set_question("Thông qua kế hoạch?");
        b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
        const auto created = chair->reply(chair->command(create));
        QVERIFY(created && !created->has_error());
        v1::Command open;
        open.mutable_open_ballot()->set_ballot_id("scale-ballot");
        const auto opened = chair->reply(chair->command(open));
        QVERIFY2(
            opened && !opened->has_error(), opened ? opened->error().detail().c_str() : "no reply");
        const quint64 from = opened->seq() + 1;

        // Nine delegates vote at once; d10 watches.
        std::vector<quint64> requests;
        for (int i = 0; i < 9; ++i) {
            v1::Command cast;
            cast.mutable_cast_vote()->set_ballot_id("scale-ballot");
            cast.mutable_cast_vote()->add_choices(0);
            requests.push_back(delegates[size_t(i)]->command(cast));
        }
        quint64 lastVote = 0;
        for (int i = 0; i < 9; ++i) {
            const auto reply = delegates[size_t(i)]->reply(requests[size_t(i)], 20'000);
            QVERIFY(reply && !reply->has_error());
            lastVote = std::max<quint64>(lastVote, reply->seq());
        }
        auto castsIn = [&](const RawClient &c, std::set<std::string> *voters, int *counted) {
            for (const v1::Event &e : c.events()) {
                if (e.seq() < from)
                    continue;
                if (e.has_vote_cast())
                    voters->insert(
                        e.vote_cast().voter_ids().begin(), e.vote_cast().voter_ids().end());
                if (e.has_votes_counted())
                    *counted = int(e.votes_counted().voters());
            }
        };
        for (RawClient *rollCall : { chair.get(), secretary.get(), observer.get() }) {
            QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(rollCall->events()) >= lastVote, 20'000);
            std::set<std::string> voters;
            int counted = 0;
            castsIn(*rollCall, &voters, &counted);
            QCOMPARE(voters.size(), size_t(9)); // names
            QCOMPARE(counted, 0);
        }
        // Seqs stay without gaps for every tablet, the voters' own too (their run is split).
        auto gapless = [&](const RawClient &c) {
            const auto start = std::find_if(c.events().begin(), c.events().end(),
                [&](const v1::Event &e) { return e.seq() >= from; });
            QString why;
            const bool ok
                = contiguousFrom(std::vector<v1::Event>(start, c.events().end()), from, &why);
            if (!ok)
                qWarning() << why;
            return ok;
        };
        RawClient &other = *delegates[9];
        QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(other.events()) >= lastVote, 20'000);
        QVERIFY(gapless(other));
        std::set<std::string> seenByOther;
        int countedByOther = 0;
        castsIn(other, &seenByOther, &countedByOther);
        QVERIFY(seenByOther.empty()); // counts, not names
        QCOMPARE(countedByOther, 9);
        // A voter's own devices see their own vote.
        std::set<std::string> own;
        int ownCounted = 0;
        QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(delegates[0]->events()) >= lastVote, 20'000);
        castsIn(*delegates[0], &own, &ownCounted);
        QCOMPARE(own, std::set<std::string>{ "d01" });
        for (int i = 0; i < 9; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(lastSeqOf(delegates[size_t(i)]->events()) >= lastVote, 20'000);
            QVERIFY(gapless(*delegates[size_t(i)]));
        }
        // The tablet's turnout is right from counts alone.
        QTRY_COMPARE(watcher.floor()->ballot()->votedCount(), 9);
        QVERIFY(!watcher.floor()->ballot()->selfVoted());
    }
};

QTEST_GUILESS_MAIN(TestBigMeeting)
#include "tst_bigmeeting.moc"
