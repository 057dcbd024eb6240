#pragma once

#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;
class QWebSocket;

namespace quorum {

class IoMailbox;
class TransferQueue;

/**
 * One tablet's socket on an I/O thread ("both cores", issue 12): the QWebSocket and the TLS
 * socket under it, the WebSocket framing and TLS of every frame both ways, the bulk transfers
 * (TransferQueue) and the stalled-reader timer. The Session that owns it lives on the deciding
 * thread and talks to it only through queued calls (send, close, abort, a transfer) and the
 * atomic counters below; it hears back through queued signals. Frames arrive here already
 * serialized (a QByteArray shared by every recipient: the room serializes a frame once).
 *
 * On an I/O thread, everything the deciding thread asks goes through that thread's mailbox
 * (iothreads.h), in order. With no I/O threads (--io-threads 0) it lives on the deciding thread
 * and every call is direct.
 */
class SessionIo : public QObject
{
    Q_OBJECT
public:
    /** Takes both sockets (the TLS or TCP one under `socket`, when known, may be null). */
    SessionIo(QWebSocket *socket, QTcpSocket *transport, qint64 stalledReaderMs,
        qint64 writableBelowBytes);
    ~SessionIo() override;

    // Any thread: what waits to be written, in bytes (handed over and not yet in the socket,
    // plus what the socket holds, encrypted or not).
    qint64 queuedBytes() const { return m_handedOver.load() + m_inSocket.load(); }
    /** Any thread: transfers queued (TransferQueue::MaxTransfers bounds them). */
    int transfers() const { return m_transfersPosted.load() + m_transfers.load(); }
    /**
     * Deciding thread: the room stopped feeding it for lack of room (true), or has nothing more
     * for it (false). While true the reader must take bytes within the stall time, and the first
     * time fewer than `writableBelowBytes` wait, writable() is emitted once.
     * Returns true when it is writable already (the caller feeds it again).
     */
    bool setWaiting(bool waiting);

    // Deciding thread; run on the I/O thread, in the order called.
    void post(QByteArray frame);
    void postClose(QWebSocketProtocol::CloseCode code, const QString &reason);
    void postAbort();
    void postTransfer(
        const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total);
    /** A name for log lines (address, participant once known). */
    void setName(const QString &name);

    /** Before any call above: moves to the mailbox's I/O thread; its calls go through it. */
    void moveTo(IoMailbox *mailbox);

signals:
    void binaryReceived(const QByteArray &bytes);
    void textReceived();
    void disconnected();
    /** Fewer than writableBelowBytes wait after the room stopped feeding (see setWaiting). */
    void writable();

private:
    friend class IoMailbox;
    void written();
    // The I/O thread's (IoMailbox::drain): a frame handed over by post() into the socket; then,
    // once per drain, the socket's TLS and write.
    void writeFrame(const QByteArray &frame);
    void flushWrites();
    /** Runs `call` on this object's thread, after what was asked before (or now, without one). */
    void run(std::function<void()> call);
    QWebSocket *m_socket;
    IoMailbox *m_mailbox = nullptr; // null: no I/O threads, every call direct
    bool m_flushPending = false; // the I/O thread's: written in this drain (IoMailbox)
    QTimer m_stallTimer; // the I/O thread's
    TransferQueue *m_transferQueue = nullptr; // a child, made on the first fetch
    qint64 m_writableBelow;
    QString m_name; // I/O thread's copy
    std::atomic<qint64> m_handedOver{ 0 };
    std::atomic<qint64> m_inSocket{ 0 };
    std::atomic<int> m_transfers{ 0 }; // in the queue (I/O thread's count)
    std::atomic<int> m_transfersPosted{ 0 }; // handed over, not yet queued
    bool m_stallAsked = false; // the deciding thread's: setWaiting(true) last
    std::atomic<bool> m_waiting{ false };
};

} // namespace quorum
