// kill -9 while commands are durable but not acknowledged: every acknowledged event survives
// exactly once, the tablet resends what it was not told about and the server applies none of
// it twice, and the clients resume from their last seq without gaps or duplicates.
#include "meetingclient.h"
#include "recordingrelay.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace quorum;

namespace {
/** command id -> seq, read straight from the SQLite file; `rows`: how many rows hold one. */
QHash<QString, quint64> storedChairCommands(
    const QString &path, quint64 *headSeq, int *rows = nullptr)
{
    int count = 0;
    QHash<QString, quint64> commands;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT command_key, seq FROM events WHERE command_key LIKE 'chair/%'"));
            while (q.next()) {
                const QString id = q.value(0).toString().mid(6);
                if (commands.contains(id))
                    qWarning() << "command stored twice:" << id;
                commands.insert(id, quint64(q.value(1).toLongLong()));
                ++count;
            }
            q.exec(QStringLiteral("SELECT MAX(seq) FROM events WHERE meeting_id = 'demo'"));
            *headSeq = q.next() ? quint64(q.value(0).toLongLong()) : 0;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    if (rows)
        *rows = count;
    return commands;
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killNineLosesNothingAcknowledged()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        // The chair's link goes through a relay that the test can stall: the way to hold
        // commands in the state this test is about, durable on the server and not acknowledged
        // on the tablet, for as long as it takes to kill the server.
        RecordingRelay relay(server.port());
        QUrl chairUrl = server.url();
        chairUrl.setPort(relay.port());

        MeetingClient chair;
        chair.setDeviceId(QStringLiteral("chair-tablet"));
        chair.setReconnectPolicy(50, 300);
        MeetingClient delegate;
        delegate.setDeviceId(QStringLiteral("d01-tablet"));
        delegate.setReconnectPolicy(50, 300);
        std::vector<quint64> seen;
        delegate.setEventObserver([&seen](const v1::Event &e) { seen.push_back(e.seq()); });

        chair.join(chairUrl, QStringLiteral("246810"));
        delegate.join(server.url(), QStringLiteral("310001"));
        QTRY_COMPARE(chair.connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(delegate.connectionState(), MeetingClient::Connected);

        QHash<QString, quint64> acked;
        connect(&chair, &MeetingClient::commandAcknowledged, this,
            [&](const QString &id, quint64 seq) { acked.insert(id, seq); });
        QSignalSpy failed(&chair, &MeetingClient::commandFailed);
        // Each command a real change (the item alternates), all under the burst limit of 100.
        QStringList sent;
        auto send = [&](int n) {
            QStringList ids;
            for (int i = 0; i < n; ++i) {
                ids << chair.setCurrentItem(
                    sent.size() % 2 ? QStringLiteral("opening") : QStringLiteral("closing"));
                sent << ids.last();
            }
            return ids;
        };

        // Ten commands acknowledged.
        send(10);
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 10, 10000);
        const QHash<QString, quint64> ackedBeforeKill = acked;

        // The link stops delivering to the chair; ten more commands reach the server, which
        // makes them durable and answers into the void. Kill it then.
        relay.stallServerToClient();
        const QStringList unacknowledged = send(10);
        quint64 head = 0;
        QHash<QString, quint64> stored;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            stored = storedChairCommands(server.databasePath(), &head);
            return std::all_of(unacknowledged.cbegin(), unacknowledged.cend(),
                [&](const QString &id) { return stored.contains(id); });
        }()),
            10000);
        server.kill();

        // The state the resend path is for, asserted: ten commands durable, none of them
        // acknowledged on the tablet, all still pending there.
        QCOMPARE(acked.size(), 10);
        QCOMPARE(chair.pendingCommands(), 10);
        for (const QString &id : unacknowledged)
            QVERIFY2(!acked.contains(id), qPrintable("acknowledged through a stalled link: " + id));
        const QHash<QString, quint64> durableAtKill
            = storedChairCommands(server.databasePath(), &head);
        QCOMPARE(durableAtKill.size(), 20);
        for (auto it = ackedBeforeKill.cbegin(); it != ackedBeforeKill.cend(); ++it) {
            QVERIFY2(
                durableAtKill.contains(it.key()), qPrintable("acknowledged but lost: " + it.key()));
            QCOMPARE(durableAtKill.value(it.key()), it.value());
        }

        QTRY_VERIFY(chair.connectionState() != MeetingClient::Connected);
        // Commands made while the server is down are queued and sent after the restart.
        send(10);
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(chair.connectionState(), MeetingClient::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(delegate.connectionState(), MeetingClient::Connected, 10000);
        // The client resends what was not acknowledged; the server applies each command once
        // and answers a resent durable command with the seq it had before the kill.
        QTRY_COMPARE_WITH_TIMEOUT(chair.pendingCommands(), 0, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(acked.size(), sent.size());
        for (const QString &id : unacknowledged)
            QCOMPARE(acked.value(id), durableAtKill.value(id));

        int rows = 0;
        const QHash<QString, quint64> after
            = storedChairCommands(server.databasePath(), &head, &rows);
        QCOMPARE(after.size(), sent.size());
        QCOMPARE(rows, sent.size()); // each exactly once
        for (const QString &id : sent)
            QCOMPARE(after.value(id), acked.value(id));

        // The delegate resumed from its last seq: every event once, in order, none missing.
        QTRY_COMPARE(delegate.lastSeq(), head);
        QVERIFY(!seen.empty());
        for (size_t i = 1; i < seen.size(); ++i)
            QCOMPARE(seen[i], seen[i - 1] + 1);
        QCOMPARE(delegate.currentItemId(), chair.currentItemId());
        QCOMPARE(delegate.currentItemId(), QStringLiteral("opening")); // the last command's item
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
