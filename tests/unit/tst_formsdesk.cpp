// FormsDesk follows one client: its meeting, its documents' state folder, its replica's forms.
// Changing the client disconnected only the old client itself (as MinutesDrafts did before
// issue 17's fix), so an old client's folder or forms still drove the desk.
#include "floorreplica.h"
#include "formfixture.h"
#include "formsdesk.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "replica.h"
#include "speakersmodel.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
using namespace quorum;

/** The core fixture's meeting with the 50-page draft, a feedback form "fb" and an amendment
 * form "am" open on it, as a tablet folds it from its snapshot. */
Meeting meetingWithForms()
{
    Meeting m = formfixture::meetingWithDraft();
    formfixture::openBuiltin(m, "fb", v1::FORM_FEEDBACK);
    formfixture::openBuiltin(m, "am", v1::FORM_AMENDMENT);
    return m;
}
} // namespace

class TestFormsDesk : public QObject
{
    Q_OBJECT

private slots:
    // Issue 16, seen in a real window: a comment typed, the required passage left alone (its
    // page box showed 1), Send pressed - the server refused, the form stayed "Sending…" with
    // Send disabled for good. Now nothing is sent while a required field is empty, and a
    // reference counts once it names a page.
    void aDraftMissingARequiredFieldIsNotSent()
    {
        MeetingClient client;
        client.replica()->loadSnapshot(meetingWithForms().snapshot());
        FormsDesk desk;
        desk.setLanguage("en");
        desk.setClient(&client);
        desk.setDraft("fb", "comment", "Đề nghị làm rõ trách nhiệm thi hành.");
        QCOMPARE(desk.missing("fb"), QStringList{ "Passage or page" });
        QCOMPARE(desk.submit("fb"), QString());
        QVERIFY(!desk.draftSent("fb"));
        QCOMPARE(client.pendingCommands(), 0);
        // A passage without a page is still no reference the server takes.
        desk.setDraftReference("fb", "passage", 0, "thi hành");
        QCOMPARE(desk.missing("fb"), QStringList{ "Passage or page" });
        desk.setDraftReference("fb", "passage", 3, "thi hành");
        QVERIFY(desk.missing("fb").isEmpty());
        QVERIFY(!desk.submit("fb").isEmpty());
        QVERIFY(desk.draftSent("fb"));
    }

    // The other half of the same defect: an answer the server refuses is no longer "sending";
    // the draft stays to be mended and sent again, and the page hears why.
    void aRefusedAnswerIsNoLongerSending()
    {
        MeetingClient client;
        client.replica()->loadSnapshot(meetingWithForms().snapshot());
        FormsDesk desk;
        desk.setClient(&client);
        desk.setDraftReference("fb", "passage", 99, "thi hành"); // the draft has 50 pages
        desk.setDraft("fb", "comment", "Ý kiến");
        const QString id = desk.submit("fb");
        QVERIFY(desk.draftSent("fb"));
        QSignalSpy refused(&desk, &FormsDesk::answerRefused);
        emit client.commandFailed("another command", MeetingClient::InvalidArgument, {}, 0);
        QVERIFY(desk.draftSent("fb"));
        emit client.commandFailed(id, MeetingClient::InvalidArgument, "No page 99", 7);
        QVERIFY(!desk.draftSent("fb"));
        QCOMPARE(desk.draft("fb", "comment"), QStringLiteral("Ý kiến"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0][0].toString(), QStringLiteral("fb"));
        QCOMPARE(refused[0][1].toInt(), 7);
    }

