// Documents and annotations with the real server: distribution by hash to many tablets,
// resume, rejoin without bytes, layers and their privacy, bad input.
#include "docgen.h"
#include "documentcache.h"
#include "documentlibrary.h"
#include "meetingclient.h"
#include "rawclient.h"
#include "refusal.h"
#include "replica.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace quorum;

namespace {
const QStringList DelegatePins = { "310001", "310002", "310003", "310004", "310005", "310006",
    "310007", "310008", "310009", "310010" };

v1::Command annotate(const QString &opId, const std::string &documentId, v1::AnnotationLayer layer,
    std::vector<float> xy = { 0.1f, 0.1f, 0.2f, 0.2f })
{
    v1::Command c;
    v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
    op->set_op_id(sstr(opId));
    op->set_document_id(documentId);
    op->set_page(0);
    op->set_layer(layer);
    v1::InkStroke *ink = op->mutable_ink();
    for (float v : xy)
        ink->add_xy(v);
    ink->set_color(0xffd32f2f);
    ink->set_width(0.004f);
    return c;
}

/** Waits until `client` has received the event (or its withheld seq) numbered `seq`. */
bool receivedSeq(RawClient &client, quint64 seq)
{
    return QTest::qWaitFor([&] {
        for (const v1::Event &e : client.events())
            if (e.seq() == seq)
                return true;
        client.next(50);
        return false;
    });
}

QByteArray fileSha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_bigPdf;
    std::string m_firstDocId; // a demo document id

    std::unique_ptr<RawClient> raw(const QString &pin, const QString &device)
    {
        v1::Welcome w;
        auto c = RawClient::joined(m_server.url(), pin, device, &w);
        if (c && m_firstDocId.empty() && w.snapshot().documents_size() > 0)
            m_firstDocId = w.snapshot().documents(0).id();
        return c;
    }

private slots:
    void initTestCase()
    {
        m_bigPdf = m_dir.filePath(QStringLiteral("300-trang.pdf"));
        QString error;
        QVERIFY2(docgen::writeNumberedPdf(m_bigPdf, 300, &error), qPrintable(error));
        QVERIFY2(
            m_server.start({ QStringLiteral("--document"), QStringLiteral("closing=") + m_bigPdf }),
            qPrintable(m_server.output()));
    }

    void snapshotListsTheMeetingDocuments()
    {
        auto c = raw(QStringLiteral("310001"), QStringLiteral("snap"));
        QVERIFY(c);
        QVERIFY(!m_firstDocId.empty());
    }

    void bigPdfReachesTwentyClientsAndRejoinDownloadsNothing()
    {
        std::vector<std::unique_ptr<MeetingClient>> clients;
        std::vector<std::unique_ptr<DocumentCache>> caches;
        std::vector<std::unique_ptr<QTemporaryDir>> dirs;
        for (int i = 0; i < 20; ++i) {
            auto client = std::make_unique<MeetingClient>();
            client->setDeviceId(QStringLiteral("tablet-%1").arg(i));
            client->setReconnectPolicy(50, 500);
            dirs.push_back(std::make_unique<QTemporaryDir>());
            caches.push_back(std::make_unique<DocumentCache>(client.get(), dirs.back()->path()));
            client->join(m_server.url(), DelegatePins[i % DelegatePins.size()]);
            clients.push_back(std::move(client));
        }
        const QByteArray bigSha = fileSha(m_bigPdf);
        for (int i = 0; i < 20; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(caches[size_t(i)]->allReady()
                    && clients[size_t(i)]->replica()->documents()->documents().size() == 4,
                60000);
            QCOMPARE(fileSha(caches[size_t(i)]->localPath(QString::fromLatin1(bigSha))), bigSha);
            for (const v1::Document &d : clients[size_t(i)]->replica()->documents()->documents())
                QCOMPARE(fileSha(caches[size_t(i)]->localPath(qstr(d.sha256()))),
                    QByteArray::fromStdString(d.sha256()));
        }
        QVERIFY(caches[0]->bytesReceived() > QFile(m_bigPdf).size());
        // Rejoin with the same cache: nothing travels again.
        const QString dir = dirs[0]->path();
        clients[0]->leave();
        caches.clear();
        clients.clear();
        MeetingClient again;
        again.setDeviceId(QStringLiteral("tablet-0"));
        DocumentCache cache(&again, dir);
        again.join(m_server.url(), DelegatePins[0]);
        QTRY_COMPARE(again.connectionState(), MeetingClient::Connected);
        QTRY_VERIFY(cache.allReady());
        QTest::qWait(300);
        QCOMPARE(cache.bytesReceived(), 0);
    }

