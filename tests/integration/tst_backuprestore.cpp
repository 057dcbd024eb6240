// `quorum-server backup` while the chair keeps changing the meeting, then `restore` into an
// empty folder (issue 14): the restored server serves the same meeting, with the same hash
// chain up to the moment of the backup, the same signing key and the same documents.
#include "meetingclient.h"
#include "serverprocess.h"
#include "sqliteinspect.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace quorum;

namespace {
const QString Meeting = QStringLiteral("demo");

/** Relative path -> bytes of every file under `dir`/`sub`. */
QMap<QString, QByteArray> filesUnder(const QString &dir, const QString &sub)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(QDir(dir).filePath(sub), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        files.insert(QDir(dir).relativeFilePath(f.fileName()), f.readAll());
    }
    return files;
}

/** Runs `quorum-server ARGS` to its end, the event loop turning meanwhile. */
int runServerCommand(const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(QUORUM_SERVER_BINARY), arguments);
    if (!p.waitForStarted())
        return -1;
    // Waiting with the event loop turning keeps the chair's writes going meanwhile.
    QDeadlineTimer deadline(60'000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT
private slots:
    void backupDuringWritesRestoresTheSameChain()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        MeetingClient chair;
        chair.setDeviceId(QStringLiteral("chair-backup"));
        chair.join(server.url(), QStringLiteral("246810"));
        QTRY_COMPARE(chair.connectionState(), MeetingClient::Connected);

        // The chair moves the agenda every 25 ms (40/s, under the 50/s command rate) for the
        // whole backup: each one a commit to the log while it is being copied.
        quint64 ackedSeq = 0;
        int acked = 0;
        connect(
            &chair, &MeetingClient::commandAcknowledged, this, [&](const QString &, quint64 seq) {
                ackedSeq = qMax(ackedSeq, seq);
                ++acked;
            });
        QTimer writer;
        bool toggle = false;
        connect(&writer, &QTimer::timeout, this, [&] {
            toggle = !toggle;
            chair.setCurrentItem(toggle ? QStringLiteral("opening") : QStringLiteral("closing"));
        });
        writer.start(25);
        QTRY_VERIFY(acked >= 10);

        QTemporaryDir work;
        const QString backupFile = work.filePath(QStringLiteral("room.tar.gz"));
        const quint64 durableBeforeBackup = ackedSeq;
        const int ackedBeforeBackup = acked;
        QString output;
        QCOMPARE(runServerCommand({ QStringLiteral("backup"), QStringLiteral("--data"),
                                      server.dataPath(), QStringLiteral("--out"), backupFile },
                     &output),
            0);
        QVERIFY2(output.contains(QLatin1String("backup ")), qPrintable(output));
        // The backup holds the hashing key, the TLS key and token hashes: nobody else on the
        // host may read it (it was 0644 under the usual umask before).
        QCOMPARE(QFileInfo(backupFile).permissions()
                & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther | QFile::WriteGroup),
            QFile::Permissions());
        // Writes went on after the backup, too: the copy is of a log that kept moving.
        QTRY_VERIFY(acked >= ackedBeforeBackup + 10);
        writer.stop();
        server.stop();
        const QByteArrayList original = sqliteinspect::eventHashes(server.databasePath(), Meeting);

        // Restore into a folder that does not exist yet.
        const QString restored = work.filePath(QStringLiteral("restored"));
        QCOMPARE(runServerCommand(
                     { QStringLiteral("restore"), backupFile, QStringLiteral("--data"), restored },
                     &output),
            0);
        QVERIFY2(output.contains(QLatin1String("1 meeting(s), every hash chain verified")),
            qPrintable(output));

        // The same chain up to the backup: a prefix of the original, holding everything that
        // was acknowledged before the backup began.
        const QByteArrayList chain = sqliteinspect::eventHashes(
            QDir(restored).filePath(QStringLiteral("quorum.sqlite")), Meeting);
        QVERIFY2(quint64(chain.size()) >= durableBeforeBackup,
            qPrintable(QStringLiteral("%1 events restored, %2 acknowledged before")
                           .arg(chain.size())
                           .arg(durableBeforeBackup)));
        QVERIFY(chain.size() <= original.size());
        QCOMPARE(chain, original.mid(0, chain.size()));
        // The keys and the documents came along, byte for byte; scratch space did not.
        QCOMPARE(filesUnder(restored, QStringLiteral("blobs")),
            filesUnder(server.dataPath(), QStringLiteral("blobs")));
        QVERIFY(!filesUnder(restored, QStringLiteral("blobs")).isEmpty());
        QCOMPARE(filesUnder(restored, QStringLiteral("server-ed25519.pem")).values(),
            filesUnder(server.dataPath(), QStringLiteral("server-ed25519.pem")).values());
        QVERIFY(!QDir(restored).exists(QStringLiteral("uploads")));
        QCOMPARE(QFileInfo(restored).permissions() & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
        // So are the folders inside it (blobs/...): the owner's alone, like the data folder.
        for (QDirIterator it(
                 restored, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString folder = it.next();
            QVERIFY2((QFileInfo(folder).permissions()
                         & (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther))
                    == QFile::Permissions(),
                qPrintable(folder));
        }

        // A restore never mixes into a folder in use.
        QVERIFY(runServerCommand(
                    { QStringLiteral("restore"), backupFile, QStringLiteral("--data"), restored },
                    &output)
            != 0);
        QVERIFY2(output.contains(QLatin1String("is not empty")), qPrintable(output));

        // The restored server serves the meeting: a delegate receives the whole restored
        // chain, and the archive key is the one the room had.
        ServerProcess again;
        QVERIFY2(again.start({ QStringLiteral("--data"), restored }), qPrintable(again.output()));
        MeetingClient delegate;
        delegate.setDeviceId(QStringLiteral("d01-restored"));
        delegate.join(again.url(), QStringLiteral("310001"));
        QTRY_COMPARE(delegate.connectionState(), MeetingClient::Connected);
        // Every restored event, then the delegate's own arrival.
        QTRY_VERIFY(delegate.lastSeq() > quint64(chain.size()));
        const auto fingerprint = [](const QString &out) {
            const int at = out.indexOf(QLatin1String("fingerprint "));
            return at < 0 ? QString() : out.mid(at).section(QLatin1Char('\n'), 0, 0);
        };
        QTRY_VERIFY(!fingerprint(again.output()).isEmpty());
        QCOMPARE(fingerprint(again.output()), fingerprint(server.output()));
        // The restored server continued the same chain.
        again.stop();
        const QByteArrayList continued = sqliteinspect::eventHashes(
            QDir(restored).filePath(QStringLiteral("quorum.sqlite")), Meeting);
        QCOMPARE(continued.mid(0, chain.size()), chain);
        QCOMPARE(quint64(continued.size()), delegate.lastSeq());
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
