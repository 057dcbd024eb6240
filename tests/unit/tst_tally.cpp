// Every rule and preset against the ballot box: exact halves, ties, abstentions, blank
// ballots, empty boxes, weights and elections.
#include "rules.h"
#include "tally.h"

#include <QTest>

using namespace quorum;

Q_DECLARE_METATYPE(std::vector<quint64>)

namespace {
BallotRecord yesNo(
    const QString &preset, quint64 yes, quint64 no, quint64 abstain, bool weighted = false)
{
    BallotRecord b;
    b.ballot.set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    for (auto kind : { v1::OPTION_YES, v1::OPTION_NO, v1::OPTION_ABSTAIN })
        b.ballot.add_options()->set_kind(kind);
    *b.ballot.mutable_rule() = *rules::preset(preset);
    b.ballot.mutable_rule()->set_weighted(weighted);
    b.votes = { yes, no, abstain };
    b.ballots = b.ballotsWeight = yes + no + abstain;
    for (quint64 i = 0; i < b.ballots; ++i)
        b.voted.push_back(QString::number(i));
    return b;
}

BallotRecord election(const std::vector<quint64> &votes, quint64 ballots, quint64 blank,
    quint32 seats, v1::Comparison comparison)
{
    BallotRecord b;
    b.ballot.set_kind(v1::BALLOT_ELECTION);
    for (size_t i = 0; i < votes.size(); ++i)
        b.ballot.add_options()->set_kind(v1::OPTION_CHOICE);
    b.ballot.set_seats(seats);
    v1::DecisionRule *rule = b.ballot.mutable_rule();
    rule->set_base(v1::BASE_VOTES_CAST);
    rule->mutable_threshold()->mutable_fraction()->set_numerator(1);
    rule->mutable_threshold()->mutable_fraction()->set_denominator(2);
    rule->mutable_threshold()->set_comparison(comparison);
    b.votes = votes;
    b.ballots = b.ballotsWeight = ballots;
    b.blank = b.blankWeight = blank;
    for (quint64 i = 0; i < ballots; ++i)
        b.voted.push_back(QString::number(i));
    return b;
}

const TallyContext Room{ 16, 20, 25, 20, {} }; // present, convened, all members, voter list
} // namespace

class TestTally : public QObject
{
    Q_OBJECT
private slots:
    void yesNoAbstain_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<quint64>("yes");
        QTest::addColumn<quint64>("no");
        QTest::addColumn<quint64>("abstain");
        QTest::addColumn<quint64>("base");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<bool>("tie");

