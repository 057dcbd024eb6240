// A form's consolidation exported as PDF and CSV on the real server (issue 16, docs/forms.md
// "Export"): a survey built with the tablet's FormDraft is accepted as it is, answered
// anonymously, closed and exported; the CSV parses back (BOM, RFC 4180: commas, quotes and
// line breaks inside answers; a formula-like answer is not a formula) and the PDF, read with
// Poppler's pdftotext, holds the Vietnamese text and a chart, and no name of anyone. A written
// question's export names who asked and who answered; who may export and which forms, typed.
// The minutes hold the same: the question with who answered, the survey's counts.
#include "archivefile.h"
#include "formdraft.h"
#include "manifest.h"
#include "pdftext.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
const QString MeetingId = QStringLiteral("hop-xuat");
constexpr int Delegates = 5;
const QString ChairName = QStringLiteral("Chủ tọa Nguyễn Văn Ánh");

QString delegateName(int i)
{
    return QStringLiteral("Đại biểu Lê Thị Hằng %1").arg(i + 1);
}

v1::FieldValue value(const char *field, const std::function<void(v1::FieldValue &)> &fill)
{
    v1::FieldValue v;
    v.set_field_id(field);
    fill(v);
    return v;
}

/** RFC 4180 read back: fields, quoted fields with doubled quotes and line breaks; CRLF rows. */
std::vector<QStringList> parseCsv(const QString &text, QString *problem)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('"')) {
            *problem = QStringLiteral("a bare line break or quote at %1").arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *problem = QStringLiteral("the file does not end with CRLF");
    return rows;
}

int pdfImages(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"),
        { QStringLiteral("-list"), dir + QStringLiteral("/export.pdf") });
    p.waitForFinished(120'000);
    // Two header lines, then one line per image.
    return int(p.readAllStandardOutput().trimmed().split('\n').size()) - 2;
}
} // namespace

