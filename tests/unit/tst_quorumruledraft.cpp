// The quorum rule the organiser's desk edits (client-qml/core/quorumruledraft.*, issue 15):
// it starts from the body's preset, every part can be changed and sent whole (EditMeeting's
// quorum_rule), a rule of the meeting's own is said to be one (and stays one after a reload:
// the bytes the desk gets back make the same draft), its words are the minutes' (RuleWords),
// and the article of the preset is shown beside it.
#include "quorumruledraft.h"

#include "articlewords.h"
#include "bodies.h"
#include "rulewords.h"
#include "threshold.h"

#include <QSignalSpy>
#include <QTest>

using namespace quorum;

class TestQuorumRuleDraft : public QObject
{
    Q_OBJECT
private slots:
    void startsFromTheBodysPreset()
    {
        QuorumRuleDraft draft;
        draft.setBodyKind(v1::BODY_KIND_YOUTH_UNION);
        const v1::QuorumRule &preset = bodies::preset(v1::BODY_KIND_YOUTH_UNION).quorum;
        QVERIFY(draft.proto().SerializeAsString() == preset.SerializeAsString());
        QVERIFY(!draft.custom());
        QCOMPARE(draft.conditions().size(), 2); // the delegates and their units
        const QVariantMap units = draft.conditions().at(1).toMap();
        QCOMPARE(units.value("count").toInt(), int(QuorumRuleDraft::Units));
        QCOMPARE(units.value("numerator").toInt(), 2);
        QCOMPARE(units.value("denominator").toInt(), 3);
        QVERIFY(units.value("atLeast").toBool());
        QCOMPARE(draft.words(1), RuleWords(nullptr, v1::BODY_KIND_YOUTH_UNION).quorum(preset, 1));
        QVERIFY(draft.article().contains("Article 9(1)"));
        QVERIFY(!draft.article().startsWith("Changed"));
        QVERIFY(draft.valid());
    }

    // The organiser's own: three fifths of those convened and more than half of the units.
    // Said as such, sent as such, and the same after a reload (not blank, not the preset).
    void aTwoConditionRuleOfItsOwnSurvivesAReload()
    {
        QuorumRuleDraft draft;
        draft.setBodyKind(v1::BODY_KIND_YOUTH_UNION);
        QSignalSpy changed(&draft, &QuorumRuleDraft::changed);
        draft.setThreshold(0, 3, 5, true);
        draft.setThreshold(1, 1, 2, false);
        QCOMPARE(changed.count(), 2);
        QVERIFY(draft.custom());
        QCOMPARE(draft.proto().threshold().fraction().numerator(), 3u);
        QCOMPARE(draft.proto().also(0).threshold().comparison(), v1::COMPARISON_MORE_THAN);
        QCOMPARE(draft.proto().also(0).count(), v1::QUORUM_COUNT_UNITS);
        const QString words = draft.words(1);
        QVERIFY2(
            words.contains("at least 3/5") && words.contains("more than half"), qPrintable(words));
        QVERIFY(draft.article().startsWith("Changed from its preset."));

        // The desk's reload: the meeting's bytes, kind first (which resets to the preset).
        QuorumRuleDraft reloaded;
        reloaded.setBodyKind(v1::BODY_KIND_YOUTH_UNION);
        reloaded.setRule(draft.rule());
        QVERIFY(reloaded.custom());
        QCOMPARE(reloaded.conditions(), draft.conditions());
        QCOMPARE(reloaded.words(1), words);
        // An empty rule (a meeting without one) is the kind's preset.
        reloaded.setRule({});
        QVERIFY(!reloaded.custom());
        // Back to the preset from the editor.
        draft.resetToPreset();
        QVERIFY(!draft.custom());
    }

    void conditionsAreAddedCountedAndRemoved()
    {
        QuorumRuleDraft draft; // any body: more than half of those convened
        QCOMPARE(draft.conditions().size(), 1);
        // The rule's own condition counts people or weights, never units.
        draft.setCount(0, QuorumRuleDraft::Units);
        QVERIFY(!draft.proto().weighted());
        draft.setCount(0, QuorumRuleDraft::Weights);
        QVERIFY(draft.proto().weighted());
        QVERIFY(draft.addCondition());
        QCOMPARE(draft.proto().also(0).count(), v1::QUORUM_COUNT_UNITS);
        draft.setCount(1, QuorumRuleDraft::Weights);
        QCOMPARE(draft.proto().also(0).count(), v1::QUORUM_COUNT_HEADS);
        QVERIFY(draft.proto().also(0).weighted());
        draft.setAllMembers(1, true);
        QCOMPARE(draft.proto().also(0).base(), v1::BASE_ALL_MEMBERS);
        // Shares counted against all members: the desk asks for the shares issued.
        QVERIFY(draft.settings().value("shares").toBool());
        draft.setCount(1, QuorumRuleDraft::Units);
        QVERIFY(draft.settings().value("units").toBool());
        for (int i = 1; i < QuorumRuleDraft::MaxConditions; ++i)
            QVERIFY(draft.addCondition());
        QVERIFY(!draft.addCondition());
        QCOMPARE(draft.conditions().size(), QuorumRuleDraft::MaxConditions + 1);
        draft.removeCondition(0); // the rule's own stays
        draft.removeCondition(1);
        QCOMPARE(draft.conditions().size(), QuorumRuleDraft::MaxConditions);
    }

