// Meeting definition files, including the demo meeting shipped in assets/.
#include "meeting.h"
#include "meetingfile.h"

#include <QFile>
#include <QTest>

using namespace quorum;

class TestMeetingFile : public QObject
{
    Q_OBJECT
private slots:
    void demoMeetingParsesAndDefines()
    {
        QFile f(QUORUM_SOURCE_DIR "/assets/demo/meeting.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto file = parseMeetingFile(f.readAll(), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->definition.agenda_size(), 5);
        QCOMPARE(qstr(file->definition.organisation()), QStringLiteral("Đoàn khối Cơ quan - Doanh nghiệp tỉnh"));
        QCOMPARE(file->secrets.size(), file->definition.participants_size());
        QVERIFY(Meeting().define(file->definition).ok());
    }

    void errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{oops") << "not a JSON object";
        QTest::newRow("bad role") << QByteArray(R"({"participants":[{"id":"x","role":"king"}]})") << "unknown role 'king'";
        QTest::newRow("shared pin")
                << QByteArray(R"({"participants":[{"id":"a","role":"chair","pin":"1"},{"id":"b","role":"delegate","pin":"1"}]})")
                << "share a PIN";
        QTest::newRow("bad date") << QByteArray(R"({"scheduledStart":"tomorrow"})") << "ISO 8601";
    }
    void errorsSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseMeetingFile(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMeetingFile)
#include "tst_meetingfile.moc"