        QTest::newRow("simple majority passes")
            << "simple-majority" << 5ull << 4ull << 3ull << 9ull << true << false;
        // Issue 15: a tie the rule does not break is "not passed" (the threshold was not met),
        // never "tie, re-vote" (before: tie was reported).
        QTest::newRow("exact half is a tie and fails: not passed, no re-vote")
            << "simple-majority" << 4ull << 4ull << 3ull << 8ull << false << false;
        QTest::newRow("abstentions leave the base")
            << "simple-majority" << 2ull << 1ull << 9ull << 3ull << true << false;
        QTest::newRow("all abstain: nothing decided")
            << "simple-majority" << 0ull << 0ull << 7ull << 0ull << false << false;
        QTest::newRow("empty ballot box")
            << "simple-majority" << 0ull << 0ull << 0ull << 0ull << false << false;
        QTest::newRow("more than half present: 8 of 16 fails")
            << "majority-present" << 8ull << 0ull << 0ull << 16ull << false << false;
        QTest::newRow("more than half present: 9 of 16 passes")
            << "majority-present" << 9ull << 1ull << 0ull << 16ull << true << false;
        QTest::newRow("two thirds present: 10 of 16 fails")
            << "two-thirds-present" << 10ull << 0ull << 0ull << 16ull << false << false;
        QTest::newRow("two thirds present: 11 of 16 passes")
            << "two-thirds-present" << 11ull << 5ull << 0ull << 16ull << true << false;
        QTest::newRow("majority convened: 10 of 20 fails")
            << "majority-convened" << 10ull << 0ull << 0ull << 20ull << false << false;
        QTest::newRow("majority of all members: 13 of 25")
            << "majority-all" << 13ull << 2ull << 0ull << 25ull << true << false;
        QTest::newRow("two thirds of all: 16 of 25 fails")
            << "two-thirds-all" << 16ull << 0ull << 0ull << 25ull << false << false;
        QTest::newRow("two thirds of all: 17 of 25 passes")
            << "two-thirds-all" << 17ull << 0ull << 0ull << 25ull << true << false;
        QTest::newRow("two thirds cast: 6 of 9")
            << "two-thirds-cast" << 6ull << 3ull << 4ull << 9ull << true << false;
    }
    void yesNoAbstain()
    {
        QFETCH(QString, preset);
        QFETCH(quint64, yes);
        QFETCH(quint64, no);
        QFETCH(quint64, abstain);
        QFETCH(quint64, base);
        QFETCH(bool, passed);
        QFETCH(bool, tie);
        const v1::BallotResult r = tally(yesNo(preset, yes, no, abstain), Room);
        QVERIFY(!r.flagged());
        QCOMPARE(r.base(), base);
        QCOMPARE(r.passed(), passed);
        QCOMPARE(r.tie(), tie);
        QCOMPARE(r.options(0).elected(), passed);
        QCOMPARE(r.ballots(), yes + no + abstain);
    }

    // Each preset on both sides of its threshold and at it exactly, with a room whose bases
    // differ (present < convened < all), so that a preset on the wrong base or fraction, or
    // "more than" turned into "at least", fails a row. Guards rules::preset().
    void presetThresholds_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<quint64>("yes");
        QTest::addColumn<quint64>("no");
        QTest::addColumn<quint64>("present");
        QTest::addColumn<quint64>("convened");
        QTest::addColumn<quint64>("all");
        QTest::addColumn<bool>("passed");

        // More than half of the 20 convened (16 present, 24 members): 11 is the least.
        QTest::newRow("majority convened: 9 of 20 fails")
            << "majority-convened" << 9ull << 0ull << 16ull << 20ull << 24ull << false;
        QTest::newRow("majority convened: 10 of 20, exactly half, fails")
            << "majority-convened" << 10ull << 0ull << 16ull << 20ull << 24ull << false;
        QTest::newRow("majority convened: 11 of 20 passes")
            << "majority-convened" << 11ull << 9ull << 16ull << 20ull << 24ull << true;
        QTest::newRow("majority convened: 11 of 21 passes")
            << "majority-convened" << 11ull << 0ull << 16ull << 21ull << 24ull << true;
        QTest::newRow("majority convened: 10 of 21 fails")
            << "majority-convened" << 10ull << 0ull << 16ull << 21ull << 24ull << false;
        // More than half of all 24 members (16 present, 20 convened): 13 is the least.
        QTest::newRow("majority of all: 11 of 24 fails")
            << "majority-all" << 11ull << 0ull << 16ull << 20ull << 24ull << false;
        QTest::newRow("majority of all: 12 of 24, exactly half, fails")
            << "majority-all" << 12ull << 0ull << 16ull << 20ull << 24ull << false;
        QTest::newRow("majority of all: 13 of 24 passes")
            << "majority-all" << 13ull << 3ull << 16ull << 20ull << 24ull << true;
        QTest::newRow("majority of all: 12 of 25 fails")
            << "majority-all" << 12ull << 0ull << 16ull << 20ull << 25ull << false;
        // At least two thirds of the yes and no votes (abstentions apart; the room's size plays no
        // part).
        QTest::newRow("two thirds cast: 5 of 9 fails")
            << "two-thirds-cast" << 5ull << 4ull << 16ull << 20ull << 24ull << false;
        QTest::newRow("two thirds cast: 6 of 9, exactly two thirds, passes")
            << "two-thirds-cast" << 6ull << 3ull << 16ull << 20ull << 24ull << true;
        QTest::newRow("two thirds cast: 7 of 9 passes")
            << "two-thirds-cast" << 7ull << 2ull << 16ull << 20ull << 24ull << true;
        QTest::newRow("two thirds cast: 6 of 10 fails")
            << "two-thirds-cast" << 6ull << 4ull << 16ull << 20ull << 24ull << false;
        QTest::newRow("two thirds cast: 2 of 3 passes")
            << "two-thirds-cast" << 2ull << 1ull << 16ull << 20ull << 24ull << true;
    }
    void presetThresholds()
    {
        QFETCH(QString, preset);
        QFETCH(quint64, yes);
        QFETCH(quint64, no);
        QFETCH(quint64, present);
        QFETCH(quint64, convened);
        QFETCH(quint64, all);
        QFETCH(bool, passed);
        const v1::BallotResult r = tally(
            yesNo(preset, yes, no, 0), TallyContext{ present, convened, all, convened, {} });
        QVERIFY(!r.flagged());
        QCOMPARE(r.passed(), passed);
        QCOMPARE(r.options(0).elected(), passed);
    }

    void abstentionsCountWhenTheRuleSaysSo()
    {
        BallotRecord b = yesNo(QStringLiteral("simple-majority"), 5, 2, 4);
        QVERIFY(tally(b, Room).passed()); // 5 of 7
        b.ballot.mutable_rule()->set_base(v1::BASE_VOTES_CAST_WITH_ABSTENTIONS);
        const v1::BallotResult r = tally(b, Room); // 5 of 11
        QCOMPARE(r.base(), 11u);
        QVERIFY(!r.passed());
    }

    void atLeastHalfPassesATie()
    {
        BallotRecord b = yesNo(QStringLiteral("simple-majority"), 4, 4, 0);
        b.ballot.mutable_rule()->mutable_threshold()->set_comparison(v1::COMPARISON_AT_LEAST);
        const v1::BallotResult r = tally(b, Room);
        QVERIFY(r.passed());
        QVERIFY(!r.tie()); // passed: nothing for a tie-break to decide (issue 15)
        QCOMPARE(r.outcome(), v1::OUTCOME_PASSED);
    }

    void weightsDecideWhenTheRuleIsWeighted()
    {
        // One shareholder with 60 against three with 40 together.
        BallotRecord b = yesNo(QStringLiteral("simple-majority"), 60, 40, 0, true);
        b.ballots = 4;
        b.voted = { "big", "s1", "s2", "s3" };
        b.ballotsWeight = 100;
        const v1::BallotResult r = tally(b, Room);
        QVERIFY(!r.flagged());
        QCOMPARE(r.base(), 100u);
        QVERIFY(r.passed());
    }

    void aBoxThatDoesNotMatchItsVotersIsFlagged()
    {
        BallotRecord b = yesNo(QStringLiteral("simple-majority"), 5, 1, 0);
        b.voted.pop_back(); // six ballots, five voters recorded
        const v1::BallotResult r = tally(b, Room);
        QVERIFY(r.flagged());
        QVERIFY(!r.passed());
        QVERIFY(QString::fromStdString(r.flag_reason()).contains(QStringLiteral("6 ballots")));
    }

    void elections_data()
    {
        QTest::addColumn<std::vector<quint64>>("votes");
        QTest::addColumn<quint64>("ballots");
        QTest::addColumn<quint64>("blank");
        QTest::addColumn<uint>("seats");
        QTest::addColumn<int>("comparison");
        QTest::addColumn<QList<int>>("elected");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<bool>("tie");

        QTest::newRow("two seats filled")
            << std::vector<quint64>{ 6, 5, 3 } << 8ull << 0ull << 2u << int(v1::COMPARISON_AT_LEAST)
            << QList<int>{ 0, 1 } << true << false;
        QTest::newRow("more pass than seats: ranked")
            << std::vector<quint64>{ 5, 7, 6 } << 8ull << 0ull << 2u << int(v1::COMPARISON_AT_LEAST)
            << QList<int>{ 1, 2 } << true << false;
        QTest::newRow("tie for the last seat")
            << std::vector<quint64>{ 5, 4, 4, 1 } << 8ull << 0ull << 2u
            << int(v1::COMPARISON_AT_LEAST) << QList<int>{ 0 } << false << true;
        QTest::newRow("only one above more than half")
            << std::vector<quint64>{ 5, 4, 4, 1 } << 8ull << 0ull << 2u
            << int(v1::COMPARISON_MORE_THAN) << QList<int>{ 0 } << false << false;
        QTest::newRow("blank ballots leave the votes-cast base")
            << std::vector<quint64>{ 3, 2 } << 8ull << 4ull << 1u << int(v1::COMPARISON_MORE_THAN)
            << QList<int>{ 0 } << true << false;
        QTest::newRow("nobody elected")
            << std::vector<quint64>{ 1, 1, 1 } << 6ull << 0ull << 1u
            << int(v1::COMPARISON_MORE_THAN) << QList<int>{} << false << false;
    }
    void elections()
    {
        QFETCH(std::vector<quint64>, votes);
        QFETCH(quint64, ballots);
        QFETCH(quint64, blank);
        QFETCH(uint, seats);
        QFETCH(int, comparison);
        QFETCH(QList<int>, elected);
        QFETCH(bool, passed);
        QFETCH(bool, tie);
        const v1::BallotResult r
            = tally(election(votes, ballots, blank, seats, v1::Comparison(comparison)), Room);
        QList<int> actual;
        for (const v1::OptionResult &o : r.options()) {
            if (o.elected())
                actual << int(o.option());
        }
        std::sort(elected.begin(), elected.end());
        QCOMPARE(actual, elected);
        QCOMPARE(r.passed(), passed);
        QCOMPARE(r.tie(), tie);
    }
};

QTEST_GUILESS_MAIN(TestTally)
#include "tst_tally.moc"
