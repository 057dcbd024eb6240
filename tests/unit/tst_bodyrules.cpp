// The presets of each kind of body (server/core/bodies.h) against the borderline cases their
// texts imply: exactly the threshold, one below, one above, ties, all abstain, an empty box.
// Each row names the article it is written from (docs/rules.md has the table). Guards issue
// 15: rules as Vietnamese bodies decide.
#include "bodies.h"
#include "meetingfixture.h"
#include "rules.h"
#include "tally.h"

#include <QTest>

using namespace quorum;
using fixture::commit;

namespace {
/** A meeting of `kind` with `members` voting delegates (d1..), the first `present` checked in;
 *  delegate i belongs to unit i % units; weights all `weight`. */
Meeting bodyMeeting(v1::BodyKind kind, int members, int present, int units = 0, quint64 weight = 1,
    quint32 convening = 1, quint32 totalMembers = 0)
{
    v1::MeetingDefined d;
    d.set_meeting_id("m");
    d.set_title("Đại hội");
    d.set_body_kind(kind);
    d.set_convening(convening);
    d.set_total_members(totalMembers);
    v1::Participant *chair = d.add_participants();
    chair->set_id("chair");
    chair->set_name("Chủ tọa");
    chair->set_role(v1::ROLE_CHAIR);
    chair->set_voting(false);
    for (int i = 1; i <= members; ++i) {
        v1::Participant *p = d.add_participants();
        p->set_id("d" + std::to_string(i));
        p->set_name("Đại biểu " + std::to_string(i));
        p->set_role(v1::ROLE_DELEGATE);
        p->set_voting(true);
        p->set_weight(weight);
        if (units)
            p->set_unit("u" + std::to_string(i % units));
    }
    d.add_agenda()->set_id("a");
    d.mutable_agenda(0)->set_title("Mục a");
    bodies::applyPreset(d);
    Meeting m;
    commit(m, m.define(d));
    for (int i = 1; i <= present; ++i)
        commit(m, m.join(QStringLiteral("d%1").arg(i), QStringLiteral("t%1").arg(i)));
    return m;
}

BallotRecord yesNo(const v1::DecisionRule &rule, quint64 yes, quint64 no, quint64 abstain)
{
    BallotRecord b;
    b.ballot.set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    for (auto kind : { v1::OPTION_YES, v1::OPTION_NO, v1::OPTION_ABSTAIN })
        b.ballot.add_options()->set_kind(kind);
    *b.ballot.mutable_rule() = rule;
    b.votes = { yes, no, abstain };
    b.ballots = b.ballotsWeight = yes + no + abstain;
    for (quint64 i = 0; i < b.ballots; ++i)
        b.voted.push_back(QString::number(i));
    return b;
}

/** An election box: votes per candidate, valid and invalid papers. */
BallotRecord election(const v1::DecisionRule &rule, const std::vector<quint64> &votes,
    quint64 valid, quint64 invalid, quint32 seats)
{
    BallotRecord b;
    b.ballot.set_kind(v1::BALLOT_ELECTION);
    for (size_t i = 0; i < votes.size(); ++i) {
        v1::BallotOption *o = b.ballot.add_options();
        o->set_kind(v1::OPTION_CHOICE);
        o->set_participant_id("c" + std::to_string(i));
    }
    b.ballot.set_seats(seats);
    *b.ballot.mutable_rule() = rule;
    b.votes = votes;
    b.ballots = b.ballotsWeight = valid + invalid;
    b.invalid = b.invalidWeight = invalid;
    for (quint64 i = 0; i < b.ballots; ++i)
        b.voted.push_back(QString::number(i));
    return b;
}

Decision decideNow(const Meeting &m, const char *actor, const v1::Command &command)
{
    return m.decide(QString::fromLatin1(actor), command, 1000);
}

/** Makes item "a" current, creates the secret election `id` (the meeting's election rule) with
 *  `seats` among `names`, and opens it. */
void openElection(Meeting &m, const char *id, quint32 seats, std::vector<const char *> names)
{
    commit(m, decideNow(m, "chair", fixture::command([](v1::Command &c) {
        c.mutable_set_current_item()->set_item_id("a");
    })));
    commit(m, decideNow(m, "chair", fixture::command([&](v1::Command &c) {
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        b->set_id(id);
        b->set_question("Bầu cử");
        b->set_kind(v1::BALLOT_ELECTION);
        b->set_secret(true);
        b->set_seats(seats);
        for (const char *name : names)
            b->add_options()->set_label(name);
    })));
    commit(m, decideNow(m, "chair", fixture::command([&](v1::Command &c) {
        c.mutable_open_ballot()->set_ballot_id(id);
    })));
}

v1::DecisionRule named(const char *preset)
{
    return *rules::preset(QString::fromLatin1(preset));
}
} // namespace

Q_DECLARE_METATYPE(v1::BodyKind)
Q_DECLARE_METATYPE(v1::BallotOutcome)

