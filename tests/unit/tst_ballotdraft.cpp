// Unit tests for BallotDraft: the chair's ballot before it exists (BallotWizard.qml). Each
// validation rule has a row that fails when the rule is dropped; create() is checked in the
// CreateBallot command it sends; the form's coming and going follows the ballots folded in.

#include "ballotdraft.h"
#include "ballotfeed.h"

#include <QSignalSpy>
#include <QTest>

using ballotfeed::BallotFeed;
namespace v1 = quorum::v1;

class TestBallotDraft : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void optionsAreTrimmedAndUnique();
    void removingAnOptionShrinksTheMarks();
    void countStaysWithinTheOptions();
    void ruleStartsAsTheMeetings();
    void createSendsTheDraftAndEmptiesIt_data();
    void createSendsTheDraftAndEmptiesIt();
    void createSendsNothingWhenNotReady();
    void formGivesWayToTheCreatedBallot();
};

void TestBallotDraft::validation_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("count"); // maxChoices (choice) or seats (election), raised with more()
    QTest::addColumn<bool>("optionsValid");
    QTest::addColumn<bool>("ready");

    const QStringList none;
    QTest::newRow("yes/no with a question")
        << "Thông qua?" << int(BallotView::YesNoAbstain) << none << 1 << true << true;
    // Guards: a ballot without a question is never sent.
    QTest::newRow("no question") << "" << int(BallotView::YesNoAbstain) << none << 1 << true
                                 << false;
    QTest::newRow("blank question")
        << "  \n " << int(BallotView::YesNoAbstain) << none << 1 << true << false;
    // Guards: a choice needs two options at least.
    QTest::newRow("choice, no option")
        << "Q" << int(BallotView::Choice) << none << 1 << false << false;
    QTest::newRow("choice, one option")
        << "Q" << int(BallotView::Choice) << QStringList{ "A" } << 1 << false << false;
    QTest::newRow("choice, two options")
        << "Q" << int(BallotView::Choice) << QStringList{ "A", "B" } << 1 << true << true;
    QTest::newRow("choice, mark both")
        << "Q" << int(BallotView::Choice) << QStringList{ "A", "B" } << 2 << true << true;
    // Guards: an election needs a candidate.
    QTest::newRow("election, nobody")
        << "Q" << int(BallotView::Election) << none << 1 << false << false;
    QTest::newRow("election, one candidate")
        << "Q" << int(BallotView::Election) << QStringList{ "An" } << 1 << true << true;
    QTest::newRow("election, two seats of three")
        << "Q" << int(BallotView::Election) << QStringList{ "An", "Bình", "Chi" } << 2 << true
        << true;
}

void TestBallotDraft::validation()
{
    QFETCH(QString, question);
    QFETCH(int, kind);
    QFETCH(QStringList, options);
    QFETCH(int, count);
    QFETCH(bool, optionsValid);
    QFETCH(bool, ready);

    BallotDraft draft;
    draft.setQuestion(question);
    draft.setKind(BallotView::Kind(kind));
    QCOMPARE(draft.withOptions(), kind != BallotView::YesNoAbstain);
    for (const QString &option : options)
        QVERIFY(draft.addOption(option));
    for (int i = 1; i < count; ++i)
        draft.more();
    QCOMPARE(draft.count(), count);
    QCOMPARE(draft.optionsValid(), optionsValid);
    QCOMPARE(draft.ready(), ready);
}

void TestBallotDraft::optionsAreTrimmedAndUnique()
{
    BallotDraft draft;
    draft.setKind(BallotView::Choice);
    QSignalSpy changed(&draft, &BallotDraft::changed);
    QVERIFY(draft.addOption("  Phương án A "));
    QCOMPARE(changed.count(), 1);
    // Guards: empty and repeated options are refused (the wizard keeps the typed text then).
    QVERIFY(!draft.addOption("   "));
    QVERIFY(!draft.addOption("Phương án A"));
    QVERIFY(draft.addOption("Phương án B"));
    QCOMPARE(draft.options(), (QStringList{ "Phương án A", "Phương án B" }));
    QCOMPARE(draft.optionCount(), 2);
    QCOMPARE(changed.count(), 2);
}

void TestBallotDraft::removingAnOptionShrinksTheMarks()
{
    BallotDraft draft;
    draft.setQuestion("Q");
    draft.setKind(BallotView::Choice);
    for (const char *option : { "A", "B", "C" })
        draft.addOption(option);
    draft.more();
    draft.more();
    QCOMPARE(draft.maxChoices(), 3);
    draft.removeOption(0);
    // Guards: never more marks than options after a removal (the ballot stays valid).
    QCOMPARE(draft.options(), (QStringList{ "B", "C" }));
    QCOMPARE(draft.maxChoices(), 2);
    QVERIFY(draft.ready());

    draft.setKind(BallotView::Election);
    draft.more();
    QCOMPARE(draft.seats(), 2);
    draft.removeOption(1);
    draft.removeOption(0);
    QCOMPARE(draft.seats(), 1);
    QCOMPARE(draft.maxChoices(), 1);
    draft.removeOption(5); // nothing there: nothing happens
    QCOMPARE(draft.optionCount(), 0);
}

void TestBallotDraft::countStaysWithinTheOptions()
{
    BallotDraft draft;
    draft.setKind(BallotView::Choice);
    QVERIFY(!draft.canFewer());
    QVERIFY(!draft.canMore());
    draft.fewer();
    draft.more();
    // Guards: at least one mark, at most one per option.
    QCOMPARE(draft.maxChoices(), 1);
    draft.addOption("A");
    draft.addOption("B");
    QVERIFY(draft.canMore());
    draft.more();
    draft.more();
    QCOMPARE(draft.maxChoices(), 2);
    QVERIFY(!draft.canMore());
    QVERIFY(draft.canFewer());
    // The seats of an election count apart from the marks of a choice.
    draft.setKind(BallotView::Election);
    QCOMPARE(draft.count(), 1);
    draft.more();
    QCOMPARE(draft.seats(), 2);
    QCOMPARE(draft.maxChoices(), 2);
    draft.fewer();
    QCOMPARE(draft.seats(), 1);
}