    // The reader's "comment on this passage": the open form on that document gets the page and
    // the passage (white space as one reads it); a document without an open form gets nothing.
    void aPassageSelectedInTheReaderAnchorsTheForm()
    {
        MeetingClient client;
        client.replica()->loadSnapshot(meetingWithForms().snapshot());
        FormsDesk desk;
        desk.setClient(&client);
        QCOMPARE(desk.anchorPassage(FormsDesk::Feedback, "du-thao", 4, "tổ chức\nthực hiện"),
            QStringLiteral("fb"));
        QCOMPARE(desk.draft("fb", "passage"), QStringLiteral("4|tổ chức thực hiện"));
        QCOMPARE(desk.anchorPassage(FormsDesk::Amendment, "du-thao", 5, "Nghị quyết"),
            QStringLiteral("am"));
        QCOMPARE(desk.draft("am", "passage"), QStringLiteral("5|Nghị quyết"));
        QCOMPARE(desk.anchorPassage(FormsDesk::Feedback, "another", 1, "x"), QString());
        QCOMPARE(desk.anchorPassage(FormsDesk::Question, "du-thao", 1, "x"), QString());
    }

    // The speakers' list shows what a registration to speak said: its topic and the minutes it
    // asked for. Issue 16.
    void theSpeakersListShowsTheTopicOfARegistration()
    {
        Meeting m = formfixture::meetingWithDraft();
        formfixture::openBuiltin(m, "pb", v1::FORM_SPEAK);
        fixture::commit(m,
            m.decide("chair", fixture::command([](v1::Command &c) {
                c.mutable_set_queue_open()->set_open(true);
            }),
                1000));
        v1::FieldValue minutes;
        minutes.set_field_id("minutes");
        minutes.set_number(5);
        fixture::commit(m,
            m.decide("d2",
                formfixture::submit("pb", { formfixture::text("topic", "Ngân sách"), minutes }),
                1000));
        MeetingClient client;
        client.replica()->loadSnapshot(m.snapshot());
        SpeakersModel *speakers = client.replica()->floor()->speakers();
        QCOMPARE(speakers->rowCount(), 1);
        QCOMPARE(speakers->data(speakers->index(0), SpeakersModel::TopicRole).toString(),
            QStringLiteral("Ngân sách"));
        QCOMPARE(speakers->data(speakers->index(0), SpeakersModel::WantedMinutesRole).toInt(), 5);
    }

    // An amendment in the list shows its change against the text, word by word.
    void anAmendmentShowsItsChangeAgainstTheText()
    {
        Meeting m = meetingWithForms();
        fixture::commit(m,
            m.decide("d1",
                formfixture::submit("am",
                    { formfixture::reference("passage", 2, "tổ chức thực hiện", {}, true),
                        formfixture::text("wording", "triển khai thực hiện") }),
                1000));
        MeetingClient client;
        client.replica()->loadSnapshot(m.snapshot());
        FormsDesk desk;
        desk.setClient(&client);
        const QVariantList cases = desk.cases();
        QCOMPARE(cases.size(), 1);
        const QVariantMap c = cases[0].toMap();
        QCOMPARE(c.value("passage").toString(), QStringLiteral("tổ chức thực hiện"));
        const QVariantList diff = c.value("diff").toList();
        QCOMPARE(diff.size(), 3);
        QCOMPARE(diff[0].toMap().value("kind").toString(), QStringLiteral("removed"));
        QCOMPARE(diff[0].toMap().value("text").toString(), QStringLiteral("tổ chức"));
        QCOMPARE(diff[1].toMap().value("text").toString(), QStringLiteral("triển khai"));
        QCOMPARE(diff[2].toMap().value("kind").toString(), QStringLiteral("same"));
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anOldClientNoLongerDrivesTheDesk()
    {
        MeetingClient before;
        MeetingClient after;
        FormsDesk desk;
        desk.setClient(&before);
        desk.setClient(&after);
        QSignalSpy changed(&desk, &FormsDesk::changed);
        QTemporaryDir dir;
        before.documents()->setStateDirectory(dir.path());
        emit before.replica()->formsChanged();
        QCOMPARE(changed.size(), 0);
        // The new client does drive it.
        emit after.replica()->formsChanged();
        QVERIFY(changed.size() > 0);
    }
};

QTEST_MAIN(TestFormsDesk)
#include "tst_formsdesk.moc"
