// kill -9 right after acknowledgements: every acknowledged event survives exactly once, and
// the clients resume from their last seq without gaps or duplicates.
#include "meetingclient.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace quorum;

namespace {
/** command id -> seq, read straight from the SQLite file. */
QHash<QString, quint64> storedChairCommands(const QString &path, quint64 *headSeq)
{
    QHash<QString, quint64> commands;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT command_key, seq FROM events WHERE command_key LIKE 'chair/%'"));
            while (q.next()) {
                const QString id = q.value(0).toString().mid(6);
                if (commands.contains(id))
                    qWarning() << "command stored twice:" << id;
                commands.insert(id, quint64(q.value(1).toLongLong()));
            }
            q.exec(QStringLiteral("SELECT MAX(seq) FROM events WHERE meeting_id = 'demo'"));
            *headSeq = q.next() ? quint64(q.value(0).toLongLong()) : 0;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
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

        MeetingClient chair;
        chair.setDeviceId(QStringLiteral("chair-tablet"));
        chair.setReconnectPolicy(50, 300);
        MeetingClient delegate;
        delegate.setDeviceId(QStringLiteral("d01-tablet"));
        delegate.setReconnectPolicy(50, 300);
        std::vector<quint64> seen;
        delegate.setEventObserver([&seen](const v1::Event &e) { seen.push_back(e.seq()); });

        chair.join(server.url(), QStringLiteral("246810"));
        delegate.join(server.url(), QStringLiteral("310001"));
        QTRY_COMPARE(chair.connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(delegate.connectionState(), MeetingClient::Connected);

        QHash<QString, quint64> acked;
        QHash<QString, quint64> ackedBeforeKill;
        // Kill from inside the tenth acknowledgement: later commands are in flight, some
        // durable but unacknowledged, some not yet received.
        connect(&chair, &MeetingClient::commandAcknowledged, this, [&](const QString &id, quint64 seq) {
            acked.insert(id, seq);
            if (acked.size() == 10) {
                server.kill();
                ackedBeforeKill = acked;
            }
        });
        QSignalSpy failed(&chair, &MeetingClient::commandFailed);

        // 80 commands, each a real change (the item alternates), under the burst limit of 100.
        QStringList sent;
        for (int i = 0; i < 80; ++i)
            sent << chair.setCurrentItem(i % 2 ? QStringLiteral("opening") : QStringLiteral("closing"));
        QTRY_COMPARE_WITH_TIMEOUT(ackedBeforeKill.size(), 10, 10000);

        quint64 head = 0;
        const QHash<QString, quint64> stored = storedChairCommands(server.databasePath(), &head);
        for (auto it = ackedBeforeKill.cbegin(); it != ackedBeforeKill.cend(); ++it) {
            QVERIFY2(stored.contains(it.key()), qPrintable("acknowledged but lost: " + it.key()));
            QCOMPARE(stored.value(it.key()), it.value());
        }
        qInfo("killed after %lld acknowledgements; %lld commands were durable", qint64(ackedBeforeKill.size()),
              qint64(stored.size()));

        QTRY_VERIFY(chair.connectionState() != MeetingClient::Connected);
        // Commands made while the server is down are queued and sent after the restart.
        for (int i = 0; i < 10; ++i)
            sent << chair.setCurrentItem(i % 2 ? QStringLiteral("opening") : QStringLiteral("closing"));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(chair.connectionState(), MeetingClient::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(delegate.connectionState(), MeetingClient::Connected, 10000);
        // The client resends what was not acknowledged; the server applies each command once.
        QTRY_COMPARE_WITH_TIMEOUT(chair.pendingCommands(), 0, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(acked.size(), sent.size());

        const QHash<QString, quint64> after = storedChairCommands(server.databasePath(), &head);
        QCOMPARE(after.size(), sent.size()); // each exactly once (a duplicate would warn above)
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
