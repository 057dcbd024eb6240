// Forms and workflows on the real server (issue 16, docs/forms.md): an anonymous form's stored
// data holds no link between an answer and its author; 200 delegates send feedback anchored to
// passages of a 50-page draft at once and the secretary's consolidation counts each once; a
// motion and an amendment go from submission to adoption with their ballots and appear in the
// minutes the server exports; an amendment to a passage that is not in the draft is refused.
#include "docgen.h"
#include "fold.h"
#include "formresults.h"
#include "pdftext.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace quorum;

namespace {
const QString MeetingId = QStringLiteral("hop-gop-y");
const QString ChairPin = QStringLiteral("710000");
const QString SecretaryPin = QStringLiteral("720000");
constexpr int Delegates = 200;
constexpr int Pages = 50;
// The meeting file's document: the server names it "<item>/<file name without extension>".
const std::string DraftId = "du-thao/nghi-quyet";

QString delegateId(int i)
{
    return QStringLiteral("dai-bieu-%1").arg(i + 1);
}
QString delegatePin(int i)
{
    return QString::number(800001 + i);
}

std::optional<v1::Reply> send(RawClient &client, v1::Command c, int ms = 60'000)
{
    return client.reply(client.command(std::move(c)), ms);
}

v1::Command defineForm(const char *id, v1::FormPurpose purpose, bool anonymous)
{
    return command([&](v1::Command &c) {
        v1::FormDefinition *f = c.mutable_define_form()->mutable_form();
        f->set_id(id);
        f->set_title_vi("Phiếu góp ý dự thảo Nghị quyết");
        f->set_title_en("Feedback on the draft resolution");
        f->set_purpose(purpose);
        f->set_anonymous(anonymous);
        f->set_item_id("du-thao");
        if (purpose == v1::FORM_FEEDBACK || purpose == v1::FORM_AMENDMENT)
            f->set_document_id(DraftId);
    });
}

v1::FieldValue textValue(const char *field, const QString &text)
{
    v1::FieldValue v;
    v.set_field_id(field);
    v.set_text(sstr(text));
    return v;
}

v1::FieldValue passage(int page, const QString &text)
{
    v1::FieldValue v;
    v.set_field_id("passage");
    v.mutable_reference()->set_page(quint32(page));
    v.mutable_reference()->set_passage(sstr(text));
    v.mutable_reference()->set_section(sstr(QStringLiteral("Trang %1").arg(page)));
    return v;
}

v1::Command answer(
    const char *formId, std::vector<v1::FieldValue> values, const QByteArray &receipt = {})
{
    return command([&](v1::Command &c) {
        v1::SubmitAnswer *s = c.mutable_submit_answer();
        s->set_form_id(formId);
        for (const v1::FieldValue &v : values)
            *s->mutable_answer()->add_values() = v;
        s->set_receipt(receipt.toStdString());
    });
}

v1::Command step(const char *formId, quint32 number, const char *to, const char *ballot = "")
{
    return command([&](v1::Command &c) {
        c.mutable_take_step()->set_form_id(formId);
        c.mutable_take_step()->set_number(number);
        c.mutable_take_step()->set_to_state(to);
        c.mutable_take_step()->set_ballot_id(ballot);
    });
}

/** Every event of the meeting as stored, decoded. */
std::vector<v1::Event> storedEvents(const QString &databasePath)
{
    std::vector<v1::Event> events;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT body FROM events WHERE meeting_id = ? ORDER BY seq"));
            q.addBindValue(MeetingId);
            q.exec();
            while (q.next()) {
                const QByteArray body = q.value(0).toByteArray();
                v1::Event e;
                e.ParseFromArray(body.constData(), int(body.size()));
                events.push_back(e);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return events;
}

/** Votes yes from the first `count` delegates, all at once, then closes the ballot. */
bool voteAndClose(RawClient &chair, std::vector<std::unique_ptr<RawClient>> &delegates,
    const std::string &ballotId, int count)
{
    if (!applied(chair,
            command([&](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id(ballotId); })))
        return false;
    std::vector<quint64> requests;
    for (int i = 0; i < count; ++i)
        requests.push_back(delegates[size_t(i)]->command(command([&](v1::Command &c) {
            c.mutable_cast_vote()->set_ballot_id(ballotId);
            c.mutable_cast_vote()->add_choices(0);
        })));
    for (int i = 0; i < count; ++i) {
        const auto r = delegates[size_t(i)]->reply(requests[size_t(i)], 60'000);
        if (!r || r->has_error())
            return false;
    }
    return applied(
        chair, command([&](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id(ballotId); }));
}
} // namespace

class TestFormsFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<RawClient> m_chair;
    std::unique_ptr<RawClient> m_secretary;
    v1::Welcome m_secretaryWelcome;
    std::vector<std::unique_ptr<RawClient>> m_delegates;

private slots:
    void initTestCase()
    {
        qputenv("QT_LOGGING_RULES", "quorum.*=true"); // everything the server may log is scanned
        // A 50-page draft: page N's text is "Trang N" (docgen), the passages anchored below.
        const QString pdf = m_dir.filePath(QStringLiteral("nghi-quyet.pdf"));
        QString error;
        QVERIFY2(docgen::writeNumberedPdf(pdf, Pages, &error), qPrintable(error));
        QJsonArray participants{ QJsonObject{ { "id", "chair" }, { "name", "Chủ tọa Nguyễn Văn A" },
                                     { "role", "chair" }, { "pin", ChairPin } },
            QJsonObject{ { "id", "secretary" }, { "name", "Thư ký Trần Thị B" },
                { "role", "secretary" }, { "pin", SecretaryPin } } };
        for (int i = 0; i < Delegates; ++i)
            participants.append(QJsonObject{ { "id", delegateId(i) },
                { "name", QStringLiteral("Đại biểu %1").arg(i + 1) }, { "role", "delegate" },
                { "pin", delegatePin(i) } });
        const QJsonObject meeting{ { "id", MeetingId }, { "title", "Kỳ họp thứ 5" },
            { "participants", participants },
            { "agenda",
                QJsonArray{ QJsonObject{ { "id", "du-thao" }, { "title", "Dự thảo Nghị quyết" },
                    { "documents", QJsonArray{ pdf } } } } } };
        const QString path
            = writeMeetingFile(m_dir.filePath(QStringLiteral("meeting.json")), meeting);
        QVERIFY(!path.isEmpty());
        QVERIFY2(
            m_server.start({ QStringLiteral("--meeting"), path }), qPrintable(m_server.output()));

        auto join = [&](const QString &pin, v1::Welcome *welcome = nullptr) {
            auto client = std::make_unique<RawClient>();
            client->setMeeting(MeetingId);
            if (!client->open(m_server.url()))
                return std::unique_ptr<RawClient>();
            client->hello(pin, 0, QStringLiteral("tablet-") + pin);
            const auto w = client->welcome(30'000);
            if (!w)
                return std::unique_ptr<RawClient>();
            if (welcome)
                *welcome = *w;
            return client;
        };
        m_chair = join(ChairPin);
        m_secretary = join(SecretaryPin, &m_secretaryWelcome);
        QVERIFY(m_chair && m_secretary);
        for (int i = 0; i < Delegates; ++i) {
            m_delegates.push_back(join(delegatePin(i)));
            QVERIFY2(m_delegates.back(), qPrintable(delegatePin(i)));
        }
    }

    // docs/forms.md "Anonymous forms at rest": after the close, the log holds who answered and
    // the answers in key order without authors; no box row, no replaced version, no key is
    // left in any byte of the data folder, and the server logged no answer.
    void anAnonymousFormLeavesNoLinkAtRest()
    {
        QVERIFY(applied(*m_secretary, defineForm("gop-y-kin", v1::FORM_FEEDBACK, true)));
        QVERIFY(applied(*m_secretary,
            command([](v1::Command &c) { c.mutable_open_form()->set_form_id("gop-y-kin"); })));
        constexpr int Respondents = 8;
        std::vector<QByteArray> receipts;
        std::vector<QByteArray> keys;
        for (int i = 0; i < Respondents; ++i) {
            QByteArray receipt(16, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(receipt.data()), 4);
            receipts.push_back(receipt);
            keys.push_back(QCryptographicHash::hash(
                QByteArray("gop-y-kin") + '\0' + receipt, QCryptographicHash::Sha256));
            // One answer per commit (each waits for its acknowledgement): the worst case.
            QVERIFY(applied(*m_delegates[size_t(i)],
                answer("gop-y-kin",
                    { passage(i + 1, QStringLiteral("Trang %1").arg(i + 1)),
                        textValue("comment",
                            i == 0 ? QStringLiteral("Y-KIEN-KIN-0-GOC")
                                   : QStringLiteral("Y-KIEN-KIN-%1").arg(i)) },
                    receipt)));
        }
        // A second answer under another receipt is refused; the same receipt corrects.
        const auto twice = send(*m_delegates[0],
            answer("gop-y-kin", { passage(1, "Trang 1"), textValue("comment", "x") },
                QByteArray(16, 'z')));
        QVERIFY(twice && twice->error().form() == v1::FORM_REFUSAL_ALREADY_SUBMITTED);
        QVERIFY(applied(*m_delegates[0],
            answer("gop-y-kin", { passage(1, "Trang 1"), textValue("comment", "Y-KIEN-KIN-0-SUA") },
                receipts[0])));
        // While open no tablet, the secretary's included, got an answer.
        for (const QByteArray &frame : m_secretary->frames())
            QVERIFY(!frame.contains("Y-KIEN-KIN"));
        QVERIFY(applied(*m_chair,
            command([](v1::Command &c) { c.mutable_close_form()->set_form_id("gop-y-kin"); })));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(m_secretary->events().begin(), m_secretary->events().end(),
                [](const v1::Event &e) { return e.has_form_closed(); }),
            20'000);

        // The log: FormAnswered names who answered and holds no answer; the release holds the
        // answers (the correction, not the first version) in the order of the random keys.
        std::vector<QByteArray> order = keys;
        std::sort(order.begin(), order.end());
        int releases = 0;
        for (const v1::Event &e : storedEvents(m_server.databasePath())) {
            const std::string bytes = e.SerializeAsString();
            if (e.has_form_answered() && e.form_answered().form_id() == "gop-y-kin") {
                QVERIFY(!e.form_answered().has_answer());
                QVERIFY(bytes.find("Y-KIEN-KIN") == std::string::npos);
            }
            if (!e.has_answers_released())
                continue;
            ++releases;
            QCOMPARE(e.actor(), "chair"); // whoever closed it, never an author
            QCOMPARE(e.answers_released().answers_size(), Respondents);
            for (int k = 0; k < Respondents; ++k) {
                const int author
                    = int(std::find(keys.begin(), keys.end(), order[size_t(k)]) - keys.begin());
                const std::string comment = e.answers_released().answers(k).values(1).text();
                QCOMPARE(comment,
                    author == 0 ? "Y-KIEN-KIN-0-SUA"
                                : sstr(QStringLiteral("Y-KIEN-KIN-%1").arg(author)));
            }
            for (int i = 0; i < Delegates; ++i)
                QVERIFY(bytes.find(sstr(delegateId(i))) == std::string::npos);
        }
        QCOMPARE(releases, 1);

        // Raw bytes of every file: no box key (a box row, live or freed, or a WAL frame of
        // one), and no trace of the replaced version.
        QDirIterator it(
            m_server.dataPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &key : keys)
                QVERIFY2(!bytes.contains(key), qPrintable(path));
            QVERIFY2(!bytes.contains("Y-KIEN-KIN-0-GOC"), qPrintable(path));
        }
        QVERIFY(files >= 3);
        QVERIFY(!m_server.output().contains(QStringLiteral("Y-KIEN-KIN")));
    }

    // 200 delegates, each one answer anchored to a passage of the 50-page draft, sent at once:
    // the secretary's consolidation (the shared fold of her events) counts each once.
    void twoHundredDelegatesSendFeedbackAtOnce()
    {
        QVERIFY(applied(*m_secretary, defineForm("gop-y", v1::FORM_FEEDBACK, false)));
        QVERIFY(applied(*m_secretary,
            command([](v1::Command &c) { c.mutable_open_form()->set_form_id("gop-y"); })));
        std::vector<quint64> requests;
        for (int i = 0; i < Delegates; ++i) {
            const int page = i % Pages + 1;
            requests.push_back(m_delegates[size_t(i)]->command(answer("gop-y",
                { passage(page, QStringLiteral("Trang %1").arg(page)),
                    textValue("comment", QStringLiteral("Góp ý %1").arg(i)) })));
        }
        for (int i = 0; i < Delegates; ++i) {
            const auto r = m_delegates[size_t(i)]->reply(requests[size_t(i)], 120'000);
            QVERIFY2(r && !r->has_error(), qPrintable(delegateId(i)));
        }
        MeetingState state;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                state = MeetingState();
                loadSnapshot(state, m_secretaryWelcome.snapshot());
                for (const v1::Event &e : m_secretary->events()) {
                    if (e.seq() == state.seq + 1)
                        applyEvent(state, e);
                }
                const FormRecord *form = state.forms.form("gop-y");
                return form && form->answered.size() == size_t(Delegates);
            }(),
            60'000);
        const FormResults results = consolidate(*state.forms.form("gop-y"));
        QCOMPARE(results.answers, quint64(Delegates));
        QCOMPARE(results.respondents, quint32(Delegates));
        QCOMPARE(results.feedback.size(), size_t(Pages));
        for (const FeedbackGroup &g : results.feedback) {
            QCOMPARE(g.entries.size(), size_t(Delegates / Pages));
            for (const FeedbackEntry &e : g.entries)
                QCOMPARE(e.passage, QStringLiteral("Trang %1").arg(g.page));
        }
    }

    // A motion: submitted, admitted, discussed, voted with a ballot, adopted; an amendment to a
    // passage of the draft the same way, producing the amended text; both in the minutes.
    void aMotionAndAnAmendmentAreAdoptedAndInTheMinutes()
    {
        RawClient &chair = *m_chair;
        QVERIFY(applied(*m_secretary, defineForm("kien-nghi", v1::FORM_MOTION, false)));
        QVERIFY(applied(*m_secretary, defineForm("sua-doi", v1::FORM_AMENDMENT, false)));
        for (const char *id : { "kien-nghi", "sua-doi" })
            QVERIFY(applied(*m_secretary,
                command([&](v1::Command &c) { c.mutable_open_form()->set_form_id(id); })));
        QVERIFY(applied(*m_delegates[4],
            answer("kien-nghi",
                { textValue("title", "Kiến nghị tăng kinh phí chuyển đổi số"),
                    textValue("text", "Đề nghị bổ sung 2 tỷ đồng.") })));
        // The passage must be in the draft's page as the server ingested it.
        const auto missing = send(*m_delegates[5],
            answer("sua-doi",
                { passage(7, "Một đoạn không có trong dự thảo"), textValue("wording", "x") }));
        QVERIFY(missing && missing->error().form() == v1::FORM_REFUSAL_PASSAGE_NOT_FOUND);
        const auto wrongPage = send(*m_delegates[5],
            answer("sua-doi", { passage(8, "Trang 7"), textValue("wording", "x") }));
        QVERIFY(wrongPage && wrongPage->error().form() == v1::FORM_REFUSAL_PASSAGE_NOT_FOUND);
        QVERIFY(applied(*m_delegates[5],
            answer(
                "sua-doi", { passage(7, "Trang 7"), textValue("wording", "Trang bảy đã sửa") })));
        // A delegate does not admit motions.
        const auto byDelegate = send(*m_delegates[6], step("kien-nghi", 1, "admitted"));
        QVERIFY(byDelegate && byDelegate->error().workflow() == v1::WORKFLOW_REFUSAL_ROLE);

        int ballots = 0;
        for (const char *form : { "kien-nghi", "sua-doi" }) {
            const std::string ballotId = "bq-" + std::string(form);
            QVERIFY(applied(chair, step(form, 1, "admitted")));
            QVERIFY(applied(chair, step(form, 1, "discussed")));
            QVERIFY(applied(chair, command([&](v1::Command &c) {
                v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
                b->set_id(ballotId);
                b->set_item_id("du-thao");
                b->set_question(std::string("Thông qua ") + form + "?");
                b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
                // Secret: a named vote would list all 150 voters in the minutes, pages this
                // test does not need to read.
                b->set_secret(true);
            })));
            QVERIFY(applied(chair, step(form, 1, "voted", ballotId.c_str())));
            const auto early = send(chair, step(form, 1, "adopted"));
            QVERIFY(early && early->error().workflow() == v1::WORKFLOW_REFUSAL_BALLOT_NOT_CLOSED);
            QVERIFY(voteAndClose(chair, m_delegates, ballotId, 150));
            ++ballots;
            QVERIFY(applied(chair, step(form, 1, "adopted")));
        }
        QCOMPARE(ballots, 2);
        std::string amended;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const v1::Event &e : m_secretary->events()) {
                    if (e.has_step_taken() && e.step_taken().form_id() == "sua-doi"
                        && e.step_taken().to_state() == "adopted")
                        amended = e.step_taken().amended_text();
                }
                return !amended.empty();
            }(),
            20'000);
        QVERIFY2(qstr(amended).contains(QStringLiteral("Trang bảy đã sửa")), amended.c_str());

        QVERIFY(applied(*m_secretary, command([](v1::Command &c) { c.mutable_export_minutes(); })));
        std::string minutesSha;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const v1::Event &e : m_secretary->events()) {
                    if (e.has_minutes_exported())
                        minutesSha = e.minutes_exported().minutes_vi_sha256();
                }
                return !minutesSha.empty();
            }(),
            60'000);
        const QString text = pdfText(m_server.dataPath() + QStringLiteral("/blobs/")
            + qstr(minutesSha) + QStringLiteral(".pdf"));
        for (const QString &expected : { QStringLiteral("BIỂU MẪU, KIẾN NGHỊ VÀ CHẤT VẤN"),
                 QStringLiteral("Kiến nghị tăng kinh phí chuyển đổi số"),
                 QStringLiteral("Được thông qua"), QStringLiteral("Thông qua kien-nghi?"),
                 QStringLiteral("Trang bảy đã sửa"), QStringLiteral("Đại biểu 5") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" not in: ") + text.right(2500)));
        // The anonymous form is there as answers without names.
        QVERIFY(text.contains(QStringLiteral("Y-KIEN-KIN-3")));
    }
};

QTEST_MAIN(TestFormsFlow)
#include "tst_formsflow.moc"
