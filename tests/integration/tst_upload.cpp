// Uploads from a tablet with the real server (docs/documents.md "Upload"): the chair sends a
// PDF in chunks, it is ingested, recorded and attached, and another tablet fetches the same
// bytes; delegates are refused; bad files and bad chunks end in typed errors with nothing left
// in the data folder; a cut upload goes on from the server's count; the client library's
// DocumentUpload does all of it, also across a reconnect.
#include "docgen.h"
#include "documentlibrary.h"
#include "documentupload.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "rawclient.h"
#include "replica.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
const QString ChairPin = QStringLiteral("246810");
const QString SecretaryPin = QStringLiteral("135790");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

std::string sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

v1::ClientMessage chunkMessage(const std::string &uploadId, const QByteArray &whole, qint64 offset,
    qint64 size, const std::string &sha, const std::string &fileName = "tai-lieu.pdf")
{
    v1::ClientMessage m;
    v1::UploadChunk *c = m.mutable_upload_chunk();
    c->set_upload_id(uploadId);
    c->set_offset(quint64(offset));
    if (size > 0)
        c->set_data(whole.constData() + offset, size_t(size));
    c->set_total_size(quint64(whole.size()));
    c->set_sha256(sha);
    c->set_file_name(fileName);
    return m;
}

/** The next UploadProgress (skipping events and other messages). */
std::optional<v1::UploadProgress> nextProgress(RawClient &c, int ms = 20'000)
{
    const auto m = c.nextOf(v1::ServerMessage::kUploadProgress, ms);
    return m ? std::optional(m->upload_progress()) : std::nullopt;
}

/**
 * Sends a whole file in chunks of `chunk` bytes, one answer at a time, from where the server
 * says it is; returns the final answer (document or error).
 */
std::optional<v1::UploadProgress> uploadAll(RawClient &c, const std::string &uploadId,
    const QByteArray &whole, const std::string &sha, qint64 chunk = 64 * 1024)
{
    c.send(chunkMessage(uploadId, whole, 0, 0, sha));
    auto p = nextProgress(c);
    while (p && !p->has_error() && !p->has_document()) {
        const qint64 at = qint64(p->received());
        if (at < whole.size())
            c.send(chunkMessage(uploadId, whole, at, qMin(chunk, whole.size() - at), sha));
        p = nextProgress(c);
    }
    return p;
}

int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).size());
}
} // namespace

class TestUpload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QByteArray m_pdf; // 300 numbered pages, a few chunks of 64 KiB

    std::unique_ptr<RawClient> raw(const QString &pin, const QString &device)
    {
        auto c = std::make_unique<RawClient>();
        if (!c->open(m_server.url()))
            return nullptr;
        c->hello(pin, 0, device);
        if (!c->welcome())
            return nullptr;
        return c;
    }

    QString blobs() const { return QDir(m_server.dataPath()).filePath(QStringLiteral("blobs")); }
    QString uploads() const
    {
        return QDir(m_server.dataPath()).filePath(QStringLiteral("uploads"));
    }

    QByteArray numberedPdf(int pages)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-trang.pdf").arg(pages));
        QString error;
        if (!docgen::writeNumberedPdf(path, pages, &error))
            qWarning() << error;
        return readAll(path);
    }