class TestBodyRules : public QObject
{
    Q_OBJECT
private slots:
    void quorum_data()
    {
        QTest::addColumn<v1::BodyKind>("kind");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("present");
        QTest::addColumn<int>("units");
        QTest::addColumn<quint32>("convening");
        QTest::addColumn<bool>("reached");
        const auto youth = v1::BODY_KIND_YOUTH_UNION;
        // 180 convened in 9 units: two thirds is 120 delegates and 6 units.
        QTest::newRow("Điều lệ Đoàn Đ9.1: 120/180 (2/3) from 9/9 units: valid")
            << youth << 180 << 120 << 9 << 1u << true;
        QTest::newRow("Điều lệ Đoàn Đ9.1: 119/180 (one below 2/3): not valid")
            << youth << 180 << 119 << 9 << 1u << false;
        QTest::newRow("Điều lệ Đoàn Đ9.1: 121/180 (one above): valid")
            << youth << 180 << 121 << 9 << 1u << true;
        // The first 120 delegates are all in 9 units; 120 of 180 from 5 of 9 units would not do:
        // 9 units, but only delegates of 5 units present (d1..d120 with units % 9 covers 9):
        // the case of too few units is below (unitsAreASecondCondition).
        const auto party = v1::BODY_KIND_PARTY;
        QTest::newRow("Điều lệ Đảng (a setting): 10/20 (exactly half): not valid")
            << party << 20 << 10 << 0 << 1u << false;
        QTest::newRow("Điều lệ Đảng (a setting): 11/20 (more than half): valid")
            << party << 20 << 11 << 0 << 1u << true;
        QTest::newRow("Điều lệ Đảng (a setting): 12/20 (one above): valid")
            << party << 20 << 12 << 0 << 1u << true;
        const auto assoc = v1::BODY_KIND_ASSOCIATION;
        QTest::newRow("NĐ 126/2024 Đ19.2b: 50/100 official delegates (half): not held")
            << assoc << 100 << 50 << 0 << 1u << false;
        QTest::newRow("NĐ 126/2024 Đ19.2b: 49/100 (one below half): not held")
            << assoc << 100 << 49 << 0 << 1u << false;
        QTest::newRow("NĐ 126/2024 Đ19.2b: 51/100 (more than half): held")
            << assoc << 100 << 51 << 0 << 1u << true;
        const auto council = v1::BODY_KIND_PEOPLES_COUNCIL;
        QTest::newRow("Luật TCCQĐP (a setting): 33/50 delegates (below 2/3): not valid")
            << council << 50 << 33 << 0 << 1u << false;
        QTest::newRow("Luật TCCQĐP (a setting): 34/50 (at least 2/3): valid")
            << council << 50 << 34 << 0 << 1u << true;
        QTest::newRow("Luật TCCQĐP (a setting): 40/60 (exactly 2/3): valid")
            << council << 60 << 40 << 0 << 1u << true;
        QTest::newRow("Luật TCCQĐP (a setting): 39/60 (one below 2/3): not valid")
            << council << 60 << 39 << 0 << 1u << false;
        const auto shares = v1::BODY_KIND_SHAREHOLDERS;
        QTest::newRow("LDN 2020 Đ145.1: first convening, 50/100 shares: not valid")
            << shares << 100 << 50 << 0 << 1u << false;
        QTest::newRow("LDN 2020 Đ145.1: first convening, 51/100 (over 50%): valid")
            << shares << 100 << 51 << 0 << 1u << true;
        QTest::newRow("LDN 2020 Đ145.1: first convening, 49/100: not valid")
            << shares << 100 << 49 << 0 << 1u << false;
        QTest::newRow("LDN 2020 Đ145.2: second convening, 34/100 (one above): valid")
            << shares << 100 << 34 << 0 << 2u << true;
        QTest::newRow("LDN 2020 Đ145.2: the 2nd convening's 33% is not the first's")
            << shares << 100 << 33 << 0 << 1u << false;
        QTest::newRow("LDN 2020 Đ145.2: second convening, 32/100: not valid")
            << shares << 100 << 32 << 0 << 2u << false;
        QTest::newRow("LDN 2020 Đ145.2: second convening, 33/100 (at least 33%): valid")
            << shares << 100 << 33 << 0 << 2u << true;
        QTest::newRow("LDN 2020 Đ145.3: third convening, 1/100: valid (no minimum)")
            << shares << 100 << 1 << 0 << 3u << true;
        QTest::newRow("LDN 2020 Đ145.3: third convening, nobody present: held all the same")
            << shares << 100 << 0 << 0 << 3u << true;
        const auto state = v1::BODY_KIND_STATE_ELECTION;
        QTest::newRow("Luật Bầu cử 2015: no quorum of those present (the turnout decides)")
            << state << 100 << 1 << 0 << 1u << true;
        QTest::newRow("Điều lệ Đoàn Đ9.1: 1 delegate of 3 (below 2/3): not valid")
            << youth << 3 << 1 << 0 << 1u << false;
        QTest::newRow("Điều lệ Đoàn Đ9.1: 2 delegates of 3 (exactly 2/3): valid")
            << youth << 3 << 2 << 0 << 1u << true;
    }
    void quorum()
    {
        QFETCH(v1::BodyKind, kind);
        QFETCH(int, members);
        QFETCH(int, present);
        QFETCH(int, units);
        QFETCH(quint32, convening);
        QFETCH(bool, reached);
        const Meeting m = bodyMeeting(kind, members, present, units, 1, convening);
        QCOMPARE(rules::quorum(m.state()).reached, reached);
    }

