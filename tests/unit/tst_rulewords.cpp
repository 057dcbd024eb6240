// One rule, one set of words: the tablet's ballot wizard (BallotDraft) and the minutes
// (minutes::Words) say the same words for the same rule, in Vietnamese and in English, and
// name the base as the law does. Guards issue 15 (words made in one place, RuleWords).
#include "ballotdraft.h"
#include "bodies.h"
#include "floorreplica.h"
#include "meetingstate.h"
#include "minuteswords.h"
#include "rules.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace quorum;

Q_DECLARE_METATYPE(v1::BodyKind)

class TestRuleWords : public QObject
{
    Q_OBJECT
private slots:
    void tabletAndMinutesSayTheSame_data()
    {
        QTest::addColumn<v1::BodyKind>("body");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("kind"); // BallotView::Kind
        QTest::addColumn<QString>("vietnamese"); // what the law's words must be part of it
        QTest::newRow("HĐND resolution")
            << v1::BODY_KIND_PEOPLES_COUNCIL << "hdnd-resolution" << int(BallotView::YesNoAbstain)
            << QStringLiteral("quá nửa tổng số đại biểu");
        QTest::newRow("HĐND removal")
            << v1::BODY_KIND_PEOPLES_COUNCIL << "hdnd-removal" << int(BallotView::YesNoAbstain)
            << QStringLiteral("ít nhất hai phần ba tổng số đại biểu");
        QTest::newRow("shareholders, ordinary")
            << v1::BODY_KIND_SHAREHOLDERS << "shareholders-ordinary"
            << int(BallotView::YesNoAbstain)
            << QStringLiteral("tổng số phiếu biểu quyết của các cổ đông dự họp");
        QTest::newRow("Party, convened")
            << v1::BODY_KIND_PARTY << "majority-convened" << int(BallotView::YesNoAbstain)
            << QStringLiteral("tổng số đại biểu được triệu tập");
        QTest::newRow("youth union, present")
            << v1::BODY_KIND_YOUTH_UNION << "majority-present" << int(BallotView::YesNoAbstain)
            << QStringLiteral("số đại biểu có mặt");
        QTest::newRow("state election")
            << v1::BODY_KIND_STATE_ELECTION << "state-election" << int(BallotView::Election)
            << QStringLiteral("tổng số phiếu bầu hợp lệ");
        QTest::newRow("a choice is chosen, not elected")
            << v1::BODY_KIND_UNSPECIFIED << "simple-majority" << int(BallotView::Choice)
            << QStringLiteral("Được chọn");
        QTest::newRow("votes cast leave abstentions out, in so many words")
            << v1::BODY_KIND_UNSPECIFIED << "simple-majority" << int(BallotView::YesNoAbstain)
            << QStringLiteral("số phiếu tán thành và không tán thành");
    }
    void tabletAndMinutesSayTheSame()
    {
        QFETCH(v1::BodyKind, body);
        QFETCH(QString, preset);
        QFETCH(int, kind);
        QFETCH(QString, vietnamese);
        MeetingState state;
        state.definition.set_body_kind(body);
        FloorReplica floor(state);
        BallotDraft draft;
        draft.setFloor(&floor);
        draft.setKind(BallotView::Kind(kind));
        v1::DecisionRule rule;
        rule.set_preset(sstr(preset));
        QVERIFY(!rules::complete(rule));
        const v1::BallotKind protoKind = kind == BallotView::Election ? v1::BALLOT_ELECTION
            : kind == BallotView::Choice                              ? v1::BALLOT_CHOICE
                                                                      : v1::BALLOT_YES_NO_ABSTAIN;

        // English: no translator installed, the tablet's words are the source text.
        const minutes::Words english(minutes::Language::English, QTimeZone::utc(), body);
        QCOMPARE(draft.presetWords(preset), english.rule(rule, protoKind));

        // Vietnamese: the tablet loads the same .ts the minutes are built with.
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(":/minutes/i18n/quorum_vi.qm")));
        QCoreApplication::installTranslator(&vi);
        const minutes::Words words(minutes::Language::Vietnamese, QTimeZone::utc(), body);
        const QString tablet = draft.presetWords(preset);
        QCoreApplication::removeTranslator(&vi);
        QCOMPARE(tablet, words.rule(rule, protoKind));
        QVERIFY2(tablet.contains(vietnamese), qPrintable(tablet));
        // Never both words with a slash, never an empty rule.
        QVERIFY(!tablet.contains(QStringLiteral("Trúng cử/được chọn")));
        QVERIFY(!tablet.isEmpty());
    }

    void customRuleStartsAsTheMeetings()
    {
        // Seen in a real window: "A rule of our own" started from simple-majority, not from the
        // youth union's rule the meeting decides by (failed before).
        MeetingState state;
        state.definition.set_body_kind(v1::BODY_KIND_YOUTH_UNION);
        bodies::applyPreset(state.definition);
        FloorReplica floor(state);
        BallotDraft draft;
        draft.setFloor(&floor);
        const QString meeting = draft.meetingRuleWords();
        draft.setCustom(true);
        QCOMPARE(draft.base(), int(v1::BASE_MEMBERS_PRESENT));
        QCOMPARE(draft.ruleWords(), meeting);
        QVERIFY(!meeting.isEmpty());
    }

    void oneBaseOnePhrase()
    {
        // Each base has its own words: "số phiếu biểu quyết" alone never names two of them.
        const RuleWords en;
        QStringList seen;
        for (v1::Base base :
            { v1::BASE_VOTES_CAST, v1::BASE_VOTES_CAST_WITH_ABSTENTIONS, v1::BASE_VALID_BALLOTS,
                v1::BASE_MEMBERS_PRESENT, v1::BASE_MEMBERS_CONVENED, v1::BASE_ALL_MEMBERS }) {
            const QString words = en.base(base, false);
            QVERIFY2(!seen.contains(words), qPrintable(words));
            seen << words;
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleWords)
#include "tst_rulewords.moc"
