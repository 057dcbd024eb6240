// Upgrades keep the data (issue 14): a database written by Quorum 0.1.0 (fixtures/README.md)
// is migrated by today's server on start, after a copy, and serves the same meeting; a
// database of a newer schema is refused with a message, untouched. Before schema versions
// existed a newer database would have been opened as if it were known.
#include "meetingclient.h"
#include "serverprocess.h"
#include "sqliteinspect.h"

#include <QFile>
#include <QTest>

using namespace quorum;

namespace {
const QString Meeting = QStringLiteral("demo");

bool copyFixture(const QString &to)
{
    return QFile::copy(QStringLiteral(QUORUM_FIXTURE_DATABASE), to)
        && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}
} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT
private slots:
    void releaseDatabaseIsMigratedAndServed()
    {
        const QByteArrayList fixtureChain
            = sqliteinspect::eventHashes(QStringLiteral(QUORUM_FIXTURE_DATABASE), Meeting);
        QCOMPARE(fixtureChain.size(), 34);
        QCOMPARE(sqliteinspect::scalar(
                     QStringLiteral(QUORUM_FIXTURE_DATABASE), QStringLiteral("PRAGMA user_version"))
                     .toInt(),
            0);

        ServerProcess server;
        QVERIFY(copyFixture(server.databasePath()));
        // The server verifies every chain when it loads the meetings (exit 3 otherwise).
        QVERIFY2(server.start(), qPrintable(server.output()));

        // The meeting is there, as it was: a delegate joins with the fixture's PIN and
        // receives every stored event, then its own arrival (an attendance event).
        MeetingClient delegate;
        delegate.setDeviceId(QStringLiteral("d01-after-upgrade"));
        delegate.join(server.url(), QStringLiteral("310001"));
        QTRY_COMPARE(delegate.connectionState(), MeetingClient::Connected);
        QTRY_VERIFY(delegate.lastSeq() > quint64(fixtureChain.size()));
        server.stop();

        // The old chain, unchanged, continued by the new server.
        const QString db = server.databasePath();
        const QByteArrayList chain = sqliteinspect::eventHashes(db, Meeting);
        QCOMPARE(chain.mid(0, fixtureChain.size()), fixtureChain);
        QCOMPARE(quint64(chain.size()), delegate.lastSeq());
        QCOMPARE(sqliteinspect::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(
            sqliteinspect::scalar(db, QStringLiteral("SELECT version FROM schema_history")).toInt(),
            2);
        QVERIFY(
            sqliteinspect::scalar(db, QStringLiteral("SELECT server_version FROM schema_history"))
                .toString()
                .startsWith(QLatin1String("0.")));

        // The copy taken before the migration is the old database, whole.
        const QString copy = db + QStringLiteral(".schema-v1.bak");
        QVERIFY(QFile::exists(copy));
        QCOMPARE(sqliteinspect::scalar(copy, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(sqliteinspect::eventHashes(copy, Meeting), fixtureChain);

        // A second start (which verifies the continued chain) finds the current version: no
        // second copy, no second history row.
        QFile::remove(copy);
        QVERIFY2(server.start(), qPrintable(server.output()));
        server.stop();
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(sqliteinspect::scalar(db, QStringLiteral("SELECT count(*) FROM schema_history"))
                     .toInt(),
            1);
    }

    void newerDatabaseIsRefused()
    {
        ServerProcess server;
        QVERIFY(copyFixture(server.databasePath()));
        QVERIFY(sqliteinspect::write(
            server.databasePath(), QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(!server.start());
        QTRY_VERIFY2(server.output().contains(
                         QLatin1String("schema version 99, written by a newer quorum-server")),
            qPrintable(server.output()));
        QCOMPARE(sqliteinspect::scalar(server.databasePath(), QStringLiteral("PRAGMA user_version"))
                     .toInt(),
            99);
        QCOMPARE(
            sqliteinspect::scalar(server.databasePath(),
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_history'"))
                .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
