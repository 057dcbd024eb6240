// Check-in at the door (issue 11): the secretary's tablet at the entrance checks a delegate in
// from their card; the attendance records how (own tablet, door and which device, secretary)
// and when, through the fold and in snapshots.
#include "meetingfixture.h"

using namespace fixture;

namespace {
v1::Command checkIn(const std::string &participantId, const std::string &meetingId = {})
{
    return command([&](v1::Command &c) {
        c.mutable_check_in()->set_participant_id(participantId);
        c.mutable_check_in()->set_meeting_id(meetingId);
    });
}

const v1::AttendanceChanged *snapshotEntry(const v1::Snapshot &s, const std::string &id)
{
    for (const v1::AttendanceChanged &a : s.floor().attendance())
        if (a.participant_id() == id)
            return &a;
    return nullptr;
}
} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT
private slots:
    // The delegate without a tablet of their own is present once the secretary scans the card.
    void doorCheckInMakesPresentAndRecordsHow()
    {
        Meeting m = meetingWith(1);
        const Decision d = m.decide("secretary", checkIn("d5", "m1"), 5000, "door-tablet");
        QVERIFY(d.ok());
        QCOMPARE(d.events().size(), size_t(1));
        const v1::AttendanceChanged &a = d.events().front().attendance_changed();
        QCOMPARE(a.state(), v1::ATTENDANCE_IN_ROOM);
        QCOMPARE(a.method(), v1::CHECK_IN_DOOR);
        QCOMPARE(a.device_id(), std::string("door-tablet"));

        for (v1::Event e : d.events()) {
            e.set_seq(m.state().seq + 1);
            e.set_server_time_ms(5000);
            e.set_actor("secretary");
            m.apply(e);
        }
        const ParticipantState *p = m.state().participant("d5");
        QVERIFY(p->attending());
        QVERIFY(!p->present); // no device of their own is connected: attendance, not presence
        QCOMPARE(p->checkInMethod, v1::CHECK_IN_DOOR);
        QCOMPARE(p->attendanceMs, qint64(5000));
        QCOMPARE(p->checkInDevice, QStringLiteral("door-tablet"));
        QCOMPARE(p->checkedInBy, QStringLiteral("secretary"));

        // A tablet that joins later gets the same in its snapshot.
        const v1::Snapshot snapshot = m.snapshot();
        const auto *entry = snapshotEntry(snapshot, "d5");
        QVERIFY(entry);
        QCOMPARE(entry->method(), v1::CHECK_IN_DOOR);
        QCOMPARE(entry->checked_in_ms(), qint64(5000));
        QCOMPARE(entry->checked_in_by(), std::string("secretary"));
        QCOMPARE(entry->device_id(), std::string("door-tablet"));
    }

    // The same card shown twice records one check-in (Reply seq 0), not a second time.
    void secondScanChangesNothing()
    {
        Meeting m = meetingWith(1);
        commit(m, m.decide("secretary", checkIn("d5"), 5000, "door"), 5000);
        const Decision again = m.decide("secretary", checkIn("d5"), 9000, "door");
        QVERIFY(again.ok());
        QVERIFY(again.events().empty());
        QCOMPARE(m.state().participant("d5")->attendanceMs, qint64(5000));
    }

    // A delegate whose tablet joined in the corridor is checked in at the door as well, when
    // the body wants a physical check-in; the time is the door's.
    void tabletThenDoor()
    {
        Meeting m = meetingWith(1);
        commit(m, m.join("d2", "t-2"), 2000);
        QCOMPARE(m.state().participant("d2")->checkInMethod, v1::CHECK_IN_TABLET);
        QCOMPARE(m.state().participant("d2")->attendanceMs, qint64(2000));
        commit(m, m.decide("secretary", checkIn("d2"), 3000, "door"), 3000);
        QCOMPARE(m.state().participant("d2")->checkInMethod, v1::CHECK_IN_DOOR);
        QCOMPARE(m.state().participant("d2")->attendanceMs, qint64(3000));
        QCOMPARE(
            m.state().participant("d2")->checkedInMs, qint64(2000)); // the first check-in stays
    }

    void setBySecretaryAndAbsent()
    {
        Meeting m = meetingWith(1);
        commit(m,
            m.decide("secretary", command([](v1::Command &c) {
                c.mutable_set_attendance()->set_participant_id("d3");
                c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ONLINE);
            }),
                4000),
            4000);
        QCOMPARE(m.state().participant("d3")->checkInMethod, v1::CHECK_IN_SECRETARY);
        commit(m,
            m.decide("secretary", command([](v1::Command &c) {
                c.mutable_set_attendance()->set_participant_id("d3");
                c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ABSENT);
                c.mutable_set_attendance()->set_reason("Ốm");
            }),
                4500),
            4500);
        QCOMPARE(m.state().participant("d3")->checkInMethod, v1::CHECK_IN_UNSPECIFIED);
    }

    // An AttendanceChanged logged before CheckInMethod existed replays as set by the secretary.
    void oldEventReplaysAsSecretary()
    {
        Meeting m = meetingWith(1);
        v1::Event e;
        e.set_seq(m.state().seq + 1);
        e.set_server_time_ms(7000);
        e.mutable_attendance_changed()->set_participant_id("d4");
        e.mutable_attendance_changed()->set_state(v1::ATTENDANCE_IN_ROOM);
        m.apply(e);
        QCOMPARE(m.state().participant("d4")->checkInMethod, v1::CHECK_IN_SECRETARY);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("participant");
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<int>("code");
        // Only the secretary and the chair: a delegate must not mark others present.
        QTest::newRow("delegate") << "d1"
                                  << "d5"
                                  << "" << int(v1::ERROR_FORBIDDEN);
        QTest::newRow("observer") << "projector"
                                  << "d5"
                                  << "" << int(v1::ERROR_FORBIDDEN);
        QTest::newRow("another meeting's card") << "secretary"
                                                << "d5"
                                                << "m2" << int(v1::ERROR_WRONG_MEETING);
        QTest::newRow("unknown participant") << "secretary"
                                             << "nobody"
                                             << "" << int(v1::ERROR_UNKNOWN_CARD);
        QTest::newRow("no card at all") << "chair"
                                        << ""
                                        << "" << int(v1::ERROR_INVALID_ARGUMENT);
    }
    void refusals()
    {
        QFETCH(QString, actor);
        QFETCH(QString, participant);
        QFETCH(QString, meeting);
        QFETCH(int, code);
        Meeting m = meetingWith(2);
        const Decision d = m.decide(
            actor, checkIn(participant.toStdString(), meeting.toStdString()), 5000, "door");
        QCOMPARE(int(refusal(d)), code);
    }

    void chairMayCheckIn()
    {
        Meeting m = meetingWith(1);
        QVERIFY(m.decide("chair", checkIn("d7"), 5000, "door").ok());
    }
};

QTEST_GUILESS_MAIN(TestCheckIn)
#include "tst_checkin.moc"
