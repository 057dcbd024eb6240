#pragma once

#include "transferqueue.h"
#include "wsframes.h"
#include "wsupgrade.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

struct ssl_st;
struct ssl_ctx_st;

namespace quorum {
class WireSessionIo;
}

namespace quorum::wire {

class Loop;

/**
 * One tablet's socket in the wire engine, on its loop's thread: the TLS handshake (OpenSSL on
 * the descriptor), the WebSocket upgrade and frames (wsupgrade.h, wsframes.h), the queue of
 * frames to write, the bulk transfers (TransferQueue, through TransferSink) and the deadlines.
 *
 * Shared with the deciding thread: the counters below (atomics) and `owner`, which only the
 * deciding thread touches. Kept alive by its loop while open, and by its WireSessionIo and the
 * events that name it.
 *
 * Output: each frame is its header (wsframes.h frameHeader) and the shared serialized bytes,
 * never copied per tablet on a plain socket (one sendmsg of every queued frame); over TLS the
 * frames of a turn are gathered into the loop's staging buffer and encrypted by one SSL_write
 * (one record, one write for the small frames of a fan-out). What SSL_write could not take
 * stays as this connection's own copy until the socket is writable again (OpenSSL wants the
 * same bytes again).
 */
class Connection : public TransferSink, public std::enable_shared_from_this<Connection>
{
public:
    Connection(Loop &loop, int fd, const QHostAddress &peer, quint16 port);
    ~Connection() override;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const QHostAddress &peer() const { return m_peer; }
    quint16 port() const { return m_port; }
    Loop &loop() const { return m_loop; }

    // Any thread.
    qint64 queuedBytes() const { return handedOver.load() + inConnection.load(); }
    std::atomic<qint64> handedOver{ 0 }; // posted, not yet in the queue (deciding thread adds)
    std::atomic<qint64> inConnection{ 0 }; // queued here, plaintext not yet in the kernel
    std::atomic<bool> waiting{ false }; // the room waits for it to drain (setWaiting)
    std::atomic<int> transfersQueued{ 0 };
    std::atomic<int> transfersPosted{ 0 };

    // The deciding thread's.
    WireSessionIo *owner = nullptr;

    // The loop's thread.
    /** Registers with OpenSSL (null: plain) and starts; the loop watches the socket after it. */
    void start(ssl_ctx_st *tls);
    int fd() const { return m_fd; }
    bool isClosed() const { return m_phase == Phase::Closed; }
    void onReadable();
    void onWritable();
    /** Writes what is queued, as much as the socket takes. */
    void flush();
    /** A frame handed over by post(): queued (or dropped once closing), then uncounted. */
    void takeFrame(QByteArray frame);
    void close(quint16 code, const QByteArray &reason);
    void abort();
    /** The stalled-reader deadline on (setWaiting(true)) or off. */
    void watchReader(bool on);
    void addTransfer(
        const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total);
    void setName(const QString &name) { m_name = name; }
    /** Deadlines: a reader stalled for stalledReaderMs, a close not finished. */
    void sweep(qint64 nowMs);

    // TransferSink (the loop's thread).
    bool isOpen() const override;
    qint64 bytesToWrite() const override { return inConnection.load(); }
    void sendBinary(QByteArray frame) override;
    void later(std::function<void()> call) override;

private:
    enum class Phase : quint8 {
        Handshake, // TLS
        Upgrade, // reading the HTTP upgrade request
        Open, // WebSocket frames
        Lingering, // our side shut down: reading until the peer closes (or the deadline)
        Closed,
    };
    struct Out
    {
        QByteArray bytes; // shared with every recipient
        char head[MaxFrameHeaderBytes] = {};
        quint8 headLength = 0; // 0: `bytes` is raw (101 response, a control frame)
    };
    void handshake();
    void received(const char *data, qsizetype size);
    void upgrade(const char *data, qsizetype size);
    void decode(const char *data, qsizetype size);
    void queue(Out out);
    void queueRaw(QByteArray bytes);
    void queueClose(quint16 code, QByteArrayView reason);
    /** Returns the bytes written; sets m_blocked when the socket is full; false on an error. */
    bool writePlain(qint64 *written);
    bool writeTls(qint64 *written);
    void wrote(qint64 bytes);
    void finishClose();
    void closeNow(const char *why);
    QString describe() const;

    Loop &m_loop;
    int m_fd;
    QHostAddress m_peer;
    quint16 m_port;
    ssl_st *m_ssl = nullptr;
    Phase m_phase = Phase::Upgrade;
    QString m_name;

    QByteArray m_head; // the upgrade request so far
    std::unique_ptr<UpgradeParser> m_upgrade; // until upgraded
    FrameDecoder m_decoder;

    std::vector<Out> m_out;
    size_t m_outHead = 0; // the first item not fully written
    qint64 m_frontSent = 0; // of m_out[m_outHead], header included
    QByteArray m_tlsPending; // plaintext SSL_write must be given again
    qint64 m_tlsPendingSent = 0;
    bool m_blocked = false; // the socket took less than offered: wait for EPOLLOUT
    bool m_dirty = false; // in the loop's list to write this turn
    bool m_watchingWrite = false; // EPOLLOUT asked
    bool m_closeQueued = false; // a close frame is queued: nothing more after it
    bool m_closeAfterFlush = false;
    qint64 m_stallDeadline = 0; // 0: not watched
    qint64 m_closeDeadline = 0; // 0: not closing

    std::unique_ptr<TransferQueue> m_transfers; // made on the first fetch

    friend class Loop;
};

} // namespace quorum::wire
