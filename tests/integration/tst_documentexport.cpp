// ExportDocument with the real server: one document with A's shared ink and note and A's
// private highlight written into the PDF; read back through Poppler. The private export is
// A's alone (B's fetch of its hash is refused); B's export holds the shared marks only; an
// unknown document is a typed error.
#include "demomeeting.h"
#include "pdfexport.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;
using quorum::pdf::ExportAnnotation;

namespace {
v1::ClientMessage exportRequest(
    quint64 requestId, const std::string &documentId, bool includePrivate)
{
    v1::ClientMessage m;
    v1::ExportDocument *e = m.mutable_export_document();
    e->set_request_id(requestId);
    e->set_document_id(documentId);
    e->set_include_private(includePrivate);
    return m;
}

v1::ClientMessage fetchRequest(const std::string &sha256)
{
    v1::ClientMessage m;
    m.mutable_fetch_document()->set_sha256(sha256);
    return m;
}

v1::Command op(
    const char *id, const std::string &documentId, quint32 page, v1::AnnotationLayer layer)
{
    v1::Command c;
    v1::AnnotationOp *o = c.mutable_annotate()->mutable_op();
    o->set_op_id(id);
    o->set_document_id(documentId);
    o->set_page(page);
    o->set_layer(layer);
    return c;
}
} // namespace

