// ReaderDocument, PdfDocuments and PdfPageProvider without QML. Closing the reader while a page
// rendered crashed the tablet on Qt 6.4 (PdfPageImage used the QML PdfDocument after it was
// destroyed): here, a render's hold on the document outlives the reader, and the last holder
// may be another thread. The highlighter's text rectangles are checked against
// `pdftotext -bbox-layout` of the demo talk (page 1).
#include "docgen.h"
#include "documentsearch.h"
#include "pdfdocuments.h"
#include "pdfpageprovider.h"
#include "readerdocument.h"

#include <QPdfDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {
const QString TalkPdf
    = QStringLiteral(QUORUM_SOURCE_DIR "/assets/documents/vai-tro-cong-chuc-tre.pdf");
// The page is 595 × 842 points.
QPointF normalized(qreal x, qreal y)
{
    return QPointF(x / 595, y / 842);
}

/** The part of `image` that is not white paper (0..1). */
qreal inked(const QImage &image)
{
    qsizetype dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return qreal(dark) / (qreal(image.width()) * image.height());
}

QString idOf(const QUrl &url)
{
    QString id = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    return id.mid(1); // what Qt Quick hands the provider: the path without its first '/'
}
} // namespace

class TestReaderDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(TalkPdf)); }

    void opensTheDemoTalk()
    {
        ReaderDocument reader;
        QSignalSpy status(&reader, &ReaderDocument::statusChanged);
        reader.setSource(QUrl::fromLocalFile(TalkPdf));
        QCOMPARE(reader.status(), ReaderDocument::Status::Ready);
        QCOMPARE(status.size(), 1);
        QCOMPARE(reader.pageCount(), 3);
        QCOMPARE(reader.pagePointSize(0), QSizeF(595, 842));
        const QUrl url = reader.pageImageUrl(2);
        QCOMPARE(url.scheme(), QStringLiteral("image"));
        QCOMPARE(url.host(), QStringLiteral("quorumpdf"));
        QVERIFY(reader.pageImageUrl(3).isEmpty());
        QVERIFY(reader.pageImageUrl(-1).isEmpty());
    }

    void aMissingFileIsAnError()
    {
        ReaderDocument reader;
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("cannot open .*khong-co.pdf")));
        reader.setSource(QUrl::fromLocalFile(QStringLiteral("/nonexistent/khong-co.pdf")));
        QCOMPARE(reader.status(), ReaderDocument::Status::Error);
        QCOMPARE(reader.pageCount(), 0);
        QVERIFY(reader.pageImageUrl(0).isEmpty());
        QCOMPARE(reader.pagePointSize(0), QSizeF(595, 842)); // a shape all the same
        QVERIFY(reader.textLineRects(0, { 0.1, 0.1 }, { 0.9, 0.9 }).isEmpty());
        reader.setSource({});
        QCOMPARE(reader.status(), ReaderDocument::Status::Null);
    }

    void readersAndSearchShareOneDocument()
    {
        const int before = PdfDocuments::openCount();
        {
            ReaderDocument a, b;
            a.setSource(QUrl::fromLocalFile(TalkPdf));
            b.setSource(QUrl::fromLocalFile(TalkPdf));
            DocumentSearch search;
            search.setSource(QUrl::fromLocalFile(TalkPdf));
            search.setSearchString(QStringLiteral("QR"));
            QTRY_VERIFY(!search.searching());
            QVERIFY(search.rowCount() > 0);
            QCOMPARE(a.document(), b.document());
            QCOMPARE(PdfDocuments::openCount(), before + 1);
        }
        QCOMPARE(PdfDocuments::openCount(), before);
    }

    void rendersAPage()
    {
        ReaderDocument reader;
        reader.setSource(QUrl::fromLocalFile(TalkPdf));
        PdfPageProvider provider;
        QSize size;
        const QImage image
            = provider.requestImage(idOf(reader.pageImageUrl(0)), &size, QSize(300, 0));
        QCOMPARE(image.size(), QSize(300, 425));
        QCOMPARE(size, image.size());
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the paper is white, not transparent
        const qreal ink = inked(image);
        QVERIFY2(ink > 0.005 && ink < 0.2, qPrintable(QString::number(ink))); // text, on paper
        // Nonsense ids draw nothing.
        QVERIFY(provider.requestImage(QStringLiteral("0123/0"), &size, {}).isNull());
        QVERIFY(
            provider
                .requestImage(
                    idOf(reader.pageImageUrl(0)).replace(QLatin1String("/0"), QLatin1String("/7")),
                    &size, {})
                .isNull());
        QVERIFY(provider.requestImage(QStringLiteral("garbage"), &size, {}).isNull());
    }

    void imageSize_data()
    {
        QTest::addColumn<QSizeF>("page");
        QTest::addColumn<QSize>("requested");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("width: height follows")
            << QSizeF(595, 842) << QSize(300, 0) << QSize(300, 425);
        QTest::newRow("height: width follows")
            << QSizeF(595, 842) << QSize(0, 842) << QSize(595, 842);
        QTest::newRow("nothing: 72 dpi") << QSizeF(595, 842) << QSize() << QSize(595, 842);
        QTest::newRow("both: as asked") << QSizeF(595, 842) << QSize(100, 100) << QSize(100, 100);
        QTest::newRow("landscape") << QSizeF(842, 595) << QSize(1000, 0) << QSize(1000, 707);
        QTest::newRow("too large: bounded")
            << QSizeF(595, 842) << QSize(20000, 0) << QSize(5789, 8192);
        QTest::newRow("no page") << QSizeF() << QSize(300, 0) << QSize();
    }

    void imageSize()
    {
        QFETCH(QSizeF, page);
        QFETCH(QSize, requested);
        QFETCH(QSize, expected);
        QCOMPARE(PdfPageProvider::imageSize(page, requested), expected);
    }

    // What a render on Qt Quick's image thread holds: the reader may close meanwhile.
    void aRenderOutlivesItsReader()
    {
        auto reader = std::make_unique<ReaderDocument>();
        reader->setSource(QUrl::fromLocalFile(TalkPdf));
        const QString id = idOf(reader->pageImageUrl(1));
        const QString key = id.section(QLatin1Char('/'), 0, 0);
        PdfDocuments::Handle rendering = PdfDocuments::find(key); // a job under way
        QPointer<QPdfDocument> watch = rendering.get();
        reader.reset(); // the reader closes
        QVERIFY(watch);
        QCOMPARE(rendering->status(), QPdfDocument::Status::Ready);
        QVERIFY(!rendering->render(1, QSize(100, 141)).isNull());

        // The job ends on the image thread: the document goes, on the GUI thread it lives in.
        std::thread imageThread([held = std::move(rendering)]() mutable { held.reset(); });
        imageThread.join();
        QTRY_VERIFY(!watch);
        // A job that starts only now finds no document, and draws nothing.
        QVERIFY(!PdfDocuments::find(key));
        PdfPageProvider provider;
        QSize size;
        QVERIFY(provider.requestImage(id, &size, QSize(100, 0)).isNull());
    }

    // The highlighter: Qt PDF's selection between the drag's ends, one rectangle per line.
    // Lines of page 1 (pdftotext -bbox-layout, points): "Năm 2023 được Đoàn khối chọn là …"
    // y 230.4-245.4, x 64-531 ("Năm" 64-89, "Đoàn" 149.4-177); the next line "máy tính vào
    // công việc, …" y 245.4-260.4 ("vào" 113.9-132.8).
    void highlighterMarksTheTextUnderTheDrag_data()
    {
        QTest::addColumn<QPointF>("from"); // points
        QTest::addColumn<QPointF>("to");
        QTest::addColumn<QList<qreal>>("lines"); // expected, points: x1, y1, x2, y2, ...
        QTest::newRow("Năm … Đoàn")
            << QPointF(66, 238) << QPointF(176, 238) << QList<qreal>{ 64, 230.4, 177, 245.4 };
        QTest::newRow("backwards")
            << QPointF(176, 238) << QPointF(66, 238) << QList<qreal>{ 64, 230.4, 177, 245.4 };
        QTest::newRow("down to the next line")
            << QPointF(150, 238) << QPointF(131, 252)
            << QList<qreal>{ 149.4, 230.4, 531, 245.4, 64, 245.4, 132.8, 260.4 };
        QTest::newRow("up to the line before")
            << QPointF(131, 252) << QPointF(150, 238)
            << QList<qreal>{ 149.4, 230.4, 531, 245.4, 64, 245.4, 132.8, 260.4 };
    }

    void highlighterMarksTheTextUnderTheDrag()
    {
        QFETCH(QPointF, from);
        QFETCH(QPointF, to);
        QFETCH(QList<qreal>, lines);
        ReaderDocument reader;
        reader.setSource(QUrl::fromLocalFile(TalkPdf));
        const QList<qreal> rects
            = reader.textLineRects(0, normalized(from.x(), from.y()), normalized(to.x(), to.y()));
        QCOMPARE(rects.size(), lines.size());
        // Qt PDF's glyph boxes are not pdftotext's: within 3 points across, 4 points up and down.
        for (qsizetype i = 0; i + 3 < rects.size(); i += 4) {
            const QRectF got(
                rects[i] * 595, rects[i + 1] * 842, rects[i + 2] * 595, rects[i + 3] * 842);
            const QRectF want(QPointF(lines[i], lines[i + 1]), QPointF(lines[i + 2], lines[i + 3]));
            const auto near
                = [](qreal a, qreal b, qreal within) { return std::abs(a - b) <= within; };
            QVERIFY2(near(got.left(), want.left(), 3) && near(got.right(), want.right(), 3)
                    && near(got.top(), want.top(), 4) && near(got.bottom(), want.bottom(), 4),
                qPrintable(QStringLiteral("line %1: %2 instead of %3")
                               .arg(i / 4)
                               .arg(QDebug::toString(got), QDebug::toString(want))));
        }
    }

    void noTextNoRects()
    {
        ReaderDocument reader;
        reader.setSource(QUrl::fromLocalFile(TalkPdf));
        // The top margin, above the title (y 64): nothing to select.
        QVERIFY(reader.textLineRects(0, normalized(100, 10), normalized(500, 40)).isEmpty());
        QVERIFY(reader.textLineRects(7, normalized(66, 238), normalized(176, 238)).isEmpty());
    }
};

QTEST_MAIN(TestReaderDocument)

#include "tst_readerdocument.moc"
