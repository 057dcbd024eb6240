// A tablet that stops reading (a frozen app, a half-open Wi-Fi link) is cut off once its
// socket took nothing for a while (ServerConfig::stalledReaderMs, 10 s) while the room had
// frames for it, in the middle of a fan-out to the whole room. Everyone else must still
// receive every event exactly once, in order.
//
// Regression test for a bug found in review: the cut-off session used to be removed from the
// server's session list inside the fan-out loop over that list, so the tablet after it missed
// the batch and the last one received it twice.
#include "certfingerprint.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTest>

#include <set>

using namespace quorum;

namespace {

/**
 * A WebSocket peer that joins and then never reads a byte: Qt's read buffer is capped and
 * never drained, so the kernel's window closes and the server's queue for it grows.
 */
class StuckPeer
{
public:
    bool join(quint16 port, const QString &fingerprint, const QString &pin)
    {
        m_socket.setReadBufferSize(1024);
        // Over TLS, as every tablet: the pinned certificate only (tlspinning.h does it for
        // QWebSocket).
        QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket, [this, fingerprint] {
            if (certificateFingerprint(m_socket.peerCertificate().toDer()) == fingerprint)
                m_socket.ignoreSslErrors();
        });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForEncrypted(5000))
            return false;
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
        const QByteArray key = nonce.toBase64();
        m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                       "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
            + key + "\r\n\r\n");
        // The Hello only after the upgrade: the server reads the handshake on its own.
        if (!m_socket.waitForReadyRead(5000) || !m_socket.readAll().startsWith("HTTP/1.1 101"))
            return false;
        v1::ClientMessage hello;
        hello.mutable_hello()->set_protocol_version(ProtocolVersion);
        hello.mutable_hello()->set_secret(sstr(pin));
        hello.mutable_hello()->set_device_id("stuck");
        m_socket.write(maskedBinaryFrame(encode(hello)));
        return m_socket.waitForBytesWritten(5000);
    }

private:
    static QByteArray maskedBinaryFrame(const QByteArray &payload)
    {
        Q_ASSERT(payload.size() < 126);
        QByteArray frame;
        frame.append(char(0x82)); // FIN, binary
        frame.append(char(0x80 | payload.size())); // masked, length
        const QByteArray mask = QByteArrayLiteral("\x11\x22\x33\x44");
        frame.append(mask);
        for (int i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        return frame;
    }

    QSslSocket m_socket;
};

bool sawLeave(const RawClient &client, const std::string &participant)
{
    for (const v1::Event &e : client.events())
        if (e.has_participant_left() && e.participant_left().participant_id() == participant)
            return true;
    return false;
}

} // namespace

class TestStuckReader : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    std::unique_ptr<RawClient> join(
        const QString &pin, const QString &device, v1::Welcome *welcome = nullptr)
    {
        // Lean: ~40 MB of strokes reach each of a dozen clients.
        return RawClient::joined(m_server.url(), pin, device, welcome, true);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.output())); }

    void roomKeepsEveryEventWhenAStuckTabletIsCutOff()
    {
        // The stuck tablet connects first, so the listeners come after it in the server's
        // session list: the one right after it is the one a removal inside the loop skipped.
        StuckPeer stuck;
        QVERIFY(stuck.join(m_server.port(), m_server.fingerprint(), QStringLiteral("310001")));
        v1::Welcome welcome;
        std::vector<std::unique_ptr<RawClient>> listeners;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto probe = join(QStringLiteral("900000"), QStringLiteral("probe"), &welcome);
                for (const v1::Participant &p : welcome.snapshot().meeting().participants())
                    if (p.id() == "d01")
                        return p.present();
                return false;
            }(),
            10000);
        QVERIFY2(welcome.snapshot().documents_size() > 0, qPrintable(m_server.output()));
        const std::string documentId = welcome.snapshot().documents(0).id();

        std::vector<quint64> welcomedAt;
        for (const char *pin : { "310007", "310008", "310009", "310010", "900000" }) {
            listeners.push_back(join(QString::fromLatin1(pin),
                QStringLiteral("listener-%1").arg(listeners.size()), &welcome));
            QVERIFY(listeners.back());
            welcomedAt.push_back(welcome.snapshot().seq());
        }
        // Writers take turns: 100 strokes each (a participant's command burst), ~12 MB to every
        // tablet per round, until the server gives up on the stuck one (10 s without reading).
        // Seven participants: each may store 16 MiB of annotations on a document and send 100
        // commands at once (docs/protocol.md, quotas), so nobody writes twice.
        std::vector<std::unique_ptr<RawClient>> writers;
        for (const char *pin :
            { "310002", "310003", "310004", "310005", "310006", "246810", "135790" })
            writers.push_back(
                join(QString::fromLatin1(pin), QStringLiteral("writer-%1").arg(writers.size())));
        std::set<quint64> acknowledged;
        int sent = 0;
        for (auto &writer : writers) {
            QVERIFY(writer);
            std::vector<quint64> requests;
            for (int i = 0; i < 100; ++i, ++sent)
                requests.push_back(writer->command(
                    maximumStroke(documentId, QStringLiteral("stuck-test-%1").arg(sent), sent)));
            for (quint64 request : requests) {
                const auto reply = writer->reply(request, 30000);
                QVERIFY(reply);
                QVERIFY2(!reply->has_error(), reply->error().detail().c_str());
                acknowledged.insert(reply->seq());
            }
            if (sawLeave(*listeners.front(), "d01"))
                break;
        }
        // The stall is measured from when its socket stopped taking bytes: 10 s plus the fan-out.
        QTRY_VERIFY_WITH_TIMEOUT(sawLeave(*listeners.front(), "d01"), 30000);
        QVERIFY2(m_server.output().contains(QStringLiteral("is not reading")),
            qPrintable(m_server.output()));

        // Every listener holds every event after its Welcome once, without a gap, including
        // every acknowledged stroke and the stuck tablet's departure.
        const quint64 lastSeq = *acknowledged.rbegin();
        for (size_t l = 0; l < listeners.size(); ++l) {
            RawClient *listener = listeners[l].get();
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    listener->next(20);
                    return !listener->events().empty() && listener->events().back().seq() >= lastSeq
                        && sawLeave(*listener, "d01");
                }(),
                30000);
            const auto &events = listener->events();
            for (size_t i = 1; i < events.size(); ++i)
                QCOMPARE(events[i].seq(), events[i - 1].seq() + 1);
            QCOMPARE(events.front().seq(), welcomedAt[l] + 1);
            std::set<quint64> received;
            for (const v1::Event &e : events)
                received.insert(e.seq());
            for (quint64 seq : acknowledged)
                QVERIFY2(
                    received.count(seq), qPrintable(QStringLiteral("seq %1 missing").arg(seq)));
        }
        qInfo("%d strokes sent; the stuck tablet was cut off, 5 listeners got all of them", sent);
    }
};

QTEST_MAIN(TestStuckReader)
#include "tst_stuckreader.moc"
