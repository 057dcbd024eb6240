// One rule, one set of words: the tablet's ballot wizard (BallotDraft) and the minutes
// (minutes::Words) say the same words for the same rule, in Vietnamese and in English, and
// name the base as the law does. Guards issue 15 (words made in one place, RuleWords).
#include "ballotdraft.h"
#include "bodies.h"
#include "floorreplica.h"
#include "meetingstate.h"
#include "minuteswords.h"
#include "quorumwords.h"
#include "rules.h"
#include "rulewords.h"

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
        QTest::newRow("Party election: of the delegates convened (QĐ 244 Điều 32)")
            << v1::BODY_KIND_PARTY << "party-election" << int(BallotView::Election)
            << QStringLiteral("Trúng cử khi được quá nửa tổng số đại biểu được triệu tập");
        QTest::newRow("association: of the official delegates convened (NĐ 126/2024 Điều 19)")
            << v1::BODY_KIND_ASSOCIATION << "majority-convened" << int(BallotView::YesNoAbstain)
            << QStringLiteral("quá nửa tổng số đại biểu được triệu tập tán thành");
        QTest::newRow("shareholders, special: from 65 % (LDN 2020 Điều 148 khoản 1)")
            << v1::BODY_KIND_SHAREHOLDERS << "shareholders-special" << int(BallotView::YesNoAbstain)
            << QStringLiteral("từ 65% trở lên tổng số phiếu biểu quyết của các cổ đông dự họp");
        QTest::newRow("shareholders, board: cumulative voting (Điều 148 khoản 3)")
            << v1::BODY_KIND_SHAREHOLDERS << "shareholders-board" << int(BallotView::Election)
            << QStringLiteral("bầu dồn phiếu");
        QTest::newRow("youth union election: a new election among those tied")
            << v1::BODY_KIND_YOUTH_UNION << "majority-valid" << int(BallotView::Election)
            << QStringLiteral("bầu lại trong số những người ngang phiếu");
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

    void quorumBadgeAndMinutesSayTheSame_data()
    {
        QTest::addColumn<v1::BodyKind>("body");
        QTest::addColumn<quint32>("convening");
        QTest::addColumn<QString>("vietnamese");
        QTest::newRow("Điều lệ Đoàn: people and units")
            << v1::BODY_KIND_YOUTH_UNION << 1u
            << QStringLiteral("ít nhất hai phần ba tổng số đại biểu được triệu tập và ít nhất "
                              "hai phần ba tổng số đơn vị"); // all units directly under (session 6)
        QTest::newRow("LDN 2020 Điều 145 khoản 2: the second convening")
            << v1::BODY_KIND_SHAREHOLDERS << 2u
            << QStringLiteral("từ 33% trở lên tổng số phiếu biểu quyết của công ty (họp lần "
                              "thứ hai)"); // all the company's voting shares (session 6)
        QTest::newRow("LDN 2020 Điều 145 khoản 3: the third convening")
            << v1::BODY_KIND_SHAREHOLDERS << 3u
            << QStringLiteral("không phụ thuộc số người dự họp (họp lần thứ ba)");
        QTest::newRow("NĐ 126/2024 Điều 19 khoản 2")
            << v1::BODY_KIND_ASSOCIATION << 1u
            << QStringLiteral("quá nửa tổng số đại biểu được triệu tập");
    }
    void quorumBadgeAndMinutesSayTheSame()
    {
        // The tablet's quorum badge (QuorumWords) and the minutes' quorum line say the same
        // words for the same meeting, the convening included.
        QFETCH(v1::BodyKind, body);
        QFETCH(quint32, convening);
        QFETCH(QString, vietnamese);
        MeetingState state;
        state.definition.set_body_kind(body);
        state.definition.set_convening(convening);
        bodies::applyPreset(state.definition);
        FloorReplica floor(state);
        QuorumWords badge;
        badge.setFloor(&floor);
        const v1::QuorumRule rule = rules::quorumRule(state);
        const minutes::Words english(minutes::Language::English, QTimeZone::utc(), body);
        QCOMPARE(badge.text(), english.quorumRule(rule, convening));
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(":/minutes/i18n/quorum_vi.qm")));
        QCoreApplication::installTranslator(&vi);
        const QString tablet = badge.text();
        QCoreApplication::removeTranslator(&vi);
        const minutes::Words words(minutes::Language::Vietnamese, QTimeZone::utc(), body);
        QCOMPARE(tablet, words.quorumRule(rule, convening));
        QVERIFY2(tablet.contains(vietnamese), qPrintable(tablet));
    }

    void oneWordForEachKindOfVote()
    {
        // "trúng cử" for an election, "được chọn" for a choice, "thông qua" for a motion; an
        // election is held again (bầu lại), a motion voted on again (biểu quyết lại): never two
        // words for two kinds in one phrase ("bầu (biểu quyết) lại", "trúng cử/được chọn").
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(":/minutes/i18n/quorum_vi.qm")));
        const RuleWords words(&vi);
        for (v1::BallotKind kind :
            { v1::BALLOT_YES_NO_ABSTAIN, v1::BALLOT_CHOICE, v1::BALLOT_ELECTION }) {
            QStringList said;
            for (v1::BallotOutcome o :
                { v1::OUTCOME_PASSED, v1::OUTCOME_NOT_PASSED, v1::OUTCOME_PARTLY_FILLED,
                    v1::OUTCOME_TIE_REVOTE, v1::OUTCOME_TIE_PENDING, v1::OUTCOME_TURNOUT_NOT_MET })
                said << words.outcome(o, kind);
            for (v1::TieBreak t : { v1::TIE_BREAK_REVOTE, v1::TIE_BREAK_OLDER, v1::TIE_BREAK_CHAIR,
                     v1::TIE_BREAK_LOTS })
                said << words.tieBreak(t, kind);
            for (const QString &name : bodies::rulePresetNames())
                said << words.rule(*rules::preset(name), kind);
            const QString all = said.join(QLatin1Char('\n')).toLower();
            QVERIFY2(!all.contains(QStringLiteral("(biểu quyết)")), qPrintable(all));
            QVERIFY2(!all.contains(QLatin1Char('/')) || kind == v1::BALLOT_YES_NO_ABSTAIN,
                qPrintable(all));
            if (kind == v1::BALLOT_ELECTION)
                QVERIFY2(!all.contains(QStringLiteral("biểu quyết lại"))
                        && !all.contains(QStringLiteral("được chọn")),
                    qPrintable(all));
            else
                QVERIFY2(!all.contains(QStringLiteral("bầu lại")), qPrintable(all));
            if (kind == v1::BALLOT_CHOICE)
                QVERIFY2(!all.contains(QStringLiteral("trúng cử khi")), qPrintable(all));
        }
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

    void oneBaseOnePhrase_data()
    {
        QTest::addColumn<v1::BodyKind>("body");
        QTest::addColumn<bool>("weighted");
        for (v1::BodyKind body : bodies::kinds()) {
            QTest::addRow("%d heads", int(body)) << body << false;
            QTest::addRow("%d weights", int(body)) << body << true;
        }
    }
    void oneBaseOnePhrase()
    {
        // Each base has its own words, for every kind of body, by heads or by weight, in
        // Vietnamese and in English: "số phiếu biểu quyết" alone never names two of them, and
        // no phrase is shared by two bases.
        QFETCH(v1::BodyKind, body);
        QFETCH(bool, weighted);
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(":/minutes/i18n/quorum_vi.qm")));
        for (const RuleWords &words : { RuleWords(nullptr, body), RuleWords(&vi, body) }) {
            QStringList seen;
            for (v1::Base base :
                { v1::BASE_VOTES_CAST, v1::BASE_VOTES_CAST_WITH_ABSTENTIONS, v1::BASE_VALID_BALLOTS,
                    v1::BASE_MEMBERS_PRESENT, v1::BASE_MEMBERS_CONVENED, v1::BASE_ALL_MEMBERS }) {
                const QString phrase = words.base(base, weighted);
                QVERIFY2(!seen.contains(phrase), qPrintable(phrase));
                QVERIFY2(phrase != QStringLiteral("số phiếu biểu quyết")
                        && phrase != QStringLiteral("tổng số phiếu biểu quyết"),
                    qPrintable(phrase));
                seen << phrase;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleWords)
#include "tst_rulewords.moc"
