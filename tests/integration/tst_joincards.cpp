// Join cards: `quorum-server cards` prints a card per participant whose QR code a tablet's
// camera reads back as the participant's join link.
#include "certfingerprint.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, arguments);
    p.waitForFinished(60'000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestJoinCards : public QObject
{
    Q_OBJECT
private slots:
    void cardsCarryNamesPinsAndReadableQrCodes()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("cards.pdf");
        int code = -1;
        const QString data
            = dir.filePath("data"); // the server's data folder: its certificate is made there
        run(QStringLiteral(QUORUM_SERVER_BINARY),
            { "cards", QUORUM_SOURCE_DIR "/assets/demo/meeting.json", "--out", pdf, "--host",
                "192.168.1.10", "--port", "7450", "--data", data },
            &code);
        QCOMPARE(code, 0);
        const auto chain = QSslCertificate::fromPath(data + "/tls-cert.pem");
        QCOMPARE(chain.size(), 1);
        const QString fingerprint = quorum::certificateFingerprint(chain.first().toDer());
        const QString text = run("pdftotext", { pdf, "-" }).simplified(); // long names wrap
        for (const char *expected :
            { "Nguyễn Văn A", "Lê Văn C", "Lý Thị P", "Màn hình phòng họp", "Đại biểu", "Chủ trì" })
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        // PINs are printed letter-spaced, to be read out and typed: compare without spaces.
        const QString compact = QString(text).remove(QLatin1Char(' '));
        for (const char *pin : { "246810", "310001", "310010", "900000" })
            QVERIFY2(compact.contains(QLatin1String(pin)), pin);
        // Issue 11: the card alone must be enough, also without a camera: the server's address
        // in words on every card (a delegate types it with the PIN).
        QCOMPARE(text.count(QStringLiteral("Máy chủ: 192.168.1.10:7450")), 13);

        // What a camera sees: the page as an image, decoded by zbar. At the print resolution:
        // with the fingerprint in the links (version 5 codes) zbar missed one code of eight at
        // exactly 150 dpi for some certificates (2 runs in 12), while 140, 160 and 300 dpi read
        // all; the coarse 100 dpi case follows below.
        run("pdftoppm", { "-r", "300", "-png", "-f", "1", "-l", "1", pdf, dir.filePath("page") });
        const QString codes = run("zbarimg", { "-q", dir.filePath("page-1.png") });
        QCOMPARE(codes.count(QStringLiteral("QR-Code:")), 8); // eight cards a page
        // The link pins the server's certificate (issue 10), and the card prints it for people:
        // four groups of four a line under the QR code.
        const QStringList groups = quorum::groupedFingerprint(fingerprint).split(QLatin1Char(' '));
        for (int i = 0; i < groups.size(); i += 4)
            QVERIFY2(text.contains(groups.mid(i, 4).join(QLatin1Char(' '))), qPrintable(text));
        QVERIFY2(codes.contains("QR-Code:quorums://192.168.1.10:7450/demo?pin=246810&fp="
                     + quorum::linkFingerprint(fingerprint)),
            qPrintable(codes));
        QVERIFY(codes.contains("QR-Code:quorums://192.168.1.10:7450/demo?pin=310006&fp="
            + quorum::linkFingerprint(fingerprint)));
        // At the printer's resolution (the PDF's 300 dpi) and at a coarse 100 dpi (a camera
        // farther away): modules of whole pixels and the standard 4-module quiet zone.
        for (const char *dpi : { "300", "100" }) {
            const QString prefix = dir.filePath(QStringLiteral("page%1").arg(QLatin1String(dpi)));
            run("pdftoppm", { "-r", dpi, "-png", "-f", "2", "-l", "2", pdf, prefix });
            const QString second = run("zbarimg", { "-q", prefix + QStringLiteral("-2.png") });
            QVERIFY2(second.count(QStringLiteral("QR-Code:")) == 5,
                qPrintable(second)); // 13 cards: 8 + 5
            QVERIFY2(second.contains("QR-Code:quorums://192.168.1.10:7450/demo?pin=900000&fp="
                         + quorum::linkFingerprint(fingerprint)),
                qPrintable(second));
        }
    }

    void aParticipantWithoutAPinIsRefused()
    {
        QTemporaryDir dir;
        const QString meeting = dir.filePath("m.json");
        QFile f(meeting);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"id":"m","title":"Họp","participants":[{"id":"chair","name":"A","role":"chair"}]})");
        f.close();
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(QUORUM_SERVER_BINARY),
            { "cards", meeting, "--out", dir.filePath("c.pdf") });
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("has no PIN")));
        QVERIFY(!QFile::exists(dir.filePath("data"))); // refused before anything is made
    }
};

QTEST_GUILESS_MAIN(TestJoinCards)
#include "tst_joincards.moc"