    // Luật Doanh nghiệp 2020, Điều 145: the second and third convening have quorums of their
    // own; the desk sets them, in the order of the convenings, and can set them back.
    void conveningsHaveTheirOwnQuorum()
    {
        QuorumRuleDraft draft;
        draft.setBodyKind(v1::BODY_KIND_SHAREHOLDERS);
        QCOMPARE(draft.convenings().at(1).toMap().value("mode").toInt(),
            int(QuorumRuleDraft::OwnThreshold));
        QCOMPARE(draft.convenings().at(2).toMap().value("mode").toInt(),
            int(QuorumRuleDraft::NoMinimum));
        QVERIFY(draft.settings().value("convenings").toBool());
        // The charter's 40 % at the second convening.
        draft.setConvening(2, QuorumRuleDraft::OwnThreshold, 40, 100, true);
        QVERIFY(draft.custom());
        QCOMPARE(draft.proto().reconvened_size(), 2);
        QCOMPARE(draft.proto().reconvened(0).convening(), 2u);
        QCOMPARE(draft.proto().reconvened(0).threshold().fraction().numerator(), 40u);
        QVERIFY2(draft.words(2).contains("40%"), qPrintable(draft.words(2)));
        draft.setConvening(3, QuorumRuleDraft::AsFirst);
        QCOMPARE(draft.proto().reconvened_size(), 1);
        draft.setConvening(3, QuorumRuleDraft::NoMinimum);
        draft.setConvening(2, QuorumRuleDraft::OwnThreshold, 33, 100, true);
        QVERIFY(!draft.custom()); // the preset again, entry by entry in order
        // A first convening without a minimum (a state election's: the turnout decides).
        draft.setConvening(1, QuorumRuleDraft::NoMinimum);
        QCOMPARE(draft.proto().reconvened(0).convening(), 1u);
        draft.setConvening(4, QuorumRuleDraft::NoMinimum); // no fourth: nothing
        QCOMPARE(draft.proto().reconvened_size(), 3);
    }

    void aFractionAboveOneIsAProblem()
    {
        QuorumRuleDraft draft;
        draft.setThreshold(0, 3, 2, true);
        QVERIFY(!draft.valid());
        draft.setThreshold(0, 2, 3, true);
        QVERIFY(draft.valid());
        draft.setConvening(2, QuorumRuleDraft::OwnThreshold, 0, 3, true);
        QVERIFY(!draft.valid());
    }

    // Another kind of body: its preset, whatever was changed.
    void anotherKindBringsItsPreset()
    {
        QuorumRuleDraft draft;
        draft.setBodyKind(v1::BODY_KIND_YOUTH_UNION);
        draft.setThreshold(0, 1, 2, false);
        draft.setBodyKind(v1::BODY_KIND_PEOPLES_COUNCIL);
        QVERIFY(draft.proto().SerializeAsString()
            == bodies::preset(v1::BODY_KIND_PEOPLES_COUNCIL).quorum.SerializeAsString());
        QVERIFY(!draft.custom());
        QVERIFY(draft.article().contains("a setting"));
    }

    // Every preset of every kind has its article, and a rule preset named in a meeting of a
    // kind cites that kind's article; the generic presets cite none (said, not blank).
    void everyPresetHasItsArticle()
    {
        const ArticleWords words;
        for (const v1::BodyKind kind : bodies::kinds()) {
            if (kind == v1::BODY_KIND_UNSPECIFIED)
                continue;
            for (auto rule : { ArticleWords::Rule::Quorum, ArticleWords::Rule::Ballot,
                     ArticleWords::Rule::Election }) {
                const ArticleWords::Article a = words.preset(kind, rule);
                QVERIFY2(
                    !a.name.isEmpty() && !a.words.isEmpty(), qPrintable(QString::number(kind)));
            }
        }
        QVERIFY(words.rule(v1::BODY_KIND_SHAREHOLDERS, "shareholders-special")
                    .name.contains("Article 148(1)"));
        QVERIFY(
            words.rule(v1::BODY_KIND_PEOPLES_COUNCIL, "hdnd-removal").words.contains("two thirds"));
        // Đảng: majority-convened is the Party's own ballot rule (Điều lệ Đảng, Điều 9).
        QVERIFY(words.rule(v1::BODY_KIND_PARTY, "majority-convened").name.contains("Article 9(5)"));
        // The same name in an association: Nghị định 126/2024, Điều 19 khoản 6.
        QVERIFY(words.rule(v1::BODY_KIND_ASSOCIATION, "majority-convened")
                    .name.contains("Article 19(6)"));
        QVERIFY(words.rule(v1::BODY_KIND_UNSPECIFIED, "simple-majority").isEmpty());
        QVERIFY(words.line({}).startsWith("No article"));
        // Where the text was ambiguous or not read, the line says it is a setting.
        QVERIFY(words.line(words.preset(v1::BODY_KIND_PARTY, ArticleWords::Rule::Quorum))
                    .contains("a setting"));
        QVERIFY(!words.line(words.preset(v1::BODY_KIND_ASSOCIATION, ArticleWords::Rule::Ballot))
                     .contains("a setting"));
    }
};

QTEST_GUILESS_MAIN(TestQuorumRuleDraft)
#include "tst_quorumruledraft.moc"
