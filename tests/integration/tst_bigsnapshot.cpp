// A meeting whose state alone is larger than a tablet accepts in one frame (issue 12), with
// the real server on loopback: 6,000 participants whose name, title and unit are as long as
// the desk allows (MaxNameChars, 200 characters of Vietnamese each) make a snapshot of
// 4.76 MB. A fresh library client joins and holds every participant, and no frame it or a
// bare client receives is larger than FrameTargetBytes.
//
// Before the fix the snapshot was one Welcome frame of 4.76 MB, above MaxMessageBytes (4 MiB):
// the tablet closed the connection with 1009 and tried again forever.
#include "meetingclient.h"
#include "participantsmodel.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
const QString Meeting = QStringLiteral("dai-hoi");
const QString ChairPin = QStringLiteral("100000");
/** A congress of a few thousand delegates (MaxParticipants is 10,000). */
constexpr int Delegates = 6000;

/** 200 characters (MaxNameChars) of Vietnamese, starting with `head`. */
QString longText(const QString &head, const QString &words)
{
    QString text = head + QLatin1Char(' ');
    while (text.size() < 200)
        text += words;
    return text.left(200);
}
} // namespace

class TestBigSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QJsonArray participants;
        participants.append(QJsonObject{ { "id", "chair" }, { "name", "Nguyễn Văn A" },
            { "role", "chair" }, { "pin", ChairPin } });
        for (int i = 1; i <= Delegates; ++i)
            participants.append(QJsonObject{
                { "id", QStringLiteral("dai-bieu-%1").arg(i, 4, 10, QLatin1Char('0')) },
                { "name", longText(QString::number(i), QStringLiteral("Nguyễn Thị Hồng Nhung ")) },
                { "title",
                    longText(QString::number(i), QStringLiteral("Phó Bí thư Chi đoàn cơ sở ")) },
                { "unit",
                    longText(QString::number(i), QStringLiteral("Sở Thông tin và Truyền thông ")) },
                { "role", "delegate" }, { "pin", QString::number(200000 + i) } });
        const QJsonObject meeting{
            { "id", Meeting }, { "title", "Đại hội đại biểu" }, { "participants", participants },
            { "agenda", QJsonArray{ QJsonObject{ { "id", "khai-mac" }, { "title", "Khai mạc" } } } }
        };
        const QString path = m_dir.filePath(QStringLiteral("dai-hoi.json"));
        QVERIFY(!writeMeetingFile(path, meeting).isEmpty());
        QVERIFY2(
            m_server.start({ QStringLiteral("--meeting"), path }), qPrintable(m_server.output()));
    }

    // Guards: a fresh tablet joins a meeting whose state is larger than one frame, and holds
    // every participant.
    void aFreshTabletJoinsAndHoldsEveryParticipant()
    {
        MeetingClient tablet;
        tablet.setDeviceId(QStringLiteral("chair-tablet"));
        QSignalSpy completed(&tablet, &MeetingClient::snapshotCompleted);
        tablet.join(m_server.url(), ChairPin, Meeting);
        QVERIFY2(completed.wait(60'000), "the snapshot is complete");
        QCOMPARE(tablet.connectionState(), MeetingClient::Connected);
        QCOMPARE(tablet.participants()->rowCount(), Delegates + 1);
        QVERIFY(tablet.participants()->isPresent(QStringLiteral("chair")));
        tablet.leave();
    }

    // Guards: no frame a tablet receives is above FrameTargetBytes, however big the meeting's
    // state; the pieces make the same snapshot as the server's.
    void everyFrameStaysWithinTheBudget()
    {
        RawClient raw;
        raw.setMeeting(Meeting);
        QVERIFY(raw.open(m_server.url()));
        raw.hello(QStringLiteral("200007"), 0, QStringLiteral("d7-tablet"));
        const auto welcome = raw.welcome(60'000);
        QVERIFY(welcome);
        QCOMPARE(welcome->snapshot().meeting().participants_size(), Delegates + 1);
        qint64 snapshotBytes = qint64(welcome->snapshot().ByteSizeLong());
        qInfo() << "snapshot" << snapshotBytes << "bytes, largest frame" << raw.largestFrame();
        QVERIFY(snapshotBytes > MaxMessageBytes); // the scale is what it says
        QVERIFY2(raw.largestFrame() <= FrameTargetBytes,
            qPrintable(QStringLiteral("a frame of %1 bytes").arg(raw.largestFrame())));
        // The meeting goes on: an event reaches it after the snapshot.
        v1::Command item;
        item.mutable_set_current_item()->set_item_id("khai-mac");
        RawClient chair;
        chair.setMeeting(Meeting);
        QVERIFY(chair.open(m_server.url()));
        chair.hello(ChairPin, welcome->head_seq(), QStringLiteral("chair-raw"));
        QVERIFY(chair.welcome(60'000));
        const auto reply = chair.reply(chair.command(item), 20'000);
        QVERIFY(reply && !reply->has_error());
        QTRY_VERIFY_WITH_TIMEOUT(
            !raw.events().empty() && raw.events().back().seq() == reply->seq(), 20'000);
    }
};

QTEST_GUILESS_MAIN(TestBigSnapshot)
#include "tst_bigsnapshot.moc"
