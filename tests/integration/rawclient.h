#pragma once

#include "protocol.h"
#include "snapshotpages.h"

#include <QWebSocket>

#include <QHash>

#include <deque>
#include <functional>
#include <memory>

/** A FollowState notice (where this tablet reads), as a tablet sends it. */
quorum::v1::ClientMessage followState(bool following, const std::string &documentId, quint32 page);

/**
 * A bare WebSocket peer that speaks the wire protocol byte by byte, for tests that must
 * send what no well-behaved client would.
 */
class RawClient : public QObject
{
    Q_OBJECT
public:
    explicit RawClient(QObject *parent = nullptr);

    /**
     * A client that opened, said Hello with `pin` and was welcomed (its Welcome in `welcome`
     * when given); nullptr when any step failed. `lean`: see setLean().
     */
    static std::unique_ptr<RawClient> joined(const QUrl &url, const QString &pin,
        const QString &device, quorum::v1::Welcome *welcome = nullptr, bool lean = false);

    bool open(const QUrl &url);
    /**
     * For tests that push hundreds of MB through many clients: keep no frames, queue no events
     * for next(), and keep events without their annotation payload (seq, kind, actor remain).
     */
    void setLean(bool lean) { m_lean = lean; }
    /** The meeting later hello() calls name (empty: the server's only meeting). */
    void setMeeting(const QString &meetingId) { m_meetingId = meetingId; }
    void sendBytes(const QByteArray &bytes) { m_socket.sendBinaryMessage(bytes); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void send(const quorum::v1::ClientMessage &message) { sendBytes(quorum::encode(message)); }
    void hello(const QString &secret, quint64 lastSeq = 0,
        const QString &device = QStringLiteral("raw"), quint32 version = quorum::ProtocolVersion);
    /** Hello with a device token (from an earlier Welcome) instead of a PIN. */
    void helloToken(const QString &token, const QString &device = QStringLiteral("raw"));
    /** Sends a command; returns its request id. */
    quint64 command(quorum::v1::Command command, const QString &commandId = {});

    /** Waits for the next server message (up to `ms`). */
    std::optional<quorum::v1::ServerMessage> next(int ms = 5000);
    /** Waits for a message of one kind, skipping others. */
    std::optional<quorum::v1::ServerMessage> nextOf(
        quorum::v1::ServerMessage::BodyCase kind, int ms = 5000);
    /** Every byte of one blob through FetchDocument, or empty with a failure in `error`. */
    QByteArray fetchAll(const std::string &sha256, QString *error);
    /** Waits for Welcome after hello(). */
    std::optional<quorum::v1::Welcome> welcome(int ms = 5000);
    /**
     * After a Welcome with a snapshot: waits for its annotation pages up to the last one and
     * returns their annotations in the order received (lean: without their content; none when
     * the Welcome said none follow);
     * std::nullopt when the last page did not come in time.
     */
    std::optional<std::vector<quorum::v1::AnnotationOp>> snapshotAnnotations(int ms = 5000);
    /** The largest frame received so far, in bytes (lean clients too). */
    qint64 largestFrame() const { return m_largestFrame; }
    /** Waits for the reply to a request id. */
    std::optional<quorum::v1::Reply> reply(quint64 requestId, int ms = 5000);
    /** Every frame received, undecoded, for scans of what was sent. */
    const std::vector<QByteArray> &frames() const { return m_frames; }
    /** Events received so far (and drained from the queue by nextOf/reply). */
    const std::vector<quorum::v1::Event> &events() const { return m_events; }

    bool waitForClose(int ms = 5000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QWebSocket &socket() { return m_socket; }

private:
    /** One server message as received (a paged Welcome whole). */
    void receive(quorum::v1::ServerMessage message);

    QWebSocket m_socket;
    std::deque<quorum::v1::ServerMessage> m_inbox;
    std::vector<quorum::v1::Event> m_events;
    std::vector<QByteArray> m_frames;
    QHash<quint64, quorum::v1::Reply> m_replies; // received, not yet asked for
    quint64 m_nextRequest = 1;
    QString m_meetingId;
    bool m_lean = false;
    qint64 m_largestFrame = 0;
    std::vector<quorum::v1::AnnotationOp> m_pageOps; // of pages received, until taken
    int m_lastPages = 0; // pages with last = true received
    quorum::SnapshotPages m_snapshotPages; // a Welcome whose snapshot comes in pages
};

/**
 * The largest stroke the server takes (annotationlimits::MaxPointsPerStroke, 10,000 points with
 * pressure): an Annotate of ~125 KB on page 0 of `documentId`, shared layer; `seed` varies it.
 */
/** A command built by `fill`: a test's one-liner, command([](v1::Command &c) { ... }). */
quorum::v1::Command command(const std::function<void(quorum::v1::Command &)> &fill);

/**
 * Sends `c` on `client` and waits up to a minute for its Reply: whether it was applied (a
 * refusal's English detail goes to the test's log).
 */
bool applied(RawClient &client, quorum::v1::Command c);

quorum::v1::Command maximumStroke(const std::string &documentId, const QString &opId, int seed = 0);