    // Issue 17: a refused fetch (an export's bytes, the minutes) came to the page as the
    // server's English detail only, so a Vietnamese tablet showed English. The cache now
    // passes the typed reason, which Texts.refusalText words.
    void aRefusedFetchCarriesItsTypedReason()
    {
        MeetingClient client;
        client.setDeviceId(QStringLiteral("refused-fetch"));
        QTemporaryDir dir;
        DocumentCache cache(&client, dir.path());
        QSignalSpy failed(&cache, &DocumentCache::failed);
        client.join(m_server.url(), DelegatePins[0]);
        QTRY_VERIFY(cache.allReady() && client.connectionState() == MeetingClient::Connected);
        const QString unknown(64, QLatin1Char('a')); // bytes the server does not hold
        cache.fetchExtra(unknown, 1000);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), unknown);
        QCOMPARE(failed[0][1].toInt(), int(MeetingClient::InvalidArgument));
        QCOMPARE(failed[0][2].toInt(), int(Refusal::DocumentUnknownDocument));
        QVERIFY(cache.localPath(unknown).isEmpty());
    }

    void cutTransferResumesFromItsOffset()
    {
        const QByteArray whole = [this] {
            QFile f(m_bigPdf);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const std::string sha
            = QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex().toStdString();
        QByteArray got;
        {
            auto c = raw(QStringLiteral("310003"), QStringLiteral("resume"));
            QVERIFY(c);
            v1::ClientMessage m;
            m.mutable_fetch_document()->set_sha256(sha);
            c->send(m);
            // Take a few chunks, then the link dies.
            while (got.size() < whole.size() / 3) {
                const auto msg = c->nextOf(v1::ServerMessage::kDocumentChunk);
                QVERIFY(msg);
                QCOMPARE(qint64(msg->document_chunk().offset()), got.size());
                got += QByteArray::fromStdString(msg->document_chunk().data());
            }
            c->socket().abort();
        }
        auto c = raw(QStringLiteral("310003"), QStringLiteral("resume"));
        QVERIFY(c);
        v1::ClientMessage m;
        m.mutable_fetch_document()->set_sha256(sha);
        m.mutable_fetch_document()->set_offset(quint64(got.size()));
        c->send(m);
        while (got.size() < whole.size()) {
            const auto msg = c->nextOf(v1::ServerMessage::kDocumentChunk);
            QVERIFY(msg);
            QVERIFY(!msg->document_chunk().has_error());
            QCOMPARE(qint64(msg->document_chunk().offset()), got.size());
            got += QByteArray::fromStdString(msg->document_chunk().data());
        }
        QCOMPARE(got.size(), whole.size());
        QCOMPARE(
            QCryptographicHash::hash(got, QCryptographicHash::Sha256).toHex().toStdString(), sha);

        // Beyond the end: a typed error, the connection stays.
        m.mutable_fetch_document()->set_offset(quint64(whole.size()) + 1);
        c->send(m);
        const auto bad = c->nextOf(v1::ServerMessage::kDocumentChunk);
        QVERIFY(bad);
        QCOMPARE(bad->document_chunk().error().code(), v1::ERROR_INVALID_ARGUMENT);
        // A hash that is not the meeting's.
        m.mutable_fetch_document()->set_sha256(std::string(64, 'a'));
        m.mutable_fetch_document()->set_offset(0);
        c->send(m);
        const auto unknown = c->nextOf(v1::ServerMessage::kDocumentChunk);
        QVERIFY(unknown);
        QCOMPARE(unknown->document_chunk().error().code(), v1::ERROR_INVALID_ARGUMENT);
        QVERIFY(c->isOpen());
    }

    void sharedStrokeReachesBPrivateNeverDoes()
    {
        auto a = raw(QStringLiteral("310004"), QStringLiteral("a"));
        auto b = raw(QStringLiteral("310005"), QStringLiteral("b"));
        // The owner's other device, live when the private stroke is drawn.
        auto a2 = raw(QStringLiteral("310004"), QStringLiteral("a-second-tablet"));
        QVERIFY(a && b && a2);
        const auto shared = a->reply(
            a->command(annotate(QStringLiteral("op-shared-1"), m_firstDocId, v1::LAYER_SHARED)));
        QVERIFY(shared && !shared->has_error());
        const auto priv = a->reply(
            a->command(annotate(QStringLiteral("op-private-1"), m_firstDocId, v1::LAYER_PRIVATE)));
        QVERIFY(priv && !priv->has_error());
        QVERIFY(receivedSeq(*b, priv->seq()));
        bool sawShared = false;
        for (const v1::Event &e : b->events()) {
            if (e.seq() == shared->seq()) {
                QVERIFY(e.has_annotation_applied());
                QCOMPARE(e.annotation_applied().op().author(), std::string("d04"));
                sawShared = true;
            }
            if (e.seq() == priv->seq()) {
                QVERIFY(e.has_withheld()); // the seq, nothing else
                QVERIFY(e.actor().empty());
            }
        }
        QVERIFY(sawShared);
        // The owner's other device sees it, in full: the stroke, not a withheld seq.
        QVERIFY(receivedSeq(*a2, priv->seq()));
        for (const v1::Event &e : a2->events()) {
            if (e.seq() != priv->seq())
                continue;
            QVERIFY2(e.has_annotation_applied(),
                "the owner's other device got the private stroke withheld");
            QCOMPARE(e.annotation_applied().op().op_id(), std::string("op-private-1"));
            QCOMPARE(e.annotation_applied().op().layer(), v1::LAYER_PRIVATE);
            QCOMPARE(e.actor(), std::string("d04"));
        }
        // B reconnects from scratch (snapshot) and from an old seq (replay): still nothing.
        auto b2 = std::make_unique<RawClient>();
        QVERIFY(b2->open(m_server.url()));
        b2->hello(QStringLiteral("310005"), 0, QStringLiteral("b2"));
        const auto w = b2->welcome();
        QVERIFY(w);
        int sharedInSnapshot = 0;
        const auto bPages = b2->snapshotAnnotations();
        QVERIFY(bPages);
        for (const v1::AnnotationOp &op : *bPages) {
            QVERIFY(op.layer() != v1::LAYER_PRIVATE);
            sharedInSnapshot += op.op_id() == "op-shared-1";
        }
        QCOMPARE(sharedInSnapshot, 1);
        auto b3 = std::make_unique<RawClient>();
        QVERIFY(b3->open(m_server.url()));
        b3->hello(QStringLiteral("310005"), shared->seq() - 1, QStringLiteral("b3"));
        QVERIFY(b3->welcome());
        QTRY_VERIFY([&] {
            for (const v1::Event &e : b3->events())
                if (e.seq() == priv->seq())
                    return e.has_withheld();
            b3->next(50);
            return false;
        }());
        // The owner's snapshot holds the private stroke.
        auto a3 = std::make_unique<RawClient>();
        QVERIFY(a3->open(m_server.url()));
        a3->hello(QStringLiteral("310004"), 0, QStringLiteral("a3"));
        const auto wa = a3->welcome();
        QVERIFY(wa);
        bool ownPrivate = false;
        const auto aPages = a3->snapshotAnnotations();
        QVERIFY(aPages);
        for (const v1::AnnotationOp &op : *aPages)
            ownPrivate |= op.op_id() == "op-private-1";
        QVERIFY(ownPrivate);
    }

    // Guards the relay's filter (transferhandler.cpp): a private stroke's live preview, like
    // the stroke, reaches its owner's other devices and nobody else.
    void privatePreviewReachesOnlyItsOwner()
    {
        auto a = raw(QStringLiteral("310009"), QStringLiteral("preview-a"));
        auto a2 = raw(QStringLiteral("310009"), QStringLiteral("preview-a2"));
        auto b = raw(QStringLiteral("310010"), QStringLiteral("preview-b"));
        QVERIFY(a && a2 && b);
        auto preview = [this](const char *strokeId, v1::AnnotationLayer layer) {
            v1::ClientMessage m;
            v1::StrokePreview *p = m.mutable_stroke_preview();
            p->set_stroke_id(strokeId);
            p->set_document_id(m_firstDocId);
            p->set_page(0);
            p->set_layer(layer);
            for (float v : { 0.1f, 0.1f, 0.3f, 0.2f })
                p->add_xy(v);
            p->set_color(0xff1976d2);
            p->set_width(0.004f);
            return m;
        };
        a->send(preview("preview-private", v1::LAYER_PRIVATE));
        a->send(preview("preview-shared", v1::LAYER_SHARED));
        // One connection keeps its order: the first preview B gets is the shared one sent
        // second, so the private one sent first never went to B.
        const auto first = b->nextOf(v1::ServerMessage::kStrokePreview);
        QVERIFY(first);
        QCOMPARE(first->stroke_preview().stroke_id(), std::string("preview-shared"));
        QCOMPARE(first->stroke_preview().author(), std::string("d09"));
        // The owner's other device gets both, in order.
        for (const char *expected : { "preview-private", "preview-shared" }) {
            const auto own = a2->nextOf(v1::ServerMessage::kStrokePreview);
            QVERIFY(own);
            QCOMPARE(own->stroke_preview().stroke_id(), std::string(expected));
        }
    }

    void operationsAreIdempotent()
    {
        auto a = raw(QStringLiteral("310006"), QStringLiteral("idem"));
        QVERIFY(a);
        const auto first = a->reply(
            a->command(annotate(QStringLiteral("op-idem"), m_firstDocId, v1::LAYER_SHARED)));
        QVERIFY(first && !first->has_error() && first->seq() > 0);
        // Same op id, same content, another command id (e.g. a second device): nothing new.
        const auto again = a->reply(
            a->command(annotate(QStringLiteral("op-idem"), m_firstDocId, v1::LAYER_SHARED)));
        QVERIFY(again && !again->has_error());
        QCOMPARE(again->seq(), quint64(0));
        // Same id, other content: refused.
        const auto other = a->reply(a->command(
            annotate(QStringLiteral("op-idem"), m_firstDocId, v1::LAYER_SHARED, { 0.5f, 0.5f })));
        QVERIFY(other);
        QCOMPARE(other->error().code(), v1::ERROR_INVALID_ARGUMENT);
    }

    void badAnnotationsAndUploadsAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("expected");
        QTest::newRow("NaN point") << 0 << int(v1::ERROR_INVALID_ARGUMENT);
        QTest::newRow("out of the page") << 1 << int(v1::ERROR_INVALID_ARGUMENT);
        QTest::newRow("too many points") << 2 << int(v1::ERROR_INVALID_ARGUMENT);
        QTest::newRow("page that does not exist") << 3 << int(v1::ERROR_INVALID_ARGUMENT);
        QTest::newRow("document not in the meeting") << 4 << int(v1::ERROR_INVALID_ARGUMENT);
        QTest::newRow("delegate attaches a document") << 5 << int(v1::ERROR_FORBIDDEN);
        QTest::newRow("delegate on the presenter layer") << 6 << int(v1::ERROR_INVALID_ARGUMENT);
    }

    void badAnnotationsAndUploadsAreRefused()
    {
        QFETCH(int, which);
        QFETCH(int, expected);
        auto a = raw(QStringLiteral("310007"), QStringLiteral("bad"));
        QVERIFY(a);
        const QString id = QStringLiteral("bad-%1").arg(which);
        v1::Command c;
        switch (which) {
        case 0:
            c = annotate(id, m_firstDocId, v1::LAYER_SHARED,
                { 0.1f, std::numeric_limits<float>::quiet_NaN() });
            break;
        case 1:
            c = annotate(id, m_firstDocId, v1::LAYER_SHARED, { 0.1f, 7.0f });
            break;
        case 2:
            c = annotate(id, m_firstDocId, v1::LAYER_SHARED, std::vector<float>(2 * 10'001, 0.5f));
            break;
        case 3:
            c = annotate(id, m_firstDocId, v1::LAYER_SHARED);
            c.mutable_annotate()->mutable_op()->set_page(999);
            break;
        case 4:
            c = annotate(id, "elsewhere/doc", v1::LAYER_SHARED);
            break;
        case 5:
            c.mutable_attach_document()->set_document_id("x");
            c.mutable_attach_document()->set_item_id("opening");
            c.mutable_attach_document()->set_sha256(std::string(64, 'a'));
            break;
        case 6:
            c = annotate(id, m_firstDocId, v1::LAYER_PRESENTER);
            break;
        }
        const auto r = a->reply(a->command(c));
        QVERIFY(r);
        QCOMPARE(int(r->error().code()), expected);
        QVERIFY(a->isOpen());
    }

    void presenterMovesTheFollowers()
    {
        auto chair = raw(QStringLiteral("246810"), QStringLiteral("chair"));
        QVERIFY(chair);
        MeetingClient b;
        b.setDeviceId(QStringLiteral("follower"));
        b.join(m_server.url(), QStringLiteral("310008"));
        QTRY_COMPARE(b.connectionState(), MeetingClient::Connected);
        v1::Command c;
        c.mutable_present()->mutable_presentation()->set_document_id(m_firstDocId);
        c.mutable_present()->mutable_presentation()->set_page(1);
        const auto r = chair->reply(chair->command(c));
        QVERIFY(r && !r->has_error());
        QTRY_VERIFY(b.replica()->documents()->presentation().has_value());
        QCOMPARE(b.replica()->documents()->presentation()->page(), 1u);
        QCOMPARE(b.replica()->documents()->presentation()->presenter_id(), std::string("chair"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