    void unitsAreASecondCondition()
    {
        // Điều lệ Đoàn Điều 9.1: two thirds of the delegates AND of the units. 12 delegates in 6
        // units (d_i in unit i % 6): d1..d9 present cover units 1..5 and 0 (all 6).
        Meeting all = bodyMeeting(v1::BODY_KIND_YOUTH_UNION, 12, 9, 6);
        QVERIFY(rules::quorum(all.state()).reached);
        // 8 delegates of 3 units only: 8/12 is two thirds, 3/6 units is not.
        v1::MeetingDefined d = all.state().definition;
        for (int i = 1; i <= 12; ++i)
            d.mutable_participants(i)->set_unit(
                i <= 8 ? "u" + std::to_string(i % 3) : "x" + std::to_string(i));
        Meeting few;
        commit(few, few.define(d));
        for (int i = 1; i <= 8; ++i)
            commit(few, few.join(QStringLiteral("d%1").arg(i), QStringLiteral("t%1").arg(i)));
        const rules::QuorumStatus s = rules::quorum(few.state());
        QCOMPARE(s.conditions.size(), size_t(2));
        QVERIFY(s.conditions[0].reached); // 8 of 12 delegates
        QCOMPARE(s.conditions[1].present, quint64(3));
        QCOMPARE(s.conditions[1].base, quint64(7)); // units u0..u2 and x9..x12
        QVERIFY(!s.reached);
    }

    void quorumAgainstAllSharesAndUnits_data()
    {
        QTest::addColumn<v1::BodyKind>("kind");
        QTest::addColumn<int>("members"); // voting delegates or shareholders of 1 share each
        QTest::addColumn<int>("present");
        QTest::addColumn<int>("units");
        QTest::addColumn<quint32>("convening");
        QTest::addColumn<quint64>("totalWeight"); // the shares issued (0: not declared)
        QTest::addColumn<quint32>("totalUnits"); // the units directly under (0: not declared)
        QTest::addColumn<bool>("reached");
        // Issue 15: the presets counted the shares and units of the participants only; the
        // law counts "tổng số phiếu biểu quyết" (all the company's voting shares) and "số đơn
        // vị trực thuộc" (all the units directly under), which the desk declares.
        const auto shares = v1::BODY_KIND_SHAREHOLDERS;
        const auto youth = v1::BODY_KIND_YOUTH_UNION;
        QTest::newRow("LDN 2020 Đ145.1: 100 of the 200 shares issued (50%): not valid")
            << shares << 150 << 100 << 0 << 1u << quint64(200) << 0u << false;
        QTest::newRow("LDN 2020 Đ145.1: 101 of the 200 shares issued (over 50%): valid")
            << shares << 150 << 101 << 0 << 1u << quint64(200) << 0u << true;
        QTest::newRow("LDN 2020 Đ145.1: 99 of the 200 shares issued: not valid")
            << shares << 150 << 99 << 0 << 1u << quint64(200) << 0u << false;
        QTest::newRow("LDN 2020 Đ145.2: second convening, 66 of 200 shares (33%): valid")
            << shares << 150 << 66 << 0 << 2u << quint64(200) << 0u << true;
        QTest::newRow("LDN 2020 Đ145.2: second convening, 65 of 200 shares: not valid")
            << shares << 150 << 65 << 0 << 2u << quint64(200) << 0u << false;
        QTest::newRow("LDN 2020 Đ145.3: third convening, 1 of 200 shares: valid")
            << shares << 150 << 1 << 0 << 3u << quint64(200) << 0u << true;
        QTest::newRow("LDN 2020 Đ145.1: no shares declared: the register's 150, 76 present")
            << shares << 150 << 76 << 0 << 1u << quint64(0) << 0u << true;
        // Declared below the register's own shares (a typo): the register's count, never
        // more than 100 % present (75 of a declared 100 counted as a quorum before).
        QTest::newRow("LDN 2020 Đ145.1: 100 declared, the register's 150: 75 present, not valid")
            << shares << 150 << 75 << 0 << 1u << quint64(100) << 0u << false;
        QTest::newRow("LDN 2020 Đ145.1: 100 declared, the register's 150: 76 present, valid")
            << shares << 150 << 76 << 0 << 1u << quint64(100) << 0u << true;
        QTest::newRow("Điều lệ Đoàn Đ9.1: 6 of the 9 units directly under (2/3): valid")
            << youth << 12 << 8 << 6 << 1u << quint64(0) << 9u << true;
        QTest::newRow("Điều lệ Đoàn Đ9.1: 6 of the 10 units directly under: not valid")
            << youth << 12 << 8 << 6 << 1u << quint64(0) << 10u << false;
        QTest::newRow("Điều lệ Đoàn Đ9.1: no units declared: the 6 units convened, all here")
            << youth << 12 << 8 << 6 << 1u << quint64(0) << 0u << true;
    }
    void quorumAgainstAllSharesAndUnits()
    {
        QFETCH(v1::BodyKind, kind);
        QFETCH(int, members);
        QFETCH(int, present);
        QFETCH(int, units);
        QFETCH(quint32, convening);
        QFETCH(quint64, totalWeight);
        QFETCH(quint32, totalUnits);
        QFETCH(bool, reached);
        v1::MeetingDefined d
            = bodyMeeting(kind, members, 0, units, 1, convening).state().definition;
        d.set_total_member_weight(totalWeight);
        d.set_total_units(totalUnits);
        Meeting m;
        commit(m, m.define(d));
        for (int i = 1; i <= present; ++i)
            commit(m, m.join(QStringLiteral("d%1").arg(i), QStringLiteral("t%1").arg(i)));
        QCOMPARE(rules::quorum(m.state()).reached, reached);
    }

