// Hostile clients at the socket level against the real server, for each I/O engine (issue 12):
// what a tablet's QWebSocket never sends (a half-sent upgrade, bytes that are not TLS, a frame
// over the limit, an unmasked frame, a Hello cut into one-byte writes), sent byte by byte over
// TLS. Each gets the close the protocol asks for, and a well-behaved tablet keeps being served.
#include "demomeeting.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSslSocket>
#include <QTest>

using namespace quorum;

namespace {

const QByteArray UpgradeRequest = "GET / HTTP/1.1\r\n"
                                  "Host: 127.0.0.1\r\n"
                                  "Upgrade: websocket\r\n"
                                  "Connection: Upgrade\r\n"
                                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                  "Sec-WebSocket-Version: 13\r\n"
                                  "\r\n";

// A client frame: FIN, `opcode`, masked with a fixed key unless `masked` is false.
QByteArray frame(quint8 opcode, const QByteArray &payload, bool masked = true)
{
    QByteArray out;
    out += char(0x80 | opcode);
    const char maskBit = masked ? char(0x80) : char(0);
    const qsizetype n = payload.size();
    if (n < 126) {
        out += char(maskBit | char(n));
    } else if (n <= 0xFFFF) {
        out += char(maskBit | 126);
        out += char(n >> 8);
        out += char(n);
    } else {
        out += char(maskBit | 127);
        for (int i = 0; i < 8; ++i)
            out += char(quint64(n) >> (56 - 8 * i));
    }
    const char key[4] = { '\x5a', '\x13', '\xc4', '\x7e' };
    if (masked)
        out.append(key, 4);
    for (qsizetype i = 0; i < n; ++i)
        out += masked ? char(payload[i] ^ key[i % 4]) : payload[i];
    return out;
}

/**
 * A TLS peer that writes exactly the bytes it is given (the server's certificate is not
 * checked: these tests are about what comes after) and reads the server's frames.
 */
class Probe
{
public:
    bool connectTls(quint16 port)
    {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForEncrypted(10'000);
    }

    /** The upgrade, and its 101 response read. */
    bool upgrade()
    {
        write(UpgradeRequest);
        return switched();
    }

    /** Whether the server's response head (read whole) is a 101. */
    bool switched()
    {
        while (!m_in.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(10'000))
                return false;
            m_in += m_socket.readAll();
        }
        const qsizetype end = m_in.indexOf("\r\n\r\n") + 4;
        const bool switched = m_in.startsWith("HTTP/1.1 101 ");
        m_in.remove(0, end);
        return switched;
    }

    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    /** Whether a Welcome comes (skipping other frames) within `ms`. */
    bool welcomed(int ms = 10'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            while (const std::optional<std::pair<quint8, QByteArray>> f = takeFrame()) {
                const auto message = decode<v1::ServerMessage>(f->second);
                if (f->first == 0x2 && message && message->has_welcome())
                    return true;
            }
            if (m_socket.waitForReadyRead(200))
                m_in += m_socket.readAll();
            else if (m_socket.state() != QAbstractSocket::ConnectedState)
                return false;
        }
        return false;
    }

    /** The code of the server's close frame (skipping other frames); -1 when none came. */
    int closeCode(int ms = 10'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            while (const std::optional<std::pair<quint8, QByteArray>> f = takeFrame()) {
                m_framesBeforeClose += f->first != 0x8;
                if (f->first == 0x8)
                    return f->second.size() >= 2
                        ? (quint8(f->second[0]) << 8) | quint8(f->second[1])
                        : 1005;
            }
            if (timer.elapsed() > ms || !m_socket.waitForReadyRead(200)) {
                if (m_socket.state() != QAbstractSocket::ConnectedState || timer.elapsed() > ms)
                    return -1;
            }
            m_in += m_socket.readAll();
        }
    }

    /** Whether the server closed the connection within `ms`. */
    bool closedByServer(int ms)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        return m_socket.waitForDisconnected(ms);
    }

    /** Frames other than the close read by closeCode(). */
    int framesBeforeClose() const { return m_framesBeforeClose; }
    QSslSocket &socket() { return m_socket; }
    const QByteArray &received() const { return m_in; }

