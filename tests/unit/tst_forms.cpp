// Forms (issue 16, docs/forms.md): definitions and their validation, answers and every typed
// refusal, corrections as versions, anonymous answers kept out of every event until the
// close, the registration to speak feeding the list, and the consolidation.
#include "formfixture.h"
#include "formresults.h"
#include "formvalidation.h"

#include <QTest>

#include <limits>

using namespace quorum;
using namespace formfixture;
using fixture::commit;

namespace {
std::string receipt(int n)
{
    return std::string(16, 'r') + std::to_string(n);
}

v1::Command surveyDefinition(std::function<void(v1::FormDefinition &)> change = {})
{
    return command([&](v1::Command &c) {
        v1::FormDefinition *f = c.mutable_define_form()->mutable_form();
        f->set_id("khao-sat");
        f->set_title_vi("Phiếu khảo sát");
        f->set_title_en("Survey");
        f->set_purpose(v1::FORM_SURVEY);
        auto add = [&](const char *id, v1::FieldKind kind, bool required) {
            v1::FormField *field = f->add_fields();
            field->set_id(id);
            field->set_kind(kind);
            field->set_label_vi(std::string("Câu ") + id);
            field->set_required(required);
            return field;
        };
        add("ten", v1::FIELD_TEXT, true);
        add("y-kien", v1::FIELD_LONG_TEXT, false);
        v1::FormField *one = add("mot", v1::FIELD_SINGLE_CHOICE, false);
        for (const char *label : { "Có", "Không", "Khác" })
            one->add_choices()->set_label_vi(label);
        v1::FormField *many = add("nhieu", v1::FIELD_MULTIPLE_CHOICE, false);
        for (const char *label : { "A", "B", "C", "D" })
            many->add_choices()->set_label_vi(label);
        many->set_max_choices(2);
        v1::FormField *number = add("so", v1::FIELD_NUMBER, false);
        number->set_min(0);
        number->set_max(100);
        add("ngay", v1::FIELD_DATE, false);
        add("sao", v1::FIELD_RATING, false);
        add("trang", v1::FIELD_REFERENCE, false);
        f->set_document_id("du-thao");
        if (change)
            change(*f);
    });
}

v1::FieldValue choices(const char *field, std::vector<quint32> indexes)
{
    v1::FieldValue v;
    v.set_field_id(field);
    for (quint32 i : indexes)
        v.add_choices(i);
    return v;
}
v1::FieldValue number(const char *field, double value)
{
    v1::FieldValue v;
    v.set_field_id(field);
    v.set_number(value);
    return v;
}
} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void aBuiltinPurposeGetsItsFieldsAndWorkflow_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("workflow");
        QTest::newRow("feedback") << int(v1::FORM_FEEDBACK)
                                  << QStringList{ "passage", "comment", "wording" } << QString();
        QTest::newRow("speak") << int(v1::FORM_SPEAK) << QStringList{ "topic", "minutes" }
                               << QString();
        QTest::newRow("question") << int(v1::FORM_QUESTION)
                                  << QStringList{ "addressee", "question" } << "question";
        QTest::newRow("motion") << int(v1::FORM_MOTION) << QStringList{ "title", "text", "reasons" }
                                << "motion";
        QTest::newRow("amendment") << int(v1::FORM_AMENDMENT)
                                   << QStringList{ "passage", "wording", "reasons" } << "amendment";
    }
    void aBuiltinPurposeGetsItsFieldsAndWorkflow()
    {
        QFETCH(int, purpose);
        QFETCH(QStringList, fields);
        QFETCH(QString, workflow);
        Meeting m = meetingWithDraft();
        commit(m, m.decide("secretary", defineBuiltin("f", v1::FormPurpose(purpose)), 1000));
        const FormRecord *form = m.state().forms.form("f");
        QVERIFY(form);
        QStringList ids;
        for (const v1::FormField &f : form->form.fields()) {
            ids << qstr(f.id());
            QVERIFY(!f.label_vi().empty());
            QVERIFY(!f.label_en().empty()); // both languages
        }
        QCOMPARE(ids, fields);
        QCOMPARE(qstr(form->form.workflow_id()), workflow);
        QCOMPARE(form->phase, v1::FORM_PHASE_DEFINED);
    }

    void badDefinitionsAreRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("expected");
        QTest::addColumn<std::function<void(v1::FormDefinition &)>>("change");
        using Change = std::function<void(v1::FormDefinition &)>;
        QTest::newRow("no id") << "secretary" << int(v1::FORM_REFUSAL_BAD_ID)
                               << Change([](v1::FormDefinition &f) { f.set_id(""); });
        QTest::newRow("no title") << "secretary" << int(v1::FORM_REFUSAL_NO_TITLE)
                                  << Change([](v1::FormDefinition &f) { f.set_title_vi(""); });
        QTest::newRow("title too long")
            << "secretary" << int(v1::FORM_REFUSAL_NO_TITLE)
            << Change([](v1::FormDefinition &f) { f.set_title_vi(std::string(501, 't')); });
        QTest::newRow("field without kind")
            << "secretary" << int(v1::FORM_REFUSAL_BAD_FIELD) << Change([](v1::FormDefinition &f) {
                   f.mutable_fields(0)->set_kind(v1::FIELD_KIND_UNSPECIFIED);
               });
        QTest::newRow("field without label")
            << "secretary" << int(v1::FORM_REFUSAL_BAD_FIELD)
            << Change([](v1::FormDefinition &f) { f.mutable_fields(0)->clear_label_vi(); });
        QTest::newRow("choice field with one choice")
            << "secretary" << int(v1::FORM_REFUSAL_BAD_FIELD) << Change([](v1::FormDefinition &f) {
                   f.mutable_fields(2)->mutable_choices()->RemoveLast();
                   f.mutable_fields(2)->mutable_choices()->RemoveLast();
               });
        QTest::newRow("text field with choices")
            << "secretary" << int(v1::FORM_REFUSAL_BAD_FIELD) << Change([](v1::FormDefinition &f) {
                   f.mutable_fields(0)->add_choices()->set_label_vi("x");
                   f.mutable_fields(0)->add_choices()->set_label_vi("y");
               });
        QTest::newRow("same field twice")
            << "secretary" << int(v1::FORM_REFUSAL_BAD_ID)
            << Change([](v1::FormDefinition &f) { f.mutable_fields(1)->set_id("ten"); });
        QTest::newRow("no fields") << "secretary" << int(v1::FORM_REFUSAL_TOO_MANY_FIELDS)
                                   << Change([](v1::FormDefinition &f) { f.clear_fields(); });
        QTest::newRow("51 fields") << "secretary" << int(v1::FORM_REFUSAL_TOO_MANY_FIELDS)
                                   << Change([](v1::FormDefinition &f) {
                                          for (int i = f.fields_size(); i < 51; ++i) {
                                              v1::FormField *x = f.add_fields();
                                              x->set_id("x" + std::to_string(i));
                                              x->set_kind(v1::FIELD_TEXT);
                                              x->set_label_vi("x");
                                          }
                                      });
        QTest::newRow("unknown item") << "secretary" << int(v1::FORM_REFUSAL_UNKNOWN_ITEM)
                                      << Change([](v1::FormDefinition &f) { f.set_item_id("zz"); });
        QTest::newRow("unknown document")
            << "secretary" << int(v1::FORM_REFUSAL_UNKNOWN_DOCUMENT)
            << Change([](v1::FormDefinition &f) { f.set_document_id("zz"); });
        QTest::newRow("unknown workflow")
            << "secretary" << int(v1::FORM_REFUSAL_UNKNOWN_WORKFLOW)
            << Change([](v1::FormDefinition &f) { f.set_workflow_id("zz"); });
        QTest::newRow("anonymous with a workflow")
            << "secretary" << int(v1::FORM_REFUSAL_ANONYMOUS_WORKFLOW)
            << Change([](v1::FormDefinition &f) {
                   f.set_anonymous(true);
                   f.set_workflow_id("motion");
               });
        QTest::newRow("a delegate")
            << "d1" << int(v1::GENERAL_REFUSAL_ROLE) << Change([](v1::FormDefinition &) {});
    }
    void badDefinitionsAreRefused()
    {
        QFETCH(QString, who);
        QFETCH(int, expected);
        QFETCH(std::function<void(v1::FormDefinition &)>, change);
        Meeting m = meetingWithDraft();
        const quint64 seq = m.state().seq;
        const Decision d = m.decide(who, surveyDefinition(change), 1000);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().has_general() ? int(d.error().general()) : reason(d), expected);
        QCOMPARE(m.state().seq, seq); // nothing else disturbed
        QVERIFY(m.decide("secretary", surveyDefinition(), 1000).ok()); // the good one passes
    }

    // Guards: a form goes to every tablet as one FormDefined event, and a tablet accepts frames
    // of at most 4 MiB (MaxMessageBytes). The counts allow far more (50 fields of 50 choices
    // labelled in two languages of 500 characters: ~7.5 MB), so a desk's DefineForm at the
    // very edge of its own 4 MiB frame was taken, and its event, with the envelope the server
    // adds, was past the limit: every tablet was cut off with 1009 again and again. Such a
    // form is refused now, typed (MaxFormBytes); a big form under it is taken and fits.
    void aFormsEventFitsTheFrameATabletAccepts()
    {
        const auto eventFrameBytes = [](v1::Event event) {
            event.set_seq(std::numeric_limits<quint64>::max());
            event.set_server_time_ms(std::numeric_limits<qint64>::max());
            event.set_actor(std::string(64, 'x'));
            v1::ServerMessage frame;
            *frame.mutable_event_batch()->add_events() = event;
            return qint64(frame.ByteSizeLong());
        };
        // A DefineForm whose desk frame is `target` bytes: choices labelled with letters of
        // three bytes, the English labels making up the rest.
        const auto formOf = [](qint64 target) {
            const int letters = target > 2 * 1024 * 1024 ? formlimits::MaxLabelChars : 90;
            v1::ClientMessage message;
            *message.mutable_command() = surveyDefinition([letters](v1::FormDefinition &f) {
                f.clear_fields();
                for (int i = 0; i < formlimits::MaxFields; ++i) {
                    v1::FormField *field = f.add_fields();
                    field->set_id("c" + std::to_string(i));
                    field->set_kind(v1::FIELD_SINGLE_CHOICE);
                    field->set_label_vi("Câu hỏi " + std::to_string(i));
                    for (int j = 0; j < formlimits::MaxChoices; ++j)
                        field->add_choices()->set_label_vi(
                            QString(letters, QChar(0x1EC7)).toStdString());
                }
            });
            message.mutable_command()->set_request_id(1);
            message.mutable_command()->set_command_id("c");
            v1::FormDefinition *form
                = message.mutable_command()->mutable_define_form()->mutable_form();
            const auto size = [&] { return qint64(message.ByteSizeLong()); };
            const qint64 each
                = (target - size()) / (formlimits::MaxFields * formlimits::MaxChoices) - 3;
            for (v1::FormField &field : *form->mutable_fields())
                for (v1::FormChoice &choice : *field.mutable_choices())
                    choice.set_label_en(std::string(size_t(std::max<qint64>(each, 130)), 'e'));
            for (v1::FormField &field : *form->mutable_fields())
                for (v1::FormChoice &choice : *field.mutable_choices()) {
                    const qint64 add = std::min<qint64>(target - size(),
                        formlimits::MaxLabelChars - qint64(choice.label_en().size()));
                    if (add > 0)
                        choice.mutable_label_en()->append(size_t(add), 'e');
                }
            return message;
        };
        for (const qint64 target : { MaxMessageBytes, qint64(formlimits::MaxFormBytes) }) {
            const v1::ClientMessage message = formOf(target);
            QCOMPARE(qint64(message.ByteSizeLong()), target);
            Meeting m = meetingWithDraft();
            const Decision d = m.decide("secretary", message.command(), 1000);
            if (target == MaxMessageBytes && !d.ok()) {
                QCOMPARE(reason(d), int(v1::FORM_REFUSAL_TOO_MANY_FIELDS));
                continue;
            }
            QVERIFY(d.ok());
            QVERIFY2(eventFrameBytes(d.events().front()) <= MaxMessageBytes,
                qPrintable(QString::number(eventFrameBytes(d.events().front()))));
        }
    }

    void formsAreLimitedAndUnique()
    {
        Meeting m = meetingWithDraft();
        for (int i = 0; i < formlimits::MaxForms; ++i)
            commit(m,
                m.decide("secretary", surveyDefinition([i](v1::FormDefinition &f) {
                    f.set_id("f" + std::to_string(i));
                }),
                    1000));
        QCOMPARE(reason(m.decide("secretary", surveyDefinition(), 1000)),
            int(v1::FORM_REFUSAL_TOO_MANY_FORMS));
        QCOMPARE(reason(m.decide("secretary",
                     surveyDefinition([](v1::FormDefinition &f) { f.set_id("f1"); }), 1000)),
            int(v1::FORM_REFUSAL_ID_EXISTS));
    }

    void aFormOpensOnceAndClosesLikeABallot()
    {
        Meeting m = meetingWithDraft();
        commit(m, m.decide("secretary", surveyDefinition(), 1000));
        const auto answer = submit("khao-sat", { text("ten", "An") });
        QCOMPARE(reason(m.decide("d1", answer, 1000)), int(v1::FORM_REFUSAL_NOT_OPEN)); // not yet
        QCOMPARE(
            reason(m.decide("chair", close("khao-sat"), 1000)), int(v1::FORM_REFUSAL_NOT_OPEN));
        commit(m, m.decide("chair", open("khao-sat"), 1000));
        QCOMPARE(
            reason(m.decide("chair", open("khao-sat"), 1000)), int(v1::FORM_REFUSAL_ALREADY_USED));
        commit(m, m.decide("d1", answer, 1000));
        commit(m, m.decide("chair", close("khao-sat"), 1000));
        QCOMPARE(m.state().forms.form("khao-sat")->phase, v1::FORM_PHASE_CLOSED);
        QCOMPARE(reason(m.decide("d2", answer, 1000)), int(v1::FORM_REFUSAL_NOT_OPEN)); // closed
        QCOMPARE(
            reason(m.decide("chair", open("khao-sat"), 1000)), int(v1::FORM_REFUSAL_ALREADY_USED));
        QCOMPARE(reason(m.decide("chair", open("nope"), 1000)), int(v1::FORM_REFUSAL_UNKNOWN_FORM));
        QCOMPARE(
            reason(m.decide("d1", submit("nope", {}), 1000)), int(v1::FORM_REFUSAL_UNKNOWN_FORM));
        // An observer answers nothing.
        QCOMPARE(m.decide("projector", answer, 1000).error().general(), v1::GENERAL_REFUSAL_ROLE);
    }

    void badAnswersAreRefused_data()
    {
        QTest::addColumn<std::vector<v1::FieldValue>>("values");
        QTest::addColumn<int>("expected");
        using V = std::vector<v1::FieldValue>;
        QTest::newRow("required missing")
            << V{ text("y-kien", "x") } << int(v1::FORM_REFUSAL_MISSING_REQUIRED);
        QTest::newRow("required empty")
            << V{ text("ten", "") } << int(v1::FORM_REFUSAL_MISSING_REQUIRED);
        QTest::newRow("unknown field")
            << V{ text("ten", "An"), text("zz", "x") } << int(v1::FORM_REFUSAL_UNKNOWN_FIELD);
        QTest::newRow("field twice")
            << V{ text("ten", "An"), text("ten", "Bình") } << int(v1::FORM_REFUSAL_UNKNOWN_FIELD);
        QTest::newRow("text as a number")
            << V{ text("ten", "An"), number("y-kien", 3) } << int(v1::FORM_REFUSAL_WRONG_KIND);
        QTest::newRow("choice as text")
            << V{ text("ten", "An"), text("mot", "Có") } << int(v1::FORM_REFUSAL_WRONG_KIND);
        QTest::newRow("number as a choice")
            << V{ text("ten", "An"), choices("so", { 1 }) } << int(v1::FORM_REFUSAL_WRONG_KIND);
        QTest::newRow("reference as text")
            << V{ text("ten", "An"), text("trang", "3") } << int(v1::FORM_REFUSAL_WRONG_KIND);
        QTest::newRow("choice that does not exist") << V{ text("ten", "An"), choices("mot", { 3 }) }
                                                    << int(v1::FORM_REFUSAL_UNKNOWN_CHOICE);
        QTest::newRow("choice twice") << V{ text("ten", "An"), choices("nhieu", { 1, 1 }) }
                                      << int(v1::FORM_REFUSAL_UNKNOWN_CHOICE);
        QTest::newRow("two on a single choice") << V{ text("ten", "An"), choices("mot", { 0, 1 }) }
                                                << int(v1::FORM_REFUSAL_TOO_MANY_CHOICES);
        QTest::newRow("three of at most two") << V{ text("ten", "An"),
            choices("nhieu", { 0, 1, 2 }) } << int(v1::FORM_REFUSAL_TOO_MANY_CHOICES);
        QTest::newRow("number over its range")
            << V{ text("ten", "An"), number("so", 101) } << int(v1::FORM_REFUSAL_OUT_OF_RANGE);
        QTest::newRow("rating of 6 stars")
            << V{ text("ten", "An"), number("sao", 6) } << int(v1::FORM_REFUSAL_OUT_OF_RANGE);
        QTest::newRow("rating of 2.5")
            << V{ text("ten", "An"), number("sao", 2.5) } << int(v1::FORM_REFUSAL_OUT_OF_RANGE);
        QTest::newRow("date not ISO") << V{ text("ten", "An"), text("ngay", "7/12/2026") }
                                      << int(v1::FORM_REFUSAL_OUT_OF_RANGE);
        QTest::newRow("date that does not exist") << V{ text("ten", "An"),
            text("ngay", "2026-02-30") } << int(v1::FORM_REFUSAL_OUT_OF_RANGE);
        QTest::newRow("page 51 of 50") << V{ text("ten", "An"), reference("trang", 51, "") }
                                       << int(v1::FORM_REFUSAL_UNKNOWN_PAGE);
        QTest::newRow("page 0") << V{ text("ten", "An"), reference("trang", 0, "") }
                                << int(v1::FORM_REFUSAL_UNKNOWN_PAGE);
        QTest::newRow("text of 501")
            << V{ text("ten", std::string(501, 'a')) } << int(v1::FORM_REFUSAL_ANSWER_TOO_LONG);
        QTest::newRow("long text of 8001")
            << V{ text("ten", "An"), text("y-kien", std::string(8001, 'a')) }
            << int(v1::FORM_REFUSAL_ANSWER_TOO_LONG);
    }
    void badAnswersAreRefused()
    {
        QFETCH(std::vector<v1::FieldValue>, values);
        QFETCH(int, expected);
        Meeting m = meetingWithDraft();
        commit(m, m.decide("secretary", surveyDefinition(), 1000));
        commit(m, m.decide("secretary", open("khao-sat"), 1000));
        const quint64 seq = m.state().seq;
        QCOMPARE(reason(m.decide("d1", submit("khao-sat", values), 1000)), expected);
        QCOMPARE(m.state().seq, seq);
        // A full, good answer passes: each refusal above is about its one fault.
        QVERIFY(m.decide("d1",
                     submit("khao-sat",
                         { text("ten", "An"), text("y-kien", std::string(8000, 'a')),
                             choices("mot", { 2 }), choices("nhieu", { 0, 3 }), number("so", 100),
                             text("ngay", "2026-12-07"), number("sao", 5),
                             reference("trang", 50, "") }),
                     1000)
                    .ok());
    }

    void aSecondAnswerIsRefusedAndACorrectionIsANewVersion()
    {
        Meeting m = meetingWithDraft();
        commit(m, m.decide("secretary", surveyDefinition(), 1000));
        commit(m, m.decide("secretary", open("khao-sat"), 1000));
        commit(m,
            m.decide("d1", submit("khao-sat", { text("ten", "An"), choices("mot", { 0 }) }), 1000));
        QCOMPARE(reason(m.decide("d1", submit("khao-sat", { text("ten", "An") }), 1000)),
            int(v1::FORM_REFUSAL_ALREADY_SUBMITTED));
        // Someone else's answer is not theirs to correct.
        QCOMPARE(reason(m.decide("d2", submit("khao-sat", { text("ten", "B") }, 1), 1000)),
            int(v1::FORM_REFUSAL_UNKNOWN_ANSWER));
        commit(m,
            m.decide(
                "d1", submit("khao-sat", { text("ten", "An"), choices("mot", { 1 }) }, 1), 1000));
        const FormRecord *form = m.state().forms.form("khao-sat");
        QCOMPARE(form->answered.size(), size_t(2)); // both versions recorded
        QCOMPARE(form->answered[1].version(), 2u);
        QCOMPARE(form->respondents, 1u);
        const FormResults r = consolidate(*form);
        QCOMPARE(r.answers, 1ull); // counted once, as corrected
        QCOMPARE(r.choices[0].counts, (std::vector<quint64>{ 0, 1, 0 }));
        // The limit of versions: one person cannot grow the log without end.
        for (quint32 v = 3; v <= formlimits::MaxSubmissions; ++v)
            commit(m, m.decide("d1", submit("khao-sat", { text("ten", "An") }, 1), 1000));
        QCOMPARE(reason(m.decide("d1", submit("khao-sat", { text("ten", "An") }, 1), 1000)),
            int(v1::FORM_REFUSAL_TOO_MANY_ANSWERS));
    }

    void anAnonymousAnswerIsInNoEventUntilTheClose()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "gop-y", v1::FORM_FEEDBACK, true);
        const Decision d
            = m.decide("d1", submit("gop-y", feedback(3, "Câu chữ chưa rõ"), 0, receipt(1)), 1000);
        QVERIFY(d.ok());
        QCOMPARE(d.events().size(), size_t(1));
        const v1::FormAnswered &a = d.events()[0].form_answered();
        QCOMPARE(a.respondent_id(), "d1"); // who answered is recorded...
        QVERIFY(!a.has_answer()); // ...what is not
        QVERIFY(d.events()[0].SerializeAsString().find("chưa rõ") == std::string::npos);
        QVERIFY(d.sealedAnswer());
        QCOMPARE(d.sealedAnswer()->key, formBoxKey("gop-y", receipt(1)));
        commit(m, d);
        m.addToFormBox(*d.sealedAnswer());
        // Without a receipt, or with a short one: refused.
        QCOMPARE(reason(m.decide("d2", submit("gop-y", feedback(3, "x"), 0, "short"), 1000)),
            int(v1::FORM_REFUSAL_BAD_RECEIPT));
        // A second answer under another receipt: refused; the same receipt corrects.
        QCOMPARE(reason(m.decide("d1", submit("gop-y", feedback(4, "khác"), 0, receipt(2)), 1000)),
            int(v1::FORM_REFUSAL_ALREADY_SUBMITTED));
        const Decision correction
            = m.decide("d1", submit("gop-y", feedback(4, "Sửa lại"), 0, receipt(1)), 1000);
        QVERIFY(correction.ok());
        QCOMPARE(correction.events()[0].form_answered().version(), 2u);
        commit(m, correction);
        m.addToFormBox(*correction.sealedAnswer());
        for (int i = 2; i <= 5; ++i) {
            const Decision other = m.decide(QStringLiteral("d%1").arg(i),
                submit("gop-y", feedback(quint32(i), "Ý kiến " + std::to_string(i)), 0, receipt(i)),
                1000);
            commit(m, other);
            m.addToFormBox(*other.sealedAnswer());
        }
        // While open, nobody's consolidation holds an anonymous answer: it would sit beside
        // its FormAnswered.
        FormResults open = consolidate(*m.state().forms.form("gop-y"));
        QVERIFY(open.pending);
        QCOMPARE(open.answers, 0ull);
        QCOMPARE(open.respondents, 5u);
        const Decision closing = m.decide("chair", close("gop-y"), 1000);
        QVERIFY(closing.ok());
        QCOMPARE(closing.events().size(), size_t(2));
        const v1::AnswersReleased &released = closing.events()[0].answers_released();
        QCOMPARE(released.answers_size(), 5); // the corrected one once
        // In the order of their random keys, not of arrival.
        std::vector<QByteArray> keys;
        for (int i = 1; i <= 5; ++i)
            keys.push_back(formBoxKey("gop-y", receipt(i)));
        std::sort(keys.begin(), keys.end());
        const auto &box = m.state().forms.form("gop-y")->box;
        int i = 0;
        for (const auto &[key, answer] : box)
            QCOMPARE(released.answers(i++).SerializeAsString(), answer.SerializeAsString());
        QCOMPARE(closing.events()[1].form_closed().respondents(), 5u);
        commit(m, closing);
        QVERIFY(m.state().forms.form("gop-y")->box.empty());
        const FormResults closed = consolidate(*m.state().forms.form("gop-y"));
        QCOMPARE(closed.answers, 5ull);
        for (const FeedbackGroup &g : closed.feedback) {
            for (const FeedbackEntry &e : g.entries) {
                QVERIFY(e.respondentId.isEmpty()); // no name
                QVERIFY(
                    e.comment != QStringLiteral("Câu chữ chưa rõ")); // the correction replaced it
            }
        }
    }

    void aBigReleaseIsCutIntoFrames()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "gop-y", v1::FORM_FEEDBACK, true);
        // 12 answers of 8,000 three-byte characters (~24 KB each): more than one frame's worth.
        std::string longComment;
        for (int i = 0; i < 8000; ++i)
            longComment += "ệ";
        QStringList who{ "chair", "secretary" };
        for (int i = 1; i <= 10; ++i)
            who << QStringLiteral("d%1").arg(i);
        for (int i = 0; i < who.size(); ++i) {
            const Decision d
                = m.decide(who[i], submit("gop-y", feedback(1, longComment), 0, receipt(i)), 1000);
            commit(m, d);
            m.addToFormBox(*d.sealedAnswer());
        }
        const Decision closing = m.decide("chair", close("gop-y"), 1000);
        QVERIFY(closing.events().size() >= 3); // two releases at least, then the close
        int answers = 0;
        for (const v1::Event &e : closing.events()) {
            QVERIFY(e.ByteSizeLong() < size_t(FrameTargetBytes));
            answers += e.answers_released().answers_size();
        }
        QCOMPARE(answers, 12);
        QVERIFY(closing.events().back().has_form_closed());
    }

    void registeringToSpeakPutsTheSenderOnTheList()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "phat-bieu", v1::FORM_SPEAK);
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_queue_open()->set_open(true); }), 1000));
        commit(m,
            m.decide("d2",
                submit("phat-bieu", { text("topic", "Ngân sách"), number("minutes", 5) }), 1000));
        QCOMPARE(m.state().floor.queuePosition("d2"), 0);
        QCOMPARE(reason(m.decide("d2",
                     submit("phat-bieu", { text("topic", "x"), number("minutes", 61) }), 1000)),
            int(v1::FORM_REFUSAL_OUT_OF_RANGE));
        // With the list closed the registration is still recorded, for the chair to read.
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_queue_open()->set_open(false); }),
                1000));
        commit(m, m.decide("d3", submit("phat-bieu", { text("topic", "Đầu tư") }), 1000));
        QCOMPARE(m.state().floor.queuePosition("d3"), -1);
        QCOMPARE(consolidate(*m.state().forms.form("phat-bieu")).answers, 2ull);
        QCOMPARE(reason(m.decide("secretary", defineBuiltin("an", v1::FORM_SPEAK, true), 1000)),
            int(v1::FORM_REFUSAL_ANONYMOUS_WORKFLOW));
    }

    void feedbackIsGroupedBySectionAndPageAndCountedOnce()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "gop-y", v1::FORM_FEEDBACK);
        commit(m, m.decide("d1", submit("gop-y", feedback(7, "a", "Chương II")), 1000));
        commit(m, m.decide("d2", submit("gop-y", feedback(3, "b", "Chương I")), 1000));
        commit(m, m.decide("d3", submit("gop-y", feedback(7, "c", "Chương II")), 1000));
        commit(m,
            m.decide("d3", submit("gop-y", feedback(7, "c2", "Chương II"), 3), 1000)); // corrected
        const FormResults r = consolidate(*m.state().forms.form("gop-y"));
        QCOMPARE(r.answers, 3ull);
        QCOMPARE(r.feedback.size(), size_t(2));
        QCOMPARE(r.feedback[0].page, 3u);
        QCOMPARE(r.feedback[0].section, QStringLiteral("Chương I"));
        QCOMPARE(r.feedback[0].entries.size(), size_t(1));
        QCOMPARE(r.feedback[1].page, 7u);
        QCOMPARE(r.feedback[1].entries.size(), size_t(2));
        QCOMPARE(r.feedback[1].entries[1].comment, QStringLiteral("c2"));
        QCOMPARE(r.feedback[1].entries[1].respondentId, QStringLiteral("d3")); // named form
        QCOMPARE(r.feedback[1].entries[0].wording, QStringLiteral("triển khai thực hiện"));
    }

    void questionsAreGroupedByAddressee()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "chat-van", v1::FORM_QUESTION);
        commit(m,
            m.decide("d1",
                submit("chat-van",
                    { text("addressee", "Giám đốc Sở Tài chính"), text("question", "q1") }),
                1000));
        commit(m,
            m.decide("d2",
                submit(
                    "chat-van", { text("addressee", "Giám đốc Sở Y tế"), text("question", "q2") }),
                1000));
        commit(m,
            m.decide("d1",
                submit("chat-van",
                    { text("addressee", " giám đốc sở tài chính "), text("question", "q3") }),
                1000));
        const FormResults r = consolidate(*m.state().forms.form("chat-van"));
        QCOMPARE(r.questions.size(), size_t(2));
        QCOMPARE(r.questions[0].questions.size(), size_t(2));
        QCOMPARE(r.questions[0].questions[1].number, 3u);
        QCOMPARE(r.questions[0].questions[0].state, QStringLiteral("submitted"));
    }

    void choicesAndNumbersAreCounted()
    {
        Meeting m = meetingWithDraft();
        commit(m, m.decide("secretary", surveyDefinition(), 1000));
        commit(m, m.decide("secretary", open("khao-sat"), 1000));
        commit(m,
            m.decide("d1",
                submit(
                    "khao-sat", { text("ten", "A"), choices("nhieu", { 0, 1 }), number("sao", 4) }),
                1000));
        commit(m,
            m.decide("d2",
                submit("khao-sat",
                    { text("ten", "B"), choices("nhieu", { 1 }), number("sao", 2),
                        choices("mot", { 2 }) }),
                1000));
        const FormResults r = consolidate(*m.state().forms.form("khao-sat"));
        QCOMPARE(r.choices.size(), size_t(2));
        QCOMPARE(r.choices[0].counts, (std::vector<quint64>{ 0, 0, 1 }));
        QCOMPARE(r.choices[1].counts, (std::vector<quint64>{ 1, 2, 0, 0 }));
        const NumberSummary &stars = r.numbers[1];
        QCOMPARE(stars.fieldId, QStringLiteral("sao"));
        QCOMPARE(stars.count, 2ull);
        QCOMPARE(stars.mean(), 3.0);
        QCOMPARE(r.texts.size(), size_t(2)); // the names, with who wrote them (a named form)
    }

    void aSnapshotFoldsToTheSameForms()
    {
        Meeting m = meetingWithDraft();
        openBuiltin(m, "gop-y", v1::FORM_FEEDBACK);
        openBuiltin(m, "an", v1::FORM_FEEDBACK, true);
        commit(m, m.decide("d1", submit("gop-y", feedback(7, "a")), 1000));
        commit(m, m.decide("d1", submit("gop-y", feedback(8, "b"), 1), 1000));
        const Decision anon = m.decide("d2", submit("an", feedback(2, "kín"), 0, receipt(2)), 1000);
        commit(m, anon);
        m.addToFormBox(*anon.sealedAnswer());
        const v1::Snapshot snapshot = m.snapshot();
        QVERIFY(
            snapshot.SerializeAsString().find("kín") == std::string::npos); // the box stays home
        MeetingState loaded;
        loadSnapshot(loaded, snapshot);
        QCOMPARE(loaded.forms.forms.size(), size_t(2));
        const FormRecord *f = loaded.forms.form("gop-y");
        QCOMPARE(f->answered.size(), size_t(2));
        QCOMPARE(f->cases.at(1).version, 2u);
        QCOMPARE(loaded.forms.form("an")->respondents, 1u);
        QCOMPARE(loaded.forms.form("an")->phase, v1::FORM_PHASE_OPEN);
    }
};

QTEST_APPLESS_MAIN(TestForms)
#include "tst_forms.moc"