class TestDocumentExport : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::string m_doc; // the 3-page demo document
    std::unique_ptr<RawClient> m_a;
    std::unique_ptr<RawClient> m_b;
    std::string m_privateSha; // A's export with the private layer

    std::unique_ptr<RawClient> raw(const QString &pin, const QString &device)
    {
        return demo::joinedWithDocument(m_server.url(), pin, device, &m_doc);
    }

    std::optional<v1::DocumentExported> exportDocument(
        RawClient &c, quint64 requestId, const std::string &doc, bool includePrivate)
    {
        c.send(exportRequest(requestId, doc, includePrivate));
        const auto m = c.nextOf(v1::ServerMessage::kDocumentExported, 60'000);
        if (!m || m->document_exported().request_id() != requestId)
            return std::nullopt;
        return m->document_exported();
    }

    /** Fetches a file into the temporary folder; its path, or empty with the chunk's error. */
    QString fetch(RawClient &c, const std::string &sha, v1::ErrorCode *error = nullptr)
    {
        c.send(fetchRequest(sha));
        QByteArray bytes;
        for (;;) {
            const auto m = c.nextOf(v1::ServerMessage::kDocumentChunk, 20'000);
            if (!m)
                return {};
            const v1::DocumentChunk &chunk = m->document_chunk();
            if (chunk.has_error() && chunk.error().code() != v1::ERROR_UNSPECIFIED) {
                if (error)
                    *error = chunk.error().code();
                return {};
            }
            bytes += QByteArray::fromStdString(chunk.data());
            if (chunk.offset() + chunk.data().size() >= chunk.total_size())
                break;
        }
        const QString path = m_dir.filePath(qstr(sha) + QStringLiteral(".pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static const ExportAnnotation *ofKind(
        const std::vector<ExportAnnotation> &all, ExportAnnotation::Kind kind)
    {
        for (const ExportAnnotation &a : all) {
            if (a.kind == kind)
                return &a;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_a = raw(QStringLiteral("310001"), QStringLiteral("export-a"));
        m_b = raw(QStringLiteral("310002"), QStringLiteral("export-b"));
        QVERIFY(m_a && m_b);
        QVERIFY(!m_doc.empty());

        // A: a shared stroke on page 1, a shared note on page 2, a private highlight on page 3.
        v1::Command ink = op("exp-ink", m_doc, 0, v1::LAYER_SHARED);
        for (float v : { 0.1f, 0.2f, 0.3f, 0.25f, 0.5f, 0.3f })
            ink.mutable_annotate()->mutable_op()->mutable_ink()->add_xy(v);
        ink.mutable_annotate()->mutable_op()->mutable_ink()->set_color(0xffd32f2f);
        ink.mutable_annotate()->mutable_op()->mutable_ink()->set_width(0.004f);
        v1::Command note = op("exp-note", m_doc, 1, v1::LAYER_SHARED);
        v1::TextNote *n = note.mutable_annotate()->mutable_op()->mutable_note();
        n->set_x(0.7f);
        n->set_y(0.4f);
        n->set_text("Đề nghị bổ sung số liệu năm 2023");
        n->set_color(0xffffd54f);
        v1::Command highlight = op("exp-highlight", m_doc, 2, v1::LAYER_PRIVATE);
        v1::NormalizedRect *r
            = highlight.mutable_annotate()->mutable_op()->mutable_highlight()->add_rects();
        r->set_x(0.2f);
        r->set_y(0.45f);
        r->set_width(0.5f);
        r->set_height(0.03f);
        highlight.mutable_annotate()->mutable_op()->mutable_highlight()->set_color(0x80fbc02d);
        for (v1::Command *c : { &ink, &note, &highlight }) {
            const auto reply = m_a->reply(m_a->command(*c));
            QVERIFY(reply);
            QCOMPARE(reply->error().code(), v1::ERROR_UNSPECIFIED);
        }
    }

    void theRequesterGetsSharedAndOwnPrivateMarks()
    {
        const auto exported = exportDocument(*m_a, 1, m_doc, true);
        QVERIFY(exported);
        QCOMPARE(exported->error().code(), v1::ERROR_UNSPECIFIED);
        QCOMPARE(exported->annotations(), 3u);
        QVERIFY(QString::fromStdString(exported->file_name())
                    .endsWith(QStringLiteral(".annotated.pdf")));
        m_privateSha = exported->sha256();
        const QString path = fetch(*m_a, m_privateSha);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFileInfo(path).size(), qint64(exported->size()));

        QString error;
        const std::vector<ExportAnnotation> marks = pdf::readAnnotations(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(marks.size()), 3);
        const ExportAnnotation *ink = ofKind(marks, ExportAnnotation::Kind::Ink);
        QVERIFY(ink);
        QCOMPARE(ink->page, 0);
        QCOMPARE(ink->author, QStringLiteral("Lê Văn C"));
        QCOMPARE(int(ink->points.size()), 3);
        QVERIFY(qAbs(ink->points[2].x() - 0.5) < 0.01 && qAbs(ink->points[2].y() - 0.3) < 0.01);
        const ExportAnnotation *note = ofKind(marks, ExportAnnotation::Kind::Note);
        QVERIFY(note);
        QCOMPARE(note->page, 1);
        QCOMPARE(note->text, QStringLiteral("Đề nghị bổ sung số liệu năm 2023"));
        QVERIFY(qAbs(note->position.x() - 0.7) < 0.01 && qAbs(note->position.y() - 0.4) < 0.01);
        const ExportAnnotation *highlight = ofKind(marks, ExportAnnotation::Kind::Highlight);
        QVERIFY(highlight);
        QCOMPARE(highlight->page, 2);
        QCOMPARE(int(highlight->rects.size()), 1);
        QVERIFY(qAbs(highlight->rects[0].top() - 0.45) < 0.01
            && qAbs(highlight->rects[0].width() - 0.5) < 0.01);
    }

    void anotherParticipantGetsTheSharedMarksOnly()
    {
        const auto exported = exportDocument(*m_b, 7, m_doc, true);
        QVERIFY(exported);
        QCOMPARE(exported->error().code(), v1::ERROR_UNSPECIFIED);
        QCOMPARE(exported->annotations(), 2u);
        const QString path = fetch(*m_b, exported->sha256());
        QVERIFY(!path.isEmpty());
        QString error;
        const std::vector<ExportAnnotation> marks = pdf::readAnnotations(path, &error);
        QCOMPARE(int(marks.size()), 2);
        QVERIFY(ofKind(marks, ExportAnnotation::Kind::Ink));
        QVERIFY(ofKind(marks, ExportAnnotation::Kind::Note));
        QVERIFY(!ofKind(marks, ExportAnnotation::Kind::Highlight));
    }

    void aPrivateExportIsItsRequestersAlone()
    {
        QVERIFY(!m_privateSha.empty());
        v1::ErrorCode error = v1::ERROR_UNSPECIFIED;
        QVERIFY(fetch(*m_b, m_privateSha, &error).isEmpty());
        QCOMPARE(error, v1::ERROR_FORBIDDEN);
        // B's connection goes on: its own shared-only export still comes.
        const auto shared = exportDocument(*m_b, 8, m_doc, false);
        QVERIFY(shared && shared->error().code() == v1::ERROR_UNSPECIFIED);
        QVERIFY(!fetch(*m_b, shared->sha256()).isEmpty());
        // A shared-only export is anyone's: A fetches B's.
        QVERIFY(!fetch(*m_a, shared->sha256()).isEmpty());
    }

    void anUnknownDocumentIsATypedError()
    {
        const auto exported = exportDocument(*m_a, 9, "no-such-document", false);
        QVERIFY(exported);
        QCOMPARE(exported->error().code(), v1::ERROR_INVALID_ARGUMENT);
        QVERIFY(exported->sha256().empty());
        QVERIFY(m_a->isOpen());
    }

    // Exports live beside the documents, not among them, and go with a restart: who may
    // fetch them was known to that run only, and a private one holds someone's own notes.
    void exportsAreKeptApartAndGoWithARestart()
    {
        QVERIFY(!m_privateSha.empty());
        const QDir data = QFileInfo(m_server.databasePath()).dir();
        const QString name = QString::fromStdString(m_privateSha) + QStringLiteral(".pdf");
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("exports/") + name)));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("blobs/") + name)));
        m_server.stop();
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("exports/") + name)));
    }
};

QTEST_GUILESS_MAIN(TestDocumentExport)
#include "tst_documentexport.moc"