    void resolutions_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<quint64>("yes");
        QTest::addColumn<quint64>("no");
        QTest::addColumn<quint64>("abstain");
        QTest::addColumn<v1::BallotOutcome>("outcome");
        // Context: 60 present, 80 convened, 100 in office (or shares, weighted presets).
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3 (nghị quyết): 50/100 delegates: not passed")
            << "hdnd-resolution" << 50ull << 0ull << 10ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3 (nghị quyết): 51/100 delegates: passed")
            << "hdnd-resolution" << 51ull << 0ull << 9ull << v1::OUTCOME_PASSED;
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3 (bãi nhiệm): 66/100 (below 2/3): not passed")
            << "hdnd-removal" << 66ull << 0ull << 0ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3 (bãi nhiệm): 67/100 (at least 2/3): passed")
            << "hdnd-removal" << 67ull << 0ull << 0ull << v1::OUTCOME_PASSED;
        QTest::newRow("LDN 2020 Đ148.2: 30/60 attending (exactly 50%): not passed")
            << "shareholders-ordinary" << 30ull << 20ull << 10ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("LDN 2020 Đ148.2: 31/60 attending: passed")
            << "shareholders-ordinary" << 31ull << 20ull << 9ull << v1::OUTCOME_PASSED;
        QTest::newRow("LDN 2020 Đ148.1: 38/60 (below 65%): not passed")
            << "shareholders-special" << 38ull << 22ull << 0ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("LDN 2020 Đ148.1: 39/60 (exactly 65%): passed")
            << "shareholders-special" << 39ull << 21ull << 0ull << v1::OUTCOME_PASSED;
        QTest::newRow("Điều lệ Đảng Đ9.5: 40/80 convened (half): not passed")
            << "majority-convened" << 40ull << 0ull << 0ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Điều lệ Đảng Đ9.5: 41/80 convened: passed")
            << "majority-convened" << 41ull << 0ull << 0ull << v1::OUTCOME_PASSED;
        QTest::newRow("any body: a 20-20 tie without a tie-break is not passed, not a re-vote")
            << "simple-majority" << 20ull << 20ull << 0ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("any body: all abstain: not passed")
            << "simple-majority" << 0ull << 0ull << 60ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("any body: empty box: not passed")
            << "simple-majority" << 0ull << 0ull << 0ull << v1::OUTCOME_NOT_PASSED;
    }
    void resolutions()
    {
        QFETCH(QString, preset);
        QFETCH(quint64, yes);
        QFETCH(quint64, no);
        QFETCH(quint64, abstain);
        QFETCH(v1::BallotOutcome, outcome);
        const TallyContext room{ 60, 80, 100, 80, {} };
        const v1::BallotResult r = tally(yesNo(named(preset.toLatin1()), yes, no, abstain), room);
        QCOMPARE(r.outcome(), outcome);
        QCOMPARE(r.passed(), outcome == v1::OUTCOME_PASSED);
        QVERIFY(!r.tie()); // never "tie, re-vote" where the threshold was simply not met
    }

    void bodyBallotRules_data()
    {
        QTest::addColumn<v1::BodyKind>("kind");
        QTest::addColumn<quint64>("yes");
        QTest::addColumn<quint64>("no");
        QTest::addColumn<quint64>("abstain");
        QTest::addColumn<v1::BallotOutcome>("outcome");
        // Each kind's own resolution rule (bodies::preset(kind).ballotRule) in a room of 60
        // present, 80 convened, 100 in office (or shares, weighted). Rows that name a setting
        // decide by a rule the article was not read for (docs/rules.md).
        const auto youth = v1::BODY_KIND_YOUTH_UNION; // a setting: more than half of the present
        QTest::newRow("Điều lệ Đoàn (a setting): 30/60 present (half): not passed")
            << youth << 30ull << 20ull << 10ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Điều lệ Đoàn (a setting): 31/60: passed")
            << youth << 31ull << 20ull << 9ull << v1::OUTCOME_PASSED;
        QTest::newRow("Điều lệ Đoàn (a setting): 32/60 (one above): passed")
            << youth << 32ull << 28ull << 0ull << v1::OUTCOME_PASSED;
        const auto party = v1::BODY_KIND_PARTY;
        QTest::newRow("Điều lệ Đảng Đ9.5: 40/80 convened (half): not passed")
            << party << 40ull << 10ull << 10ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Điều lệ Đảng Đ9.5: 39/80 (one below): not passed")
            << party << 39ull << 10ull << 11ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Điều lệ Đảng Đ9.5: 41/80 (hơn một nửa): passed")
            << party << 41ull << 10ull << 9ull << v1::OUTCOME_PASSED;
        QTest::newRow("Điều lệ Đảng Đ9.5: 35 of 60 present is not half of the 80 convened")
            << party << 35ull << 25ull << 0ull << v1::OUTCOME_NOT_PASSED;
        const auto council = v1::BODY_KIND_PEOPLES_COUNCIL;
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3: 50/100 delegates (half): not passed")
            << council << 50ull << 0ull << 10ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3: 51/100 (quá nửa tổng số đại biểu): passed")
            << council << 51ull << 9ull << 0ull << v1::OUTCOME_PASSED;
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3: 45 of 60 present is not half of all 100")
            << council << 45ull << 15ull << 0ull << v1::OUTCOME_NOT_PASSED;
        const auto assoc = v1::BODY_KIND_ASSOCIATION;
        QTest::newRow("NĐ 126/2024 Đ19.6: 40/80 convened (half): not passed")
            << assoc << 40ull << 20ull << 0ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("NĐ 126/2024 Đ19.6: 41/80 convened (trên 1/2): passed")
            << assoc << 41ull << 19ull << 0ull << v1::OUTCOME_PASSED;
        QTest::newRow("NĐ 126/2024 Đ19.6: 35 of 60 present is not half of the 80 convened")
            << assoc << 35ull << 25ull << 0ull << v1::OUTCOME_NOT_PASSED;
        const auto shares = v1::BODY_KIND_SHAREHOLDERS;
        QTest::newRow("LDN 2020 Đ148.2: 30/60 shares attending (exactly 50%): not passed")
            << shares << 30ull << 30ull << 0ull << v1::OUTCOME_NOT_PASSED;
        QTest::newRow("LDN 2020 Đ148.2: 31/60 (trên 50%): passed")
            << shares << 31ull << 29ull << 0ull << v1::OUTCOME_PASSED;
        QTest::newRow("LDN 2020 Đ148.2: abstentions count against: 30 for, 29 abstain")
            << shares << 30ull << 1ull << 29ull << v1::OUTCOME_NOT_PASSED;
        // Ties, all abstain, an empty box: not passed under every kind's rule.
        for (const auto &[kind, name] :
            std::vector<std::pair<v1::BodyKind, const char *>>{ { youth, "Điều lệ Đoàn" },
                { party, "Điều lệ Đảng Đ9.5" }, { council, "Luật TCCQĐP 2015 Đ91.3" },
                { assoc, "NĐ 126/2024 Đ19.6" }, { shares, "LDN 2020 Đ148.2" } }) {
            QTest::addRow("%s: a 30-30 tie: not passed", name)
                << kind << 30ull << 30ull << 0ull << v1::OUTCOME_NOT_PASSED;
            QTest::addRow("%s: all abstain: not passed", name)
                << kind << 0ull << 0ull << 60ull << v1::OUTCOME_NOT_PASSED;
            QTest::addRow("%s: an empty box: not passed", name)
                << kind << 0ull << 0ull << 0ull << v1::OUTCOME_NOT_PASSED;
        }
    }
    void bodyBallotRules()
    {
        QFETCH(v1::BodyKind, kind);
        QFETCH(quint64, yes);
        QFETCH(quint64, no);
        QFETCH(quint64, abstain);
        QFETCH(v1::BallotOutcome, outcome);
        const TallyContext room{ 60, 80, 100, 80, {} };
        const v1::BallotResult r
            = tally(yesNo(bodies::preset(kind).ballotRule, yes, no, abstain), room);
        QCOMPARE(r.outcome(), outcome);
        QVERIFY(!r.tie());
    }

    void abstentionIsASetting()
    {
        // LDN 2020 Điều 148: "tổng số phiếu biểu quyết của tất cả cổ đông dự họp" (abstentions
        // count against); a charter counting only the votes cast sets the base.
        v1::DecisionRule present = named("shareholders-ordinary");
        v1::DecisionRule cast = present;
        cast.set_base(v1::BASE_VOTES_CAST);
        const TallyContext room{ 60, 80, 100, 80, {} };
        QCOMPARE(tally(yesNo(present, 25, 20, 15), room).outcome(), v1::OUTCOME_NOT_PASSED);
        QCOMPARE(tally(yesNo(cast, 25, 20, 15), room).outcome(), v1::OUTCOME_PASSED);
    }

    void chairsCastingVote()
    {
        v1::DecisionRule rule = named("simple-majority");
        rule.set_tie_break(v1::TIE_BREAK_CHAIR);
        BallotRecord b = yesNo(rule, 20, 20, 3);
        b.phase = v1::BallotState::PHASE_CLOSED;
        b.result = tally(b, TallyContext{ 43, 43, 43, 43, {} });
        QCOMPARE(b.result.outcome(), v1::OUTCOME_TIE_PENDING);
        QVERIFY(b.result.tie());
        v1::ResolveTie resolve;
        resolve.set_method(v1::TIE_BREAK_CHAIR);
        resolve.add_winners(0);
        v1::BallotRefusal refusal{};
        QString error;
        const auto r = resolveTie(b, resolve, &refusal, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->outcome(), v1::OUTCOME_PASSED);
        QCOMPARE(r->tie_broken_by(), v1::TIE_BREAK_CHAIR);
        resolve.set_method(v1::TIE_BREAK_LOTS);
        QVERIFY(!resolveTie(b, resolve, &refusal, &error));
        QCOMPARE(refusal, v1::BALLOT_REFUSAL_TIE_METHOD);
    }

    void elections_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<std::vector<quint64>>("votes");
        QTest::addColumn<quint64>("valid");
        QTest::addColumn<quint64>("invalid");
        QTest::addColumn<quint32>("seats");
        QTest::addColumn<quint64>("voters"); // voter list 100
        QTest::addColumn<v1::BallotOutcome>("outcome");
        QTest::addColumn<QList<bool>>("elected");
        const auto state = QStringLiteral("state-election");
        QTest::newRow("Luật Bầu cử 2015: 50/100 voted (half): not valid")
            << state << std::vector<quint64>{ 40, 30 } << 50ull << 0ull << 1u << 50ull
            << v1::OUTCOME_TURNOUT_NOT_MET << QList<bool>{ false, false };
        QTest::newRow("Luật Bầu cử 2015: 51/100 voted, 26 of 51 valid: elected")
            << state << std::vector<quint64>{ 26, 25 } << 51ull << 0ull << 1u << 51ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        QTest::newRow("Luật Bầu cử 2015: exactly half of the valid ballots: not elected")
            << state << std::vector<quint64>{ 30, 30 } << 60ull << 0ull << 2u << 60ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("Luật Bầu cử 2015: invalid ballots leave the base: 31 of 60 valid")
            << state << std::vector<quint64>{ 31, 20 } << 60ull << 10ull << 1u << 70ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        QTest::newRow("Luật Bầu cử 2015: a tie for the last seat: the older (c1, born 1960)")
            << state << std::vector<quint64>{ 50, 40, 40 } << 60ull << 0ull << 2u << 60ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, true, false };
        QTest::newRow("Luật Bầu cử 2015: 52 of 100 valid (one above): elected")
            << state << std::vector<quint64>{ 52, 48 } << 100ull << 0ull << 1u << 100ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        QTest::newRow("Luật Bầu cử 2015: 49 of 100 valid (one below half): not elected")
            << state << std::vector<quint64>{ 49, 40 } << 100ull << 0ull << 1u << 100ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("Luật Bầu cử 2015: every paper invalid: nobody elected")
            << state << std::vector<quint64>{ 0, 0 } << 0ull << 60ull << 1u << 60ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        // The Party: more than half of the delegates convened (100 here), not of the papers.
        const auto party = QStringLiteral("party-election");
        QTest::newRow("QĐ 244 Đ32.3: 50 of 100 convened (half): not elected")
            << party << std::vector<quint64>{ 50, 30 } << 80ull << 0ull << 1u << 80ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("QĐ 244 Đ32.3: 51 of 100 convened (quá một nửa): elected")
            << party << std::vector<quint64>{ 51, 29 } << 80ull << 0ull << 1u << 80ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        QTest::newRow("QĐ 244 Đ32.3: 52 of 100 convened (one above): elected")
            << party << std::vector<quint64>{ 52, 28 } << 80ull << 0ull << 1u << 80ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        QTest::newRow("QĐ 244 Đ32.3: 45 of 80 valid papers is not half of the 100 convened")
            << party << std::vector<quint64>{ 45, 35 } << 80ull << 0ull << 1u << 80ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("QĐ 244 Đ32: a tie for the last seat: a new vote among those tied")
            << party << std::vector<quint64>{ 70, 60, 60 } << 90ull << 0ull << 2u << 90ull
            << v1::OUTCOME_TIE_REVOTE << QList<bool>{ true, false, false };
        QTest::newRow("QĐ 244 Đ32: fewer than the seats reach half: partly filled")
            << party << std::vector<quint64>{ 70, 20, 10 } << 90ull << 0ull << 2u << 90ull
            << v1::OUTCOME_PARTLY_FILLED << QList<bool>{ true, false, false };
        QTest::newRow("QĐ 244 Đ32: empty box: nobody elected")
            << party << std::vector<quint64>{ 0, 0 } << 0ull << 0ull << 1u << 0ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("QĐ 244 Đ17: every paper invalid: nobody elected")
            << party << std::vector<quint64>{ 0, 0 } << 0ull << 90ull << 1u << 90ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        // Youth union and associations (a setting: more than half of the valid ballots).
        const auto valid = QStringLiteral("majority-valid");
        QTest::newRow("Điều lệ Đoàn, hội (a setting): 40 of 80 valid (half): not elected")
            << valid << std::vector<quint64>{ 40, 40 } << 80ull << 0ull << 2u << 80ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("Điều lệ Đoàn, hội (a setting): 41 of 80 valid: elected")
            << valid << std::vector<quint64>{ 41, 39 } << 80ull << 10ull << 1u << 90ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        QTest::newRow("Điều lệ Đoàn, hội (a setting): a tie for the last seat: a new vote")
            << valid << std::vector<quint64>{ 60, 50, 50 } << 80ull << 0ull << 2u << 80ull
            << v1::OUTCOME_TIE_REVOTE << QList<bool>{ true, false, false };
        // People's councils elect with more than half of all delegates (100).
        const auto council = QStringLiteral("hdnd-resolution");
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3: 50 of 100 delegates: not elected")
            << council << std::vector<quint64>{ 50, 30 } << 80ull << 0ull << 1u << 80ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3: 51 of 100 delegates: elected")
            << council << std::vector<quint64>{ 51, 29 } << 80ull << 0ull << 1u << 80ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, false };
        // Shareholders: cumulative, no threshold; a tie for the last seat is voted again.
        const auto board = QStringLiteral("shareholders-board");
        QTest::newRow("LDN 2020 Đ148.3: a tie for the last seat: voted again among those tied")
            << board << std::vector<quint64>{ 300, 100, 100 } << 2ull << 0ull << 2u << 2ull
            << v1::OUTCOME_TIE_REVOTE << QList<bool>{ true, false, false };
        QTest::newRow("LDN 2020 Đ148.3: ranked until the seats are filled, no threshold")
            << board << std::vector<quint64>{ 10, 300, 5 } << 3ull << 0ull << 2u << 3ull
            << v1::OUTCOME_PASSED << QList<bool>{ true, true, false };
        QTest::newRow("LDN 2020 Đ148.3: an empty box: nobody elected")
            << board << std::vector<quint64>{ 0, 0 } << 0ull << 0ull << 1u << 0ull
            << v1::OUTCOME_NOT_PASSED << QList<bool>{ false, false };
    }
    void elections()
    {
        QFETCH(QString, preset);
        QFETCH(std::vector<quint64>, votes);
        QFETCH(quint64, valid);
        QFETCH(quint64, invalid);
        QFETCH(quint32, seats);
        QFETCH(quint64, voters);
        QFETCH(v1::BallotOutcome, outcome);
        QFETCH(QList<bool>, elected);
        BallotRecord b = election(named(preset.toLatin1()), votes, valid, invalid, seats);
        b.voted.resize(size_t(voters));
        b.ballots = b.ballotsWeight = voters; // the flag check: one paper per voter recorded
        b.invalid = b.invalidWeight = voters - valid;
        TallyContext room{ 0, 100, 100, 100, {} };
        room.birthDates.insert("c1", QDate(1960, 5, 1));
        room.birthDates.insert("c2", QDate(1975, 1, 9));
        const v1::BallotResult r = tally(b, room);
        QCOMPARE(r.outcome(), outcome);
        for (int i = 0; i < elected.size(); ++i)
            QCOMPARE(r.options(i).elected(), elected[i]);
    }

    void eachKindDecidesByItsPresets_data()
    {
        QTest::addColumn<v1::BodyKind>("kind");
        QTest::addColumn<QString>("ballot");
        QTest::addColumn<QString>("election");
        QTest::newRow("Điều lệ Đoàn") << v1::BODY_KIND_YOUTH_UNION << "majority-present"
                                      << "majority-valid";
        QTest::newRow("Điều lệ Đảng Đ9.5; QĐ 244 Đ32") << v1::BODY_KIND_PARTY << "majority-convened"
                                                       << "party-election";
        QTest::newRow("Luật TCCQĐP 2015 Đ91.3")
            << v1::BODY_KIND_PEOPLES_COUNCIL << "hdnd-resolution"
            << "hdnd-resolution";
        QTest::newRow("NĐ 126/2024 Đ19.6") << v1::BODY_KIND_ASSOCIATION << "majority-convened"
                                           << "majority-valid";
        QTest::newRow("LDN 2020 Đ148") << v1::BODY_KIND_SHAREHOLDERS << "shareholders-ordinary"
                                       << "shareholders-board";
        QTest::newRow("Luật Bầu cử 2015") << v1::BODY_KIND_STATE_ELECTION << "state-election"
                                          << "state-election";
    }
    void eachKindDecidesByItsPresets()
    {
        // The rows of elections() and resolutions() are written per preset name: each kind's
        // rules must be those presets, base and threshold included, with an article cited.
        QFETCH(v1::BodyKind, kind);
        QFETCH(QString, ballot);
        QFETCH(QString, election);
        const bodies::BodyPreset &p = bodies::preset(kind);
        QCOMPARE(qstr(p.ballotRule.preset()), ballot);
        QCOMPARE(qstr(p.electionRule.preset()), election);
        const v1::DecisionRule named = *rules::preset(election);
        QCOMPARE(p.electionRule.base(), named.base());
        QCOMPARE(
            p.electionRule.threshold().SerializeAsString(), named.threshold().SerializeAsString());
        QVERIFY(*p.quorumArticle && *p.ballotArticle && *p.electionArticle);
    }

    void cumulativeBoard()
    {
        // LDN 2020 Điều 148.3: 3 seats; A (100 shares) puts 300 on X, B (50) splits 150.
        Meeting m = bodyMeeting(v1::BODY_KIND_SHAREHOLDERS, 2, 2, 0, 100);
        openElection(m, "board", 3, { "X", "Y", "Z", "W" });
        QVERIFY(m.state().floor.ballot("board")->ballot.rule().cumulative());
        const auto cast = [](std::vector<quint32> choices, std::vector<quint64> amounts) {
            return fixture::command([&](v1::Command &c) {
                c.mutable_cast_vote()->set_ballot_id("board");
                for (size_t i = 0; i < choices.size(); ++i) {
                    c.mutable_cast_vote()->add_choices(choices[i]);
                    c.mutable_cast_vote()->add_amounts(amounts[i]);
                }
            });
        };
        commit(m, decideNow(m, "d1", cast({ 0 }, { 300 })));
        commit(m, decideNow(m, "d2", cast({ 1, 2 }, { 100, 50 })));
        commit(m, decideNow(m, "chair", fixture::command([](v1::Command &c) {
            c.mutable_close_ballot()->set_ballot_id("board");
        })));
        const v1::BallotResult &r = m.state().floor.ballot("board")->result;
        QCOMPARE(r.options(0).votes(), 300ull);
        QCOMPARE(r.options(1).votes(), 100ull);
        QCOMPARE(r.options(2).votes(), 50ull);
        QCOMPARE(r.options(0).rank(), 1u);
        QCOMPARE(r.options(2).rank(), 3u);
        QVERIFY(r.options(0).elected() && r.options(1).elected() && r.options(2).elected());
        QVERIFY(!r.options(3).elected());
        QCOMPARE(r.outcome(), v1::OUTCOME_PASSED);
    }

    void overspentCumulativePaperIsInvalid()
    {
        Meeting m = bodyMeeting(v1::BODY_KIND_SHAREHOLDERS, 2, 2, 0, 100);
        openElection(m, "board", 2, { "X", "Y", "Z" });
        commit(m, decideNow(m, "d1", fixture::command([](v1::Command &c) {
            c.mutable_cast_vote()->set_ballot_id("board");
            c.mutable_cast_vote()->add_choices(0);
            c.mutable_cast_vote()->add_amounts(201); // holds 100 x 2
        })));
        const BallotRecord *b = m.state().floor.ballot("board");
        QCOMPARE(b->invalid, 1ull);
        QCOMPARE(b->votes[0], 0ull);
    }

    void stateElectionPapers()
    {
        // Luật Bầu cử 2015: more names than seats, or every name struck out: invalid, counted
        // apart (not refused: a paper is cast as the voter marks it).
        Meeting m = bodyMeeting(v1::BODY_KIND_STATE_ELECTION, 3, 3);
        openElection(m, "e", 1, { "A", "B" });
        commit(m, decideNow(m, "d1", fixture::command([](v1::Command &c) {
            c.mutable_cast_vote()->set_ballot_id("e");
            c.mutable_cast_vote()->add_choices(0);
            c.mutable_cast_vote()->add_choices(1);
        })));
        commit(m, decideNow(m, "d2", fixture::command([](v1::Command &c) {
            c.mutable_cast_vote()->set_ballot_id("e");
        })));
        commit(m, decideNow(m, "d3", fixture::command([](v1::Command &c) {
            c.mutable_cast_vote()->set_ballot_id("e");
            c.mutable_cast_vote()->add_choices(0);
        })));
        const BallotRecord *b = m.state().floor.ballot("e");
        QCOMPARE(b->invalid, 2ull);
        QCOMPARE(b->votes[0], 1ull);
        QCOMPARE(b->votes[1], 0ull);
    }

    void birthDatesStayOnTheServer()
    {
        Meeting m = bodyMeeting(v1::BODY_KIND_STATE_ELECTION, 3, 3);
        m.setBirthDates({ { QStringLiteral("d1"), QDate(1950, 1, 1) } });
        const QByteArray snapshot = QByteArray::fromStdString(m.snapshot("d2").SerializeAsString());
        QVERIFY(!snapshot.contains("1950"));
        QVERIFY(!snapshot.contains(QByteArray::number(QDate(1950, 1, 1).toJulianDay())));
    }
};

QTEST_GUILESS_MAIN(TestBodyRules)
#include "tst_bodyrules.moc"
