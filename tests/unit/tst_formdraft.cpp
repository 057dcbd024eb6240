// FormDraft (client-qml/core/formdraft.h): the form builder's model. It checks with the
// server's own rules (formvalidation), so what it lets through the server takes and what it
// stops is named with the server's reason and the row to fix (issue 16, the form builder).
#include "formdraft.h"
#include "formvalidation.h"
#include "meetingfixture.h"
#include "refusal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quorum;

class TestFormDraft : public QObject
{
    Q_OBJECT

    /** A draft with a title and one labelled field of `kind`. */
    static void fill(FormDraft &d, int kind)
    {
        d.setTitleVi(QStringLiteral("Phiếu khảo sát"));
        d.addField(kind);
        d.setField(d.rowCount() - 1, QStringLiteral("labelVi"), QStringLiteral("Câu hỏi"));
        if (kind == FormDraft::SingleChoice || kind == FormDraft::MultipleChoice)
            d.setField(d.rowCount() - 1, QStringLiteral("choices"),
                QStringLiteral("Có | Yes\nKhông | No"));
    }

private slots:
    // Every kind of field the issue names can be built and is taken by the server's rules.
    void everyKindIsAccepted_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("text") << int(FormDraft::Text);
        QTest::newRow("long text") << int(FormDraft::LongText);
        QTest::newRow("single choice") << int(FormDraft::SingleChoice);
        QTest::newRow("multiple choice") << int(FormDraft::MultipleChoice);
        QTest::newRow("number") << int(FormDraft::Number);
        QTest::newRow("date") << int(FormDraft::Date);
        QTest::newRow("rating") << int(FormDraft::Rating);
        QTest::newRow("page or passage") << int(FormDraft::Reference);
    }
    void everyKindIsAccepted()
    {
        QFETCH(int, kind);
        FormDraft d;
        QAbstractItemModelTester tester(&d);
        fill(d, kind);
        QCOMPARE(d.problem(), 0);
        const v1::FormDefinition form = d.definition();
        QCOMPARE(form.purpose(), v1::FORM_SURVEY);
        QCOMPARE(int(form.fields(0).kind()), kind);
        QVERIFY(!checkFormDefinition(MeetingState(), form));
    }

    // What the server would refuse is stopped on the tablet, with the server's reason and the
    // row to fix; the form-level problems name no row.
    void problemsNameTheReasonAndTheRow()
    {
        FormDraft d;
        QAbstractItemModelTester tester(&d);
        QCOMPARE(d.problem(), int(Refusal::FormNoTitle));
        QCOMPARE(d.problemRow(), -1);
        d.setTitleVi(QStringLiteral("Phiếu khảo sát"));
        QCOMPARE(d.problem(), int(Refusal::FormTooManyFields)); // no field yet
        QCOMPARE(d.problemRow(), -1);
        fill(d, FormDraft::Text);
        QCOMPARE(d.problem(), 0);
        d.addField(FormDraft::SingleChoice); // no label, two empty choices
        QCOMPARE(d.problem(), int(Refusal::FormBadField));
        QCOMPARE(d.problemRow(), 1);
        QCOMPARE(d.data(d.index(1), FormDraft::HasProblemRole).toBool(), true);
        QCOMPARE(d.data(d.index(0), FormDraft::HasProblemRole).toBool(), false);
        d.setField(1, QStringLiteral("labelVi"), QStringLiteral("Đồng ý?"));
        d.setField(1, QStringLiteral("choices"), QStringLiteral("Chỉ một lựa chọn"));
        QCOMPARE(d.problem(), int(Refusal::FormBadField)); // a choice field needs two
        QCOMPARE(d.problemRow(), 1);
        d.setField(1, QStringLiteral("choices"), QStringLiteral("Có | Yes\n\n  Không  "));
        QCOMPARE(d.problem(), 0);
        QCOMPARE(d.data(d.index(1), FormDraft::ChoicesRole).toString(),
            QStringLiteral("Có | Yes\nKhông"));
        // Turned into a number, its choices go (the server refuses choices on a number).
        d.setField(1, QStringLiteral("kind"), int(FormDraft::Number));
        QCOMPARE(d.problem(), 0);
        QVERIFY(d.definition().fields(1).choices().empty());
        d.addField(FormDraft::Rating);
        d.setField(2, QStringLiteral("labelVi"), QStringLiteral("Chấm điểm"));
        d.setField(2, QStringLiteral("max"), 11); // formlimits::MaxStars is 10
        QCOMPARE(d.problem(), int(Refusal::FormBadField));
        QCOMPARE(d.problemRow(), 2);
        d.removeField(2);
        QCOMPARE(d.problem(), 0);
        d.setTitleVi(QString(501, QLatin1Char('x')));
        QCOMPARE(d.problem(), int(Refusal::FormNoTitle));
        QCOMPARE(d.problemRow(), -1);
    }

    // Opened on an agenda item or before the meeting: an item the meeting has is taken, one
    // it does not have is named, as the server would.
    void theItemIsCheckedAgainstTheMeeting()
    {
        Meeting meeting = fixture::meetingWith(3);
        FormDraft d;
        d.setState(&meeting.state());
        fill(d, FormDraft::Text);
        QCOMPARE(d.problem(), 0); // before the meeting
        d.setItemId(QStringLiteral("b"));
        QCOMPARE(d.problem(), 0);
        QCOMPARE(d.definition().item_id(), "b");
        d.setItemId(QStringLiteral("khong-co"));
        QCOMPARE(d.problem(), int(Refusal::FormUnknownItem));
        QVERIFY(checkFormDefinition(meeting.state(), d.definition()));
    }

    // The builder's choices: one a line, "Vietnamese | English", both trimmed.
    void choicesParse()
    {
        const auto choices = FormDraft::parseChoices(
            QStringLiteral(" Đồng ý | Agree \nKhông đồng ý\n\n Ý kiến khác|Other"));
        QCOMPARE(int(choices.size()), 3);
        QCOMPARE(choices[0].label_vi(), "Đồng ý");
        QCOMPARE(choices[0].label_en(), "Agree");
        QCOMPARE(choices[1].label_en(), "");
        QCOMPARE(choices[2].label_vi(), "Ý kiến khác");
    }

    // Moving and removing keep ids unique and the rows honest (the model tester watches).
    void moveAndRemove()
    {
        FormDraft d;
        QAbstractItemModelTester tester(&d);
        for (int k : { FormDraft::Text, FormDraft::Number, FormDraft::Date })
            fill(d, k);
        d.moveField(0, 2);
        QCOMPARE(d.data(d.index(2), FormDraft::KindRole).toInt(), int(FormDraft::Text));
        QCOMPARE(d.data(d.index(0), FormDraft::KindRole).toInt(), int(FormDraft::Number));
        d.removeField(1);
        fill(d, FormDraft::Rating);
        QSet<std::string> ids;
        const v1::FormDefinition form = d.definition();
        for (const v1::FormField &f : form.fields())
            ids.insert(f.id());
        QCOMPARE(ids.size(), 3);
        QCOMPARE(d.problem(), 0);
        d.clear();
        QCOMPARE(d.rowCount(), 0);
        QCOMPARE(d.problem(), int(Refusal::FormNoTitle));
    }
};

QTEST_GUILESS_MAIN(TestFormDraft)
#include "tst_formdraft.moc"
