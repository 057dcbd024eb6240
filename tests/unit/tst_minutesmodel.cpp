// The minutes from a scripted meeting: the core's minutes commands (edit, approve, lock,
// reopen) and the model built from the log (attendance, speeches, ballots, notes, totals).
#include "meetingfixture.h"
#include "minuteshtmlparts.h"
#include "minutesmodel.h"
#include "minutespdf.h"
#include "minuteswords.h"

using namespace quorum;
using namespace fixture;

namespace {
/** Applies a decision as the room does, and keeps the stamped events like the log. */
struct Log
{
    Meeting meeting;
    std::vector<v1::Event> events;
    qint64 now = 1'700'000'000'000;

    void commit(const Decision &d, const QString &actor = {})
    {
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().detail().c_str());
        for (v1::Event e : d.events()) {
            e.set_seq(meeting.state().seq + 1);
            e.set_server_time_ms(now);
            e.set_actor(sstr(actor));
            meeting.apply(e);
            events.push_back(e);
        }
        if (d.secretVote())
            meeting.addToBallotBox(*d.secretVote());
    }
    void as(const QString &actor, const v1::Command &c)
    {
        commit(meeting.decide(actor, c, now), actor);
    }
    Decision decide(const QString &actor, const v1::Command &c)
    {
        return meeting.decide(actor, c, now);
    }
};

v1::Command edit(const char *item, const char *notes, const char *conclusions = "")
{
    return command([&](v1::Command &c) {
        c.mutable_edit_minutes()->set_item_id(item);
        c.mutable_edit_minutes()->set_notes(notes);
        c.mutable_edit_minutes()->set_conclusions(conclusions);
    });
}
v1::Command approve()
{
    return command([](v1::Command &c) { c.mutable_approve_minutes(); });
}
} // namespace

class TestMinutesModel : public QObject
{
    Q_OBJECT

    Log m_log;

    void script()
    {
        Log &l = m_log;
        l.commit(l.meeting.define(definition(4)));
        l.commit(l.meeting.join("chair", "t0"));
        l.now += 60'000;
        l.commit(l.meeting.join("d1", "t1"));
        l.commit(l.meeting.join("d2", "t2"));
        l.commit(l.meeting.join("secretary", "t9"));
        l.as("secretary", command([](v1::Command &c) {
            c.mutable_set_attendance()->set_participant_id("d3");
            c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ABSENT);
            c.mutable_set_attendance()->set_reason("Đi công tác");
        }));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id("a"); }));
        // d1 speaks 2 min 5 s with a 30 s pause, then d2 45 s.
        l.as("d1", command([](v1::Command &c) { c.mutable_request_floor(); }));
        l.as("chair", command([](v1::Command &c) { c.mutable_next_speaker(); }));
        l.now += 60'000;
        l.as("chair", command([](v1::Command &c) { c.mutable_pause_speech(); }));
        l.now += 30'000;
        l.as("chair", command([](v1::Command &c) { c.mutable_resume_speech(); }));
        l.now += 65'000;
        l.as("d2", command([](v1::Command &c) { c.mutable_request_floor(); }));
        l.as("chair", command([](v1::Command &c) { c.mutable_next_speaker(); }));
        l.now += 45'000;
        l.as("chair", command([](v1::Command &c) { c.mutable_end_speech(); }));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id("b"); }));
        l.as("chair", yesNoBallot("named", false, "b"));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id("named"); }));
        l.as("chair", voteFor("named", 0));
        l.as("d1", voteFor("named", 0));
        l.as("d2", voteFor("named", 1));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id("named"); }));
        l.as("chair", yesNoBallot("secret", true, "b"));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id("secret"); }));
        l.as("chair", voteFor("secret", 1));
        l.as("d1", voteFor("secret", 0));
        l.as("d2", voteFor("secret", 0));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id("secret"); }));
        l.as("secretary", edit("b", "Thảo luận sôi nổi.", "Thông qua kế hoạch."));
        l.as("chair",
            command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id(""); }));
    }