class TestFormsExport : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<RawClient> m_chair;
    std::unique_ptr<RawClient> m_secretary;
    std::vector<std::unique_ptr<RawClient>> m_delegates;
    std::string m_surveyId;
    quint64 m_nextRequest = 1;

    /** ExportFormResults from `client`; its answer. */
    std::optional<v1::FormResultsExported> exportForm(
        RawClient &client, const std::string &formId, bool english = false)
    {
        v1::ClientMessage m;
        m.mutable_export_form_results()->set_request_id(m_nextRequest);
        m.mutable_export_form_results()->set_form_id(formId);
        m.mutable_export_form_results()->set_english(english);
        client.send(m);
        const auto answer = client.nextOf(v1::ServerMessage::kFormResultsExported, 120'000);
        if (!answer || answer->form_results_exported().request_id() != m_nextRequest++)
            return std::nullopt;
        return answer->form_results_exported();
    }

private slots:
    void initTestCase()
    {
        QJsonArray participants{ QJsonObject{ { "id", "chair" }, { "name", ChairName },
                                     { "role", "chair" }, { "pin", "710000" } },
            QJsonObject{ { "id", "secretary" }, { "name", "Thư ký Trần Thị Bích" },
                { "role", "secretary" }, { "pin", "720000" } } };
        for (int i = 0; i < Delegates; ++i)
            participants.append(QJsonObject{ { "id", QStringLiteral("db-%1").arg(i + 1) },
                { "name", delegateName(i) }, { "role", "delegate" },
                { "pin", QString::number(800001 + i) } });
        const QJsonObject meeting{ { "id", MeetingId }, { "title", "Kỳ họp thứ 7" },
            { "participants", participants },
            { "agenda", QJsonArray{ QJsonObject{ { "id", "muc-1" }, { "title", "Khảo sát" } } } } };
        const QString path
            = writeMeetingFile(m_dir.filePath(QStringLiteral("meeting.json")), meeting);
        QVERIFY(!path.isEmpty());
        QVERIFY2(
            m_server.start({ QStringLiteral("--meeting"), path }), qPrintable(m_server.output()));
        const auto join = [&](const QString &pin) {
            auto c = std::make_unique<RawClient>();
            c->setMeeting(MeetingId);
            if (!c->open(m_server.url()))
                return std::unique_ptr<RawClient>();
            c->hello(pin, 0, QStringLiteral("tablet-") + pin);
            return c->welcome(30'000) ? std::move(c) : std::unique_ptr<RawClient>();
        };
        m_chair = join(QStringLiteral("710000"));
        m_secretary = join(QStringLiteral("720000"));
        QVERIFY(m_chair && m_secretary);
        for (int i = 0; i < Delegates; ++i) {
            m_delegates.push_back(join(QString::number(800001 + i)));
            QVERIFY(m_delegates.back());
        }
    }

    // The builder's form is what the server takes: no problem on the tablet, no refusal.
    void aBuiltSurveyIsAccepted()
    {
        FormDraft draft;
        draft.setTitleVi(QStringLiteral("Phiếu khảo sát mức độ hài lòng"));
        draft.setTitleEn(QStringLiteral("Satisfaction survey"));
        draft.setAnonymous(true);
        draft.addField(FormDraft::SingleChoice);
        draft.setField(0, QStringLiteral("labelVi"), QStringLiteral("Anh/chị có đồng ý không?"));
        draft.setField(0, QStringLiteral("labelEn"), QStringLiteral("Do you agree?"));
        draft.setField(0, QStringLiteral("isRequired"), true);
        draft.setField(0, QStringLiteral("choices"),
            QStringLiteral("Đồng ý | Agree\nKhông đồng ý | Disagree\nÝ kiến khác | Other"));
        draft.addField(FormDraft::Rating);
        draft.setField(1, QStringLiteral("labelVi"), QStringLiteral("Chấm điểm buổi họp"));
        draft.addField(FormDraft::LongText);
        draft.setField(2, QStringLiteral("labelVi"), QStringLiteral("Góp ý thêm"));
        QCOMPARE(draft.problem(), 0);
        const v1::FormDefinition form = draft.definition();
        m_surveyId = form.id();
        QVERIFY(applied(*m_secretary,
            command([&](v1::Command &c) { *c.mutable_define_form()->mutable_form() = form; })));
    }

    // Who may export, and which forms: each refusal typed, nothing made.
    void refusalsAreTyped()
    {
        const auto byDelegate = exportForm(*m_delegates[0], m_surveyId);
        QVERIFY(byDelegate);
        QCOMPARE(byDelegate->error().code(), v1::ERROR_FORBIDDEN);
        QVERIFY(byDelegate->pdf_sha256().empty());
        const auto unknown = exportForm(*m_secretary, "khong-co");
        QVERIFY(unknown);
        QCOMPARE(unknown->error().form(), v1::FORM_REFUSAL_UNKNOWN_FORM);
        // Defined, never opened: the minutes do not hold it, there is nothing to export.
        const auto unopened = exportForm(*m_secretary, m_surveyId);
        QVERIFY(unopened);
        QCOMPARE(unopened->error().form(), v1::FORM_REFUSAL_NOT_OPENED);
    }

    // The anonymous survey, answered and closed: the CSV parses back with every answer and no
    // name; the PDF holds the Vietnamese text and a chart, and no name.
    void anAnonymousSurveyExportsWithoutNames()
    {
        QVERIFY(applied(*m_secretary,
            command([&](v1::Command &c) { c.mutable_open_form()->set_form_id(m_surveyId); })));
        const QStringList comments{ QStringLiteral("Tốt, nhưng cần \"rõ hơn\"\nở mục 2"),
            QStringLiteral("=SUM(A1:A9)"), QStringLiteral("Bình thường"), {}, {} };
        const int choices[Delegates] = { 0, 0, 1, 0, 2 };
        for (int i = 0; i < Delegates; ++i) {
            std::vector<v1::FieldValue> values{
                value("f1", [&](v1::FieldValue &v) { v.add_choices(quint32(choices[i])); }),
                value("f2", [&](v1::FieldValue &v) { v.set_number(i % 5 + 1); })
            };
            if (!comments.at(i).isEmpty())
                values.push_back(
                    value("f3", [&](v1::FieldValue &v) { v.set_text(sstr(comments.at(i))); }));
            QByteArray receipt(16, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(receipt.data()), 4);
            QVERIFY(applied(*m_delegates[size_t(i)], command([&](v1::Command &c) {
                v1::SubmitAnswer *s = c.mutable_submit_answer();
                s->set_form_id(m_surveyId);
                for (const v1::FieldValue &v : values)
                    *s->mutable_answer()->add_values() = v;
                s->set_receipt(receipt.toStdString());
            })));
        }
        QVERIFY(applied(*m_chair,
            command([&](v1::Command &c) { c.mutable_close_form()->set_form_id(m_surveyId); })));

        const auto exported = exportForm(*m_secretary, m_surveyId);
        QVERIFY(exported);
        QVERIFY2(!exported->has_error(), exported->error().detail().c_str());
        QVERIFY(qstr(exported->file_stem()).startsWith(MeetingId));
        QString error;
        const QByteArray csv = m_secretary->fetchAll(exported->csv_sha256(), &error);
        QVERIFY2(!csv.isEmpty(), qPrintable(error));
        QCOMPARE(quint64(csv.size()), exported->csv_size());
        QCOMPARE(
            QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()),
            qstr(exported->csv_sha256()));
        // UTF-8 with a BOM: what spreadsheet programs need to read Vietnamese right.
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QString problem;
        const auto rows = parseCsv(QString::fromUtf8(csv.mid(3)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(rows.size() > 5);
        QCOMPARE(rows.front().at(0), QStringLiteral("Loại"));
        QMap<QString, QString> counts; // choice label -> count
        QStringList texts;
        for (const QStringList &r : rows) {
            QCOMPARE(r.size(), rows.front().size());
            if (r.at(0) == QLatin1String("choice"))
                counts[r.at(2)] = r.at(3);
            if (r.at(0) == QLatin1String("text"))
                texts << r.at(5);
            if (r.at(0) == QLatin1String("answers"))
                QCOMPARE(r.at(3), QString::number(Delegates));
            if (&r != &rows.front()) // the header names the column
                QVERIFY2(r.at(8).isEmpty(), qPrintable(r.join(QLatin1Char('|')))); // no person
        }
        QCOMPARE(counts.value(QStringLiteral("Đồng ý")), QStringLiteral("3"));
        QCOMPARE(counts.value(QStringLiteral("Không đồng ý")), QStringLiteral("1"));
        QCOMPARE(counts.value(QStringLiteral("Ý kiến khác")), QStringLiteral("1"));
        // A comma, quotes and a line break come back whole; a formula is text.
        QVERIFY2(texts.contains(comments.at(0)), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("'=SUM(A1:A9)")));
        for (int i = 0; i < Delegates; ++i)
            QVERIFY(!csv.contains(delegateName(i).toUtf8()));

        const QByteArray pdf = m_secretary->fetchAll(exported->pdf_sha256(), &error);
        QVERIFY2(pdf.startsWith("%PDF"), qPrintable(error));
        // To look at them (docs/forms.md, "Export"): QUORUM_KEEP_EXPORTS=DIR keeps both files.
        if (const QString keep = qEnvironmentVariable("QUORUM_KEEP_EXPORTS"); !keep.isEmpty()) {
            for (const auto &[name, bytes] :
                { std::pair{ "survey.pdf", pdf }, std::pair{ "survey.csv", csv } }) {
                QFile out(keep + QLatin1Char('/') + QLatin1String(name));
                if (out.open(QIODevice::WriteOnly))
                    out.write(bytes);
            }
        }
        const QString text = pdfText(pdf, m_dir.filePath(QStringLiteral("export.pdf")));
        for (const QString &expected :
            { QStringLiteral("KẾT QUẢ BIỂU MẪU"), QStringLiteral("Phiếu khảo sát mức độ hài lòng"),
                QStringLiteral("ẩn danh"), QStringLiteral("Đồng ý: 3"),
                QStringLiteral("Bình thường"), QStringLiteral("Chấm điểm buổi họp") })
            QVERIFY2(
                text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        for (int i = 0; i < Delegates; ++i)
            QVERIFY(!text.contains(delegateName(i)));
        QVERIFY(!text.contains(QStringLiteral("Lê Thị Hằng")));
        QCOMPARE(pdfImages(m_dir.path()), 1); // the chart of the one choice field

        // In English on request: the same lines, English words.
        const auto english = exportForm(*m_secretary, m_surveyId, true);
        QVERIFY(english && !english->has_error());
        const QByteArray csvEn = m_secretary->fetchAll(english->csv_sha256(), &error);
        QVERIFY(csvEn.mid(3).startsWith("Kind,"));
        QVERIFY(csvEn.contains("choice,Do you agree?,Agree,3"));
    }

    // A written question, assigned and answered: its export and the minutes name who asked
    // and who answered (the minutes part of issue 16: "the questions with who answered").
    void aQuestionNamesWhoAnswered()
    {
        QVERIFY(applied(*m_secretary, command([](v1::Command &c) {
            v1::FormDefinition *f = c.mutable_define_form()->mutable_form();
            f->set_id("chat-van");
            f->set_title_vi("Phiếu chất vấn");
            f->set_purpose(v1::FORM_QUESTION);
        })));
        QVERIFY(applied(*m_secretary,
            command([](v1::Command &c) { c.mutable_open_form()->set_form_id("chat-van"); })));
        QVERIFY(applied(*m_delegates[1], command([](v1::Command &c) {
            v1::SubmitAnswer *s = c.mutable_submit_answer();
            s->set_form_id("chat-van");
            *s->mutable_answer()->add_values() = value(
                "addressee", [](v1::FieldValue &v) { v.set_text("Giám đốc Sở Tài chính"); });
            *s->mutable_answer()->add_values() = value(
                "question", [](v1::FieldValue &v) { v.set_text("Vì sao dự án chậm giải ngân?"); });
        })));
        QVERIFY(applied(*m_chair, command([](v1::Command &c) {
            c.mutable_take_step()->set_form_id("chat-van");
            c.mutable_take_step()->set_number(1);
            c.mutable_take_step()->set_to_state("assigned");
            c.mutable_take_step()->set_assignee_id("chair");
        })));
        QVERIFY(applied(*m_chair, command([](v1::Command &c) {
            c.mutable_take_step()->set_form_id("chat-van");
            c.mutable_take_step()->set_number(1);
            c.mutable_take_step()->set_to_state("answered");
        })));
        const auto exported = exportForm(*m_secretary, "chat-van");
        QVERIFY(exported && !exported->has_error());
        QString error;
        const QByteArray csv = m_secretary->fetchAll(exported->csv_sha256(), &error);
        QString problem;
        const auto rows = parseCsv(QString::fromUtf8(csv.mid(3)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(int(rows.size()), 2);
        const QStringList &c = rows.at(1);
        QCOMPARE(c.at(0), QStringLiteral("case"));
        QCOMPARE(c.at(5), QStringLiteral("Vì sao dự án chậm giải ngân?"));
        QCOMPARE(c.at(6), QStringLiteral("Giám đốc Sở Tài chính"));
        QVERIFY2(
            c.at(7).contains(QStringLiteral("Người trả lời: ") + ChairName), qPrintable(c.at(7)));
        QCOMPARE(c.at(8), delegateName(1));
        QVERIFY(c.at(4).contains(QStringLiteral("Đã trả lời")));

        // The signed minutes say the same.
        QVERIFY(applied(*m_secretary, command([](v1::Command &c) { c.mutable_export_minutes(); })));
        std::string minutesSha, archiveSha;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const v1::Event &e : m_secretary->events()) {
                    if (e.has_minutes_exported()) {
                        minutesSha = e.minutes_exported().minutes_vi_sha256();
                        archiveSha = e.minutes_exported().archive_sha256();
                    }
                }
                return !minutesSha.empty();
            }(),
            120'000);
        // The archive's log holds the answers: the anonymous ones released without anyone's
        // id beside them, the question with who asked and who answered.
        const QByteArray zip = m_secretary->fetchAll(archiveSha, &error);
        archive::ReadError reason = archive::ReadError::None;
        QString detail;
        const auto members = archive::readZipBytes(zip, &reason, &detail);
        QVERIFY2(members, qPrintable(detail));
        QByteArray log;
        for (const archive::Member &m : *members) {
            if (m.path == archive::EventLogPath)
                log = m.bytes;
        }
        QVERIFY(!log.isEmpty());
        bool released = false;
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains("answers_released")) {
                released = true;
                QVERIFY(line.contains(QStringLiteral("Bình thường").toUtf8()));
                QVERIFY2(!line.contains("db-"), line.constData()); // no participant's id
            }
        }
        QVERIFY(released);
        QVERIFY(log.contains(QStringLiteral("Vì sao dự án chậm giải ngân?").toUtf8()));
        const QByteArray minutes = m_secretary->fetchAll(minutesSha, &error);
        const QString text = pdfText(minutes, m_dir.filePath(QStringLiteral("export.pdf")));
        for (const QString &expected : { QStringLiteral("Vì sao dự án chậm giải ngân?"),
                 QStringLiteral("Người trả lời: ") + ChairName,
                 QStringLiteral("Phiếu khảo sát mức độ hài lòng"), QStringLiteral("Đồng ý: 3") })
            QVERIFY2(
                text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
};

QTEST_MAIN(TestFormsExport)
#include "tst_formsexport.moc"
