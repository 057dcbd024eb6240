// A room's path from staged events to published frames, on a real SQLite store.
#include "room.h"
#include "sqliteeventstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
v1::MeetingDefined definition()
{
    v1::MeetingDefined d;
    d.set_meeting_id("m");
    d.set_title("Họp");
    v1::Participant *chair = d.add_participants();
    chair->set_id("chair");
    chair->set_name("Nguyễn Văn A");
    chair->set_role(v1::ROLE_CHAIR);
    chair->set_voting(true);
    for (const char *id : { "a", "b" }) {
        v1::AgendaItem *item = d.add_agenda();
        item->set_id(id);
        item->set_title(id);
    }
    return d;
}

v1::Command setItem(const char *id)
{
    v1::Command c;
    c.mutable_set_current_item()->set_item_id(id);
    return c;
}

/** A room on a fresh SQLite file, its meeting defined and staged (not yet committed). */
struct DefinedRoom
{
    QTemporaryDir dir;
    SqliteEventStore store{ dir.filePath("q.sqlite") };
    ManualClock clock;
    Room room{ "m", store, clock };
    bool opened = false;

    DefinedRoom()
    {
        QString error;
        opened = store.open(&error);
        room.stage(room.meeting().define(definition()).events(), {});
    }
    /** Commits what is staged, as the server's group commit does. */
    bool commit()
    {
        CommitBatch batch;
        room.collect(batch);
        QString error;
        return store.commit(batch, &error);
    }
};

/** Stages a command of `actor` as the command handler does, the secret vote included. */
void stageCommand(DefinedRoom &f, const char *actor, const v1::Command &command)
{
    const Decision d = f.room.meeting().decide(actor, command, f.clock.nowMs());
    QVERIFY2(d.ok(), d.ok() ? "" : d.error().detail().c_str());
    f.room.stage(d.events(), actor);
    if (d.secretVote())
        f.room.stageSecretVote(*d.secretVote());
}
} // namespace

namespace {
/** A defined room whose voting chair is present, with an open secret ballot "s" and one vote in its
 * box. */
void openSecretBallotWithAVote(DefinedRoom &f)
{
    f.room.stage(f.room.meeting().join("chair", "t").events(), "chair");
    v1::Command create;
    v1::Ballot *b = create.mutable_create_ballot()->mutable_ballot();
    b->set_id("s");
    b->set_item_id("a");
    b->set_question("Kín?");
    b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    b->set_secret(true);
    stageCommand(f, "chair", create);
    v1::Command open;
    open.mutable_open_ballot()->set_ballot_id("s");
    stageCommand(f, "chair", open);
    v1::Command vote;
    vote.mutable_cast_vote()->set_ballot_id("s");
    vote.mutable_cast_vote()->add_choices(1);
    stageCommand(f, "chair", vote);
}
} // namespace

