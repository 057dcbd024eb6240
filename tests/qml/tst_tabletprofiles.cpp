// Whole quorum-tablet processes, as scripts/demo.sh starts them: one server, two tablets, each
// on its own profile. Guards issue 11's "first thing a newcomer sees": two tablets on one shared
// data folder left the delegate at "Downloading documents… 15%" for good; a second process on
// a profile that is in use must be refused in words instead of sharing it.
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace {

/** A quorum-tablet process, offscreen, its folders under `home`; its output collected. */
class Tablet
{
public:
    Tablet(const QString &home, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        QObject::connect(&m_process, &QProcess::readyRead, &m_process,
            [this] { m_output += QString::fromUtf8(m_process.readAll()); });
        m_process.start(QStringLiteral(QUORUM_TABLET_BINARY), arguments);
    }
    ~Tablet()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(5'000);
    }
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_output;
};

QString profileFolder(const QString &home, const QString &name)
{
    return home + QStringLiteral("/data/Quorum/quorum-tablet/profiles/") + name;
}

} // namespace

/** The demo server's join link for a PIN, as its QR codes (quorums://…&fp=…). */
static QString link(const ServerProcess &server, const char *pin)
{
    return QStringLiteral("quorums://127.0.0.1:%1/demo?pin=%2&fp=%3")
        .arg(server.port())
        .arg(QLatin1String(pin), server.fingerprint());
}

class TestTabletProfiles : public QObject
{
    Q_OBJECT
private slots:
    void twoTabletsAsTheDemoStartsThemBothGetEveryDocument()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QTemporaryDir home;
        // As scripts/demo.sh: --join; the delegate's link as the desktop hands it over (%u).
        Tablet chair(home.path(),
            { "--join", link(server, "246810"), "--profile", "demo-chair", "--device-id",
                "demo-chair", "--title", "chair" });
        Tablet delegate(home.path(),
            { link(server, "310001"), "--profile", "demo-d01", "--device-id", "demo-d01", "--title",
                "delegate" });
        // The demo meeting has three documents; a shared folder left one of them at 0 % for good.
        QTRY_VERIFY2_WITH_TIMEOUT(chair.output().contains(QStringLiteral("all documents ready: 3")),
            qPrintable(chair.output()), 90'000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            delegate.output().contains(QStringLiteral("all documents ready: 3")),
            qPrintable(delegate.output()), 90'000);
        // Each in its own folder.
        for (const char *name : { "demo-chair", "demo-d01" }) {
            const QDir documents(
                profileFolder(home.path(), QLatin1String(name)) + QStringLiteral("/documents"));
            QVERIFY2(documents.entryList(QDir::Files).size() >= 3, qPrintable(documents.path()));
        }
        QCOMPARE(chair.process().state(), QProcess::Running);
        QCOMPARE(delegate.process().state(), QProcess::Running);
    }

