#pragma once

#include "sessionio.h"

#include <memory>

namespace quorum {

namespace wire {
class Connection;
}

/**
 * The wire engine's SessionIo: the deciding thread's handle on a wire::Connection (on its
 * loop's thread). Frames and calls go to the loop's mailbox in order; the engine hands back
 * what the connection read (deliver...). Deleted at once by dispose(): the connection lives on
 * (its loop and the last call posted here hold it) until its loop has closed it.
 */
class WireSessionIo : public SessionIo
{
    Q_OBJECT
public:
    explicit WireSessionIo(std::shared_ptr<wire::Connection> connection);
    ~WireSessionIo() override;

    qint64 queuedBytes() const override;
    int transfers() const override;
    bool setWaiting(bool waiting) override;
    void post(QByteArray frame) override;
    void postClose(QWebSocketProtocol::CloseCode code, const QString &reason) override;
    void postAbort() override;
    void postTransfer(const QString &sha256, const QString &path, qint64 offset, qint64 end,
        qint64 total) override;
    void setName(const QString &name) override;
    void dispose() override { delete this; }

    // The engine (deciding thread), in the order the connection read them.
    void deliverBinary(const QByteArray &bytes) { emit binaryReceived(bytes); }
    void deliverText() { emit textReceived(); }
    void deliverWritable() { emit writable(); }
    void deliverClosed();

private:
    std::shared_ptr<wire::Connection> m_connection;
    bool m_stallAsked = false; // setWaiting(true) last
    bool m_closed = false; // disconnected() emitted
};

} // namespace quorum
