#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QWebSocketProtocol>

namespace quorum {

/**
 * One tablet's socket as the deciding thread sees it: TLS, WebSocket framing and bulk transfers
 * happen elsewhere (an I/O thread), this is the seam. Two engines implement it (ServerConfig::
 * ioEngine): QtSessionIo (QWebSocket over QSslSocket, qtsessionio.h) and WireSessionIo (epoll
 * and OpenSSL directly, wire/wiresessionio.h). The Session that owns it never knows which.
 *
 * What every engine keeps:
 * - frames posted are written in the order posted, after those posted before, closes included;
 * - queuedBytes() counts everything posted and not yet in the kernel, encrypted or not;
 * - setWaiting(true) arms the stalled-reader abort (ServerConfig::stalledReaderMs: no byte
 *   taken for that long, the connection is aborted) and writable() is emitted once when fewer
 *   than the engine's mark wait;
 * - binaryReceived in the order the tablet sent; disconnected() once, after the last frame;
 * - pings answered with pongs, frames over ServerConfig::maxMessageBytes closed with 1009.
 * The object lives on the deciding thread (signals arrive there); dispose() ends it.
 */
class SessionIo : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SessionIo() override = default;

    // Any thread: what waits to be written, in bytes (handed over and not yet in the kernel).
    virtual qint64 queuedBytes() const = 0;
    /** Any thread: transfers queued (TransferQueue::MaxTransfers bounds them). */
    virtual int transfers() const = 0;
    /**
     * Deciding thread: the room stopped feeding it for lack of room (true), or has nothing more
     * for it (false). While true the reader must take bytes within the stall time, and the first
     * time fewer than the engine's writable mark wait, writable() is emitted once.
     * Returns true when it is writable already (the caller feeds it again).
     */
    virtual bool setWaiting(bool waiting) = 0;

    // Deciding thread; run on the I/O thread, in the order called.
    virtual void post(QByteArray frame) = 0;
    virtual void postClose(QWebSocketProtocol::CloseCode code, const QString &reason) = 0;
    virtual void postAbort() = 0;
    virtual void postTransfer(
        const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total)
        = 0;
    /** A name for log lines (address, participant once known). */
    virtual void setName(const QString &name) = 0;
    /**
     * Deciding thread: the session is done with it (its destructor, or shutdown). Qt's is
     * deleted on its own thread with its sockets; the wire engine's at once.
     */
    virtual void dispose() = 0;

signals:
    void binaryReceived(const QByteArray &bytes);
    void textReceived();
    void disconnected();
    /** Fewer than the writable mark wait after the room stopped feeding (see setWaiting). */
    void writable();
};

} // namespace quorum
