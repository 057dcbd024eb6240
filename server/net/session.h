#pragma once

#include "annotations.h"
#include "protocol.h"
#include "serverconfig.h"
#include "tokenbucket.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QWebSocketProtocol>

#include <deque>
#include <memory>
#include <optional>
#include <utility>

namespace quorum {

class Room;
class SessionIo;

/**
 * One tablet's connection: who it authenticated as, its limits and what the room owes it. It
 * lives on the deciding thread; its socket (TLS, WebSocket framing, bulk transfers) is a
 * SessionIo on an I/O thread, handed serialized frames. Sessions only carry bytes; what a
 * message means is decided by the handlers and the core.
 */
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        AwaitingHello, // only Hello is allowed
        Joining, // authenticated; Welcome goes out with the next commit
        Live, // Welcome sent; receives every event of its room
        Listing, // the organiser's list of meetings goes out in pages; then closed
        Closed,
    };

    /** Takes `io` (its socket, on an I/O thread or this one); `peer` and `peerPort` are the
     * tablet's. */
    Session(SessionIo *io, const QHostAddress &peer, quint16 peerPort, const ServerConfig &config,
        QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool isAuthenticated() const { return m_state == State::Joining || m_state == State::Live; }
    /** Whether it is owed frames as fast as it reads (Rooms::feed): live, or listing meetings. */
    bool isFed() const { return m_state == State::Live || m_state == State::Listing; }
    void setState(State state) { m_state = state; }

    /**
     * `commands` is the participant's budget, shared by all their connections (null: this
     * connection's own, e.g. when detaching); `deviceKey` the enrolled device it joined as.
     */
    void authenticate(Room *room, const QString &participantId, v1::Role role,
        const QString &deviceId, std::shared_ptr<TokenBucket> commands = {},
        const QString &deviceKey = {});
    /** EnrolledDevice.device_key of the device (RevokeDevice closes its connections). */
    const QString &deviceKey() const { return m_deviceKey; }
    void setDeviceKey(const QString &key) { m_deviceKey = key; }
    /** A device token made for this connection's Welcome (a PIN joined); empty otherwise. */
    const QString &issuedToken() const { return m_issuedToken; }
    void setIssuedToken(const QString &token) { m_issuedToken = token; }
    Room *room() const { return m_room; }
    const QString &participantId() const { return m_participantId; }
    v1::Role role() const { return m_role; }
    const QString &deviceId() const { return m_deviceId; }
    QString peerAddress() const;
    /** A short name for log lines: address, and participant once known. */
    QString describe() const;

    void send(const QByteArray &frame);
    void send(const v1::ServerMessage &message) { send(encode(message)); }
    void sendError(v1::ErrorCode code, const QString &detail);
    /** An Error not tied to a command, with its reason (a refused FollowState or StrokePreview). */
    void sendError(const v1::Error &error);
    /** Closes after the queued frames are written. */
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    /** Drops the connection now (a connection past the listener's cap, a reader far behind). */
    void abort();
    /** At shutdown, before the I/O threads end: the socket goes with its thread. */
    void detachIo();

    /**
     * Queues the reply to an applied command until the group commit numbered `ticket` (the
     * batch its events, or its record as done, are staged in) is durable and its events sent.
     */
    void queueReply(v1::ServerMessage reply, quint64 ticket)
    {
        m_pendingReplies.push_back({ std::move(reply), ticket });
    }
    /**
     * Sends the queued replies of batches up to `durableTicket` whose events this tablet has
     * been sent (sentThrough), so that a reply always follows the events it acknowledges;
     * when `failed` (a commit failed), those of later batches as INTERNAL errors.
     */
    void flushReplies(quint64 durableTicket, bool failed);
    /**
     * Whether a reply of a batch up to `durableTicket` (durable) still waits for its events;
     * replies of later batches do not count (their events come with their own batch).
     */
    bool hasRepliesDue(quint64 durableTicket) const;

    /**
     * A Welcome built on a state not yet durable (its snapshot's seq `seq`): it goes out, and
     * the session goes live, once the room has published that seq (RoomServer::releaseWelcome).
     */
    void holdWelcome(QByteArray frame, quint64 seq)
    {
        m_heldWelcome = std::move(frame);
        m_heldWelcomeSeq = seq;
    }
    bool hasHeldWelcome() const { return !m_heldWelcome.isEmpty(); }
    quint64 heldWelcomeSeq() const { return m_heldWelcomeSeq; }
    QByteArray takeHeldWelcome() { return std::exchange(m_heldWelcome, {}); }

    /**
     * The last seq this tablet has been sent (the Welcome's, then each frame's). The room
     * feeds it from there as fast as it reads (Rooms::feed), never its whole backlog.
     */
    quint64 sentThrough() const { return m_sentThrough; }
    void setSentThrough(quint64 seq) { m_sentThrough = seq; }
    /** Whether the socket has room for another frame (less than FrameTargetBytes waiting). */
    bool isWritable() const;
    /** What waits to be written to this tablet, in bytes (SessionIo::queuedBytes). */
    qint64 queuedBytes() const;
    /**
     * After feeding: whether frames wait for this tablet to read. While they do and the
     * socket takes nothing for ServerConfig::stalledReaderMs, the tablet is cut off.
     */
    void setWaitingForReader(bool waiting);

    /** Annotation pages still to send after a Welcome with a snapshot (Rooms::feed). */
    struct Pages
    {
        quint64 snapshotSeq = 0;
        std::vector<AnnotationGroup> groups;
        size_t group = 0; // the next one to send from
        size_t op = 0; // within it
    };
    std::optional<Pages> &pages() { return m_pages; }
    /**
     * A snapshot too big for one frame, still to send as SnapshotPages after its Welcome and
     * before the annotation pages (Rooms::feed): its bytes (shared with every tablet joining
     * at the same seq) and how far they went.
     */
    struct SnapshotBytes
    {
        QByteArray bytes;
        qint64 sent = 0;
    };
    std::optional<SnapshotBytes> &snapshotBytes() { return m_snapshotBytes; }

    /**
     * The organiser's list of meetings, too long for one frame, still to send as MeetingsPages
     * after its Welcome (Rooms::feed): the meetings' ids at the Welcome, in order, and the
     * next one to send.
     */
    struct MeetingList
    {
        QStringList ids;
        qsizetype next = 0;
    };
    std::optional<MeetingList> &meetingList() { return m_meetingList; }
    /**
     * The organiser's desk asked for the list of meetings (no meeting joined): `ids` go out
     * in pages as fast as it reads, then the connection is closed. It said its Hello: no
     * other message is taken.
     */
    void listMeetings(const QString &participantId, QStringList ids);

    /**
     * One connection's share of a group commit: frames past FrameTargetBytes in one commit
     * turn wait (in order) for the next turn, so that a burst of big strokes from one delegate
     * is spread over several commits and everyone else's commands go in between. Returns
     * false when the frame was not taken because too much already waits (a flood: closed).
     */
    bool deferIfOverBudget(const QByteArray &frame);
    /** Counts a frame handled in this commit turn. */
    void countTurnBytes(qint64 bytes) { m_turnBytes += bytes; }
    /** A new commit turn: the next deferred frame within budget, if any (call until empty). */
    std::optional<QByteArray> takeDeferred();
    void startTurn() { m_turnBytes = 0; }
    bool hasDeferred() const { return !m_deferred.empty() && m_state != State::Closed; }

    /** Rate limit for commands; counts rejections so that a flood ends in a close. */
    bool admitCommand(qint64 nowMs);

    /**
     * Bulk bytes (document chunks, a TransferQueue on the socket's thread), sent only while
     * little else is queued. False when TransferQueue::MaxTransfers are queued already.
     */
    bool enqueueTransfer(
        const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total);

signals:
    void binaryReceived(quorum::Session *session, const QByteArray &bytes);
    void textReceived(quorum::Session *session);
    void disconnected(quorum::Session *session);
    /** Its Hello was accepted (authenticate()): the listener stops counting it as a stranger. */
    void authenticated(quorum::Session *session);
    /** The socket wrote what it held down to below FrameTargetBytes: feed it more. */
    void writable(quorum::Session *session);

private:
    SessionIo *m_io; // deleted on its own thread (deleteLater)
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    const ServerConfig &m_config;
    State m_state = State::AwaitingHello;
    Room *m_room = nullptr;
    QString m_participantId;
    v1::Role m_role = v1::ROLE_UNSPECIFIED;
    QString m_deviceId;
    QTimer m_helloTimer;
    std::shared_ptr<TokenBucket> m_commands;
    QString m_deviceKey;
    QString m_issuedToken;
    int m_rejectedInARow = 0;
    struct PendingReply
    {
        v1::ServerMessage message;
        quint64 ticket;
    };
    std::vector<PendingReply> m_pendingReplies;
    QByteArray m_heldWelcome;
    quint64 m_heldWelcomeSeq = 0;
    quint64 m_sentThrough = 0;
    qint64 m_turnBytes = 0;
    std::deque<QByteArray> m_deferred;
    qint64 m_deferredBytes = 0;
    std::optional<Pages> m_pages;
    std::optional<SnapshotBytes> m_snapshotBytes;
    std::optional<MeetingList> m_meetingList;
};

} // namespace quorum
