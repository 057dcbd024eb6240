// The tablet's copy of the meeting on disk (ReplicaStore): what a restarted tablet reads back.
#include "replicastore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
v1::Welcome welcomeAt(quint64 seq)
{
    v1::Welcome w;
    w.set_participant_id("d01");
    w.set_role(v1::ROLE_DELEGATE);
    w.mutable_snapshot()->set_seq(seq);
    w.mutable_snapshot()->mutable_meeting()->set_title("Sinh hoạt chuyên đề");
    return w;
}

v1::Event itemChanged(quint64 seq, const char *item)
{
    v1::Event e;
    e.set_seq(seq);
    e.mutable_current_item_changed()->set_item_id(item);
    return e;
}
} // namespace

class TestReplicaStore : public QObject
{
    Q_OBJECT
private slots:
    void readsBackTheWelcomeAndTheEventsAfterIt()
    {
        QTemporaryDir dir;
        ReplicaStore store;
        store.open(dir.path(), QStringLiteral("k"));
        v1::Welcome welcome;
        std::vector<v1::Event> events;
        QVERIFY(!store.load(&welcome, &events)); // a new tablet has nothing
        store.saveWelcome(welcomeAt(10));
        store.append(itemChanged(11, "a"));
        store.append(itemChanged(12, "b"));
        store.flush(); // as the client does after each frame

        ReplicaStore reopened; // the app started again
        reopened.open(dir.path(), QStringLiteral("k"));
        QVERIFY(reopened.load(&welcome, &events));
        QCOMPARE(welcome.participant_id(), std::string("d01"));
        QCOMPARE(welcome.snapshot().meeting().title(), std::string("Sinh hoạt chuyên đề"));
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[1].current_item_changed().item_id(), std::string("b"));

        // A new snapshot starts a new base: the older events are gone.
        reopened.saveWelcome(welcomeAt(20));
        reopened.append(itemChanged(21, "c"));
        reopened.flush();
        QVERIFY(store.load(&welcome, &events));
        QCOMPARE(welcome.snapshot().seq(), 20u);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].seq(), 21u);
    }

    void aTornLastRecordIsIgnored()
    {
        QTemporaryDir dir;
        ReplicaStore store;
        store.open(dir.path(), QStringLiteral("k"));
        store.saveWelcome(welcomeAt(1));
        store.append(itemChanged(2, "a"));
        store.append(itemChanged(3, "b"));
        store.close();
        // Power cut in the middle of the third record: its length says more than is there.
        QFile log(dir.filePath(QStringLiteral("replica-k.events")));
        QVERIFY(log.open(QIODevice::Append));
        log.write(QByteArray("\x40\x00\x00\x00\x08\x04", 6));
        log.close();
        store.open(dir.path(), QStringLiteral("k"));
        v1::Welcome welcome;
        std::vector<v1::Event> events;
        QVERIFY(store.load(&welcome, &events));
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events.back().seq(), 3u);

        // What the tablet applies after that restart is readable after the next one.
        store.append(itemChanged(4, "c"));
        store.append(itemChanged(5, "d"));
        store.flush();
        ReplicaStore again;
        again.open(dir.path(), QStringLiteral("k"));
        QVERIFY(again.load(&welcome, &events));
        QCOMPARE(events.size(), size_t(4));
        QCOMPARE(events.back().seq(), 5u);
        QCOMPARE(events.back().current_item_changed().item_id(), std::string("d"));
    }

    void onlyTheTabletUserReadsIt()
    {
        QTemporaryDir dir;
        ReplicaStore store;
        store.open(dir.path(), QStringLiteral("k"));
        store.saveWelcome(welcomeAt(1));
        store.append(itemChanged(2, "a"));
        for (const char *name : { "replica-k.welcome", "replica-k.events" }) {
            const QFileDevice::Permissions p
                = QFile::permissions(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), name);
        }
    }

    void removedMeansNothingToResume()
    {
        QTemporaryDir dir;
        ReplicaStore store;
        store.open(dir.path(), QStringLiteral("k"));
        store.saveWelcome(welcomeAt(1));
        store.append(itemChanged(2, "a"));
        store.remove();
        v1::Welcome welcome;
        std::vector<v1::Event> events;
        QVERIFY(!store.load(&welcome, &events));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("replica-k.events"))));
    }
};

QTEST_GUILESS_MAIN(TestReplicaStore)
#include "tst_replicastore.moc"
