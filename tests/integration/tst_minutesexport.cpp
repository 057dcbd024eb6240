// ExportMinutes on the real server (docs/minutes.md): the secretary's tablet asks, the server
// runs its own `quorum-server export` in a child process while the room goes on, keeps the
// archive and the Vietnamese minutes PDF by SHA-256 and records MinutesExported; the tablet
// fetches the bytes with FetchDocument, they hash to what the event says, the PDF's text holds
// the meeting's title and the draft mark, and the archive verifies with the server's key.
#include "rawclient.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace quorum;

namespace {
const QString Title = QStringLiteral(
    "Sinh hoạt chuyên đề: Xây dựng đội ngũ cán bộ Đoàn đáp ứng yêu cầu chuyển đổi số");

v1::Command exportMinutes()
{
    v1::Command c;
    c.mutable_export_minutes();
    return c;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** Fields of /proc/PID/stat after the command name: state, ppid, ...; empty when gone. */
QList<QByteArray> procStat(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

/**
 * Waits (busy, up to `ms`) for a child process of `parent` running `quorum-server export`
 * and stops it with SIGSTOP as soon as it shows: its pid, or 0.
 */
pid_t stopExportChild(qint64 parent, int ms)
{
    QElapsedTimer clock;
    clock.start();
    const QByteArray ppid = QByteArray::number(parent);
    while (clock.elapsed() < ms) {
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            if (!pid.front().isDigit() || procStat(pid).value(1) != ppid)
                continue;
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly)
                || !cmdline.readAll().split('\0').contains("export"))
                continue; // not yet exec'd, or another child
            if (::kill(pid_t(pid.toInt()), SIGSTOP) == 0)
                return pid_t(pid.toInt());
        }
        QCoreApplication::processEvents(); // the command goes out from the event loop
        QThread::usleep(500);
    }
    return 0;
}

/** Continues a stopped process when the test ends, whichever way it ends. */
struct ContinueAtExit
{
    pid_t pid = 0;
    ~ContinueAtExit()
    {
        if (pid > 0)
            ::kill(pid, SIGCONT);
    }
};
} // namespace

