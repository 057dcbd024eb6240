// Thresholds, presets and quorum, computed in integers.
#include "meetingfixture.h"
#include "rules.h"
#include "threshold.h"

using namespace quorum;
using namespace fixture;

namespace {
constexpr auto More = v1::COMPARISON_MORE_THAN;
constexpr auto AtLeast = v1::COMPARISON_AT_LEAST;
} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void meets_data()
    {
        QTest::addColumn<uint>("n");
        QTest::addColumn<uint>("d");
        QTest::addColumn<int>("cmp");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<quint64>("base");
        QTest::addColumn<bool>("expected");
        QTest::newRow("exactly half is not more than half")
            << 1u << 2u << int(More) << quint64(8) << quint64(16) << false;
        QTest::newRow("exactly half is at least half")
            << 1u << 2u << int(AtLeast) << quint64(8) << quint64(16) << true;
        QTest::newRow("one over half")
            << 1u << 2u << int(More) << quint64(9) << quint64(16) << true;
        QTest::newRow("2/3 of 16: 11 is enough")
            << 2u << 3u << int(AtLeast) << quint64(11) << quint64(16) << true;
        QTest::newRow("2/3 of 16: 10 is not")
            << 2u << 3u << int(AtLeast) << quint64(10) << quint64(16) << false;
        QTest::newRow("2/3 of 9: exactly 6")
            << 2u << 3u << int(AtLeast) << quint64(6) << quint64(9) << true;
        QTest::newRow("more than 2/3 of 9: 6 is not")
            << 2u << 3u << int(More) << quint64(6) << quint64(9) << false;
        QTest::newRow("65 % of 20: 13")
            << 65u << 100u << int(AtLeast) << quint64(13) << quint64(20) << true;
        QTest::newRow("65 % of 20: 12")
            << 65u << 100u << int(AtLeast) << quint64(12) << quint64(20) << false;
        QTest::newRow("base 0 meets nothing")
            << 1u << 2u << int(AtLeast) << quint64(0) << quint64(0) << false;
        QTest::newRow("huge weights do not overflow")
            << 2u << 3u << int(AtLeast) << quint64(12'000'000'000'000'000'000ull)
            << quint64(18'000'000'000'000'000'000ull) << true;
    }
    void meets()
    {
        QFETCH(uint, n);
        QFETCH(uint, d);
        QFETCH(int, cmp);
        QFETCH(quint64, value);
        QFETCH(quint64, base);
        QFETCH(bool, expected);
        QCOMPARE(rules::meets(threshold::make(n, d, v1::Comparison(cmp)), value, base), expected);
    }

    void smallestMeeting_data()
    {
        QTest::addColumn<uint>("n");
        QTest::addColumn<uint>("d");
        QTest::addColumn<int>("cmp");
        QTest::addColumn<quint64>("base");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("more than half of 16") << 1u << 2u << int(More) << quint64(16) << quint64(9);
        QTest::newRow("more than half of 15") << 1u << 2u << int(More) << quint64(15) << quint64(8);
        QTest::newRow("at least half of 15")
            << 1u << 2u << int(AtLeast) << quint64(15) << quint64(8);
        QTest::newRow("at least 2/3 of 16")
            << 2u << 3u << int(AtLeast) << quint64(16) << quint64(11);
        QTest::newRow("at least 2/3 of 9") << 2u << 3u << int(AtLeast) << quint64(9) << quint64(6);
    }
    void smallestMeeting()
    {
        QFETCH(uint, n);
        QFETCH(uint, d);
        QFETCH(int, cmp);
        QFETCH(quint64, base);
        QFETCH(quint64, expected);
        const auto t = threshold::make(n, d, v1::Comparison(cmp));
        QCOMPARE(rules::smallestMeeting(t, base), expected);
        // It is the boundary: it meets, one less does not.
        QVERIFY(rules::meets(t, expected, base));
        QVERIFY(!rules::meets(t, expected - 1, base));
    }

    void presetsAreCompleteAndDescribed()
    {
        for (const char *name : { "simple-majority", "majority-present", "majority-convened",
                 "majority-all", "two-thirds-present", "two-thirds-all", "two-thirds-cast" }) {
            auto rule = rules::preset(QString::fromLatin1(name));
            QVERIFY2(rule, name);
            QVERIFY(!rules::complete(*rule));
        }
        QVERIFY(!rules::preset(QStringLiteral("nonsense")));
        QCOMPARE(rules::describe(*rules::preset(QStringLiteral("two-thirds-present"))),
            QStringLiteral("at least 2/3 of the members present"));
        v1::DecisionRule bad;
        bad.set_base(v1::BASE_VOTES_CAST);
        *bad.mutable_threshold() = threshold::make(3, 2, More);
        QVERIFY(rules::complete(bad)); // more than the whole is refused
    }

    void quorumMissedByOne()
    {
        // 11 voting members convened (chair + 10): more than half is 6.
        Meeting five = meetingWith(5);
        rules::QuorumStatus s = rules::quorum(five.state());
        QCOMPARE(s.base, quint64(11));
        QCOMPARE(s.needed, quint64(6));
        QCOMPARE(s.present, quint64(5));
        QVERIFY(!s.reached);
        Meeting six = meetingWith(6);
        QVERIFY(rules::quorum(six.state()).reached);
    }

    void secretaryAndObserverDoNotCount()
    {
        Meeting m = meetingWith(5);
        commit(m, m.join("secretary", "t-s"));
        commit(m, m.join("projector", "t-p"));
        QVERIFY(!rules::quorum(m.state()).reached);
    }

    void aProxyHeldInTheRoomCounts()
    {
        Meeting m = meetingWith(5); // chair, d1..d4 present
        commit(m,
            m.decide("d9",
                command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); }), 0));
        QVERIFY(rules::quorum(m.state()).reached);
    }

    void absenceWithReasonLeavesTheCount()
    {
        Meeting m = meetingWith(6);
        QVERIFY(rules::quorum(m.state()).reached);
        commit(m,
            m.decide("secretary", command([](v1::Command &c) {
                c.mutable_set_attendance()->set_participant_id("d5");
                c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ABSENT);
                c.mutable_set_attendance()->set_reason("Đi công tác");
            }),
                0));
        QVERIFY(!rules::quorum(m.state()).reached);
        QCOMPARE(m.state().participant("d5")->absenceReason, QStringLiteral("Đi công tác"));
        // A dropped Wi-Fi link is not a departure: quorum holds while the tablet reconnects.
        Meeting n = meetingWith(6);
        commit(n, n.leave("d5", v1::ParticipantLeft::REASON_DISCONNECTED));
        QVERIFY(rules::quorum(n.state()).reached);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
