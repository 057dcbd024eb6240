// Ingest of good and bad PDFs. Fixtures are made here: good ones with quorum-docgen's library
// (QPdfWriter), bad ones by cutting, scrambling or hand-writing bytes.
#include "docgen.h"
#include "pdfingest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;
using pdf::IngestError;

Q_DECLARE_METATYPE(quorum::pdf::IngestError)

class TestPdfIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture %s", qPrintable(path));
        return path;
    }
    QByteArray goodBytes()
    {
        QFile f(m_good);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.pdf"));
        QString error;
        const auto docs = docgen::demoDocuments();
        QVERIFY2(docgen::writePdf(m_good, docs.at(0).second, &error), qPrintable(error));
    }

    void goodDocument()
    {
        const pdf::IngestResult r = pdf::ingestFile(m_good);
        QVERIFY2(r.ok(), qPrintable(r.detail));
        const QByteArray bytes = goodBytes();
        QCOMPARE(r.document.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(r.document.size, bytes.size());
        QCOMPARE(r.document.title,
            QStringLiteral("Phát huy vai trò của công chức, viên chức trẻ trong chuyển đổi số"));
        QVERIFY(r.document.pages.size() >= 2);
        for (const pdf::PageInfo &page : r.document.pages) {
            // A4 in points.
            QCOMPARE(qRound(page.sizePoints.width()), 595);
            QCOMPARE(qRound(page.sizePoints.height()), 842);
            const QImage thumb = QImage::fromData(page.thumbnailPng, "PNG");
            QVERIFY(!thumb.isNull());
            QCOMPARE(thumb.width(), 120);
        }
        // Vietnamese text comes back exactly, diacritics included (search depends on it).
        QVERIFY(r.document.pages[0].text.contains(QStringLiteral("Công chức, viên chức trẻ")));
        QVERIFY(r.document.pages[0].text.contains(QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH")));
        QVERIFY(r.document.outline.empty()); // QPdfWriter writes no outline
    }

    void manyPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("numbered.pdf"));
        QString error;
        QVERIFY(docgen::writeNumberedPdf(path, 40, &error));
        pdf::IngestLimits limits;
        limits.thumbnails = false;
        const pdf::IngestResult r = pdf::ingestFile(path, limits);
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(int(r.document.pages.size()), 40);
        QCOMPARE(r.document.pages[39].text.trimmed(), QStringLiteral("Trang 40"));
        QVERIFY(r.document.pages[0].thumbnailPng.isEmpty());

        limits.maxPages = 39;
        QCOMPARE(pdf::ingestFile(path, limits).error, IngestError::TooLarge);
    }

    void handWrittenIsAccepted()
    {
        const pdf::IngestResult r
            = pdf::ingestFile(write(QStringLiteral("hand.pdf"), docgen::handWrittenPdf()));
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(int(r.document.pages.size()), 1);
        QCOMPARE(r.document.pages[0].sizePoints, QSizeF(200, 100));
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<IngestError>("expected");
        const QByteArray good = goodBytes();
        QTest::newRow("empty") << QByteArray() << IngestError::NotPdf;
        QTest::newRow("text file") << QByteArray("Biên bản họp\n") << IngestError::NotPdf;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n0000", 12) << IngestError::NotPdf;
        QTest::newRow("cut in half") << good.left(good.size() / 2) << IngestError::Truncated;
        QTest::newRow("cut before the end marker")
            << good.left(good.size() - 7) << IngestError::Truncated;
        QTest::newRow("header and end marker, nothing between")
            << QByteArray("%PDF-1.7\n%%EOF\n") << IngestError::Corrupt;
        QByteArray scrambled = good;
        // Keep the header and trailer, destroy everything in between.
        for (qsizetype i = 20; i < scrambled.size() - 40; ++i)
            scrambled[i] = char((i * 7919) & 0xff);
        QTest::newRow("scrambled body") << scrambled << IngestError::Corrupt;
        // The standard security handler with a user password nobody knows.
        QTest::newRow("encrypted") << docgen::encryptedPdf() << IngestError::Encrypted;
    }

    void badDocuments()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(IngestError, expected);
        const pdf::IngestResult r = pdf::ingestFile(write(QStringLiteral("bad.pdf"), bytes));
        QCOMPARE(r.error, expected);
        QVERIFY(!r.detail.isEmpty());
        QVERIFY(r.document.pages.empty());
    }

    // Guards: a file's outline (which every Document carries to every tablet, in events and
    // snapshots) is bounded: 5,000 bookmarks of 300 characters made a Document of ~1.5 MB,
    // and a hostile outline nested 16 deep could expand to millions of entries.
    void outlineIsBounded()
    {
        constexpr int Entries = 5000;
        QByteArrayList objects{ "<< /Type /Outlines /First 5 0 R /Last "
            + QByteArray::number(4 + Entries) + " 0 R /Count " + QByteArray::number(Entries)
            + " >>" };
        for (int i = 0; i < Entries; ++i) {
            const int id = 5 + i;
            QByteArray item = "<< /Title (" + QByteArray::number(i) + ' ' + QByteArray(300, 'm')
                + ") /Parent 4 0 R /Dest [3 0 R /Fit]";
            if (i > 0)
                item += " /Prev " + QByteArray::number(id - 1) + " 0 R";
            if (i + 1 < Entries)
                item += " /Next " + QByteArray::number(id + 1) + " 0 R";
            objects << item + " >>";
        }
        const pdf::IngestResult r = pdf::ingestFile(write(
            QStringLiteral("outline.pdf"), docgen::handWrittenPdf({}, objects, "/Outlines 4 0 R")));
        QVERIFY2(r.ok(), qPrintable(r.detail));
        const pdf::IngestLimits limits;
        QCOMPARE(int(r.document.outline.size()), limits.maxOutlineEntries);
        QCOMPARE(r.document.outline.front().title.size(), limits.maxOutlineTitleChars);
        QVERIFY(r.document.outline.front().title.startsWith(QStringLiteral("0 mmm")));
    }

    void missingFile()
    {
        QCOMPARE(pdf::ingestFile(m_dir.filePath(QStringLiteral("nope.pdf"))).error,
            IngestError::Unreadable);
    }

    void sizeLimit()
    {
        pdf::IngestLimits limits;
        limits.maxBytes = 1000;
        QCOMPARE(pdf::ingestFile(m_good, limits).error, IngestError::TooLarge);
    }
};

QTEST_MAIN(TestPdfIngest)
#include "tst_pdfingest.moc"
