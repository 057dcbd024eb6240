// The join page's QR reading on what a tablet's camera sees: frames made from REAL join cards
// (`quorum-server cards`, the PDF rendered by Qt Pdf), placed tilted, turned and smaller in a
// camera-sized frame — no fake decoder. Guards issue 11's "the tablet has no scanner".
#include "qrdecoder.h"
#include "qrscanner.h"

#include "certfingerprint.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace {

const QString kChairLink = QStringLiteral("quorums://192.168.1.10:7450/demo?pin=246810");

/** A camera-sized frame (1280x720, grey table) with `card` drawn turned and scaled in it. */
QImage cameraFrame(const QImage &card, qreal degrees, qreal scale, QPointF centre = { 640, 360 })
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(0x8a, 0x84, 0x7a));
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(centre);
    p.rotate(degrees);
    p.scale(scale, scale);
    p.drawImage(QPointF(-card.width() / 2.0, -card.height() / 2.0), card);
    p.end();
    return frame;
}

QVideoFrame toVideoFrame(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), argb.constScanLine(y),
            size_t(argb.width()) * 4);
    frame.unmap();
    return frame;
}

} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QImage m_page; // the first page of the demo meeting's cards, 150 dpi
    QImage m_chair; // its first card: the chair's
    QString m_chairLink;

private slots:
    void initTestCase()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cards.pdf"));
        QProcess server;
        server.start(QStringLiteral(QUORUM_SERVER_BINARY),
            { "cards", QUORUM_SOURCE_DIR "/assets/demo/meeting.json", "--out", pdf, "--host",
                "192.168.1.10", "--port", "7450", "--data",
                m_dir.filePath(QStringLiteral("data")) });
        QVERIFY(server.waitForFinished(60'000));
        QCOMPARE(server.exitCode(), 0);
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        const QSizeF points = document.pagePointSize(0); // A4
        m_page = document.render(0, (points * 150.0 / 72.0).toSize());
        QVERIFY(!m_page.isNull());
        // The chair's link as printed: it pins the certificate the cards command made in `data`.
        const auto chain
            = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("data/tls-cert.pem")));
        QCOMPARE(chain.size(), 1);
        m_chairLink = kChairLink + QStringLiteral("&fp=")
            + quorum::linkFingerprint(quorum::certificateFingerprint(chain.first().toDer()));
        // Two columns, four rows of cards: the top-left one is the first participant's.
        m_chair = m_page.copy(0, 0, m_page.width() / 2, m_page.height() / 4);
    }

    void readsARenderedCard_data()
    {
        QTest::addColumn<qreal>("degrees");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("held straight") << 0.0 << 1.0;
        QTest::newRow("tilted 7 degrees, smaller") << 7.0 << 0.75;
        QTest::newRow("tilted -12 degrees") << -12.0 << 0.9;
        QTest::newRow("upside down") << 180.0 << 0.8;
        QTest::newRow("sideways, small") << 90.0 << 0.6;
        QTest::newRow("closer than the frame") << 3.0 << 1.6;
    }

    void readsARenderedCard()
    {
        QFETCH(qreal, degrees);
        QFETCH(qreal, scale);
        const QImage frame = cameraFrame(m_chair, degrees, scale, { 760, 360 });
        QCOMPARE(QrDecoder::decode(frame), m_chairLink);
    }

    void readsAFullHdFrame()
    {
        // 1920x1080 frames are scaled down to QrDecoder::MaxSide first.
        const QImage frame = cameraFrame(m_chair, 5, 1.4).scaled(1920, 1080);
        QCOMPARE(QrDecoder::decode(frame), m_chairLink);
    }

    void nothingWhereThereIsNoCode()
    {
        // The same card with its QR code cut off (the text half of it), and an empty frame.
        const QImage textOnly = m_chair.copy(0, 0, m_chair.width() / 2, m_chair.height());
        QCOMPARE(QrDecoder::decode(cameraFrame(textOnly, 4, 1.0)), QString());
        QImage grey(1280, 720, QImage::Format_RGB32);
        grey.fill(Qt::gray);
        QCOMPARE(QrDecoder::decode(grey), QString());
        QCOMPARE(QrDecoder::decode(QImage()), QString());
    }

    void theScannerReadsVideoFrames()
    {
        // The camera's frames come as QVideoFrames (BGRA here, as many webcams deliver).
        QrScanner scanner;
        QSignalSpy decoded(&scanner, &QrScanner::decoded);
        QVERIFY(!scanner.processFrame(toVideoFrame(cameraFrame(m_chair.copy(0, 0, 10, 10), 0, 1))));
        QCOMPARE(decoded.count(), 0);
        QVERIFY(scanner.processFrame(toVideoFrame(cameraFrame(m_chair, -6, 0.8))));
        QCOMPARE(decoded.count(), 1);
        QCOMPARE(decoded.at(0).at(0).toString(), m_chairLink);
        QCOMPARE(scanner.lastText(), m_chairLink);
    }

    void cameraAvailableIsWhatQtMultimediaFinds()
    {
        // CI machines have none: the join page then says so in words (tst_joinpage).
        QrScanner scanner;
        QVERIFY(!scanner.cameraAvailable()); // not looked for until the scanner is open
        scanner.setActive(true);
        QCOMPARE(scanner.cameraAvailable(), !QMediaDevices::videoInputs().isEmpty());
    }
};

QTEST_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