class TestRoom : public QObject
{
    Q_OBJECT
private slots:
    // Issue 10: a secret ballot's box is deleted in the commit that ends the ballot, closed
    // (its counts are in the result) or cancelled; a box an older server kept after the end
    // is deleted at the next start.
    void aSecretBallotsBoxGoesWithItsEnd_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("closed") << false;
        QTest::newRow("cancelled") << true;
    }
    void aSecretBallotsBoxGoesWithItsEnd()
    {
        QFETCH(bool, cancel);
        DefinedRoom f;
        QVERIFY(f.opened);
        openSecretBallotWithAVote(f);
        QVERIFY(f.commit());
        QVERIFY(!f.store.ballotBoxes("m").empty()); // open: kept, so that a crash loses no vote
        v1::Command end;
        if (cancel)
            end.mutable_cancel_ballot()->set_ballot_id("s");
        else
            end.mutable_close_ballot()->set_ballot_id("s");
        stageCommand(f, "chair", end);
        CommitBatch batch;
        f.room.collect(batch);
        QCOMPARE(batch.closedBallotBoxes.size(), size_t(1));
        QString error;
        QVERIFY(f.store.commit(batch, &error));
        QVERIFY(f.store.ballotBoxes("m").empty());
        if (!cancel) {
            const auto closed = decode<v1::Event>(batch.events.back().bytes);
            QVERIFY(closed && closed->has_ballot_closed());
            QCOMPARE(closed->ballot_closed().result().options(1).votes(), 1u);
        }

        // A box left behind by an older server (rows of the ended ballot): gone at the next load.
        CommitBatch legacy;
        legacy.ballotBox = { { "m", "s", 1, 1 } };
        QVERIFY(f.store.commit(legacy, &error));
        Room reloaded("m", f.store, f.clock);
        QVERIFY(reloaded.load(&error));
        CommitBatch cleanup;
        reloaded.collect(cleanup);
        QCOMPARE(cleanup.closedBallotBoxes.size(), size_t(1));
        QCOMPARE(cleanup.closedBallotBoxes[0].ballotId, QStringLiteral("s"));
    }

    void oneCommitIsOneFrame()
    {
        DefinedRoom f;
        QVERIFY(f.opened);
        Room &room = f.room;
        QVERIFY(f.commit());
        // A lone event is sent as a plain Event frame.
        const auto single = room.publish();
        QCOMPARE(single.size(), size_t(1));
        const auto lone = decode<v1::ServerMessage>(single.front()->forEveryone);
        QVERIFY(lone && lone->has_event());
        QCOMPARE(lone->event().seq(), 1u);

        // Three events in one commit: one EventBatch frame with the same events in order.
        for (const char *item : { "a", "b", "a" })
            room.stage(
                room.meeting().decide("chair", setItem(item), f.clock.nowMs()).events(), "chair");
        QVERIFY(f.commit());
        const auto batch = room.publish();
        QCOMPARE(batch.size(), size_t(1));
        QVERIFY(batch.front()->forParticipants.isEmpty());
        QCOMPARE(batch.front()->forRollCall, batch.front()->forEveryone); // no votes in it
        const auto message = decode<v1::ServerMessage>(batch.front()->forEveryone);
        QVERIFY(message);
        QVERIFY(message->has_event_batch());
        QCOMPARE(message->event_batch().events_size(), 3);
        for (int i = 0; i < 3; ++i) {
            const v1::Event &e = message->event_batch().events(i);
            QCOMPARE(e.seq(), quint64(2 + i));
            QCOMPARE(e.actor(), std::string("chair"));
            // Byte for byte the event each tablet would get alone (catch-up uses those).
            v1::ServerMessage alone;
            *alone.mutable_event() = e;
            QCOMPARE(encode(alone), room.frame(e.seq()));
        }
        QCOMPARE(
            message->event_batch().events(2).current_item_changed().item_id(), std::string("a"));
        QVERIFY(room.publish().empty()); // nothing twice
    }

    void theSharedWelcomeHoldsTheStateWithoutAnnotations()
    {
        DefinedRoom f;
        QVERIFY(f.opened);
        Room &room = f.room;
        room.stage(room.meeting().decide("chair", setItem("b"), f.clock.nowMs()).events(), "chair");
        QVERIFY(f.commit());
        room.publish();

        v1::ServerMessage mine;
        mine.mutable_welcome()->set_participant_id("chair");
        mine.mutable_welcome()->set_head_seq(room.headSeq());

        const QByteArray &shared = room.sharedWelcome();
        QCOMPARE(room.sharedWelcome().constData(), shared.constData()); // built once per seq
        const auto welcome = decode<v1::ServerMessage>(shared + encode(mine));
        QVERIFY(welcome && welcome->has_welcome());
        QCOMPARE(welcome->welcome().participant_id(), std::string("chair"));
        QCOMPARE(welcome->welcome().head_seq(), 2u);
        // Annotations go in pages after it (issue 12): the rest is the viewer's snapshot.
        QCOMPARE(welcome->welcome().snapshot().SerializeAsString(),
            room.meeting().snapshot("chair").SerializeAsString());
    }

    void largeBatchesKeepTheirLength()
    {
        // A batch above 16 KiB needs a three-byte varint length.
        std::vector<QByteArray> frames;
        for (int i = 0; i < 400; ++i) {
            v1::ServerMessage m;
            m.mutable_event()->set_seq(quint64(i + 1));
            m.mutable_event()->set_actor(std::string(60, 'x'));
            frames.push_back(encode(m));
        }
        std::vector<const QByteArray *> pointers;
        for (const QByteArray &f : frames)
            pointers.push_back(&f);
        const QByteArray bytes = batchFrame(pointers);
        QVERIFY(bytes.size() > 16 * 1024);
        const auto message = decode<v1::ServerMessage>(bytes);
        QVERIFY(message);
        QCOMPARE(message->event_batch().events_size(), 400);
        QCOMPARE(message->event_batch().events(399).seq(), 400u);
    }

    // Guards issue 12's "annotations out of RAM": the frame of a maximum-size stroke (~120 KB)
    // leaves memory once published, and a tablet that is behind still gets it, byte for byte,
    // read back from the log. Before, every event frame stayed in memory for good.
    void bigFramesLeaveMemoryOnceDurable()
    {
        DefinedRoom f;
        QVERIFY(f.opened);
        Room &room = f.room;
        QVERIFY(f.commit());
        room.publish();
        const qint64 before = room.frameBytesInMemory();
        Events strokes;
        for (int s = 0; s < 3; ++s) {
            strokes.push_back(makeEvent([&](v1::Event &e) {
                v1::AnnotationOp *op = e.mutable_annotation_applied()->mutable_op();
                op->set_op_id("big-" + std::to_string(s));
                op->set_author("chair");
                op->set_document_id("doc");
                op->set_layer(v1::LAYER_SHARED);
                for (int i = 0; i < 10'000; ++i) {
                    op->mutable_ink()->add_xy(float(i) / 10'000);
                    op->mutable_ink()->add_xy(0.5f);
                    op->mutable_ink()->add_pressure(0.5f);
                }
            }));
        }
        const quint64 last = room.stage(strokes, "chair");
        QVERIFY(room.frameBytesInMemory() - before > 300'000); // staged: kept until durable
        QVERIFY(f.commit());
        QVERIFY(!room.publish().empty());
        QVERIFY2(room.frameBytesInMemory() - before < 4096,
            qPrintable(QString::number(room.frameBytesInMemory() - before)));

        // A tablet that is behind: a frame per big stroke, each read back whole.
        quint64 through = 0;
        const QByteArray catchUp = room.catchUpFrame(last - 2, "b", v1::ROLE_DELEGATE, &through);
        const auto message = decode<v1::ServerMessage>(catchUp);
        QVERIFY(message);
        std::vector<v1::Event> events;
        if (message->has_event())
            events.push_back(message->event());
        for (const v1::Event &e : message->event_batch().events())
            events.push_back(e);
        QVERIFY(!events.empty());
        QCOMPARE(events.front().seq(), last - 2);
        QCOMPARE(events.front().annotation_applied().op().ink().xy_size(), 20'000);
        v1::ServerMessage alone;
        *alone.mutable_event() = events.front();
        QCOMPARE(room.frame(last - 2), encode(alone));
    }
};

QTEST_GUILESS_MAIN(TestRoom)
#include "tst_room.moc"
