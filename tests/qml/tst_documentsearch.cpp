// DocumentSearch without QML, on the committed demo PDFs and a generated 300-page one (issue 4:
// the reader's search found nothing on Qt 6.4.2 with PdfSearchModel; a Vietnamese reader types
// without diacritics). Hit positions are checked against `pdftotext -bbox` of the demo file.
#include "docgen.h"
#include "documentsearch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString DemoDir = QStringLiteral(QUORUM_SOURCE_DIR "/assets/documents/");
// 3 pages: "Phát huy vai trò của công chức, viên chức trẻ trong chuyển đổi số".
const QString TalkPdf = DemoDir + QStringLiteral("vai-tro-cong-chuc-tre.pdf");

bool contains(const QList<qreal> &rects, qreal x, qreal y)
{
    for (qsizetype i = 0; i + 3 < rects.size(); i += 4) {
        if (x >= rects[i] && x <= rects[i] + rects[i + 2] && y >= rects[i + 1]
            && y <= rects[i + 1] + rects[i + 3])
            return true;
    }
    return false;
}

QList<qreal> rectsAt(const DocumentSearch &search, int row)
{
    return search.data(search.index(row), DocumentSearch::RectsRole).value<QList<qreal>>();
}
} // namespace

class TestDocumentSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(TalkPdf));
        QVERIFY(m_dir.isValid());
        QString error;
        m_longPdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY2(quorum::docgen::writeNumberedPdf(m_longPdf, 300, &error), qPrintable(error));
    }

    // Each row: what the user types, how many hits the demo talk has, the page of the first,
    // a point (page coordinates, from pdftotext -bbox) inside the first hit's rectangles.
    void findsOnTheDemoDocument_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("match"); // the first hit as written on the page
        QTest::addColumn<int>("page");
        QTest::addColumn<QPointF>("inside");
        QTest::newRow("QR") << "QR"
                            << "QR" << 0 << QPointF(0.484, 0.4646);
        QTest::newRow("lower case") << "qr"
                                    << "QR" << 0 << QPointF(0.484, 0.4646);
        QTest::newRow("no diacritics, Đ") << "dat van de"
                                          << "Đặt vấn đề" << 0 << QPointF(0.145, 0.254);
        QTest::newRow("ligature, far down the page")
            << "workflow"
            << "Workflow" << 0 << QPointF(0.66, 0.71); // Qt PDF splits the ﬂ
        QTest::newRow("last line of the page") << "cuoi nam"
                                               << "cuối năm" << 0 << QPointF(0.126, 0.875);
        QTest::newRow("page 2") << "tran trong cam on"
                                << "Trân trọng cảm ơn" << 1 << QPointF();
    }

    void findsOnTheDemoDocument()
    {
        QFETCH(QString, needle);
        QFETCH(QString, match);
        QFETCH(int, page);
        QFETCH(QPointF, inside);
        DocumentSearch search;
        QAbstractItemModelTester tester(&search);
        search.setSource(QUrl::fromLocalFile(TalkPdf));
        search.setSearchString(needle);
        QTRY_VERIFY(!search.searching());
        QCOMPARE(search.pagesSearched(), 3);
        QVERIFY(search.rowCount() > 0);
        QCOMPARE(search.data(search.index(0), DocumentSearch::MatchRole).toString(), match);
        QCOMPARE(search.data(search.index(0), DocumentSearch::PageRole).toInt(), page);
        QCOMPARE(search.currentResult(), 0);
        QCOMPARE(search.currentPage(), page);
        const QList<qreal> rects = rectsAt(search, 0);
        QVERIFY(!rects.isEmpty());
        for (qreal v : rects)
            QVERIFY(v >= 0 && v <= 1);
        if (!inside.isNull())
            QVERIFY2(contains(rects, inside.x(), inside.y()), qPrintable(QDebug::toString(rects)));
        QCOMPARE(search.currentRects(), rects);
        const QString context
            = search.data(search.index(0), DocumentSearch::ContextRole).toString();
        QVERIFY2(context.contains(QStringLiteral("<b>") + match + QStringLiteral("</b>")),
            qPrintable(context));
    }

    void aPhraseAcrossALineBreak()
    {
        // The title ends "… trẻ trong" on one line and goes on "chuyển đổi số" on the next.
        DocumentSearch search;
        search.setSource(QUrl::fromLocalFile(TalkPdf));
        search.setSearchString(QStringLiteral("tre trong chuyen doi so"));
        QTRY_VERIFY(!search.searching());
        QCOMPARE(search.rowCount(), 1);
        const QList<qreal> rects = rectsAt(search, 0);
        QCOMPARE(rects.size(), 8); // one rectangle on each line
        QVERIFY(rects[1] < rects[5]);
        // The passage a delegate comments on (issue 16) is the page's words, accents and all,
        // the line break as a space - the text an amendment's passage is checked against.
        QCOMPARE(search.currentMatch(), QStringLiteral("trẻ trong chuyển đổi số"));
    }

    // Views re-read the current hit when the rows go (a new string, another document): by then
    // there must be none, not an index past the emptied list.
    void theCurrentHitIsGoneBeforeItsRows()
    {
        DocumentSearch search;
        search.setSource(QUrl::fromLocalFile(TalkPdf));
        search.setSearchString(QStringLiteral("chuyen doi so"));
        QTRY_VERIFY(!search.searching());
        QVERIFY(search.rowCount() > 0);
        QVERIFY(search.currentPage() >= 0);
        int seen = 0;
        connect(&search, &QAbstractItemModel::rowsRemoved, this, [&] {
            ++seen;
            QCOMPARE(search.currentPage(), -1);
            QVERIFY(search.currentRects().isEmpty());
        });
        search.setSource(QUrl::fromLocalFile(m_longPdf));
        QCOMPARE(seen, 1);
        QCOMPARE(search.rowCount(), 0);
    }

    void pageRectsFollowThePage()
    {
        DocumentSearch search;
        search.setSource(QUrl::fromLocalFile(TalkPdf));
        search.setSearchString(QStringLiteral("chuyen doi so"));
        QTRY_VERIFY(!search.searching());
        int onFirst = 0;
        for (int row = 0; row < search.rowCount(); ++row)
            onFirst += search.data(search.index(row), DocumentSearch::PageRole).toInt() == 0;
        QVERIFY(onFirst >= 3);
        QSignalSpy changed(&search, &DocumentSearch::pageRectsChanged);
        QVERIFY(search.pageRects().size() >= 4 * onFirst);
        search.setPage(2); // no hit there
        QCOMPARE(changed.size(), 1);
        QVERIFY(search.pageRects().isEmpty());
    }

    void everyHitOfABusyPageIsDrawn()
    {
        // One letter: hundreds of hits on page 2, their rectangles asked of Qt PDF over several
        // event-loop turns; in the end each one has its rectangle.
        DocumentSearch search;
        search.setSource(QUrl::fromLocalFile(TalkPdf));
        search.setPage(1);
        search.setSearchString(QStringLiteral("n"));
        QTRY_VERIFY_WITH_TIMEOUT(!search.searching(), 30000);
        int onPage = 0;
        for (int row = 0; row < search.rowCount(); ++row)
            onPage += search.data(search.index(row), DocumentSearch::PageRole).toInt() == 1;
        QVERIFY(onPage > 100);
        QTRY_COMPARE_WITH_TIMEOUT(search.pageRects().size(), 4 * onPage, 30000);
    }

    void stepsThroughHitsAndWraps()
    {
        DocumentSearch search;
        search.setSource(QUrl::fromLocalFile(m_longPdf));
        search.setSearchString(QStringLiteral("trang 29"));
        QTRY_VERIFY(!search.searching());
        // Trang 29, 290..299: page indices 28, 289..298.
        QCOMPARE(search.rowCount(), 11);
        QCOMPARE(search.currentPage(), 28);
        search.next();
        QCOMPARE(search.currentResult(), 1);
        QCOMPARE(search.currentPage(), 289);
        search.previous();
        search.previous();
        QCOMPARE(search.currentResult(), 10);
        QCOMPARE(search.currentPage(), 298);
        search.next();
        QCOMPARE(search.currentPage(), 28);
    }

    void incrementalFromTheReadersPage()
    {
        DocumentSearch search;
        QAbstractItemModelTester tester(&search);
        QSignalSpy inserted(&search, &QAbstractItemModel::rowsInserted);
        search.setSource(QUrl::fromLocalFile(m_longPdf));
        search.setPage(150);
        search.setSearchString(QStringLiteral("Trang"));
        // Nothing searched in the caller's turn: the page that typed stays responsive.
        QVERIFY(search.searching());
        QCOMPARE(search.pagesSearched(), 0);
        QCOMPARE(search.rowCount(), 0);
        QTRY_VERIFY(search.rowCount() > 0);
        // The first hit found is on the page the reader shows, and it is the current one.
        QCOMPARE(search.currentPage(), 150);
        QTRY_VERIFY_WITH_TIMEOUT(!search.searching(), 30000);
        QCOMPARE(search.rowCount(), 300);
        QCOMPARE(search.pagesSearched(), 300);
        QCOMPARE(inserted.size(), 300); // one page at a time, as found
        for (int row = 0; row < search.rowCount(); ++row)
            QCOMPARE(search.data(search.index(row), DocumentSearch::PageRole).toInt(), row);
        QCOMPARE(search.currentResult(), 150);
        QCOMPARE(search.currentPage(), 150);
    }

    void aNewStringCancelsTheSearch()
    {
        DocumentSearch search;
        QAbstractItemModelTester tester(&search);
        search.setSource(QUrl::fromLocalFile(m_longPdf));
        search.setSearchString(QStringLiteral("Trang"));
        QTRY_VERIFY(search.rowCount() > 0);
        search.setSearchString(QStringLiteral("Trang 7"));
        QCOMPARE(search.rowCount(), 0);
        QCOMPARE(search.currentResult(), -1);
        QTRY_VERIFY_WITH_TIMEOUT(!search.searching(), 30000);
        QCOMPARE(search.rowCount(), 11); // 7, 70..79
        for (int row = 0; row < search.rowCount(); ++row) {
            QVERIFY(search.data(search.index(row), DocumentSearch::MatchRole)
                        .toString()
                        .startsWith(QStringLiteral("Trang 7")));
        }
        // Only spaces added: the same search, results kept.
        search.setSearchString(QStringLiteral("Trang 7 "));
        QVERIFY(!search.searching());
        QCOMPARE(search.rowCount(), 11);
        // Cleared: nothing.
        search.setSearchString(QString());
        QVERIFY(!search.searching());
        QCOMPARE(search.rowCount(), 0);
        QVERIFY(search.pageRects().isEmpty());
    }

    void aMissingFileFindsNothing()
    {
        DocumentSearch search;
        search.setSource(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("none.pdf"))));
        search.setSearchString(QStringLiteral("trang"));
        QVERIFY(!search.searching());
        QCOMPARE(search.rowCount(), 0);
        QCOMPARE(search.pageCount(), 0);
    }

    void snippet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole line") << "Báo cáo tổng kết" << 4 << 3 << "Báo <b>cáo</b> tổng kết";
        QTest::newRow("line breaks collapse")
            << "trẻ trong\r\nchuyển\r\nđổi số" << 4 << 18 << "trẻ <b>trong chuyển đổi</b> số";
        QTest::newRow("escaped") << "a < b & c" << 4 << 1 << "a &lt; <b>b</b> &amp; c";
        QTest::newRow("cut at words") << "một hai ba bốn năm sáu bảy tám chín mười" << 19 << 3
                                      << "…bốn năm <b>sáu</b> bảy tám…";
    }

    void snippet()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, expected);
        QCOMPARE(DocumentSearch::snippet(text, start, length, 10), expected);
    }

private:
    QTemporaryDir m_dir;
    QString m_longPdf;
};

QTEST_MAIN(TestDocumentSearch)
#include "tst_documentsearch.moc"