void TestBallotDraft::ruleStartsAsTheMeetings()
{
    BallotDraft draft;
    QCOMPARE(draft.rulePreset(), "simple-majority"); // no meeting yet
    MeetingReplica replica;
    BallotFeed feed(&replica, "chair");
    draft.setFloor(replica.floor());
    // Guards: a new ballot starts with the meeting's own rule, said as such.
    QCOMPARE(draft.defaultRule(), "two-thirds-present");
    QCOMPARE(draft.rulePreset(), "two-thirds-present");
    QVERIFY(draft.ruleIsDefault());
    draft.setRulePreset("simple-majority");
    QCOMPARE(draft.rulePreset(), "simple-majority");
    QVERIFY(!draft.ruleIsDefault());
}

void TestBallotDraft::createSendsTheDraftAndEmptiesIt_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("sentKind");
    QTest::addColumn<int>("sentMaxChoices");
    QTest::addColumn<int>("sentSeats");
    QTest::addColumn<int>("sentOptions");

    QTest::newRow("yes/no") << int(BallotView::YesNoAbstain) << 1 << int(v1::BALLOT_YES_NO_ABSTAIN)
                            << 0 << 0 << 0;
    QTest::newRow("choice of two")
        << int(BallotView::Choice) << 2 << int(v1::BALLOT_CHOICE) << 2 << 0 << 3;
    QTest::newRow("election of two")
        << int(BallotView::Election) << 2 << int(v1::BALLOT_ELECTION) << 2 << 2 << 3;
}

void TestBallotDraft::createSendsTheDraftAndEmptiesIt()
{
    QFETCH(int, kind);
    QFETCH(int, count);
    QFETCH(int, sentKind);
    QFETCH(int, sentMaxChoices);
    QFETCH(int, sentSeats);
    QFETCH(int, sentOptions);

    MeetingReplica replica;
    BallotFeed feed(&replica, "chair");
    BallotDraft draft;
    draft.setFloor(replica.floor());
    draft.setQuestion(" Thông qua dự toán? ");
    draft.setSecret(true);
    draft.setKind(BallotView::Kind(kind));
    draft.setRulePreset("majority-present");
    if (draft.withOptions()) {
        for (const char *option : { "An", "Bình", "Chi" })
            draft.addOption(option);
    }
    for (int i = 1; i < count; ++i)
        draft.more();

    QCOMPARE(draft.create(), "cmd-1");
    QCOMPARE(feed.sent.size(), size_t(1));
    const v1::Ballot &sent = feed.sent.front().create_ballot().ballot();
    QCOMPARE(QString::fromStdString(sent.question()), "Thông qua dự toán?");
    QVERIFY(sent.secret());
    QCOMPARE(int(sent.kind()), sentKind);
    QCOMPARE(QString::fromStdString(sent.rule().preset()), "majority-present");
    QCOMPARE(int(sent.max_choices()), sentMaxChoices);
    QCOMPARE(int(sent.seats()), sentSeats);
    QCOMPARE(sent.options_size(), sentOptions);
    QCOMPARE(QString::fromStdString(sent.id()), replica.floor()->lastCreatedBallotId());

    // The next ballot starts empty, with the meeting's rule; named/secret and the kind stay.
    QCOMPARE(draft.question(), QString());
    QCOMPARE(draft.optionCount(), 0);
    QCOMPARE(draft.maxChoices(), 1);
    QCOMPARE(draft.seats(), 1);
    QVERIFY(draft.ruleIsDefault());
    QVERIFY(draft.secret());
    QCOMPARE(int(draft.kind()), kind);
}

void TestBallotDraft::createSendsNothingWhenNotReady()
{
    MeetingReplica replica;
    BallotFeed feed(&replica, "chair");
    BallotDraft draft;
    draft.setFloor(replica.floor());
    draft.setKind(BallotView::Choice);
    draft.setQuestion("Q");
    draft.addOption("A");
    QCOMPARE(draft.create(), QString());
    QVERIFY(feed.sent.empty());
    QCOMPARE(draft.options(), QStringList{ "A" }); // kept for the chair to finish
}

void TestBallotDraft::formGivesWayToTheCreatedBallot()
{
    MeetingReplica replica;
    BallotFeed feed(&replica, "chair");
    BallotDraft draft;
    draft.setFloor(replica.floor());
    QVERIFY(draft.editing()); // no ballot yet: the form
    feed.ballot("b-other");
    QVERIFY(!draft.editing()); // someone's ballot is on: its status
    feed.close("b-other");
    QVERIFY(!draft.editing()); // closed: its result, until "New vote"
    draft.setComposing(true);
    QVERIFY(draft.editing());

    draft.setQuestion("Q");
    const QString command = draft.create();
    QVERIFY(!command.isEmpty());
    const QByteArray createdId = replica.floor()->lastCreatedBallotId().toUtf8();
    // Another ballot arriving does not take the form away from the chair.
    feed.ballot("b-else", 1, false);
    QVERIFY(draft.editing());
    // Guards: the ballot created here arrives; its status replaces the form.
    feed.ballot(createdId.constData(), 1, false);
    QVERIFY(!draft.composing());
    QVERIFY(!draft.editing());
}

QTEST_GUILESS_MAIN(TestBallotDraft)
#include "tst_ballotdraft.moc"
