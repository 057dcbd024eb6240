// `quorum-server roster LIST --meeting FILE [--write]` on the real binary (issue 13): the
// preview names every refused row and column and changes nothing; --write puts a good list
// into the meeting file, keeps the rest of the file as written, and the server starts with it.
#include "meetingfile.h"
#include "serverprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
const QString Fixtures = QStringLiteral(QUORUM_SOURCE_DIR "/tests/unit/fixtures/roster/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int code = -1;
    QString out;
};

Run roster(const QStringList &arguments)
{
    QProcess p;
    p.start(
        QStringLiteral(QUORUM_SERVER_BINARY), QStringList{ QStringLiteral("roster") } + arguments);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(),
        QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
}
} // namespace

class TestRosterCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_meeting;

private slots:
    void init()
    {
        m_meeting = m_dir.filePath(QStringLiteral("meeting.json"));
        QFile::remove(m_meeting);
        QVERIFY(
            QFile::copy(QStringLiteral(QUORUM_SOURCE_DIR "/assets/demo/meeting.json"), m_meeting));
        QFile::setPermissions(m_meeting, QFile::ReadOwner | QFile::WriteOwner);
    }

    // A refused list: every refusal with its row and column, exit 1, the file untouched.
    void refusedListChangesNothing()
    {
        const QByteArray before = readAll(m_meeting);
        const Run run = roster({ Fixtures + "refused.csv", "--meeting", m_meeting, "--write" });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("refused: 8")), qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("row 3, column B (Vai trò): \"Vua\" is not a role")),
            qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("row 7, column D (Mã): the ID is already on row 2")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("nothing imported")));
        QCOMPARE(readAll(m_meeting), before);
    }

    // The preview alone writes nothing; --write does, and the server runs the meeting.
    void goodListIsWritten()
    {
        const QByteArray before = readAll(m_meeting);
        Run run = roster({ Fixtures + "vi-bom-semicolon.csv", "--meeting", m_meeting });
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(
                     QStringLiteral("to import: 4 (chair 1, secretary 1, delegate 1, observer 1)")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("columns not read: STT")));
        QCOMPARE(readAll(m_meeting), before);

        run = roster({ Fixtures + "vi-bom-semicolon.csv", "--meeting", m_meeting, "--write" });
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("4 participants written")), qPrintable(run.out));
        const QByteArray after = readAll(m_meeting);
        QString error;
        const auto file = parseMeetingFile(after, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->definition.participants_size(), 4);
        QCOMPARE(qstr(file->definition.participants(0).name()), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(file->definition.participants(0).role(), v1::ROLE_CHAIR);
        QCOMPARE(file->definition.participants(0).weight(), quint64(1500));
        QCOMPARE(file->definition.agenda_size(), 5);
        // The rest of the file as the secretary wrote it: the same first lines, the agenda.
        QCOMPARE(after.left(after.indexOf("\"participants\"")),
            before.left(before.indexOf("\"participants\"")));
        QVERIFY(after.endsWith(before.mid(before.indexOf("  \"agenda\""))));

        ServerProcess server;
        QVERIFY2(
            server.start({ QStringLiteral("--meeting"), m_meeting }), qPrintable(server.output()));
    }

    // A list without a chair reads well but would make a meeting without one: not written.
    void meetingWithoutChairIsNotWritten()
    {
        const QString list = m_dir.filePath(QStringLiteral("nochair.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên,Vai trò\nLê Văn Cường,Đại biểu\n");
        f.close();
        const QByteArray before = readAll(m_meeting);
        const Run run = roster({ list, "--meeting", m_meeting, "--write" });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("participants: the meeting needs a chair")),
            qPrintable(run.out));
        QCOMPARE(readAll(m_meeting), before);
    }

    void notAList()
    {
        const Run run = roster(
            { QStringLiteral(QUORUM_SOURCE_DIR "/assets/documents/vai-tro-cong-chuc-tre.pdf"),
                "--meeting", m_meeting });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("neither CSV text nor an XLSX workbook")),
            qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestRosterCommand)
#include "tst_rostercommand.moc"
