// The wire engine (--io-engine wire, server/net/wire/) on a socket pair, as the deciding thread
// sees it through WireSessionIo: frames reach the tablet in the order posted, what the tablet
// sends arrives in order, a ping is answered, a close says its code and ends the connection,
// and a reader that stops reading while the room waits for it is cut off.
#include "wireconnection.h"
#include "wireengine.h"
#include "wiresessionio.h"
#include "wsframes.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace quorum;

namespace {
/** The tablet's end: a blocking socket with a deadline per read. */
class Peer
{
public:
    explicit Peer(int fd)
        : m_fd(fd)
    { }
    ~Peer() { ::close(m_fd); }
    void send(const QByteArray &bytes) { QVERIFY(::write(m_fd, bytes.data(), bytes.size()) > 0); }
    /** A masked client frame. */
    void sendFrame(quint8 opcode, const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char(0x80 | opcode));
        Q_ASSERT(payload.size() < 126);
        frame.append(char(0x80 | payload.size()));
        const char mask[4] = { 1, 2, 3, 4 };
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        send(frame);
    }
    /** Reads until `size` bytes are buffered (or EOF/timeout). */
    bool fill(qsizetype size, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_in.size() < size && timer.elapsed() < timeoutMs) {
            QCoreApplication::processEvents();
            pollfd p{ m_fd, POLLIN, 0 };
            if (::poll(&p, 1, 20) <= 0)
                continue;
            char buffer[65536];
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0) {
                m_eof = true;
                return m_in.size() >= size;
            }
            m_in.append(buffer, n);
        }
        return m_in.size() >= size;
    }
    QByteArray take(qsizetype size)
    {
        const QByteArray head = m_in.left(size);
        m_in.remove(0, size);
        return head;
    }
    /** The next server frame: opcode and payload (unmasked, final). */
    std::pair<int, QByteArray> frame()
    {
        if (!fill(2))
            return { -1, {} };
        const int opcode = quint8(m_in[0]) & 0x0f;
        qsizetype length = quint8(m_in[1]) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            fill(4);
            length = (qsizetype(quint8(m_in[2])) << 8) | quint8(m_in[3]);
            header = 4;
        } else if (length == 127) {
            fill(10);
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_in[i]);
            header = 10;
        }
        if (!fill(header + length))
            return { -1, {} };
        take(header);
        return { opcode, take(length) };
    }
    /** Until the server closes its side. */
    bool waitForEof(int timeoutMs = 5000)
    {
        fill(std::numeric_limits<qsizetype>::max(), timeoutMs);
        return m_eof;
    }
    int fd() const { return m_fd; }

private:
    int m_fd;
    QByteArray m_in;
    bool m_eof = false;
};

struct Fixture
{
    std::unique_ptr<wire::Engine> engine;
    std::vector<std::unique_ptr<WireSessionIo>> ios;
    std::unique_ptr<Peer> peer;

    explicit Fixture(qint64 stalledReaderMs = 10'000)
    {
        engine = std::make_unique<wire::Engine>(1,
            wire::LoopSettings{ 1024 * 1024, stalledReaderMs, 256 * 1024 },
            wire::Engine::Handlers{ [this](const std::shared_ptr<wire::Connection> &connection) {
                                       ios.push_back(std::make_unique<WireSessionIo>(connection));
                                   },
                [](const QHostAddress &, quint16) {} });
        int fds[2];
        ::socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
        ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
        engine->adopt(fds[0], QHostAddress::LocalHost, 1);
        peer = std::make_unique<Peer>(fds[1]);
        peer->send(
            "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    }
    ~Fixture()
    {
        ios.clear();
        engine.reset();
    }
    /** The 101 read and the session made. */
    bool upgraded()
    {
        const QByteArray response = wire::switchingProtocolsResponse("dGhlIHNhbXBsZSBub25jZQ==");
        if (!peer->fill(response.size()) || peer->take(response.size()) != response)
            return false;
        QElapsedTimer timer;
        timer.start();
        while (ios.empty() && timer.elapsed() < 5000)
            QTest::qWait(10);
        return !ios.empty();
    }
};
} // namespace

class TestWireEngine : public QObject
{
    Q_OBJECT

private slots:
    void framesArriveInOrderBothWays()
    {
        Fixture f;
        QVERIFY(f.upgraded());
        WireSessionIo &io = *f.ios.front();
        QSignalSpy received(&io, &SessionIo::binaryReceived);
        for (int i = 0; i < 300; ++i)
            io.post(QByteArray::number(i).repeated(i * 10 + 1));
        for (int i = 0; i < 300; ++i) {
            const auto [opcode, payload] = f.peer->frame();
            QCOMPARE(opcode, 2);
            QCOMPARE(payload, QByteArray::number(i).repeated(i * 10 + 1));
        }
        QTRY_COMPARE(io.queuedBytes(), qint64(0));
        for (int i = 0; i < 50; ++i)
            f.peer->sendFrame(2, "tablet " + QByteArray::number(i));
        QTRY_COMPARE(received.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(received.at(i).at(0).toByteArray(), "tablet " + QByteArray::number(i));
    }

    void pingIsAnsweredAndCloseSaysItsCode()
    {
        Fixture f;
        QVERIFY(f.upgraded());
        WireSessionIo &io = *f.ios.front();
        QSignalSpy gone(&io, &SessionIo::disconnected);
        f.peer->sendFrame(9, "are you there");
        const auto [pongOpcode, pong] = f.peer->frame();
        QCOMPARE(pongOpcode, 0xA);
        QCOMPARE(pong, QByteArray("are you there"));
        io.post("last words");
        io.postClose(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no Hello"));
        io.post("never sent");
        QCOMPARE(f.peer->frame().second, QByteArray("last words"));
        const auto [closeOpcode, close] = f.peer->frame();
        QCOMPARE(closeOpcode, 8);
        QCOMPARE(close, QByteArray("\x03\xf0no Hello"));
        QVERIFY(f.peer->waitForEof());
        ::shutdown(f.peer->fd(), SHUT_RDWR); // the tablet goes: the connection ends
        QTRY_COMPARE(gone.size(), 1);
    }

    void aStalledReaderIsCutOff()
    {
        Fixture f(300);
        QVERIFY(f.upgraded());
        WireSessionIo &io = *f.ios.front();
        QSignalSpy gone(&io, &SessionIo::disconnected);
        // The tablet reads nothing; the room fills what the socket takes and waits for it.
        const QByteArray big(256 * 1024, 'x');
        for (int i = 0; i < 16; ++i)
            io.post(big);
        QTRY_VERIFY(io.queuedBytes() < 16 * big.size()); // the socket took some
        io.setWaiting(true);
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000);
        QCOMPARE(io.queuedBytes(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestWireEngine)
#include "tst_wireengine.moc"
