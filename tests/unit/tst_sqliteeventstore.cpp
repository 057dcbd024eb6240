// The SQLite event log: durability settings, atomic batches, reopening.
#include "hashchain.h"
#include "sqliteeventstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
StoredEvent storedEvent(
    const QString &meeting, quint64 seq, const QByteArray &previous, const QString &key = {})
{
    const QByteArray bytes = "body-" + QByteArray::number(seq);
    return { meeting, seq, bytes, previous, hashchain::link(previous, bytes), key };
}
} // namespace

class TestSqliteEventStore : public QObject
{
    Q_OBJECT
private slots:
    void durabilitySettingsAreOn()
    {
        QTemporaryDir dir;
        SqliteEventStore store(dir.filePath("q.sqlite"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        // Read back through a second connection: WAL is a property of the file.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "probe");
            db.setDatabaseName(dir.filePath("q.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA journal_mode"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase("probe");
        // synchronous and secure_delete belong to the connection: read on the store's own.
        QCOMPARE(store.pragma("synchronous"), QStringLiteral("2")); // FULL: fsync every commit
        QCOMPARE(store.pragma("secure_delete"), QStringLiteral("1")); // freed bytes zeroed
    }

    // Issue 10: a secret ballot's box, deleted at its close and scrubbed, leaves no byte of
    // any of its versions in the database or its WAL.
    void aClosedBallotBoxLeavesNoByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("q.sqlite");
        SqliteEventStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        for (quint64 vote = 1; vote <= 5; ++vote) {
            CommitBatch batch;
            batch.ballotBox = { { "meeting-x", "ballot-y", 0, 1 },
                { "meeting-x", "ballot-y", BallotBoxDelta::BallotsWeight, 1u << vote } };
            QVERIFY2(store.commit(batch, &error), qPrintable(error));
        }
        QCOMPARE(store.ballotBoxes("meeting-x").size(), size_t(2));
        CommitBatch close;
        close.closedBallotBoxes = { { "meeting-x", "ballot-y" } };
        QVERIFY2(store.commit(close, &error), qPrintable(error));
        QVERIFY(store.ballotBoxes("meeting-x").empty());
        QVERIFY2(store.scrub(&error), qPrintable(error));
        for (const QString &file : { path, path + "-wal", path + "-journal" }) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains("meeting-xballot-y"), qPrintable(file));
        }
        QCOMPARE(QFileInfo(path + "-wal").size(), 0);
    }

    // A reader's snapshot keeps older pages alive: the scrub says so instead of passing.
    void aReaderKeepsTheScrubFromPassing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("q.sqlite");
        SqliteEventStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        CommitBatch first;
        first.events = { storedEvent("m", 1, hashchain::genesis()) };
        QVERIFY(store.commit(first, &error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "reader");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT COUNT(*) FROM events"));
            QVERIFY(q.next());
            CommitBatch second;
            second.events = { storedEvent("m", 2, first.events[0].hash) };
            QVERIFY(store.commit(second, &error));
            QVERIFY(!store.scrub(&error));
            QVERIFY(error.contains("checkpoint"));
            q.finish();
            db.rollback();
        }
        QSqlDatabase::removeDatabase("reader");
        QVERIFY2(store.scrub(&error), qPrintable(error));
    }

    void batchesSurviveReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("q.sqlite");
        QString error;
        {
            SqliteEventStore store(path);
            QVERIFY(store.open(&error));
            CommitBatch batch;
            StoredEvent e1 = storedEvent("m", 1, hashchain::genesis());
            StoredEvent e2 = storedEvent("m", 2, e1.hash, "chair/cmd-1");
            batch.events = { e1, e2, storedEvent("other", 1, hashchain::genesis()) };
            batch.credentials.push_back({ "m", "hash-of-pin", "chair" });
            QVERIFY2(store.commit(batch, &error), qPrintable(error));
        }
        SqliteEventStore store(path);
        QVERIFY(store.open(&error));
        QCOMPARE(store.meetingIds(), QStringList({ "m", "other" }));
        const auto events = store.events("m");
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[1].seq, 2u);
        QCOMPARE(events[1].commandKey, QStringLiteral("chair/cmd-1"));
        QCOMPARE(events[1].previousHash, events[0].hash);
        QCOMPARE(store.participantForSecret("m", "hash-of-pin"), std::optional<QString>("chair"));
        QCOMPARE(store.participantForSecret("other", "hash-of-pin"), std::nullopt);
    }

    void aFailingBatchWritesNothing()
    {
        QTemporaryDir dir;
        SqliteEventStore store(dir.filePath("q.sqlite"));
        QString error;
        QVERIFY(store.open(&error));
        CommitBatch first;
        first.events = { storedEvent("m", 1, hashchain::genesis()) };
        QVERIFY(store.commit(first, &error));
        // seq 2 is new, seq 1 again violates the key: the whole batch must roll back.
        CommitBatch second;
        second.events = { storedEvent("m", 2, first.events[0].hash),
            storedEvent("m", 1, hashchain::genesis()) };
        QVERIFY(!store.commit(second, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.events("m").size(), size_t(1));
        // ... and the store keeps working afterwards.
        CommitBatch third;
        third.events = { storedEvent("m", 2, first.events[0].hash) };
        QVERIFY2(store.commit(third, &error), qPrintable(error));
        QCOMPARE(store.events("m").size(), size_t(2));
    }

    void settings()
    {
        QTemporaryDir dir;
        SqliteEventStore store(dir.filePath("q.sqlite"));
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.setting("k").isEmpty());
        QVERIFY(store.setSetting("k", "v"));
        QCOMPARE(store.setting("k"), QByteArray("v"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteEventStore)
#include "tst_sqliteeventstore.moc"
