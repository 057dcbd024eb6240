#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace quorum {

/**
 * The room server's listening socket. It accepts TCP connections, runs the server side of the
 * TLS handshake (unless the server runs --insecure) and hands each connection on (ready())
 * for the WebSocket upgrade. Until a connection has authenticated it is "unauthenticated":
 * the TLS handshake and the upgrade must end within a deadline, and only so many such
 * connections are kept: past the cap the oldest is closed, so that half-open connections
 * can neither hold file descriptors forever nor keep a tablet out (issue 12).
 */
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int handshakeTimeoutMs;
        int maxUnauthenticated;
    };

    explicit Listener(Limits limits, QObject *parent = nullptr);

    /** TLS for every connection; without it, plain TCP (--insecure). */
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isSecure() const { return m_tls.has_value(); }

    /**
     * The WebSocket upgrade of the connection from this peer is done: no handshake deadline any
     * more. Returns its socket (null when it is gone), which the listener no longer touches: it
     * may move to an I/O thread; past the cap it is closed through `abort` (on this thread).
     */
    QTcpSocket *upgraded(const QHostAddress &address, quint16 port, std::function<void()> abort);
    /** The connection from this peer authenticated: it no longer counts against the cap. */
    void authenticated(const QHostAddress &address, quint16 port);

    /**
     * The wire engine (wire/wireengine.h): each accepted descriptor goes to `adopt` (TLS, if
     * any, and the upgrade run there), which returns what aborts it; the listener keeps its
     * deadline and its place under the cap. Without one, the Qt engine's sockets (ready()).
     */
    using Adopt
        = std::function<std::function<void()>(int fd, const QHostAddress &peer, quint16 port)>;
    void setAdopt(Adopt adopt) { m_adopt = std::move(adopt); }
    /** An adopted connection is upgraded: no handshake deadline any more (still capped). */
    void upgradedAdopted(const QHostAddress &address, quint16 port);
    /** An adopted connection is gone (either side closed it): no longer counted. */
    void gone(const QHostAddress &address, quint16 port) { forget(keyOf(address, port)); }

    /** Connections accepted that have not authenticated yet. */
    int unauthenticatedCount() const { return int(m_pending.size()); }

signals:
    /** A connection ready for the WebSocket upgrade (TLS established, or plain). */
    void ready(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Pending
    {
        QPointer<QTcpSocket> socket; // until upgraded
        qint64 acceptedAtMs = 0;
        bool upgraded = false;
        std::function<void()> abort; // once upgraded (the wire engine's: from the start)
    };
    void adopt(qintptr descriptor);
    static QString keyOf(const QHostAddress &address, quint16 port);
    void forget(const QString &key);
    void closeOldest();
    void close(const Pending &pending);
    void expire();

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    Adopt m_adopt;
    QHash<QString, Pending> m_pending; // peer "address port" -> connection
    QElapsedTimer m_clock;
    QTimer m_deadlines;
};

} // namespace quorum