private slots:
    void initTestCase() { script(); }

    void secretaryEditsAndBothApprovalsLock()
    {
        Log &l = m_log;
        QCOMPARE(refusal(l.decide("chair", edit("b", "x"))), v1::ERROR_FORBIDDEN);
        QCOMPARE(refusal(l.decide("d1", approve())), v1::ERROR_FORBIDDEN);
        QCOMPARE(refusal(l.decide("secretary", edit("nope", "x"))), v1::ERROR_INVALID_ARGUMENT);
        QVERIFY(l.decide("secretary", edit("b", "Thảo luận sôi nổi.", "Thông qua kế hoạch."))
                    .events()
                    .empty());
        l.as("chair", approve());
        QVERIFY(!l.meeting.state().minutes.locked);
        QVERIFY(l.decide("chair", approve()).events().empty()); // approving twice changes nothing
        // An edit after one approval withdraws it: what was approved changed.
        l.as("secretary", edit("", "Ghi chú chung."));
        QVERIFY(l.meeting.state().minutes.approvals.empty());
        l.as("chair", approve());
        l.as("secretary", approve());
        QVERIFY(l.meeting.state().minutes.locked);
        QCOMPARE(refusal(l.decide("secretary", edit("b", "sửa"))), v1::ERROR_INVALID_STATE);
        // Reopening needs a reason, is recorded, and unlocks.
        QCOMPARE(
            refusal(l.decide("chair", command([](v1::Command &c) { c.mutable_reopen_minutes(); }))),
            v1::ERROR_INVALID_ARGUMENT);
        l.as("chair", command([](v1::Command &c) {
            c.mutable_reopen_minutes()->set_reason("Bổ sung kết luận");
        }));
        QVERIFY(!l.meeting.state().minutes.locked);
        l.as("secretary",
            edit("b", "Thảo luận sôi nổi.", "Thông qua kế hoạch; giao Văn phòng triển khai."));
        l.as("secretary", approve());
        l.as("chair", approve());
        QVERIFY(l.meeting.state().minutes.locked);
        // A snapshot carries the minutes for a tablet that is far behind.
        const v1::Snapshot s = l.meeting.snapshot();
        QCOMPARE(s.minutes().approvals_size(), 2);
        QVERIFY(s.minutes().locked());
        QCOMPARE(s.minutes().reopenings(), 1u);
    }

    void modelHoldsWhatHappened()
    {
        QString error;
        const minutes::MinutesModel m = minutes::build(m_log.events, &error);
        QVERIFY2(!m.meetingId.isEmpty(), qPrintable(error));
        QCOMPARE(m.totals.convened, 5); // chair + 4 delegates
        QCOMPARE(m.totals.inRoom, 3);
        QCOMPARE(m.totals.absent, 1);
        QCOMPARE(m.totals.notCheckedIn, 1);
        QVERIFY(m.totals.quorumReached); // 3 of 5 is more than half
        QCOMPARE(m.attendance.front().checkedInMs, 1'700'000'000'000);
        QCOMPARE(m.attendance[2].checkedInMs, 1'700'000'060'000); // d1, after the secretary row
        QCOMPARE(m.items[0].speeches.size(), size_t(2));
        QCOMPARE(m.items[0].speeches[0].name, QStringLiteral("Người d1"));
        QCOMPARE(m.items[0].speeches[0].spokenMs, 125'000u);
        QCOMPARE(m.items[0].speeches[1].spokenMs, 45'000u);
        QCOMPARE(m.speakingTotals.front().name, QStringLiteral("Người d1"));
        const minutes::BallotRow &named = m.items[1].ballots[0];
        QCOMPARE(named.options[0].votes, 2u);
        QCOMPARE(named.options[1].votes, 1u);
        QVERIFY(named.result.passed());
        QCOMPARE(named.namedVotes.size(), size_t(3));
        QCOMPARE(named.namedVotes[2].voterName, QStringLiteral("Người d2"));
        QCOMPARE(named.namedVotes[2].choices, QStringList{ QStringLiteral("Không đồng ý") });
        const minutes::BallotRow &secret = m.items[1].ballots[1];
        QCOMPARE(secret.options[0].votes, 2u);
        QCOMPARE(secret.options[1].votes, 1u);
        QVERIFY(secret.namedVotes.empty()); // counts only
        QCOMPARE(m.items[1].conclusions,
            QStringLiteral("Thông qua kế hoạch; giao Văn phòng triển khai."));
        QCOMPARE(m.notes, QStringLiteral("Ghi chú chung."));
        QVERIFY(m.ended);
        QVERIFY(m.approved);
        QCOMPARE(m.reopenings.size(), size_t(1));
        QCOMPARE(m.reopenings[0].reason, QStringLiteral("Bổ sung kết luận"));
        QCOMPARE(m.reopenings[0].byName, QStringLiteral("Người chair"));
    }

    // Issue 11: the minutes list how and when each person was checked in (own tablet, card
    // at the door, set by the secretary).
    void attendanceSaysHowAndWhen()
    {
        Log l;
        l.commit(l.meeting.define(definition(3)));
        l.commit(l.meeting.join("chair", "t0"), QStringLiteral("chair"));
        l.commit(l.meeting.join("secretary", "t9"), QStringLiteral("secretary"));
        l.now += 120'000;
        l.commit(l.meeting.decide("secretary", command([](v1::Command &c) {
            c.mutable_check_in()->set_participant_id("d1");
        }),
                     l.now, QStringLiteral("door-tablet")),
            QStringLiteral("secretary"));
        l.now += 60'000;
        l.as("secretary", command([](v1::Command &c) {
            c.mutable_set_attendance()->set_participant_id("d2");
            c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ONLINE);
        }));
        QString error;
        const minutes::MinutesModel m = minutes::build(l.events, &error);
        QVERIFY2(!m.meetingId.isEmpty(), qPrintable(error));
        QCOMPARE(m.attendance[0].method, v1::CHECK_IN_TABLET);
        QCOMPARE(m.attendance[2].id, QStringLiteral("d1"));
        QCOMPARE(m.attendance[2].method, v1::CHECK_IN_DOOR);
        QCOMPARE(m.attendance[2].checkedInMs, 1'700'000'120'000);
        QCOMPARE(m.attendance[3].method, v1::CHECK_IN_SECRETARY);
        QCOMPARE(m.attendance[4].method, v1::CHECK_IN_UNSPECIFIED); // d3: not checked in
        QCOMPARE(m.totals.inRoom, 2);
        const minutes::Words vi(minutes::Language::Vietnamese, QTimeZone::utc());
        const QString html = minutes::minutesHtml(m, vi, false);
        QVERIFY(html.contains(QStringLiteral("22:15<br/>quét thẻ tại cửa")));
        QVERIFY(html.contains(QStringLiteral("máy tính bảng")));
        QVERIFY(html.contains(QStringLiteral("thư ký ghi nhận")));
        const QString en = minutes::minutesHtml(
            m, minutes::Words(minutes::Language::English, QTimeZone::utc()), false);
        QVERIFY(en.contains(QStringLiteral("card at the door")));
    }

    void countsAreGroupedAsTheLanguageDoes()
    {
        // Issue 15: a shareholders' count read "1234567" in the minutes; grouped now, as the
        // tablet's result shows it: "1.234.567" in Vietnamese, "1,234,567" in English.
        minutes::BallotRow b;
        b.ballot.set_question("Thông qua báo cáo tài chính năm 2025?");
        b.ballot.set_kind(v1::BALLOT_YES_NO_ABSTAIN);
        b.ballot.mutable_rule()->set_weighted(true);
        b.phase = v1::BallotState::PHASE_CLOSED;
        b.options = { { QStringLiteral("Đồng ý"), v1::OPTION_YES, 1'234'567, true },
            { QStringLiteral("Không đồng ý"), v1::OPTION_NO, 45'000, false },
            { QStringLiteral("Không biểu quyết"), v1::OPTION_ABSTAIN, 0, false } };
        b.result.set_eligible(2'500);
        b.result.set_voters(1'200);
        const QString vi = minutes::ballotHtml(
            b, minutes::Words(minutes::Language::Vietnamese, QTimeZone::utc()));
        QVERIFY2(vi.contains(QStringLiteral("Đồng ý: 1.234.567")), qPrintable(vi));
        QVERIFY(vi.contains(QStringLiteral(">1.234.567<")));
        QVERIFY(vi.contains(QStringLiteral("2.500")));
        QVERIFY(!vi.contains(QStringLiteral("1234567")));
        const QString en
            = minutes::ballotHtml(b, minutes::Words(minutes::Language::English, QTimeZone::utc()));
        QVERIFY2(en.contains(QStringLiteral(": 1,234,567")), qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("45,000")));
        QVERIFY(!en.contains(QStringLiteral("1234567")));
    }

    void words_data()
    {
        QTest::addColumn<quint64>("ms");
        QTest::addColumn<QString>("vi");
        QTest::addColumn<QString>("en");
        QTest::newRow("seconds") << quint64(9'400) << QStringLiteral("9 giây")
                                 << QStringLiteral("9 s");
        QTest::newRow("minutes") << quint64(125'000) << QStringLiteral("2 phút 05 giây")
                                 << QStringLiteral("2 min 05 s");
        QTest::newRow("hours") << quint64(3'725'000) << QStringLiteral("1 giờ 02 phút 05 giây")
                               << QStringLiteral("1 h 02 min 05 s");
    }
    void words()
    {
        QFETCH(quint64, ms);
        QFETCH(QString, vi);
        QFETCH(QString, en);
        QCOMPARE(minutes::Words(minutes::Language::Vietnamese, QTimeZone::utc()).duration(ms), vi);
        QCOMPARE(minutes::Words(minutes::Language::English, QTimeZone::utc()).duration(ms), en);
    }

    void youthUnionHeader_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<bool>("youth");
        QTest::newRow("đoàn khối")
            << QStringLiteral("Đoàn khối Cơ quan - Doanh nghiệp tỉnh") << true;
        QTest::newRow("tỉnh đoàn") << QStringLiteral("Tỉnh đoàn Bình Dương") << true;
        QTest::newRow("ủy ban") << QStringLiteral("Ủy ban nhân dân huyện") << false;
        QTest::newRow("sở") << QStringLiteral("Sở Thông tin và Truyền thông") << false;
    }
    void youthUnionHeader()
    {
        QFETCH(QString, organisation);
        QFETCH(bool, youth);
        QCOMPARE(minutes::isYouthUnion(organisation), youth);
    }
};

QTEST_GUILESS_MAIN(TestMinutesModel)
#include "tst_minutesmodel.moc"
