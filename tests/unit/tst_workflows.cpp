// Workflows as data (issue 16, docs/forms.md): every step of the presets and who may take it,
// the ballot a motion is voted with (the existing CreateBallot), an amendment's passage and
// its amended text, a question assigned to an official who answers it, a body's own workflow.
#include "formfixture.h"
#include "workflows.h"

#include <QTest>

using namespace quorum;
using namespace formfixture;
using fixture::commit;

namespace {
std::vector<v1::FieldValue> motion(const std::string &title)
{
    return { text("title", title), text("text", "Đề nghị bổ sung kinh phí.") };
}

/** A meeting with the motion form open and case 1 by d1 moved along `path` by the chair. */
Meeting motionAt(const QStringList &path)
{
    Meeting m = meetingWithDraft();
    openBuiltin(m, "kien-nghi", v1::FORM_MOTION);
    commit(m, m.decide("d1", submit("kien-nghi", motion("Kiến nghị 1")), 1000));
    for (const QString &to : path) {
        if (to == QStringLiteral("voted")) {
            commit(m, m.decide("chair", fixture::yesNoBallot("bq-1", false), 1000));
            commit(m, m.decide("chair", step("kien-nghi", 1, "voted", "bq-1"), 1000));
        } else {
            commit(m, m.decide("chair", step("kien-nghi", 1, sstr(to).c_str()), 1000));
        }
    }
    return m;
}

/** Opens, votes (yes from d1..d`yes`, no from the rest of the 11 present) and closes bq-1. */
void vote(Meeting &m, int yes)
{
    commit(m,
        m.decide("chair", fixture::command([](v1::Command &c) {
            c.mutable_open_ballot()->set_ballot_id("bq-1");
        }),
            1000));
    commit(m, m.decide("chair", fixture::voteFor("bq-1", yes > 0 ? 0 : 1), 1000));
    for (int i = 1; i <= 10; ++i)
        commit(m,
            m.decide(
                QStringLiteral("d%1").arg(i), fixture::voteFor("bq-1", i < yes ? 0 : 1), 1000));
    commit(m,
        m.decide("chair", fixture::command([](v1::Command &c) {
            c.mutable_close_ballot()->set_ballot_id("bq-1");
        }),
            1000));
}
} // namespace

class TestWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void thePresetsAreValid()
    {
        for (const char *id : { "motion", "amendment", "question" }) {
            const v1::Workflow w = presetWorkflow(id);
            QVERIFY(w.states_size() > 0);
            QCOMPARE(workflowProblem(w), QString());
        }
    }

    // A step's key says what it does ("Admit"), not where the case lands ("Admitted", the
    // state shown beside it); rejecting before and after the vote read differently. Issue 16.
    void everyPresetStepIsAVerb_data()
    {
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("en");
        QTest::newRow("admit") << "motion"
                               << "submitted"
                               << "admitted"
                               << "Admit";
        QTest::newRow("reject") << "motion"
                                << "submitted"
                                << "rejected"
                                << "Reject";
        QTest::newRow("vote") << "amendment"
                              << "discussed"
                              << "voted"
                              << "Put to the vote";
        QTest::newRow("after the vote") << "amendment"
                                        << "voted"
                                        << "rejected"
                                        << "Record as rejected";
        QTest::newRow("adopt") << "amendment"
                               << "voted"
                               << "adopted"
                               << "Record as adopted";
        QTest::newRow("withdraw") << "motion"
                                  << "admitted"
                                  << "withdrawn"
                                  << "Withdraw";
        QTest::newRow("assign") << "question"
                                << "submitted"
                                << "assigned"
                                << "Assign";
    }
    void everyPresetStepIsAVerb()
    {
        QFETCH(QString, workflow);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, en);
        const v1::Workflow w = presetWorkflow(workflow);
        const v1::WorkflowTransition *step = findTransition(w, from, to);
        QVERIFY(step);
        QCOMPARE(stepWords(w, *step).en, en);
        QVERIFY(!stepWords(w, *step).vi.isEmpty());
    }

    // A body's own step without a preset's state says its target state's label.
    void anOwnStepSaysItsTargetState()
    {
        v1::Workflow w;
        w.set_id("own");
        v1::WorkflowState *s = w.add_states();
        s->set_id("filed");
        s->set_label_vi("Đã lưu");
        s->set_label_en("Filed");
        v1::WorkflowTransition *t = w.add_transitions();
        t->set_from("filed");
        t->set_to("filed");
        QCOMPARE(stepWords(w, *t).en, QStringLiteral("Filed"));
    }

    // Every step of the motion preset, and every kind of sender: only those the workflow
    // names may take it (the chair moves a motion; its author withdraws it).
    void everyMotionStepAndWhoMayTakeIt_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("allowed");
        const QStringList all{ "chair", "secretary", "d1", "d2" };
        QTest::newRow("submitted>admitted")
            << QStringList{} << "admitted" << QStringList{ "chair" };
        QTest::newRow("submitted>rejected")
            << QStringList{} << "rejected" << QStringList{ "chair" };
        QTest::newRow("submitted>withdrawn") << QStringList{} << "withdrawn" << QStringList{ "d1" };
        QTest::newRow("admitted>discussed")
            << QStringList{ "admitted" } << "discussed" << QStringList{ "chair" };
        QTest::newRow("admitted>withdrawn")
            << QStringList{ "admitted" } << "withdrawn" << QStringList{ "d1" };
        QTest::newRow("discussed>voted")
            << QStringList{ "admitted", "discussed" } << "voted" << QStringList{ "chair" };
    }
    void everyMotionStepAndWhoMayTakeIt()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, to);
        QFETCH(QStringList, allowed);
        Meeting m = motionAt(path);
        if (to == QStringLiteral("voted"))
            commit(m, m.decide("chair", fixture::yesNoBallot("bq-1", false), 1000));
        for (const QString who : { "chair", "secretary", "d1", "d2" }) {
            const Decision d = m.decide(who, step("kien-nghi", 1, sstr(to).c_str(), "bq-1"), 1000);
            if (allowed.contains(who)) {
                QVERIFY2(d.ok(),
                    qPrintable(
                        who + QStringLiteral(": ") + qstr(d.ok() ? "" : d.error().detail())));
                QCOMPARE(d.events()[0].step_taken().to_state(), sstr(to));
            } else {
                QCOMPARE(reason(d), int(v1::WORKFLOW_REFUSAL_ROLE));
                QCOMPARE(d.error().code(), v1::ERROR_FORBIDDEN);
            }
        }
    }

    void stepsThatAreNotInTheWorkflowAreRefused()
    {
        Meeting m = motionAt({});
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "adopted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_NO_TRANSITION));
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "nowhere"), 1000)),
            int(v1::WORKFLOW_REFUSAL_NO_TRANSITION));
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 2, "admitted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_UNKNOWN_CASE));
        QCOMPARE(reason(m.decide("chair", step("nope", 1, "admitted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_UNKNOWN_CASE));
        commit(m, m.decide("chair", step("kien-nghi", 1, "rejected"), 1000));
        // A final state: nothing leaves it.
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "admitted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_NO_TRANSITION));
        v1::Command longNote = step("kien-nghi", 1, "x");
        longNote.mutable_take_step()->set_note(std::string(2001, 'n'));
        Meeting fresh = motionAt({});
        longNote.mutable_take_step()->set_to_state("admitted");
        QCOMPARE(
            reason(fresh.decide("chair", longNote, 1000)), int(v1::WORKFLOW_REFUSAL_NOTE_TOO_LONG));
    }

    void aMotionIsVotedWithABallotAndAdoptedOnlyWhenItPassed()
    {
        Meeting m = motionAt({ "admitted", "discussed" });
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "voted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_NEEDS_BALLOT));
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "voted", "nope"), 1000)),
            int(v1::WORKFLOW_REFUSAL_UNKNOWN_BALLOT));
        commit(m, m.decide("chair", fixture::yesNoBallot("bq-1", false), 1000));
        commit(m, m.decide("chair", step("kien-nghi", 1, "voted", "bq-1"), 1000));
        QCOMPARE(
            m.state().forms.form("kien-nghi")->answerCase(1)->ballotId, QStringLiteral("bq-1"));
        // Not before the ballot has a result.
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "adopted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_BALLOT_NOT_CLOSED));
        vote(m, 11); // everyone yes
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "rejected"), 1000)),
            int(v1::WORKFLOW_REFUSAL_BALLOT_OUTCOME));
        commit(m, m.decide("chair", step("kien-nghi", 1, "adopted"), 1000));
        QCOMPARE(
            m.state().forms.form("kien-nghi")->answerCase(1)->state, QStringLiteral("adopted"));
        QCOMPARE(
            m.state().forms.form("kien-nghi")->steps.size(), size_t(4)); // the path, in the record
    }

    void aMotionThatFailsItsBallotIsRejected()
    {
        Meeting m = motionAt({ "admitted", "discussed", "voted" });
        vote(m, 0); // everyone no
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "adopted"), 1000)),
            int(v1::WORKFLOW_REFUSAL_BALLOT_OUTCOME));
        commit(m, m.decide("chair", step("kien-nghi", 1, "rejected"), 1000));
    }

    void aBallotDecidesOneCase()
    {
        Meeting m = motionAt({ "admitted", "discussed", "voted" });
        commit(m, m.decide("d2", submit("kien-nghi", motion("Kiến nghị 2")), 1000));
        commit(m, m.decide("chair", step("kien-nghi", 2, "admitted"), 1000));
        commit(m, m.decide("chair", step("kien-nghi", 2, "discussed"), 1000));
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 2, "voted", "bq-1"), 1000)),
            int(v1::WORKFLOW_REFUSAL_BALLOT_IN_USE));
    }

    void aCaseIsCorrectedOnlyBeforeItMoves()
    {
        Meeting m = motionAt({});
        commit(m, m.decide("d1", submit("kien-nghi", motion("Kiến nghị 1, sửa"), 1), 1000));
        QCOMPARE(m.state().forms.form("kien-nghi")->answerCase(1)->version, 2u);
        // A second motion of the same delegate is a new case, not a second answer.
        commit(m, m.decide("d1", submit("kien-nghi", motion("Kiến nghị 3")), 1000));
        QCOMPARE(m.state().forms.form("kien-nghi")->cases.size(), size_t(2));
        commit(m, m.decide("chair", step("kien-nghi", 1, "admitted"), 1000));
        QCOMPARE(reason(m.decide("d1", submit("kien-nghi", motion("muộn"), 1), 1000)),
            int(v1::FORM_REFUSAL_CASE_MOVED));
    }

    void anAmendmentNeedsItsPassageAndProducesTheAmendedText()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "sua-doi", v1::FORM_AMENDMENT);
        auto amendment = [](const std::string &passage, bool withPageText) {
            return submit("sua-doi",
                { reference("passage", 4, passage, "Chương I", withPageText),
                    text("wording", "chỉ đạo triển khai") });
        };
        // The passage must be in the page's text as the server ingested it.
        QCOMPARE(reason(m.decide("d1", amendment("một đoạn không có", true), 1000)),
            int(v1::FORM_REFUSAL_PASSAGE_NOT_FOUND));
        QCOMPARE(reason(m.decide("d1", amendment("tổ chức thực hiện", false), 1000)),
            int(v1::FORM_REFUSAL_PASSAGE_NOT_FOUND));
        QCOMPARE(reason(m.decide("d1", amendment("", true), 1000)),
            int(v1::FORM_REFUSAL_PASSAGE_NOT_FOUND));
        // A line break of the PDF's text matches a space of the selection.
        commit(m, m.decide("d1", amendment("có trách nhiệm tổ chức thực hiện", true), 1000));
        commit(m, m.decide("chair", step("sua-doi", 1, "admitted"), 1000));
        commit(m, m.decide("chair", step("sua-doi", 1, "discussed"), 1000));
        commit(m, m.decide("chair", fixture::yesNoBallot("bq-1", false), 1000));
        commit(m, m.decide("chair", step("sua-doi", 1, "voted", "bq-1"), 1000));
        vote(m, 11);
        const Decision adopt = m.decide("chair", step("sua-doi", 1, "adopted"), 1000);
        QVERIFY(adopt.ok());
        QCOMPARE(qstr(adopt.events()[0].step_taken().amended_text()),
            QStringLiteral("Điều 4. Ủy ban nhân dân tỉnh chỉ đạo triển khai Nghị quyết này."));
        commit(m, adopt);
        QCOMPARE(m.state().forms.form("sua-doi")->answerCase(1)->amendedText,
            QStringLiteral("Điều 4. Ủy ban nhân dân tỉnh chỉ đạo triển khai Nghị quyết này."));
    }

    void aQuestionIsAssignedAndAnsweredByItsOfficial()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "chat-van", v1::FORM_QUESTION);
        commit(m,
            m.decide("d1",
                submit(
                    "chat-van", { text("addressee", "Giám đốc Sở"), text("question", "Vì sao?") }),
                1000));
        QCOMPARE(reason(m.decide("chair", step("chat-van", 1, "assigned"), 1000)),
            int(v1::WORKFLOW_REFUSAL_NEEDS_ASSIGNEE));
        QCOMPARE(reason(m.decide("chair", step("chat-van", 1, "assigned", "", "projector"), 1000)),
            int(v1::WORKFLOW_REFUSAL_NEEDS_ASSIGNEE));
        QCOMPARE(reason(m.decide("secretary", step("chat-van", 1, "assigned", "", "d5"), 1000)),
            int(v1::WORKFLOW_REFUSAL_ROLE));
        commit(m, m.decide("chair", step("chat-van", 1, "assigned", "", "d5"), 1000));
        QCOMPARE(m.state().forms.form("chat-van")->answerCase(1)->assigneeId, QStringLiteral("d5"));
        // The official assigned may mark it answered; another delegate may not.
        QCOMPARE(reason(m.decide("d4", step("chat-van", 1, "answered"), 1000)),
            int(v1::WORKFLOW_REFUSAL_ROLE));
        commit(m, m.decide("d5", step("chat-van", 1, "answered"), 1000));
        QCOMPARE(
            m.state().forms.form("chat-van")->answerCase(1)->state, QStringLiteral("answered"));
    }

    void aBodyDefinesItsOwnWorkflow()
    {
        v1::MeetingDefined d = fixture::definition();
        v1::Workflow *w = d.add_workflows();
        w->set_id("motion"); // replaces the preset
        for (const char *s : { "nop", "xong" }) {
            v1::WorkflowState *st = w->add_states();
            st->set_id(s);
            st->set_label_vi(s);
        }
        v1::WorkflowTransition *t = w->add_transitions();
        t->set_from("nop");
        t->set_to("xong");
        t->add_roles(v1::ROLE_SECRETARY);
        v1::Workflow *bad = d.add_workflows();
        bad->set_id("hong");
        bad->add_states()->set_id("a");
        v1::WorkflowTransition *loose = bad->add_transitions();
        loose->set_from("a");
        loose->set_to("b"); // no such state
        Meeting m;
        commit(m, m.define(d));
        commit(m, m.join("chair", "t"));
        openBuiltin(m, "kien-nghi", v1::FORM_MOTION);
        commit(m, m.decide("d1", submit("kien-nghi", motion("x")), 1000));
        QCOMPARE(m.state().forms.form("kien-nghi")->answerCase(1)->state, QStringLiteral("nop"));
        QCOMPARE(reason(m.decide("chair", step("kien-nghi", 1, "xong"), 1000)),
            int(v1::WORKFLOW_REFUSAL_ROLE));
        commit(m, m.decide("secretary", step("kien-nghi", 1, "xong"), 1000));
        QVERIFY(!workflowProblem(*bad).isEmpty());
        QVERIFY(!findWorkflow(m.state(), "hong"));
        v1::Command usesBad = defineBuiltin("f2", v1::FORM_MOTION);
        usesBad.mutable_define_form()->mutable_form()->set_workflow_id("hong");
        QCOMPARE(
            reason(m.decide("secretary", usesBad, 1000)), int(v1::FORM_REFUSAL_UNKNOWN_WORKFLOW));
    }
};

QTEST_APPLESS_MAIN(TestWorkflows)
#include "tst_workflows.moc"