    void aSecondProcessOnTheSameProfileIsRefused()
    {
        QTemporaryDir home;
        Tablet first(home.path(), { "--profile", "desk-7" });
        const QString lock = profileFolder(home.path(), QStringLiteral("desk-7"))
            + QStringLiteral("/profile.lock");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 30'000);

        Tablet second(home.path(), { "--profile", "desk-7" });
        QVERIFY(second.process().waitForFinished(30'000));
        QCOMPARE(second.process().exitCode(), 3);
        QTRY_VERIFY2(
            second.output().contains(QStringLiteral("the profile 'desk-7' is in use by another "
                                                    "quorum-tablet (pid %1)")
                                         .arg(first.process().processId())),
            qPrintable(second.output()));
        QCOMPARE(first.process().state(), QProcess::Running);

        // Another profile on the same machine starts.
        Tablet other(home.path(), { "--profile", "desk-8" });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(profileFolder(home.path(), QStringLiteral("desk-8"))
                                     + QStringLiteral("/profile.lock")),
            30'000);
        QCOMPARE(other.process().state(), QProcess::Running);
    }

    void aLinkOpenedWhileTheTabletRunsGoesToIt()
    {
        // The desktop starts `quorum-tablet LINK` for a quorum:// link opened in a message: the
        // tablet already running on that profile joins with it.
        ServerProcess server;
        QVERIFY(server.start());
        QTemporaryDir home;
        Tablet running(home.path(), { "--profile", "desk-h" });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(profileFolder(home.path(), QStringLiteral("desk-h"))
                                     + QStringLiteral("/links.sock")),
            30'000);
        Tablet opened(home.path(), { "--profile", "desk-h", link(server, "310002") });
        QVERIFY(opened.process().waitForFinished(30'000));
        QCOMPARE(opened.process().exitCode(), 0);
        QTRY_VERIFY2(
            opened.output().contains(QStringLiteral("the link went to the tablet already running")),
            qPrintable(opened.output()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            running.output().contains(QStringLiteral("all documents ready: 3")),
            qPrintable(running.output()), 90'000);
    }

    void aCrashedHoldersProfileIsTakenOver()
    {
        QTemporaryDir home;
        {
            Tablet crashed(home.path(), { "--profile", "desk-9" });
            const QString lock = profileFolder(home.path(), QStringLiteral("desk-9"))
                + QStringLiteral("/profile.lock");
            // Killed once its lock names it: QLockFile creates the file, then writes the pid; a
            // kill in between (seen under a loaded CI run) leaves an empty lock that, with no
            // stale time, is never taken over — a different case from a crashed holder's.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(lock).size() > 0, 30'000);
            crashed.process().kill(); // its lock file stays behind
            QVERIFY(crashed.process().waitForFinished(10'000));
            QVERIFY(QFile::exists(lock));
        }
        Tablet next(home.path(), { "--profile", "desk-9" });
        QVERIFY(!next.process().waitForFinished(3'000)); // still running: it took the profile
        QCOMPARE(next.process().state(), QProcess::Running);
    }

    // Guards: a lock that names no process (the tablet killed, or the power lost, between
    // creating its lock and writing its pid: an empty or cut file) is taken over once nobody
    // holds it. Before, with no stale time, such a profile never opened again: every start
    // said "in use by another quorum-tablet (pid 0)" and quit.
    void anAbandonedLockWithNoPidIsTakenOver()
    {
        for (const QByteArray &contents : { QByteArray(), QByteArray("\n") }) {
            QTemporaryDir home;
            const QString folder = profileFolder(home.path(), QStringLiteral("desk-e"));
            QVERIFY(QDir().mkpath(folder));
            QFile lock(folder + QStringLiteral("/profile.lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(contents);
            QVERIFY(lock.flush()); // else closing writes it, and dates it now
            // Left by a start a minute ago, not one that is writing its pid right now.
            QVERIFY(lock.setFileTime(
                QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
            lock.close();
            Tablet next(home.path(), { "--profile", "desk-e" });
            QVERIFY2(!next.process().waitForFinished(3'000), qPrintable(next.output()));
            QCOMPARE(next.process().state(), QProcess::Running);
        }
    }

    // Guards: however old a running tablet's lock is (a tablet runs all day), a second process
    // on its profile is still refused.
    void aLiveHoldersOldLockIsStillRefused()
    {
        QTemporaryDir home;
        Tablet first(home.path(), { "--profile", "desk-o" });
        const QString lock = profileFolder(home.path(), QStringLiteral("desk-o"))
            + QStringLiteral("/profile.lock");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(lock).size() > 0, 30'000);
        {
            QFile file(lock);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-8 * 3600),
                QFileDevice::FileModificationTime));
        }
        Tablet second(home.path(), { "--profile", "desk-o" });
        QVERIFY(second.process().waitForFinished(30'000));
        QCOMPARE(second.process().exitCode(), 3);
        QCOMPARE(first.process().state(), QProcess::Running);
        QVERIFY(QFile::exists(lock));
    }

    void aBadProfileNameIsRefused()
    {
        QTemporaryDir home;
        Tablet bad(home.path(), { "--profile", "../elsewhere" });
        QVERIFY(bad.process().waitForFinished(30'000));
        QCOMPARE(bad.process().exitCode(), 2);
        QVERIFY2(bad.output().contains(QStringLiteral("--profile needs a name")),
            qPrintable(bad.output()));
    }
};

QTEST_GUILESS_MAIN(TestTabletProfiles)
#include "tst_tabletprofiles.moc"
