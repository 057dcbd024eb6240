#include "boundclient.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

bool BoundClient::open(const QHostAddress &local, const QUrl &url, int ms)
{
    if (!m_socket.bind(local, 0))
        return false;
    const bool tls = url.scheme() == QLatin1String("wss");
    if (tls) {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    } else {
        m_socket.connectToHost(url.host(), quint16(url.port()));
    }
    if (!QTest::qWaitFor(
            [&] {
                return tls ? m_socket.isEncrypted()
                           : m_socket.state() == QAbstractSocket::ConnectedState;
            },
            ms))
        return false;
    const QByteArray key = QByteArray::number(QRandomGenerator::global()->generate64()).toBase64();
    m_socket.write("GET / HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':'
        + QByteArray::number(url.port())
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
        + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    if (!QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_buffer.contains("\r\n\r\n")
                    || m_socket.state() != QAbstractSocket::ConnectedState;
            },
            ms))
        return false;
    const int end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0 || !m_buffer.startsWith("HTTP/1.1 101"))
        return false;
    m_buffer.remove(0, end + 4);
    return true;
}

void BoundClient::send(const quorum::v1::ClientMessage &message)
{
    const QByteArray payload = quorum::encode(message);
    QByteArray frame;
    frame.append(char(0x82)); // FIN, binary
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char maskBytes[4] = { char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask) };
    frame.append(maskBytes, 4);
    for (int i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ maskBytes[i % 4]));
    m_socket.write(frame);
}

bool BoundClient::parseFrames()
{
    while (m_buffer.size() >= 2) {
        const quint8 opcode = quint8(m_buffer[0]) & 0x0f;
        quint64 length = quint8(m_buffer[1]) & 0x7f;
        int header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return true;
            length = (quint64(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return true;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_buffer[i]);
            header = 10;
        }
        if (quint64(m_buffer.size()) < header + length)
            return true;
        const QByteArray payload = m_buffer.mid(header, int(length));
        m_buffer.remove(0, header + int(length));
        if (opcode == 0x8) {
            m_closed = true;
            return false;
        }
        if (opcode == 0x2) {
            if (auto message = quorum::decode<quorum::v1::ServerMessage>(payload))
                m_inbox.push_back(std::move(*message));
        }
    }
    return true;
}

std::optional<quorum::v1::ServerMessage> BoundClient::next(int ms)
{
    QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            parseFrames();
            return !m_inbox.empty() || m_closed
                || m_socket.state() != QAbstractSocket::ConnectedState;
        },
        ms);
    if (m_inbox.empty())
        return std::nullopt;
    auto message = std::move(m_inbox.front());
    m_inbox.pop_front();
    return message;
}