private:
    // One whole server frame (unmasked) off the front of what was read.
    std::optional<std::pair<quint8, QByteArray>> takeFrame()
    {
        if (m_in.size() < 2)
            return std::nullopt;
        const int length7 = m_in[1] & 0x7F;
        int header = 2;
        quint64 length = quint64(length7);
        if (length7 == 126) {
            if (m_in.size() < 4)
                return std::nullopt;
            header = 4;
            length = (quint64(quint8(m_in[2])) << 8) | quint8(m_in[3]);
        } else if (length7 == 127) {
            if (m_in.size() < 10)
                return std::nullopt;
            header = 10;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_in[i]);
        }
        if (quint64(m_in.size()) < header + length)
            return std::nullopt;
        std::pair<quint8, QByteArray> f{ quint8(m_in[0] & 0x0F),
            m_in.mid(header, qsizetype(length)) };
        m_in.remove(0, header + qsizetype(length));
        return f;
    }

    QSslSocket m_socket;
    QByteArray m_in;
    int m_framesBeforeClose = 0;
};

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

    // A tablet that joined before the hostile one, and is still served after it.
    static void stillServed(const ServerProcess &server, RawClient &chair)
    {
        QVERIFY(chair.isOpen());
        v1::Command c;
        c.mutable_set_current_item()->set_item_id("young-officials");
        const auto reply = chair.reply(chair.command(c));
        QVERIFY2(reply, "the joined tablet got no reply");
        QVERIFY(RawClient::joined(server.url(), demo::delegatePin(9), QStringLiteral("after")));
    }

private slots:
    void engines_data();
    void halfSentUpgradeIsClosedAtTheDeadline_data() { engines_data(); }
    void halfSentUpgradeIsClosedAtTheDeadline();
    void garbageInsteadOfTlsIsClosed_data() { engines_data(); }
    void garbageInsteadOfTlsIsClosed();
    void oversizeFrameGets1009_data() { engines_data(); }
    void oversizeFrameGets1009();
    void unmaskedFrameGets1002_data() { engines_data(); }
    void unmaskedFrameGets1002();
    void helloInOneByteWritesIsWelcomed_data() { engines_data(); }
    void helloInOneByteWritesIsWelcomed();
};

