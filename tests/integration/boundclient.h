#pragma once

#include "protocol.h"

#include <QHostAddress>
#include <QSslSocket>

#include <deque>
#include <optional>

/**
 * A WebSocket client whose connection leaves from a chosen local address (127.0.0.2,
 * 127.0.0.3, ...), which QWebSocket cannot do: for tests of limits per client address. It
 * speaks just enough of RFC 6455 for Hello and its answers (binary frames, masked, no
 * fragmentation). Over TLS when the URL says wss (the certificate is not checked: the test
 * talks to its own server).
 */
class BoundClient
{
public:
    bool open(const QHostAddress &local, const QUrl &url, int ms = 10'000);
    void send(const quorum::v1::ClientMessage &message);
    /** The next server message (up to `ms`); nullopt on timeout or close. */
    std::optional<quorum::v1::ServerMessage> next(int ms = 5000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState && !m_closed; }

private:
    bool parseFrames();

    QSslSocket m_socket;
    QByteArray m_buffer;
    std::deque<quorum::v1::ServerMessage> m_inbox;
    bool m_closed = false;
};