private slots:
    void initTestCase()
    {
        m_pdf = numberedPdf(300);
        QVERIFY(m_pdf.size() > 3 * 64 * 1024);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }

    void chairUploadsAttachesAndAnotherTabletFetches()
    {
        auto chair = raw(ChairPin, QStringLiteral("chair-upload"));
        auto delegate = raw(QStringLiteral("310001"), QStringLiteral("d01-watch"));
        QVERIFY(chair && delegate);
        const std::string sha = sha256Hex(m_pdf);

        // Acknowledged chunk by chunk, then ingested.
        chair->send(chunkMessage("up-1", m_pdf, 0, 0, sha, "Báo cáo tổng kết.pdf"));
        auto p = nextProgress(*chair);
        QVERIFY(p && !p->has_error());
        QCOMPARE(p->received(), 0u);
        QCOMPARE(p->total_size(), quint64(m_pdf.size()));
        qint64 at = 0;
        int chunks = 0;
        while (at < m_pdf.size()) {
            const qint64 n = qMin<qint64>(64 * 1024, m_pdf.size() - at);
            chair->send(chunkMessage("up-1", m_pdf, at, n, sha, "Báo cáo tổng kết.pdf"));
            at += n;
            ++chunks;
            p = nextProgress(*chair);
            QVERIFY(p && !p->has_error());
            QCOMPARE(qint64(p->received()), at);
            QVERIFY(!p->has_document() || at == m_pdf.size());
        }
        QVERIFY(chunks >= 3);
        if (!p->has_document())
            p = nextProgress(*chair); // after the ingest and its commit
        QVERIFY(p && p->has_document());
        QCOMPARE(p->document().sha256(), sha);
        QCOMPARE(p->document().pages_size(), 300);
        QCOMPARE(p->document().file_name(), std::string("Báo cáo tổng kết.pdf"));
        QVERIFY(QDir(uploads()).isEmpty());

        // The delegate's tablet learns of it as an event, then sees it attached.
        QVERIFY(QTest::qWaitFor(
            [&] {
                delegate->next(50);
                for (const v1::Event &e : delegate->events())
                    if (e.has_document_ingested()
                        && e.document_ingested().document().sha256() == sha)
                        return true;
                return false;
            },
            5000));
        v1::Command attach;
        attach.mutable_attach_document()->set_document_id("bao-cao");
        attach.mutable_attach_document()->set_item_id("opening");
        attach.mutable_attach_document()->set_sha256(sha);
        const auto reply = chair->reply(chair->command(attach));
        QVERIFY(reply && !reply->has_error());
        QVERIFY(QTest::qWaitFor(
            [&] {
                delegate->next(50);
                for (const v1::Event &e : delegate->events())
                    if (e.has_document_attached()
                        && e.document_attached().document().id() == "bao-cao")
                        return e.document_attached().document().item_id() == "opening";
                return false;
            },
            5000));

        // And fetches the very bytes.
        v1::ClientMessage fetch;
        fetch.mutable_fetch_document()->set_sha256(sha);
        delegate->send(fetch);
        QByteArray got;
        while (got.size() < m_pdf.size()) {
            const auto m = delegate->nextOf(v1::ServerMessage::kDocumentChunk);
            QVERIFY(m && !m->document_chunk().has_error());
            got += QByteArray::fromStdString(m->document_chunk().data());
        }
        QCOMPARE(sha256Hex(got), sha);

        // The same bytes again: the meeting holds them, nothing travels.
        chair->send(chunkMessage("up-again", m_pdf, 0, 0, sha));
        p = nextProgress(*chair);
        QVERIFY(p && p->has_document());
        QCOMPARE(p->document().sha256(), sha);
    }

    void delegateIsRefusedAndTheRoomGoesOn()
    {
        auto delegate = raw(QStringLiteral("310002"), QStringLiteral("d02-upload"));
        auto other = raw(QStringLiteral("310003"), QStringLiteral("d03-watch"));
        auto chair = raw(ChairPin, QStringLiteral("chair-refused"));
        QVERIFY(delegate && other && chair);
        const QByteArray pdf = numberedPdf(3);
        delegate->send(chunkMessage("d-up", pdf, 0, 0, sha256Hex(pdf)));
        const auto p = nextProgress(*delegate);
        QVERIFY(p);
        QCOMPARE(p->error().code(), v1::ERROR_FORBIDDEN);
        QCOMPARE(p->upload_id(), std::string("d-up"));
        delegate->send(chunkMessage("d-up", pdf, 0, pdf.size(), sha256Hex(pdf)));
        QCOMPARE(nextProgress(*delegate)->error().code(), v1::ERROR_FORBIDDEN);
        QVERIFY(delegate->isOpen());
        QVERIFY(QDir(uploads()).isEmpty());

        // Both delegates still follow the meeting.
        v1::Command current;
        current.mutable_set_current_item()->set_item_id("young-officials");
        const auto reply = chair->reply(chair->command(current));
        QVERIFY(reply && !reply->has_error());
        for (RawClient *c : { delegate.get(), other.get() }) {
            QVERIFY(QTest::qWaitFor(
                [&] {
                    c->next(50);
                    for (const v1::Event &e : c->events())
                        if (e.seq() == reply->seq())
                            return e.has_current_item_changed();
                    return false;
                },
                5000));
        }
    }

    void badFilesAreRefusedWithNothingLeft_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("wrongHash");
        QTest::addColumn<int>("failure");
        const QByteArray pdf = numberedPdf(40);
        QTest::newRow("not a PDF")
            << QByteArray("Biên bản họp: đây là văn bản, không phải PDF.\n").repeated(3000) << false
            << int(v1::UPLOAD_FAILURE_NOT_PDF);
        QTest::newRow("truncated")
            << pdf.left(pdf.size() / 2) << false << int(v1::UPLOAD_FAILURE_TRUNCATED);
        QByteArray scrambled = pdf;
        for (qint64 i = 1024; i < scrambled.size() - 1024; ++i)
            scrambled[i] = char(i * 31 % 251);
        QTest::newRow("corrupt") << scrambled << false << int(v1::UPLOAD_FAILURE_CORRUPT);
        QTest::newRow("encrypted")
            << docgen::encryptedPdf() << false << int(v1::UPLOAD_FAILURE_ENCRYPTED);
        QTest::newRow("wrong declared hash")
            << pdf << true << int(v1::UPLOAD_FAILURE_HASH_MISMATCH);
    }

    void badFilesAreRefusedWithNothingLeft()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, wrongHash);
        QFETCH(int, failure);
        auto secretary = raw(SecretaryPin, QStringLiteral("secretary-bad"));
        QVERIFY(secretary);
        const int blobsBefore = filesIn(blobs());
        const std::string declared = wrongHash ? std::string(64, 'e') : sha256Hex(bytes);
        const auto p = uploadAll(*secretary, "bad-" + std::to_string(failure), bytes, declared);
        QVERIFY(p);
        QCOMPARE(p->error().code(), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(int(p->failure()), failure);
        QVERIFY(!p->has_document());
        QVERIFY2(QDir(uploads()).isEmpty(), qPrintable(QDir(uploads()).entryList().join(',')));
        QCOMPARE(filesIn(blobs()), blobsBefore);
        QVERIFY(!QFile::exists(
            QDir(blobs()).filePath(QString::fromStdString(sha256Hex(bytes)) + ".pdf")));
        QVERIFY(secretary->isOpen());
    }

    void badChunksAreTypedErrors()
    {
        auto chair = raw(ChairPin, QStringLiteral("chair-chunks"));
        QVERIFY(chair);
        const std::string sha = sha256Hex(m_pdf);
        // Over the size limit (200 MiB), declared up front.
        v1::ClientMessage huge = chunkMessage("huge", m_pdf, 0, 0, std::string(64, 'b'));
        huge.mutable_upload_chunk()->set_total_size(201ull * 1024 * 1024);
        chair->send(huge);
        auto p = nextProgress(*chair);
        QCOMPARE(p->error().code(), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(p->failure(), v1::UPLOAD_FAILURE_TOO_LARGE);
        // A chunk over 256 KiB.
        const QByteArray big = m_pdf.repeated(2);
        const std::string bigSha = sha256Hex(big);
        chair->send(chunkMessage("big-chunk", big, 0, 256 * 1024 + 1, bigSha));
        QCOMPARE(nextProgress(*chair)->failure(), v1::UPLOAD_FAILURE_BAD_CHUNK);
        // A gap.
        chair->send(chunkMessage("gap", big, 0, 1000, bigSha));
        QCOMPARE(nextProgress(*chair)->received(), 1000u);
        chair->send(chunkMessage("gap", big, 2000, 1000, bigSha));
        p = nextProgress(*chair);
        QCOMPARE(p->failure(), v1::UPLOAD_FAILURE_BAD_CHUNK);
        QVERIFY(QDir(uploads()).isEmpty());
        // More than two uploads at once.
        chair->send(chunkMessage("one", big, 0, 1000, bigSha));
        QVERIFY(!nextProgress(*chair)->has_error());
        chair->send(chunkMessage("two", big, 0, 1000, bigSha));
        QVERIFY(!nextProgress(*chair)->has_error());
        chair->send(chunkMessage("three", big, 0, 1000, bigSha));
        p = nextProgress(*chair);
        QCOMPARE(p->error().code(), v1::ERROR_RATE_LIMITED);
        QCOMPARE(p->failure(), v1::UPLOAD_FAILURE_TOO_MANY);
        // Abandoning one (the user cancelled it) makes room at once, and drops its bytes.
        v1::ClientMessage abandon = chunkMessage("one", big, 0, 0, bigSha);
        abandon.mutable_upload_chunk()->set_abandon(true);
        chair->send(abandon);
        chair->send(chunkMessage("three", big, 0, 1000, bigSha));
        p = nextProgress(*chair);
        QVERIFY(p && !p->has_error());
        QCOMPARE(p->upload_id(), std::string("three"));
        QCOMPARE(QDir(uploads()).entryList(QDir::Files).size(), 2);
        QVERIFY(chair->isOpen());
    }

    void cutUploadResumesFromTheServersCount()
    {
        const QByteArray pdf = numberedPdf(160);
        const std::string sha = sha256Hex(pdf);
        qint64 acknowledged = 0;
        {
            auto secretary = raw(SecretaryPin, QStringLiteral("secretary-cut"));
            QVERIFY(secretary);
            secretary->send(chunkMessage("cut-1", pdf, 0, 0, sha));
            QCOMPARE(nextProgress(*secretary)->received(), 0u);
            for (qint64 at = 0; at < pdf.size() / 2; at += 32 * 1024) {
                secretary->send(chunkMessage("cut-1", pdf, at, 32 * 1024, sha));
                acknowledged = qint64(nextProgress(*secretary)->received());
            }
            secretary->socket().abort(); // the Wi-Fi drops
        }
        QVERIFY(acknowledged > 0 && acknowledged < pdf.size());
        // Another device of the secretary asks how far it got, and goes on from there.
        auto again = raw(SecretaryPin, QStringLiteral("secretary-cut-2"));
        QVERIFY(again);
        again->send(chunkMessage("cut-1", pdf, 0, 0, sha));
        auto p = nextProgress(*again);
        QVERIFY(p && !p->has_error());
        QCOMPARE(qint64(p->received()), acknowledged);
        // A resend of bytes already there is skipped, not doubled.
        again->send(chunkMessage("cut-1", pdf, acknowledged - 1000, 1000, sha));
        QCOMPARE(qint64(nextProgress(*again)->received()), acknowledged);
        p = uploadAll(*again, "cut-1", pdf, sha);
        QVERIFY(p && p->has_document());
        QCOMPARE(p->document().sha256(), sha);
        QCOMPARE(
            sha256Hex(readAll(QDir(blobs()).filePath(QString::fromStdString(sha) + ".pdf"))), sha);
    }

    // The client library: add a document, replace it with a new version, remove it; an upload
    // that loses its connection half-way goes on after the reconnect.
    void clientAddsReplacesAndRemoves()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.pdf"));
        const QString second = m_dir.filePath(QStringLiteral("second.pdf"));
        QString error;
        QVERIFY(docgen::writeNumberedPdf(first, 2000, &error));
        QVERIFY(docgen::writeNumberedPdf(second, 7, &error));
        QTemporaryDir state;
        MeetingClient client;
        client.setDeviceId(QStringLiteral("secretary-client"));
        client.setReconnectPolicy(50, 200);
        client.setStateDirectory(state.path());
        client.join(m_server.url(), SecretaryPin);
        QTRY_VERIFY(client.joined());
        DocumentUpload *upload = client.documents()->upload();

        // Leave when the first chunk is acknowledged (4 more are on their way, the file has 6),
        // join again: the upload goes on by itself from where the server is.
        bool left = false;
        connect(upload, &DocumentUpload::progressChanged, this, [&] {
            if (!left && upload->state() == DocumentUpload::Uploading && upload->progress() > 0) {
                left = true;
                client.leave();
            }
        });
        QSignalSpy finished(upload, &DocumentUpload::finished);
        QVERIFY(upload->upload(QUrl::fromLocalFile(first).toString(), QStringLiteral("closing")));
        QCOMPARE(upload->state(), DocumentUpload::Uploading);
        QTRY_VERIFY(left);
        QVERIFY(upload->busy());
        client.join(m_server.url(), SecretaryPin);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), DocumentUpload::Done, 30'000);
        QCOMPARE(finished.size(), 1);
        const QString id = upload->documentId();
        const v1::Document *doc = client.replica()->documents()->document(id);
        QVERIFY(doc);
        QCOMPARE(doc->item_id(), std::string("closing"));
        QCOMPARE(doc->pages_size(), 2000);
        QCOMPARE(doc->version(), 1u);
        QCOMPARE(doc->sha256(), sha256Hex(readAll(first)));
        QCOMPARE(doc->file_name(), std::string("first.pdf"));

        // Replace: the same id, a new version with the new bytes.
        upload->dismiss();
        QVERIFY(upload->upload(
            second, QStringLiteral("closing"), id, QStringLiteral("Kế hoạch (bản sửa)")));
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), DocumentUpload::Done, 30'000);
        doc = client.replica()->documents()->document(id);
        QVERIFY(doc);
        QCOMPARE(doc->version(), 2u);
        QCOMPARE(doc->pages_size(), 7);
        QCOMPARE(doc->title(), std::string("Kế hoạch (bản sửa)"));
        // Issue 10 "Quotas": the replaced version's bytes are no longer referenced: removed.
        const QString firstBlob
            = QDir(blobs()).filePath(QString::fromStdString(sha256Hex(readAll(first))) + ".pdf");
        const QString secondBlob
            = QDir(blobs()).filePath(QString::fromStdString(sha256Hex(readAll(second))) + ".pdf");
        QTRY_VERIFY(!QFile::exists(firstBlob));
        QVERIFY(QFile::exists(secondBlob));

        // A file that is no PDF: a typed failure on the tablet.
        const QString text = m_dir.filePath(QStringLiteral("ghi-chu.pdf"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ghi chú, không phải PDF.\n");
        f.close();
        upload->dismiss();
        QVERIFY(upload->upload(text, QStringLiteral("closing")));
        QTRY_COMPARE(upload->state(), DocumentUpload::Failed);
        QCOMPARE(upload->failure(), DocumentUpload::NotPdf);
        QCOMPARE(upload->errorCode(), int(MeetingClient::InvalidArgument));
        QVERIFY(!client.replica()->documents()->document(upload->documentId()));

        // Remove.
        client.documents()->removeDocument(id);
        QTRY_VERIFY(!client.replica()->documents()->document(id));
        QTRY_VERIFY(!QFile::exists(secondBlob));
        client.leave();
    }
};

QTEST_MAIN(TestUpload)
#include "tst_upload.moc"