void TestWire::engines_data()
{
    QTest::addColumn<QStringList>("engine");
    // The raw engine, where the server has it (s6-wire12): asked of its --help, so that the
    // same test runs before and after the engine is merged.
    static const bool hasWire = [] {
        QProcess help;
        help.start(QStringLiteral(QUORUM_SERVER_BINARY), { QStringLiteral("--help") });
        return help.waitForFinished(30'000) && help.readAllStandardOutput().contains("io-engine");
    }();
    if (!hasWire) {
        QTest::newRow("qt") << QStringList();
        return;
    }
    QTest::newRow("qt") << QStringList{ QStringLiteral("--io-engine"), QStringLiteral("qt") };
    QTest::newRow("wire") << QStringList{ QStringLiteral("--io-engine"), QStringLiteral("wire") };
}

// Guards: half-sent upgrade requests were held forever (issue 12).
void TestWire::halfSentUpgradeIsClosedAtTheDeadline()
{
    QFETCH(QStringList, engine);
    ServerProcess server;
    QVERIFY2(server.start(engine
                 + QStringList{ QStringLiteral("--handshake-timeout-ms"), QStringLiteral("1500") }),
        qPrintable(server.output()));
    auto chair = RawClient::joined(server.url(), demo::ChairPin, QStringLiteral("chair"));
    QVERIFY(chair);
    Probe probe;
    QVERIFY(probe.connectTls(server.port()));
    probe.write(UpgradeRequest.left(UpgradeRequest.size() / 2));
    QVERIFY2(probe.closedByServer(10'000), "a half-sent upgrade was held past the deadline");
    QVERIFY(!probe.received().contains("101"));
    stillServed(server, *chair);
}

void TestWire::garbageInsteadOfTlsIsClosed()
{
    QFETCH(QStringList, engine);
    ServerProcess server;
    // A deadline far away: the garbage must be refused for what it is, not timed out.
    QVERIFY2(
        server.start(engine
            + QStringList{ QStringLiteral("--handshake-timeout-ms"), QStringLiteral("600000") }),
        qPrintable(server.output()));
    auto chair = RawClient::joined(server.url(), demo::ChairPin, QStringLiteral("chair"));
    QVERIFY(chair);
    for (const QByteArray &garbage : { UpgradeRequest, QByteArray(300, '\0'),
             QByteArray::fromHex("16030100ffff") + QByteArray(700, 'x') }) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(10'000));
        socket.write(garbage);
        QVERIFY(socket.waitForBytesWritten(10'000));
        QVERIFY2(socket.state() == QAbstractSocket::UnconnectedState
                || socket.waitForDisconnected(10'000),
            garbage.left(16).toHex().constData());
    }
    stillServed(server, *chair);
}

void TestWire::oversizeFrameGets1009()
{
    QFETCH(QStringList, engine);
    ServerProcess server;
    QVERIFY2(server.start(engine), qPrintable(server.output()));
    auto chair = RawClient::joined(server.url(), demo::ChairPin, QStringLiteral("chair"));
    QVERIFY(chair);
    Probe probe;
    QVERIFY(probe.connectTls(server.port()));
    QVERIFY(probe.upgrade());
    // A header announcing one byte more than a message may hold, and a little of its payload:
    // the refusal cannot wait for the 4 MiB (nor buffer them).
    QByteArray header;
    header += char(0x82);
    header += char(0x80 | 127);
    const quint64 length = quint64(MaxMessageBytes) + 1;
    for (int i = 0; i < 8; ++i)
        header += char(length >> (56 - 8 * i));
    header += QByteArray("\x01\x02\x03\x04", 4);
    probe.write(header + QByteArray(1000, 'x'));
    QCOMPARE(probe.closeCode(), 1009);
    QVERIFY(probe.closedByServer(10'000));
    stillServed(server, *chair);
}

void TestWire::unmaskedFrameGets1002()
{
    QFETCH(QStringList, engine);
    ServerProcess server;
    QVERIFY2(server.start(engine), qPrintable(server.output()));
    auto chair = RawClient::joined(server.url(), demo::ChairPin, QStringLiteral("chair"));
    QVERIFY(chair);
    Probe probe;
    QVERIFY(probe.connectTls(server.port()));
    QVERIFY(probe.upgrade());
    probe.write(frame(0x2, "not masked", false));
    QCOMPARE(probe.closeCode(), 1002);
    // Qt's engine does not check the mask: it reads the payload, answers that it is not a
    // ClientMessage and closes with 1002 for that. The wire engine refuses the frame itself.
    if (QByteArrayView(QTest::currentDataTag()) == "wire")
        QCOMPARE(probe.framesBeforeClose(), 0);
    QVERIFY(probe.closedByServer(10'000));
    stillServed(server, *chair);
}

void TestWire::helloInOneByteWritesIsWelcomed()
{
    QFETCH(QStringList, engine);
    ServerProcess server;
    QVERIFY2(server.start(engine), qPrintable(server.output()));
    Probe probe;
    QVERIFY(probe.connectTls(server.port()));
    v1::ClientMessage m;
    v1::Hello *h = m.mutable_hello();
    h->set_protocol_version(ProtocolVersion);
    h->set_secret(demo::delegatePin(3).toStdString());
    h->set_device_id("one-byte-at-a-time");
    // The upgrade, then the Hello frame, a TLS record per byte: every read the server makes
    // ends anywhere in a header line, a frame header, the mask, the payload. The frame waits
    // for the 101 as RFC 6455 §4.1 asks (Qt's engine loses frame bytes sent behind the request).
    auto writeBytewise = [&probe](const QByteArray &bytes) {
        for (char c : bytes)
            probe.write(QByteArray(1, c)); // write() flushes: one record each
    };
    writeBytewise(UpgradeRequest);
    QVERIFY(probe.switched());
    writeBytewise(frame(0x2, encode(m)));
    QVERIFY2(probe.welcomed(), "a Hello written a byte at a time was not welcomed");
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
