// Check-in at the door (issue 11) against the real server with the real client library: the
// secretary's tablet reads a delegate's card (the link its QR code carries) and the chair's
// tablet sees that delegate present, checked in at the door, at what time.
#include "attendancemodel.h"
#include "doorcheckin.h"
#include "floorreplica.h"
#include "joinedtablet.h"
#include "meetingclient.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTest>

class TestCheckIn : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    /** What the printed card's QR code says (tst_joincards reads it back from the PDF). */
    QString cardLink(const QString &meeting, const QString &pin) const
    {
        return QStringLiteral("quorum://127.0.0.1:%1/%2?pin=%3")
            .arg(m_server.port())
            .arg(meeting, pin);
    }

    static const AttendanceModel::Member *member(const MeetingClient &client, const QString &id)
    {
        return client.floor()->attendance()->member(id);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.output())); }

    // Issue 17: changing the client disconnected only the old client, not its attendance
    // list, whose changes still woke the door's page.
    void anOldClientNoLongerDrivesTheDoor()
    {
        MeetingClient before;
        MeetingClient after;
        DoorCheckIn door;
        door.setClient(&before);
        door.setClient(&after);
        QSignalSpy changed(&door, &DoorCheckIn::changed);
        AttendanceModel *old = before.floor()->attendance();
        emit old->dataChanged(QModelIndex(), QModelIndex());
        QCOMPARE(changed.size(), 0);
        AttendanceModel *current = after.floor()->attendance();
        emit current->dataChanged(QModelIndex(), QModelIndex());
        QCOMPARE(changed.size(), 1);
    }

    void cardAtTheDoorChecksTheDelegateIn()
    {
        auto secretary
            = joinedTablet(m_server.url(), QStringLiteral("135790"), QStringLiteral("door-tablet"));
        auto chair = joinedTablet(
            m_server.url(), QStringLiteral("246810"), QStringLiteral("chair-tablet"));
        QTRY_COMPARE(secretary->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(chair->connectionState(), MeetingClient::Connected);
        QVERIFY(!member(*chair, "d05")->attending());

        DoorCheckIn door;
        door.setClient(secretary.get());
        QVERIFY(door.scanned(cardLink("demo", "310005")));
        QTRY_COMPARE(door.outcome(), DoorCheckIn::CheckedIn);
        QCOMPARE(door.personName(), QStringLiteral("Đặng Văn H"));
        QCOMPARE(door.personTitle(), QStringLiteral("Đoàn viên"));
        QCOMPARE(door.checkInMethod(), int(AttendanceModel::AtTheDoor));
        const QDateTime when = door.checkInTime();
        QVERIFY(when.isValid());
        QVERIFY(qAbs(when.msecsTo(QDateTime::currentDateTime())) < 60'000);
        QCOMPARE(door.checkedInHere(), 1);

        // The chair's list: present in the room, at the door, at that time; no device of their own.
        QTRY_VERIFY(member(*chair, "d05") && member(*chair, "d05")->attending());
        QCOMPARE(member(*chair, "d05")->attendance, int(AttendanceModel::InRoom));
        QCOMPARE(member(*chair, "d05")->checkInMethod, int(AttendanceModel::AtTheDoor));
        QCOMPARE(member(*chair, "d05")->checkInMs, when.toMSecsSinceEpoch());
        QVERIFY(!member(*chair, "d05")->present);
        // The chair's own tablet joined: checked in by tablet.
        QCOMPARE(member(*chair, "chair")->checkInMethod, int(AttendanceModel::OwnTablet));

        // The camera reads the card again while it is still held up: ignored. Shown again on
        // purpose (typed): "already checked in", with the name and the first time.
        QVERIFY(!door.scanned(cardLink("demo", "310005")));
        QVERIFY(door.submit(QStringLiteral("310005")));
        QTRY_COMPARE(door.outcome(), DoorCheckIn::AlreadyCheckedIn);
        QCOMPARE(door.personName(), QStringLiteral("Đặng Văn H"));
        QCOMPARE(door.checkInTime(), when);
        QCOMPARE(door.checkedInHere(), 1);

        // A tablet that joins later learns the same from its snapshot.
        auto late
            = joinedTablet(m_server.url(), QStringLiteral("900000"), QStringLiteral("projector"));
        QTRY_COMPARE(late->connectionState(), MeetingClient::Connected);
        QTRY_VERIFY(member(*late, "d05") && member(*late, "d05")->attending());
        QCOMPARE(member(*late, "d05")->checkInMethod, int(AttendanceModel::AtTheDoor));
        QCOMPARE(member(*late, "d05")->checkInMs, when.toMSecsSinceEpoch());
    }

    void refusedCardsSayWhy()
    {
        auto secretary = joinedTablet(
            m_server.url(), QStringLiteral("135790"), QStringLiteral("door-tablet-2"));
        auto delegate
            = joinedTablet(m_server.url(), QStringLiteral("310001"), QStringLiteral("d01-tablet"));
        QTRY_COMPARE(secretary->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(delegate->connectionState(), MeetingClient::Connected);
        DoorCheckIn door;
        door.setClient(secretary.get());

        // Another meeting's card (same server, same PIN digits): nobody is checked in.
        QVERIFY(door.submit(cardLink("hoi-nghi-khac", "310006")));
        QTRY_COMPARE(door.outcome(), DoorCheckIn::Refused);
        QCOMPARE(door.failure(), DoorCheckIn::WrongMeeting);
        QVERIFY(!member(*secretary, "d06")->attending());

        QVERIFY(door.submit(QStringLiteral("999999")));
        QTRY_COMPARE(door.failure(), DoorCheckIn::UnknownCard);
        QCOMPARE(door.personName(), QString());

        QVERIFY(!door.submit(QStringLiteral("https://example.org/not-a-card")));
        QCOMPARE(door.failure(), DoorCheckIn::NotACard);

        // A delegate's tablet cannot check anybody in (nor learn whether a PIN exists).
        DoorCheckIn notAllowed;
        notAllowed.setClient(delegate.get());
        QVERIFY(notAllowed.submit(QStringLiteral("310006")));
        QTRY_COMPARE(notAllowed.failure(), DoorCheckIn::NotAllowed);
        QVERIFY(!member(*delegate, "d06")->attending());
    }
};

QTEST_GUILESS_MAIN(TestCheckIn)
#include "tst_doorcheckin.moc"
