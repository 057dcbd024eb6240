// The SQLite event log: durability settings, atomic batches, reopening.
#include "hashchain.h"
#include "sqliteeventstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
StoredEvent storedEvent(const QString &meeting, quint64 seq, const QByteArray &previous, const QString &key = {})
{
    const QByteArray bytes = "body-" + QByteArray::number(seq);
    return {meeting, seq, bytes, previous, hashchain::link(previous, bytes), key};
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
            batch.events = {e1, e2, storedEvent("other", 1, hashchain::genesis())};
            batch.credentials.push_back({"m", "hash-of-pin", "chair"});
            QVERIFY2(store.commit(batch, &error), qPrintable(error));
        }
        SqliteEventStore store(path);
        QVERIFY(store.open(&error));
        QCOMPARE(store.meetingIds(), QStringList({"m", "other"}));
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
        first.events = {storedEvent("m", 1, hashchain::genesis())};
        QVERIFY(store.commit(first, &error));
        // seq 2 is new, seq 1 again violates the key: the whole batch must roll back.
        CommitBatch second;
        second.events = {storedEvent("m", 2, first.events[0].hash), storedEvent("m", 1, hashchain::genesis())};
        QVERIFY(!store.commit(second, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.events("m").size(), size_t(1));
        // ... and the store keeps working afterwards.
        CommitBatch third;
        third.events = {storedEvent("m", 2, first.events[0].hash)};
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
