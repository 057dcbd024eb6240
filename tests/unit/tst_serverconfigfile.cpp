// /etc/quorum/quorum-server.conf: each key is a long option of the server, and the command
// line overrides the file. Guards what an administrator notices: a setting in the file takes
// effect, `--port` typed by hand still wins, a typo is refused with its line instead of ignored.
#include "serverconfigfile.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
QList<QCommandLineOption> serverLikeOptions()
{
    return { QCommandLineOption({ QStringLiteral("p"), QStringLiteral("port") }, QString(),
                 QStringLiteral("port"), QStringLiteral("7450")),
        QCommandLineOption(QStringLiteral("listen"), QString(), QStringLiteral("address"),
            QStringLiteral("0.0.0.0")),
        QCommandLineOption(QStringLiteral("meeting"), QString(), QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("no-qr"), QString()), configFileOption() };
}
} // namespace

class TestServerConfigFile : public QObject
{
    Q_OBJECT
private slots:
    void settings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("commandLine");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QStringList>("meetings");
        QTest::addColumn<bool>("noQr");

        QTest::newRow("defaults without a file") << QString() << QStringList() << "7450"
                                                 << "0.0.0.0" << QStringList() << false;
        QTest::newRow("the file sets options")
            << "# comment\n\nport = 8000\nlisten=127.0.0.1\nno-qr = true\n"
            << QStringList() << "8000"
            << "127.0.0.1" << QStringList() << true;
        QTest::newRow("the command line overrides the file")
            << "port = 8000\nlisten = 127.0.0.1\n"
            << QStringList{ "--port", "9000" } << "9000"
            << "127.0.0.1" << QStringList() << false;
        QTest::newRow("short names on the command line override too")
            << "port = 8000\n"
            << QStringList{ "-p", "9001" } << "9001"
            << "0.0.0.0" << QStringList() << false;
        QTest::newRow("a false flag is not set") << "no-qr = false\n"
                                                 << QStringList() << "7450"
                                                 << "0.0.0.0" << QStringList() << false;
        QTest::newRow("a repeatable option may repeat")
            << "meeting = /a.json\nmeeting = /b c.json\n"
            << QStringList() << "7450"
            << "0.0.0.0" << QStringList{ "/a.json", "/b c.json" } << false;
        QTest::newRow("meetings on the command line replace the file's")
            << "meeting = /a.json\n"
            << QStringList{ "--meeting", "/c.json" } << "7450"
            << "0.0.0.0" << QStringList{ "/c.json" } << false;
    }

    void settings()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, commandLine);
        QTemporaryDir dir;
        QStringList arguments{ QStringLiteral("quorum-server") };
        if (!file.isEmpty()) {
            const QString path = dir.filePath(QStringLiteral("quorum-server.conf"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file.toUtf8());
            arguments << QStringLiteral("--config") << path;
        }
        arguments << commandLine;
        const QList<QCommandLineOption> options = serverLikeOptions();
        QString error;
        const QStringList merged = withConfigFile(arguments, options, &error);
        QVERIFY2(!merged.isEmpty(), qPrintable(error));
        QCommandLineParser parser;
        parser.addOptions(options);
        QVERIFY2(parser.parse(merged), qPrintable(parser.errorText()));
        QTEST(parser.value(QStringLiteral("port")), "port");
        QTEST(parser.value(QStringLiteral("listen")), "listen");
        QTEST(parser.values(QStringLiteral("meeting")), "meetings");
        QTEST(parser.isSet(QStringLiteral("no-qr")), "noQr");
    }

    void mistakes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << "port = 1\nprot = 2\n"
                                     << "line 2: 'prot = 2' is not a setting";
        QTest::newRow("no value sign") << "port\n"
                                       << "line 1: 'port' is not a setting";
        QTest::newRow("flag with another value") << "no-qr = maybe\n"
                                                 << "line 1: no-qr is true or false, not 'maybe'";
        QTest::newRow("a file that names a file") << "config = /etc/other\n"
                                                  << "is not a setting";
    }

    void mistakes()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quorum-server.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file.toUtf8());
        f.close();
        QString error;
        QVERIFY(
            withConfigFile({ QStringLiteral("quorum-server"), QStringLiteral("--config"), path },
                serverLikeOptions(), &error)
                .isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aMissingFileIsAnError()
    {
        QString error;
        QVERIFY(withConfigFile(
            { QStringLiteral("quorum-server"), QStringLiteral("--config=/nonexistent/q.conf") },
            serverLikeOptions(), &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("/nonexistent/q.conf")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerConfigFile)
#include "tst_serverconfigfile.moc"
