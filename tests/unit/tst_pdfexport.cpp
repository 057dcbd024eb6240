// Annotated export: what goes in comes back out of the written PDF through Poppler, in place.
#include "docgen.h"
#include "pdfexport.h"
#include "pdfingest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace quorum;
using pdf::ExportAnnotation;

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void inkHighlightAndNoteSurviveAReload()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.pdf"));
        const QString target = dir.filePath(QStringLiteral("annotated.pdf"));
        QString error;
        QVERIFY(docgen::writeNumberedPdf(source, 3, &error));

        std::vector<ExportAnnotation> in(3);
        in[0].kind = ExportAnnotation::Kind::Ink;
        in[0].page = 0;
        in[0].author = QStringLiteral("Lê Văn C");
        in[0].color = QColor(QStringLiteral("#d32f2f"));
        in[0].width = 2;
        in[0].points = { { 0.1, 0.1 }, { 0.2, 0.15 }, { 0.3, 0.3 } };
        in[1].kind = ExportAnnotation::Kind::Highlight;
        in[1].page = 1;
        in[1].color = QColor(QStringLiteral("#ffeb3b"));
        in[1].rects = { QRectF(0.2, 0.45, 0.6, 0.05) };
        in[2].kind = ExportAnnotation::Kind::Note;
        in[2].page = 2;
        in[2].position = QPointF(0.7, 0.2);
        in[2].text = QStringLiteral("Đề nghị bổ sung số liệu khảo sát");
        QVERIFY2(pdf::exportAnnotated(source, target, in, &error), qPrintable(error));

        // Still a good PDF for our own ingest.
        QVERIFY(pdf::ingestFile(target).ok());
        const std::vector<ExportAnnotation> out = pdf::readAnnotations(target, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(out.size()), 3);
        QCOMPARE(out[0].kind, ExportAnnotation::Kind::Ink);
        QCOMPARE(out[0].page, 0);
        QCOMPARE(out[0].author, QStringLiteral("Lê Văn C"));
        QCOMPARE(int(out[0].points.size()), 3);
        QVERIFY(qAbs(out[0].points[2].x() - 0.3) < 0.01 && qAbs(out[0].points[2].y() - 0.3) < 0.01);
        QCOMPARE(out[1].kind, ExportAnnotation::Kind::Highlight);
        QCOMPARE(out[1].page, 1);
        QCOMPARE(int(out[1].rects.size()), 1);
        QVERIFY(qAbs(out[1].rects[0].top() - 0.45) < 0.01
            && qAbs(out[1].rects[0].width() - 0.6) < 0.01);
        QCOMPARE(out[2].kind, ExportAnnotation::Kind::Note);
        QCOMPARE(out[2].page, 2);
        QCOMPARE(out[2].text, QStringLiteral("Đề nghị bổ sung số liệu khảo sát"));
        QVERIFY(qAbs(out[2].position.x() - 0.7) < 0.01);
    }

    void missingPageIsAnError()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.pdf"));
        QString error;
        QVERIFY(docgen::writeNumberedPdf(source, 1, &error));
        ExportAnnotation a;
        a.page = 5;
        a.points = { { 0.1, 0.1 } };
        QVERIFY(
            !pdf::exportAnnotated(source, dir.filePath(QStringLiteral("x.pdf")), { a }, &error));
        QVERIFY(error.contains(QStringLiteral("no page 6")));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
