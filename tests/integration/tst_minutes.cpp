// Minutes and archive on the real server: a scripted demo meeting (check-in, an absence,
// two speakers, a named and a secret ballot, the secretary's notes, approval) exported with
// `quorum-server export`, read back with pdftotext, verified with `quorum-server verify`;
// then every kind of member changed in turn, and bad archives, each named by verify.
#include "archivefile.h"
#include "demomeeting.h"
#include "minuteswords.h"
#include "pdftext.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
// The demo meeting, which ServerProcess starts the server with.
using demo::ChairPin;
using demo::delegatePin;
using demo::SecretaryPin;
const QTimeZone Zone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));

struct Run
{
    int code = -1;
    QString output;
};

Run quorumServer(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(QUORUM_SERVER_BINARY), arguments);
    p.waitForFinished(120'000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAll()) };
}

const archive::Member *member(const std::vector<archive::Member> &members, const QString &path)
{
    for (const archive::Member &m : members) {
        if (m.path == path)
            return &m;
    }
    return nullptr;
}
} // namespace

class TestMinutes : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    RawClient m_chair, m_secretary;
    std::vector<std::unique_ptr<RawClient>> m_delegates; // d01..d08
    std::string m_documentId; // a document of the demo meeting, for the private annotation
    quint64 m_privateSeq = 0; // the seq of d01's private annotation
    QString m_archive;
    std::vector<archive::Member> m_members;
    QString m_fingerprint;

    void ok(RawClient &client, const v1::Command &c)
    {
        const auto reply = client.reply(client.command(c), 10'000);
        QVERIFY(reply);
        QVERIFY2(!reply->has_error(), reply->error().detail().c_str());
    }

    void ballot(
        const QString &id, bool secret, const std::vector<std::pair<RawClient *, quint32>> &votes)
    {
        ok(m_chair, command([&](v1::Command &c) {
            v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
            b->set_id(sstr(id));
            b->set_item_id("eform-vote");
            b->set_question(secret ? "Bầu chọn mô hình Workflow thí điểm (bỏ phiếu kín)?"
                                   : "Thông qua kế hoạch áp dụng biểu mẫu điện tử (Eform)?");
            b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
            b->set_secret(secret);
        }));
        ok(m_chair,
            command([&](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id(sstr(id)); }));
        for (auto [client, choice] : votes)
            ok(*client, command([&](v1::Command &c) {
                c.mutable_cast_vote()->set_ballot_id(sstr(id));
                c.mutable_cast_vote()->add_choices(choice);
            }));
        ok(m_chair,
            command([&](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id(sstr(id)); }));
    }

    void speech(RawClient &speaker, int ms)
    {
        ok(speaker, command([](v1::Command &c) { c.mutable_request_floor(); }));
        ok(m_chair, command([](v1::Command &c) { c.mutable_next_speaker(); }));
        QTest::qWait(ms);
        ok(m_chair, command([](v1::Command &c) { c.mutable_end_speech(); }));
    }

    using Change = std::function<void(std::vector<archive::Member> &)>;

    /** A change of the archive's event log: its lines (split at '\n') edited. */
    static Change editLog(const std::function<void(QList<QByteArray> &)> &edit)
    {
        return [edit](std::vector<archive::Member> &members) {
            for (archive::Member &m : members) {
                if (m.path != QStringLiteral("events.jsonl"))
                    continue;
                QList<QByteArray> lines = m.bytes.split('\n');
                edit(lines);
                m.bytes = lines.join('\n');
            }
        };
    }

    /** Writes the archive again with one member changed (or added, or dropped). */
    QString tampered(
        const QString &name, const std::function<void(std::vector<archive::Member> &)> &change)
    {
        std::vector<archive::Member> members = m_members;
        change(members);
        const QString path = m_dir.filePath(name);
        QString error;
        if (!archive::writeZip(path, members, 0, &error))
            qWarning() << error;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server.output().contains(QStringLiteral("fingerprint ")), 10'000);
        const QRegularExpression fp(QStringLiteral("fingerprint ([0-9a-f:]{79})"));
        const auto match = fp.match(m_server.output());
        QVERIFY2(match.hasMatch(), qPrintable(m_server.output()));
        m_fingerprint = match.captured(1);
        for (auto [client, pin] :
            { std::pair{ &m_chair, ChairPin }, std::pair{ &m_secretary, SecretaryPin } }) {
            QVERIFY(client->open(m_server.url()));
            client->hello(pin, 0, pin);
            QVERIFY(client->welcome());
        }
        for (int i = 1; i <= 8; ++i) {
            auto d = std::make_unique<RawClient>();
            QVERIFY(d->open(m_server.url()));
            d->hello(delegatePin(i), 0, QStringLiteral("tablet-%1").arg(i));
            const auto welcome = d->welcome();
            QVERIFY(welcome);
            if (welcome->snapshot().documents_size() > 0)
                m_documentId = welcome->snapshot().documents(0).id();
            m_delegates.push_back(std::move(d));
        }
    }

    void scriptedMeeting()
    {
        ok(m_secretary, command([](v1::Command &c) {
            c.mutable_set_attendance()->set_participant_id("d09");
            c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ABSENT);
            c.mutable_set_attendance()->set_reason("Đi công tác");
        }));
        ok(m_chair, command([](v1::Command &c) {
            c.mutable_set_current_item()->set_item_id("young-officials");
        }));
        speech(*m_delegates[0], 1300); // Lê Văn C
        speech(*m_delegates[1], 2200); // Phạm Thị D
        ok(m_chair, command([](v1::Command &c) {
            c.mutable_set_current_item()->set_item_id("eform-vote");
        }));
        ballot(QStringLiteral("named"), false,
            { { &m_chair, 0 }, { m_delegates[0].get(), 0 }, { m_delegates[1].get(), 0 },
                { m_delegates[2].get(), 0 }, { m_delegates[3].get(), 0 },
                { m_delegates[4].get(), 0 }, { m_delegates[5].get(), 1 },
                { m_delegates[6].get(), 2 } });
        ballot(QStringLiteral("secret"), true,
            { { &m_chair, 2 }, { m_delegates[0].get(), 0 }, { m_delegates[1].get(), 0 },
                { m_delegates[2].get(), 0 }, { m_delegates[3].get(), 0 },
                { m_delegates[4].get(), 1 }, { m_delegates[5].get(), 1 } });
        // Lê Văn C's own note on a document: private, so the archive withholds it.
        QVERIFY(!m_documentId.empty());
        const auto noted
            = m_delegates[0]->reply(m_delegates[0]->command(command([this](v1::Command &c) {
                  v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
                  op->set_op_id("ghi-chu-rieng-d01");
                  op->set_document_id(m_documentId);
                  op->set_page(0);
                  op->set_layer(v1::LAYER_PRIVATE);
                  op->mutable_note()->set_x(0.2f);
                  op->mutable_note()->set_y(0.3f);
                  op->mutable_note()->set_text("Ghi chú riêng: hỏi lại về kinh phí");
              })),
                10'000);
        QVERIFY(noted);
        QVERIFY2(!noted->has_error(), noted->error().detail().c_str());
        m_privateSeq = noted->seq();
        QVERIFY(m_privateSeq > 0);
        ok(m_secretary, command([](v1::Command &c) {
            c.mutable_edit_minutes()->set_item_id("eform-vote");
            c.mutable_edit_minutes()->set_notes(
                "Các đại biểu thống nhất áp dụng biểu mẫu điện tử từ quý I/2027.");
            c.mutable_edit_minutes()->set_conclusions(
                "Thông qua kế hoạch áp dụng Eform và Workflow cho công tác Đoàn vụ.");
        }));
        ok(m_secretary, command([](v1::Command &c) {
            c.mutable_edit_minutes()->set_number("05/BB-ĐKCQ");
            c.mutable_edit_minutes()->set_locality("Hà Nội");
            c.mutable_edit_minutes()->set_conclusions("Buổi sinh hoạt chuyên đề đạt kết quả tốt.");
        }));
        ok(m_chair, command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id(""); }));
        // The delegate may not edit; approval by both locks; a locked record refuses edits.
        const auto refused = m_delegates[0]->reply(m_delegates[0]->command(
            command([](v1::Command &c) { c.mutable_edit_minutes()->set_notes("x"); })));
        QVERIFY(refused);
        QCOMPARE(refused->error().code(), v1::ERROR_FORBIDDEN);
        ok(m_chair, command([](v1::Command &c) { c.mutable_approve_minutes(); }));
        ok(m_secretary, command([](v1::Command &c) { c.mutable_approve_minutes(); }));
        const auto locked = m_secretary.reply(m_secretary.command(command(
            [](v1::Command &c) { c.mutable_edit_minutes()->set_notes("sửa sau khi duyệt"); })));
        QVERIFY(locked);
        QCOMPARE(locked->error().code(), v1::ERROR_INVALID_STATE);
    }

    void exportWritesTheArchive()
    {
        m_archive = m_dir.filePath(QStringLiteral("demo.zip"));
        const QString data = QFileInfo(m_server.databasePath()).path();
        const Run run = quorumServer({ QStringLiteral("export"), QStringLiteral("demo"),
            QStringLiteral("--data"), data, QStringLiteral("--out"), m_archive,
            QStringLiteral("--time-zone"), QStringLiteral("Asia/Ho_Chi_Minh") });
        QVERIFY2(run.code == 0, qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("DRAFT")), qPrintable(run.output));
        archive::ReadError reason;
        QString detail;
        const auto members = archive::readZip(m_archive, &reason, &detail);
        QVERIFY2(members, qPrintable(detail));
        m_members = *members;
        QStringList paths;
        for (const auto &m : m_members)
            paths << m.path;
        QCOMPARE(paths.mid(0, 4),
            (QStringList{ "manifest.json", "manifest.sig", "minutes/bien-ban.vi.pdf",
                "minutes/minutes.en.pdf" }));
        QVERIFY(paths.contains(QStringLiteral("documents/ke-hoach-eform-workflow.pdf")));
        QCOMPARE(paths.last(), QStringLiteral("events.jsonl"));
        // Unknown meetings are refused by name.
        const Run unknown = quorumServer(
            { QStringLiteral("export"), QStringLiteral("no-such-meeting"), QStringLiteral("--data"),
                data, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.zip")) });
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.output.contains(QStringLiteral("no meeting with id 'no-such-meeting'")),
            qPrintable(unknown.output));
    }

    void vietnameseMinutesHoldWhatHappened()
    {
        QVERIFY(!m_members.empty());
        const QString text
            = pdfText(member(m_members, QStringLiteral("minutes/bien-ban.vi.pdf"))->bytes,
                m_dir.filePath(QStringLiteral("text.pdf")));
        const minutes::Words vi(minutes::Language::Vietnamese, Zone);
        const QStringList expected{
            QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"),
            QStringLiteral("ĐOÀN KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH"),
            QStringLiteral("Số: 05/BB-ĐKCQ"),
            QStringLiteral("Hà Nội, ngày"),
            QStringLiteral("BIÊN BẢN"),
            QStringLiteral("Tổng số thành viên có quyền biểu quyết được triệu tập: 11; có mặt: 9 "
                           "(tại phòng họp: 9, "
                           "trực tuyến: 0); vắng mặt: 1; chưa điểm danh: 1."),
            QStringLiteral("Vắng mặt (Đi công tác)"),
            QStringLiteral("Cuộc họp đủ điều kiện tiến hành."),
            QStringLiteral("Kết quả kiểm phiếu: Đồng ý: 6; Không đồng ý: 1; Không biểu quyết: 1."),
            QStringLiteral("Kết quả kiểm phiếu: Đồng ý: 4; Không đồng ý: 2; Không biểu quyết: 1."),
            QStringLiteral("Kết quả: THÔNG QUA"),
            QStringLiteral("Đồng ý (6): Nguyễn Văn A, Lê Văn C, Phạm Thị D, Hoàng Văn E, Vũ Thị G, "
                           "Đặng Văn H"),
            QStringLiteral("Không đồng ý (1): Bùi Thị K"),
            QStringLiteral("Các đại biểu thống nhất áp dụng biểu mẫu điện tử từ quý I/2027."),
            QStringLiteral("Thông qua kế hoạch áp dụng Eform và Workflow cho công tác Đoàn vụ."),
            QStringLiteral("Buổi sinh hoạt chuyên đề đạt kết quả tốt."),
            QStringLiteral("THƯ KÝ"),
            QStringLiteral("CHỦ TỌA"),
            QStringLiteral("Biên bản đã được chủ tọa và thư ký phê duyệt"),
        };
        for (const QString &s : expected)
            QVERIFY2(text.contains(s),
                qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, text)));
        QVERIFY(!text.contains(QStringLiteral("DỰ THẢO")));
        // Only the named ballot lists voters.
        QCOMPARE(text.count(QStringLiteral("Kết quả biểu quyết công khai theo từng đại biểu")), 1);
        // Each speaker with the duration the log recorded.
        int speeches = 0;
        for (const QByteArray &line :
            member(m_members, QStringLiteral("events.jsonl"))->bytes.split('\n')) {
            const QJsonObject body
                = QJsonDocument::fromJson(line).object().value(QStringLiteral("body")).toObject();
            if (!body.contains(QStringLiteral("speech_ended")))
                continue;
            const QJsonObject ended = body.value(QStringLiteral("speech_ended")).toObject();
            const QString name
                = ended.value(QStringLiteral("participant_id")).toString() == QStringLiteral("d01")
                ? QStringLiteral("Lê Văn C")
                : QStringLiteral("Phạm Thị D");
            const QString expect = name + QStringLiteral(": ")
                + vi.duration(ended.value(QStringLiteral("spoken_ms")).toString().toULongLong());
            QVERIFY2(
                text.contains(expect), qPrintable(expect + QStringLiteral(" not in:\n") + text));
            ++speeches;
        }
        QCOMPARE(speeches, 2);
    }

    void englishMinutesToo()
    {
        QVERIFY(!m_members.empty());
        const QString text
            = pdfText(member(m_members, QStringLiteral("minutes/minutes.en.pdf"))->bytes,
                m_dir.filePath(QStringLiteral("text.pdf")));
        for (const char *s : { "MINUTES", "Voting members convened: 11; present: 9",
                 "Outcome: ADOPTED", "Count: Yes: 6; No: 1; Abstain: 1.",
                 "Yes (6): Nguyễn Văn A, Lê Văn C", "SECRETARY", "CHAIR" })
            QVERIFY2(text.contains(QString::fromUtf8(s)),
                qPrintable(QString::fromUtf8(s) + QStringLiteral(" not in:\n") + text));
    }

    void secretBallotLeavesNoLink()
    {
        QVERIFY(!m_members.empty());
        int secretVotes = 0;
        for (const QByteArray &line :
            member(m_members, QStringLiteral("events.jsonl"))->bytes.split('\n')) {
            const QJsonObject body
                = QJsonDocument::fromJson(line).object().value(QStringLiteral("body")).toObject();
            const QJsonObject vote = body.value(QStringLiteral("vote_cast")).toObject();
            if (vote.value(QStringLiteral("ballot_id")).toString() != QStringLiteral("secret"))
                continue;
            ++secretVotes;
            QVERIFY2(!vote.contains(QStringLiteral("choices")), line.constData());
        }
        QCOMPARE(secretVotes, 7);
    }

    // Guards the withheld branch of eventlog.cpp: a participant's private annotation is in the
    // chain (its seq and hashes) but nobody reads it in the archive, not even its time or author.
    void privateAnnotationIsWithheld()
    {
        QVERIFY(!m_members.empty());
        QVERIFY(m_privateSeq > 0);
        const QByteArray log = member(m_members, QStringLiteral("events.jsonl"))->bytes;
        QJsonObject line;
        for (const QByteArray &text : log.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            if (quint64(object.value(QStringLiteral("seq")).toInteger()) == m_privateSeq)
                line = object;
        }
        QVERIFY2(!line.isEmpty(), "the private annotation's seq is missing from the log");
        QVERIFY2(line.value(QStringLiteral("withheld")).toBool(),
            QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(
            QStringList(line.keys()), (QStringList{ "hash", "previous_hash", "seq", "withheld" }));
        // Nothing of it anywhere in the archive.
        for (const archive::Member &m : m_members) {
            QVERIFY2(!m.bytes.contains("ghi-chu-rieng-d01"), qPrintable(m.path));
            QVERIFY2(!m.bytes.contains("hỏi lại về kinh phí"), qPrintable(m.path));
        }
    }

    void verifyPasses()
    {
        const Run run = quorumServer(
            { QStringLiteral("verify"), m_archive, QStringLiteral("--key"), m_fingerprint });
        QVERIFY2(run.code == 0, qPrintable(run.output));
        QVERIFY(run.output.contains(QStringLiteral("archive verified")));
        QVERIFY(run.output.contains(QStringLiteral("hash chain whole")));
        QVERIFY2(run.output.contains(QStringLiteral("(1 private annotations withheld)")),
            qPrintable(run.output));
        QVERIFY(run.output.contains(QStringLiteral("key: matches --key")));
    }

    void verifyNamesWhatBroke_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("key");
        auto flip = [](QByteArray &bytes, qsizetype at) { bytes[at] = char(bytes[at] ^ 0x01); };
        for (const QString &path :
            { QStringLiteral("minutes/bien-ban.vi.pdf"), QStringLiteral("minutes/minutes.en.pdf"),
                QStringLiteral("documents/ke-hoach-eform-workflow.pdf") }) {
            QTest::newRow(qPrintable(path))
                << tampered(QFileInfo(path).fileName() + QStringLiteral(".zip"),
                       [&](auto &members) {
                           for (auto &m : members) {
                               if (m.path == path)
                                   flip(m.bytes, m.bytes.size() / 2);
                           }
                       })
                << path + QStringLiteral(": hash mismatch") << QString();
        }
        // An edited event: the log's hash and the chain from that event on.
        QTest::newRow("events.jsonl")
            << tampered(QStringLiteral("events.zip"), editLog([](QList<QByteArray> &lines) {
                   QJsonObject event = QJsonDocument::fromJson(lines[11]).object(); // seq 12
                   event.insert(QStringLiteral("time_ms"),
                       QString::number(
                           event.value(QStringLiteral("time_ms")).toString().toLongLong() + 1));
                   lines[11] = QJsonDocument(event).toJson(QJsonDocument::Compact);
               }))
            << QStringLiteral("event 12: chain broken") << QString();
        QTest::newRow("events.jsonl hash")
            << archiveFor("events.zip") << QStringLiteral("events.jsonl: hash mismatch")
            << QString();
        // The last event dropped: what is left is a whole chain, but not the one the manifest
        // signed (its head hash and last seq).
        QTest::newRow("last event dropped")
            << tampered(QStringLiteral("last-dropped.zip"), editLog([](QList<QByteArray> &lines) {
                   lines.removeAt(lines.size() - 2); // the log ends with a newline: "" is last
               }))
            << QStringLiteral("events.jsonl: the chain does not end where the manifest says")
            << QString();
        QTest::newRow("manifest.json") << tampered(QStringLiteral("manifest.zip"),
            [&](auto &members) {
                members[0].bytes.replace(
                    "\"minutes_approved\": true", "\"minutes_approved\": false");
            }) << QStringLiteral("manifest.json: signature does not verify")
                                       << QString();
        QTest::newRow("manifest.sig") << tampered(QStringLiteral("sig.zip"),
            [&](auto &members) {
                QByteArray sig = QByteArray::fromBase64(members[1].bytes);
                flip(sig, 10);
                members[1].bytes = sig.toBase64();
            }) << QStringLiteral("manifest.json: signature does not verify")
                                      << QString();
        QTest::newRow("extra member") << tampered(QStringLiteral("extra.zip"),
            [](auto &members) {
                members.push_back(
                    { QStringLiteral("documents/extra.pdf"), QByteArrayLiteral("%PDF-1.4") });
            }) << QStringLiteral("extra member: documents/extra.pdf")
                                      << QString();
        QTest::newRow("missing member")
            << tampered(QStringLiteral("missing.zip"),
                   [](auto &members) { members.erase(members.begin() + 4); })
            << QStringLiteral("missing member: documents/") << QString();
        QTest::newRow("another key") << m_archive << QStringLiteral("signed by another key")
                                     << QStringLiteral("0000:1111:2222:3333:4444:5555:6666:7777:"
                                                       "8888:9999:aaaa:bbbb:cccc:dddd:eeee:ffff");
        const QString text = m_dir.filePath(QStringLiteral("not-an-archive.zip"));
        QFile t(text);
        t.open(QIODevice::WriteOnly);
        t.write("Biên bản cuộc họp\n");
        t.close();
        QTest::newRow("not an archive") << text << QStringLiteral("not an archive") << QString();
        QFile whole(m_archive);
        whole.open(QIODevice::ReadOnly);
        const QByteArray bytes = whole.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("truncated.zip"));
        QFile c(cut);
        c.open(QIODevice::WriteOnly);
        c.write(bytes.left(bytes.size() * 2 / 3));
        c.close();
        QTest::newRow("truncated") << cut << QStringLiteral("truncated") << QString();
        // One raw byte of the file itself, inside a compressed member.
        QByteArray raw = bytes;
        flip(raw, raw.size() / 2);
        const QString flipped = m_dir.filePath(QStringLiteral("raw-flip.zip"));
        QFile r(flipped);
        r.open(QIODevice::WriteOnly);
        r.write(raw);
        r.close();
        QTest::newRow("raw byte") << flipped << QStringLiteral("FAILED") << QString();
    }

    void verifyNamesWhatBroke()
    {
        QFETCH(QString, archive);
        QFETCH(QString, expected);
        QFETCH(QString, key);
        QStringList arguments{ QStringLiteral("verify"), archive };
        if (!key.isEmpty())
            arguments << QStringLiteral("--key") << key;
        const Run run = quorumServer(arguments);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    }

private:
    QString archiveFor(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }
};

QTEST_GUILESS_MAIN(TestMinutes)
#include "tst_minutes.moc"
