#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;

/**
 * One WebSocket to the room server that comes back by itself.
 *
 * Tablets sit on Wi-Fi that drops links silently and servers restart mid-meeting, so after an
 * unexpected loss this class retries on its own, with exponential backoff and jitter (so a
 * room full of tablets does not reconnect in lockstep). A keepalive ping detects links that
 * died without a FIN. It knows frames, not the protocol: MeetingClient says Hello on
 * opened() and decides which server answers are fatal (close()) or worth a new try (drop()).
 */
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // not trying: never opened, or close()d
        Opening, // TCP/WebSocket handshake in progress
        Open, // frames can flow
        Waiting, // lost; the next attempt is scheduled
    };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    State state() const { return m_state; }
    /** True while a socket still exists, including one finishing its close handshake. */
    bool hasSocket() const { return !m_socket.isNull() || !m_closingSocket.isNull(); }

    /** Backoff after the n-th failed attempt: initialMs * 2^n capped at maxMs, jittered. */
    void setReconnectPolicy(int initialMs, int maxMs);
    /** Ping every intervalMs while open; a link silent for timeoutMs counts as lost. */
    void setKeepalive(int intervalMs, int timeoutMs);

    /**
     * For wss:// URLs: the SHA-256 of the only server certificate to accept (tlspinning.h).
     * Empty: none known yet, every certificate is refused and reported (certificateRefused).
     */
    void setPinnedFingerprint(const QString &fingerprint) { m_pinnedFingerprint = fingerprint; }

    /** Starts connecting to url now, dropping any current socket; backoff starts afresh. */
    void open(const QUrl &url);
    /** Stops trying and closes the socket with a normal close code. */
    void close();
    /** Aborts the socket (it cannot be trusted any more) and schedules a new attempt. */
    void drop(const QString &reason);
    /** The session proved good (the server welcomed us): the next loss retries quickly. */
    void resetBackoff() { m_attempt = 0; }

    /** Sends one binary frame; false when not open. */
    bool send(const QByteArray &frame);

signals:
    void opened();
    void messageReceived(const QByteArray &frame);
    /** The link went away unexpectedly; a new attempt follows after retryInMs. */
    void lost(const QString &reason, int retryInMs);
    /** A close() finished: no socket is left. */
    void closed();
    /**
     * The server showed a certificate other than the pinned one (or none was pinned): nothing
     * was sent, and no new attempt follows (state Idle) — retrying would only meet it again.
     */
    void certificateRefused(const QString &presentedFingerprint);

private:
    void startAttempt();
    void onKeepaliveTick();
    void onSocketGone(QWebSocket *socket, const QString &reason);
    void discardSocket();
    int nextDelayMs();

    QUrl m_url;
    QString m_pinnedFingerprint;
    QString m_refusedFingerprint; // set while the current socket fails for its certificate
    bool m_refused = false;
    State m_state = State::Idle;
    QPointer<QWebSocket> m_socket;
    QPointer<QWebSocket> m_closingSocket;
    QTimer m_retryTimer;
    QTimer m_keepaliveTimer;
    QElapsedTimer m_lastActivity;
    int m_attempt = 0;
    int m_initialDelayMs = 250;
    int m_maxDelayMs = 10000;
    int m_keepaliveTimeoutMs = 15000;
};
