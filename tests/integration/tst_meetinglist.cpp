// The organiser's list of meetings on a server that holds many (issue 12), with the real
// server on loopback: 2,500 meetings whose title, organisation and place are as long as the
// desk allows (MaxTitleChars, 500 characters of Vietnamese each) make a list of ~5 MB. The
// desk's client lists every meeting once, and no frame is above FrameTargetBytes.
//
// Before the fix the list was one Welcome frame of ~5 MB, above MaxMessageBytes (4 MiB): the
// desk closed the connection with 1009 and could never list, open or create a meeting.
//
// The meetings are written into the store while the server is stopped (one transaction, as
// Room::stage would stage a desk's new meeting), so that the test takes seconds.
#include "hashchain.h"
#include "organiserclient.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "sqliteeventstore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace quorum;

namespace {
/** Enough meetings of the longest texts for one list to pass MaxMessageBytes. */
constexpr int Meetings = 2500;

/** `chars` characters of Vietnamese, starting with `head`. */
QString longText(const QString &head, const QString &words, int chars)
{
    QString text = head + QLatin1Char(' ');
    while (text.size() < chars)
        text += words;
    return text.left(chars);
}

QString meetingId(int i)
{
    // 64 bytes, MaxIdBytes: the longest id the desk takes.
    return QStringLiteral("hoi-nghi-%1-").arg(i, 4, 10, QLatin1Char('0')).leftJustified(64, 'x');
}

/** Writes `count` draft meetings straight into the store at `path`; their summaries' bytes. */
qint64 writeMeetings(const QString &path, int count, QString *error)
{
    SqliteEventStore store(path);
    if (!store.open(error))
        return -1;
    CommitBatch batch;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        v1::Event event;
        event.set_seq(1);
        event.set_server_time_ms(1'780'000'000'000);
        event.set_actor("@organiser");
        v1::MeetingDefined *d = event.mutable_meeting_defined();
        d->set_meeting_id(sstr(meetingId(i)));
        d->set_title(sstr(longText(QString::number(i),
            QStringLiteral("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười bảy "), 500)));
        d->set_organisation(sstr(longText(QString::number(i),
            QStringLiteral("Ủy ban nhân dân thành phố Hồ Chí Minh và các sở ngành "), 500)));
        d->set_place(sstr(longText(QString::number(i),
            QStringLiteral("Hội trường lớn, tầng ba, trụ sở Thành ủy, số 127 "), 500)));
        d->set_language("vi");
        d->set_phase(v1::MEETING_PHASE_DRAFT);
        bytes += qint64(d->ByteSizeLong());
        const QByteArray eventBytes = encode(event);
        batch.events.push_back({ meetingId(i), 1, eventBytes, hashchain::genesis(),
            hashchain::link(hashchain::genesis(), eventBytes), {} });
    }
    return store.commit(batch, error) ? bytes : -1;
}
} // namespace

class TestMeetingList : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    qint64 m_listBytes = 0;

private slots:
    void initTestCase()
    {
        // A first start makes the data folder (its keys, the organiser's secret); the meetings
        // are written while the server is stopped, then it starts on them.
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        QTRY_VERIFY(!m_server.organiserSecret().isEmpty());
        m_server.stop();
        QString error;
        m_listBytes = writeMeetings(m_server.databasePath(), Meetings, &error);
        QVERIFY2(m_listBytes > 0, qPrintable(error));
        QVERIFY(m_listBytes > MaxMessageBytes); // the scale is what it says
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }

    // Guards: the desk lists every meeting of a server holding more than one frame of them,
    // each once.
    void theDeskListsEveryMeetingOnce()
    {
        OrganiserClient desk;
        desk.setServer(m_server.url(), m_server.organiserSecret());
        QSignalSpy listed(&desk, &OrganiserClient::meetingsListed);
        QSignalSpy failed(&desk, &OrganiserClient::failed);
        desk.listMeetings();
        QVERIFY2(listed.wait(60'000) || !listed.isEmpty(),
            failed.isEmpty() ? "no list" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(desk.meetings().size(), size_t(Meetings + 1)); // and the demo
        QSet<QString> ids;
        for (const v1::MeetingSummary &m : desk.meetings())
            ids.insert(qstr(m.meeting_id()));
        QCOMPARE(ids.size(), Meetings + 1);
        QVERIFY(ids.contains(meetingId(0)) && ids.contains(meetingId(Meetings - 1)));
        QVERIFY(ids.contains(QStringLiteral("demo")));
    }

    // Guards: no frame of the list is above FrameTargetBytes, the pages are in meeting id order,
    // and the server closes the connection normally after the last one.
    void everyFrameStaysWithinTheBudget()
    {
        RawClient raw;
        QVERIFY(raw.open(m_server.url()));
        v1::ClientMessage m;
        v1::Hello *h = m.mutable_hello();
        h->set_protocol_version(ProtocolVersion);
        h->set_organiser_secret(sstr(m_server.organiserSecret()));
        h->set_device_id("desk");
        raw.send(m);
        const auto welcome = raw.welcome(60'000);
        QVERIFY(welcome);
        QVERIFY(welcome->organiser());
        QVERIFY(!welcome->meetings_follow());
        QCOMPARE(welcome->meetings_size(), Meetings + 1);
        for (int i = 1; i < welcome->meetings_size(); ++i)
            QVERIFY(welcome->meetings(i - 1).meeting_id() < welcome->meetings(i).meeting_id());
        qInfo() << "list" << m_listBytes << "bytes of definitions, largest frame"
                << raw.largestFrame();
        QVERIFY2(raw.largestFrame() <= FrameTargetBytes,
            qPrintable(QStringLiteral("a frame of %1 bytes").arg(raw.largestFrame())));
        QVERIFY(raw.waitForClose(20'000));
        QCOMPARE(raw.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    }
};

QTEST_GUILESS_MAIN(TestMeetingList)
#include "tst_meetinglist.moc"