class TestMinutesExport : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_fingerprint;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server.output().contains(QStringLiteral("fingerprint ")), 10'000);
        const auto match = QRegularExpression(QStringLiteral("fingerprint ([0-9a-f:]{79})"))
                               .match(m_server.output());
        QVERIFY2(match.hasMatch(), qPrintable(m_server.output()));
        m_fingerprint = match.captured(1);
    }

    void welcomeCarriesTheFingerprint()
    {
        RawClient chair;
        QVERIFY(chair.open(m_server.url()));
        chair.hello(QStringLiteral("246810"), 0, QStringLiteral("fp-chair"));
        const auto welcome = chair.welcome();
        QVERIFY(welcome);
        QCOMPARE(QString::fromStdString(welcome->signing_key_fingerprint()), m_fingerprint);
    }

    void delegateMayNotExport()
    {
        RawClient delegate;
        QVERIFY(delegate.open(m_server.url()));
        delegate.hello(QStringLiteral("310001"), 0, QStringLiteral("x-d01"));
        QVERIFY(delegate.welcome());
        const auto reply = delegate.reply(delegate.command(exportMinutes()));
        QVERIFY(reply);
        QCOMPARE(reply->error().code(), v1::ERROR_FORBIDDEN);
    }

    void exportFetchVerify()
    {
        RawClient secretary, chair;
        QVERIFY(secretary.open(m_server.url()));
        secretary.hello(QStringLiteral("135790"), 0, QStringLiteral("x-secretary"));
        QVERIFY(secretary.welcome());
        QVERIFY(chair.open(m_server.url()));
        chair.hello(QStringLiteral("246810"), 0, QStringLiteral("x-chair"));
        QVERIFY(chair.welcome());

        v1::Command notes;
        notes.mutable_edit_minutes()->set_item_id("opening");
        notes.mutable_edit_minutes()->set_conclusions("Thống nhất chương trình hội nghị.");
        const auto edited = secretary.reply(secretary.command(notes));
        QVERIFY(edited && !edited->has_error());

        // The room does not wait for the export: its process is held stopped (SIGSTOP) from
        // the moment it shows, and the room answers a command all the same.
        const quint64 exportRequest
            = secretary.command(exportMinutes(), QStringLiteral("export-1"));
        QElapsedTimer sinceExport;
        sinceExport.start();
        const ContinueAtExit exportChild{ stopExportChild(m_server.processId(), 20'000) };
        QVERIFY2(exportChild.pid > 0, "no `quorum-server export` child process showed");
        QTRY_COMPARE(
            procStat(QString::number(exportChild.pid)).value(0), QByteArray("T")); // stopped
        v1::Command next;
        next.mutable_advance_agenda()->set_delta(1);
        const auto advanced = chair.reply(chair.command(next), 10'000);
        QVERIFY2(advanced, "the room waited for the export");
        QVERIFY(!advanced->has_error());
        const qint64 answeredWithin = sinceExport.elapsed();

        // A second export while the first one runs is refused, typed.
        RawClient other;
        QVERIFY(other.open(m_server.url()));
        other.hello(QStringLiteral("246810"), 0, QStringLiteral("x-chair-2"));
        QVERIFY(other.welcome());
        const auto second = other.reply(other.command(exportMinutes()), 10'000);
        QVERIFY2(second, "a second export was not answered while the first one runs");
        QVERIFY(second->has_error());
        QCOMPARE(second->error().code(), v1::ERROR_INVALID_STATE);
        // Still running: the export has not answered while its process was stopped.
        QVERIFY(!secretary.reply(exportRequest, 200));

        ::kill(exportChild.pid, SIGCONT);
        const auto reply = secretary.reply(exportRequest, 120'000);
        QVERIFY(reply);
        QVERIFY2(!reply->has_error(), reply->error().detail().c_str());
        QVERIFY(reply->seq() > 0);
        qInfo() << "export answered after" << sinceExport.elapsed()
                << "ms; a command meanwhile after" << answeredWithin << "ms";

        // The event, on the chair's tablet too.
        v1::MinutesExported exported;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const v1::Event &e : chair.events()) {
                    if (e.has_minutes_exported() && e.seq() == reply->seq()) {
                        exported = e.minutes_exported();
                        return true;
                    }
                }
                return false;
            }(),
            10'000);
        QVERIFY(!exported.approved());
        QCOMPARE(QString::fromStdString(exported.fingerprint()), m_fingerprint);
        QVERIFY(exported.last_seq() > 0);
        QVERIFY(QString::fromStdString(exported.archive_file_name())
                    .endsWith(QStringLiteral(".quorum.zip")));

        // The PDF's bytes, fetched like a document, hash to what the event says.
        QString error;
        const QByteArray pdf = secretary.fetchAll(exported.minutes_vi_sha256(), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QCOMPARE(quint64(pdf.size()), exported.minutes_vi_size());
        QCOMPARE(sha256Hex(pdf), QString::fromStdString(exported.minutes_vi_sha256()));
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdfPath = m_dir.filePath(QStringLiteral("bien-ban.vi.pdf"));
        {
            QFile f(pdfPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pdf);
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdfPath, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30'000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(Title), qPrintable(words.left(600)));
        QVERIFY(words.contains(QStringLiteral("DỰ THẢO")));
        QVERIFY(words.contains(QStringLiteral("Thống nhất chương trình hội nghị.")));

        // The archive, fetched too, verifies with the key the Welcome named.
        const QByteArray zip = secretary.fetchAll(exported.archive_sha256(), &error);
        QVERIFY2(!zip.isEmpty(), qPrintable(error));
        QCOMPARE(sha256Hex(zip), QString::fromStdString(exported.archive_sha256()));
        const QString zipPath
            = m_dir.filePath(QString::fromStdString(exported.archive_file_name()));
        {
            QFile f(zipPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(zip);
        }
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(QStringLiteral(QUORUM_SERVER_BINARY),
            { QStringLiteral("verify"), zipPath, QStringLiteral("--key"), m_fingerprint });
        QVERIFY(verify.waitForFinished(60'000));
        QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());

        // A tablet joining later learns of the export from its snapshot.
        RawClient late;
        QVERIFY(late.open(m_server.url()));
        late.hello(QStringLiteral("135790"), 0, QStringLiteral("x-secretary-2"));
        const auto welcome = late.welcome();
        QVERIFY(welcome && welcome->has_snapshot());
        QCOMPARE(welcome->snapshot().minutes().last_export().minutes_vi_sha256(),
            exported.minutes_vi_sha256());

        // A resend of the same command is the same command: answered as a duplicate.
        const auto again = secretary.reply(
            secretary.command(exportMinutes(), QStringLiteral("export-1")), 10'000);
        QVERIFY(again && !again->has_error());
        QVERIFY(again->duplicate());
    }
};

QTEST_GUILESS_MAIN(TestMinutesExport)
#include "tst_minutesexport.moc"
