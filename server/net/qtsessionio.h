#pragma once

#include "sessionio.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;
class QWebSocket;

namespace quorum {

class IoMailbox;
class TransferQueue;
class TransferSink;

/**
 * The Qt engine's SessionIo (--io-engine qt): the QWebSocket and the TLS socket under it, the
 * WebSocket framing and TLS of every frame both ways, the bulk transfers (TransferQueue) and the
 * stalled-reader timer. The Session that owns it lives on the deciding thread and talks to it
 * only through queued calls (send, close, abort, a transfer) and the atomic counters below; it
 * hears back through queued signals. Frames arrive here already serialized (a QByteArray shared
 * by every recipient: the room serializes a frame once).
 *
 * On an I/O thread, everything the deciding thread asks goes through that thread's mailbox
 * (iothreads.h), in order. With no I/O threads (--io-threads 0) it lives on the deciding thread
 * and every call is direct.
 */
class QtSessionIo : public SessionIo
{
    Q_OBJECT
public:
    /** Takes both sockets (the TLS or TCP one under `socket`, when known, may be null). */
    QtSessionIo(QWebSocket *socket, QTcpSocket *transport, qint64 stalledReaderMs,
        qint64 writableBelowBytes);
    ~QtSessionIo() override;

    qint64 queuedBytes() const override { return m_handedOver.load() + m_inSocket.load(); }
    int transfers() const override { return m_transfersPosted.load() + m_transfers.load(); }
    bool setWaiting(bool waiting) override;
    void post(QByteArray frame) override;
    void postClose(QWebSocketProtocol::CloseCode code, const QString &reason) override;
    void postAbort() override;
    void postTransfer(const QString &sha256, const QString &path, qint64 offset, qint64 end,
        qint64 total) override;
    void setName(const QString &name) override;
    void dispose() override { deleteLater(); } // on its thread, with its sockets

    /** Before any call above: moves to the mailbox's I/O thread; its calls go through it. */
    void moveTo(IoMailbox *mailbox);

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
    std::unique_ptr<TransferSink> m_sink; // the socket as TransferQueue sees it
    std::unique_ptr<TransferQueue> m_transferQueue; // made on the first fetch
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
