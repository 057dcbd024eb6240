#include "wireconnection.h"

#include "wireloop.h"

#include <QLoggingCategory>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWire, "quorum.server.wire")

namespace quorum::wire {

namespace {
/** What one connection may read in a turn before the others get theirs. */
constexpr qint64 ReadPerTurnBytes = 1024 * 1024;
/** A close (ours or the peer's) that has not ended the connection by then is cut. */
constexpr qint64 CloseDeadlineMs = 5000;
/** Frames gathered into one sendmsg. */
constexpr int MaxIovecs = 64;
} // namespace

Connection::Connection(Loop &loop, int fd, const QHostAddress &peer, quint16 port)
    : m_loop(loop)
    , m_fd(fd)
    , m_peer(peer)
    , m_port(port)
    , m_upgrade(std::make_unique<UpgradeParser>())
    , m_decoder(loop.settings().maxMessageBytes)
{ }

Connection::~Connection()
{
    m_transfers.reset();
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_fd >= 0)
        ::close(m_fd);
}

QString Connection::describe() const
{
    return m_name.isEmpty() ? QStringLiteral("%1:%2").arg(m_peer.toString()).arg(m_port) : m_name;
}

void Connection::start(ssl_ctx_st *tls)
{
    if (!tls) {
        m_phase = Phase::Upgrade;
        return;
    }
    m_ssl = SSL_new(tls);
    if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1) {
        ERR_clear_error();
        closeNow("cannot start TLS");
        return;
    }
    SSL_set_accept_state(m_ssl);
    m_phase = Phase::Handshake;
}

void Connection::handshake()
{
    ERR_clear_error();
    const int result = SSL_accept(m_ssl);
    if (result == 1) {
        m_phase = Phase::Upgrade;
        if (m_blocked) {
            m_blocked = false;
            m_loop.watch(*this, false);
        }
        return;
    }
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_READ:
        if (m_blocked) {
            m_blocked = false;
            m_loop.watch(*this, false);
        }
        return;
    case SSL_ERROR_WANT_WRITE:
        if (!m_blocked) {
            m_blocked = true;
            m_loop.watch(*this, true);
        }
        return;
    default:
        break;
    }
    // A plaintext client (ws:// against this server), a port scanner or a tablet that refused
    // our certificate: the handshake fails and the connection goes.
    const unsigned long error = ERR_get_error();
    if (error) {
        char text[256];
        ERR_error_string_n(error, text, sizeof text);
        qCInfo(lcWire) << m_peer.toString() << "TLS handshake failed:" << text;
    }
    ERR_clear_error();
    closeNow(nullptr);
}

void Connection::onReadable()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::Handshake) {
        handshake();
        if (m_phase != Phase::Upgrade)
            return;
    }
    char *buffer = m_loop.readBuffer();
    qint64 budget = ReadPerTurnBytes;
    while (m_phase != Phase::Closed) {
        qint64 n;
        if (m_ssl) {
            ERR_clear_error();
            const int result = SSL_read(m_ssl, buffer, int(Loop::ReadBytes));
            if (result <= 0) {
                const int error = SSL_get_error(m_ssl, result);
                if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
                    return;
                ERR_clear_error();
                closeNow(nullptr); // the peer closed (close_notify, EOF) or broke TLS
                return;
            }
            n = result;
        } else {
            n = ::recv(m_fd, buffer, size_t(Loop::ReadBytes), 0);
            if (n == 0) {
                closeNow(nullptr);
                return;
            }
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                if (errno != EAGAIN && errno != EWOULDBLOCK)
                    closeNow(nullptr);
                return;
            }
        }
        received(buffer, n);
        budget -= n;
        if (budget <= 0) {
            // Level-triggered: the socket says so again; what TLS holds already, it does not.
            if (m_ssl && SSL_pending(m_ssl) > 0)
                m_loop.readAgain(this);
            return;
        }
    }
}

void Connection::received(const char *data, qsizetype size)
{
    switch (m_phase) {
    case Phase::Upgrade:
        upgrade(data, size);
        return;
    case Phase::Open:
        decode(data, size);
        return;
    case Phase::Handshake:
    case Phase::Lingering:
    case Phase::Closed:
        return; // after our close: read and dropped until the peer closes
    }
}

void Connection::upgrade(const char *data, qsizetype size)
{
    if (m_closeQueued)
        return; // refused: the rejection is on its way
    m_head.append(data, size);
    const UpgradeResult result = m_upgrade->parse(m_head);
    if (result.status == UpgradeResult::Status::Incomplete)
        return;
    if (result.status == UpgradeResult::Status::Bad) {
        qCInfo(lcWire) << describe()
                       << "sent a bad upgrade request:" << wire::describe(result.error);
        queueRaw(rejectionResponse(result.error));
        m_closeQueued = true;
        m_closeAfterFlush = true;
        m_closeDeadline = m_loop.nowMs() + CloseDeadlineMs;
        m_head = QByteArray();
        return;
    }
    queueRaw(switchingProtocolsResponse(result.key));
    const QByteArray rest = m_head.mid(result.consumed);
    m_head = QByteArray();
    m_upgrade.reset();
    m_phase = Phase::Open;
    m_loop.report({ Event::Kind::Upgraded, shared_from_this(), {} });
    if (!rest.isEmpty())
        decode(rest.constData(), rest.size());
}

void Connection::decode(const char *data, qsizetype size)
{
    QList<FrameEvent> &events = m_loop.frameEvents();
    events.clear();
    const bool ok = m_decoder.feed(data, size, events);
    for (FrameEvent &event : events) {
        switch (event.kind) {
        case FrameEvent::Kind::Binary:
            if (!m_closeQueued)
                m_loop.report(
                    { Event::Kind::Binary, shared_from_this(), std::move(event.payload) });
            break;
        case FrameEvent::Kind::Text:
            if (!m_closeQueued)
                m_loop.report({ Event::Kind::Text, shared_from_this(), {} });
            break;
        case FrameEvent::Kind::Ping:
            if (!m_closeQueued) {
                QByteArray pong;
                appendPong(pong, event.payload);
                queueRaw(std::move(pong));
            }
            break;
        case FrameEvent::Kind::Pong:
            break;
        case FrameEvent::Kind::Close: {
            // Answered with the same code (none: 1000), then closed once it is written.
            const quint16 code = event.closeCode == quint16(CloseCode::NoStatus)
                ? quint16(CloseCode::Normal)
                : event.closeCode;
            queueClose(code, {});
            break;
        }
        }
    }
    events.clear();
    if (!ok) {
        const FrameError error = m_decoder.error();
        qCInfo(lcWire) << describe() << "sent a bad frame:" << wire::describe(error);
        queueClose(quint16(closeCodeFor(error)), wire::describe(error));
    }
}

void Connection::queue(Out out)
{
    inConnection += out.headLength + out.bytes.size();
    m_out.push_back(std::move(out));
    m_loop.markDirty(this);
}

void Connection::queueRaw(QByteArray bytes)
{
    Out out;
    out.bytes = std::move(bytes);
    queue(std::move(out));
}

void Connection::takeFrame(QByteArray frame)
{
    const qint64 size = frame.size();
    if (m_phase == Phase::Open && !m_closeQueued) {
        Out out;
        out.headLength = quint8(frameHeader(Opcode::Binary, quint64(size), out.head));
        out.bytes = std::move(frame);
        queue(std::move(out));
    }
    // In this order: a reader on another thread may see it counted twice, never not at all.
    handedOver -= size;
}

void Connection::sendBinary(QByteArray frame)
{
    if (!isOpen())
        return;
    Out out;
    out.headLength = quint8(frameHeader(Opcode::Binary, quint64(frame.size()), out.head));
    out.bytes = std::move(frame);
    queue(std::move(out));
}

bool Connection::isOpen() const
{
    return m_phase == Phase::Open && !m_closeQueued;
}

void Connection::later(std::function<void()> call)
{
    m_loop.later(std::move(call));
}

void Connection::queueClose(quint16 code, QByteArrayView reason)
{
    if (m_closeQueued || m_phase == Phase::Closed || m_phase == Phase::Lingering)
        return;
    if (m_phase != Phase::Open) {
        closeNow(nullptr); // no WebSocket yet: nothing to say a close in
        return;
    }
    QByteArray frame;
    appendCloseFrame(frame, CloseCode(code), reason);
    queueRaw(std::move(frame));
    m_closeQueued = true;
    m_closeAfterFlush = true;
    m_closeDeadline = m_loop.nowMs() + CloseDeadlineMs;
    if (m_transfers) {
        m_transfers->clear();
        transfersQueued.store(0);
    }
}

void Connection::close(quint16 code, const QByteArray &reason)
{
    queueClose(code, reason);
}

void Connection::abort()
{
    closeNow(nullptr);
}

void Connection::watchReader(bool on)
{
    if (!on)
        m_stallDeadline = 0;
    else if (m_stallDeadline == 0)
        m_stallDeadline = m_loop.nowMs() + m_loop.settings().stalledReaderMs;
}

void Connection::addTransfer(
    const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total)
{
    if (isOpen()) {
        if (!m_transfers)
            m_transfers = std::make_unique<TransferQueue>(*this);
        if (!m_transfers->enqueue(sha256, path, offset, end, total))
            qCWarning(lcWire) << describe() << "has too many transfers; one dropped";
        transfersQueued.store(m_transfers->size());
    }
    --transfersPosted;
}

void Connection::sweep(qint64 nowMs)
{
    if (m_phase == Phase::Closed)
        return;
    if (m_stallDeadline && nowMs >= m_stallDeadline) {
        qCWarning(lcWire) << describe() << "is not reading; closing";
        closeNow(nullptr);
        return;
    }
    if (m_closeDeadline && nowMs >= m_closeDeadline)
        closeNow(nullptr);
}

void Connection::onWritable()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::Handshake) {
        handshake();
        if (m_phase == Phase::Upgrade)
            onReadable(); // what came with the handshake's last flight
        return;
    }
    m_blocked = false;
    flush();
}

void Connection::flush()
{
    if (m_phase == Phase::Closed || m_phase == Phase::Handshake || m_blocked)
        return;
    // Bounded: each round either empties the queue (then the transfers refill it up to their
    // low water mark, or not) or the socket is full.
    for (int round = 0; round < 8 && m_phase != Phase::Closed; ++round) {
        qint64 written = 0;
        const bool ok = m_ssl ? writeTls(&written) : writePlain(&written);
        if (!ok) {
            closeNow(nullptr);
            return;
        }
        if (written > 0)
            wrote(written);
        if (m_blocked)
            break;
        if (!m_transfers || m_transfers->size() == 0 || !isOpen())
            break;
        const qint64 before = inConnection.load();
        m_transfers->pump();
        transfersQueued.store(m_transfers->size());
        if (inConnection.load() == before)
            break;
    }
    if (m_phase == Phase::Closed)
        return;
    m_loop.watch(*this, m_blocked);
    if (!m_blocked && m_outHead == m_out.size() && m_tlsPending.isEmpty() && m_closeAfterFlush)
        finishClose();
}

bool Connection::writePlain(qint64 *written)
{
    while (m_outHead < m_out.size()) {
        iovec iov[MaxIovecs];
        int count = 0;
        qint64 offset = m_frontSent;
        for (size_t i = m_outHead; i < m_out.size() && count < MaxIovecs - 1; ++i) {
            const Out &out = m_out[i];
            if (offset < out.headLength) {
                iov[count++]
                    = { const_cast<char *>(out.head) + offset, size_t(out.headLength - offset) };
                offset = 0;
            } else {
                offset -= out.headLength;
            }
            if (offset < out.bytes.size())
                iov[count++] = { const_cast<char *>(out.bytes.constData()) + offset,
                    size_t(out.bytes.size() - offset) };
            offset = 0;
        }
        msghdr message{};
        message.msg_iov = iov;
        message.msg_iovlen = size_t(count);
        const ssize_t n = ::sendmsg(m_fd, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                m_blocked = true;
                return true;
            }
            return false;
        }
        *written += n;
        qint64 offered = 0;
        for (int i = 0; i < count; ++i)
            offered += qint64(iov[i].iov_len);
        qint64 left = n;
        while (m_outHead < m_out.size()) {
            Out &out = m_out[m_outHead];
            const qint64 total = out.headLength + out.bytes.size();
            const qint64 take = qMin(left, total - m_frontSent);
            m_frontSent += take;
            left -= take;
            if (m_frontSent < total)
                break;
            out.bytes = QByteArray();
            ++m_outHead;
            m_frontSent = 0;
        }
        if (n < offered) {
            m_blocked = true; // the socket took less than offered: it is full
            return true;
        }
    }
    m_out.clear();
    m_outHead = 0;
    if (m_out.capacity() > 8)
        std::vector<Out>().swap(m_out);
    return true;
}

bool Connection::writeTls(qint64 *written)
{
    for (;;) {
        const char *data;
        int length;
        const bool pending = !m_tlsPending.isEmpty();
        if (pending) {
            data = m_tlsPending.constData() + m_tlsPendingSent;
            length = int(m_tlsPending.size() - m_tlsPendingSent);
        } else {
            // Gather what is queued into the loop's staging buffer: one SSL_write, one record
            // for the small frames of a fan-out.
            char *staging = m_loop.staging();
            qsizetype filled = 0;
            while (m_outHead < m_out.size() && filled < Loop::StagingBytes) {
                Out &out = m_out[m_outHead];
                const qint64 total = out.headLength + out.bytes.size();
                while (m_frontSent < total && filled < Loop::StagingBytes) {
                    if (m_frontSent < out.headLength) {
                        const qint64 take = qMin<qint64>(
                            out.headLength - m_frontSent, Loop::StagingBytes - filled);
                        std::memcpy(staging + filled, out.head + m_frontSent, size_t(take));
                        filled += take;
                        m_frontSent += take;
                    } else {
                        const qint64 at = m_frontSent - out.headLength;
                        const qint64 take
                            = qMin<qint64>(out.bytes.size() - at, Loop::StagingBytes - filled);
                        std::memcpy(staging + filled, out.bytes.constData() + at, size_t(take));
                        filled += take;
                        m_frontSent += take;
                    }
                }
                if (m_frontSent == total) {
                    out.bytes = QByteArray();
                    ++m_outHead;
                    m_frontSent = 0;
                }
            }
            if (m_outHead == m_out.size()) {
                m_out.clear();
                m_outHead = 0;
                if (m_out.capacity() > 8)
                    std::vector<Out>().swap(m_out);
            }
            if (filled == 0)
                return true;
            data = staging;
            length = int(filled);
        }
        ERR_clear_error();
        const int n = SSL_write(m_ssl, data, length);
        if (n > 0) {
            *written += n;
            if (pending) {
                m_tlsPendingSent += n;
                if (m_tlsPendingSent == m_tlsPending.size()) {
                    m_tlsPending = QByteArray();
                    m_tlsPendingSent = 0;
                }
            } else if (n < length) {
                // A partial write: the rest is ours to give again.
                m_tlsPending = QByteArray(data + n, length - n);
                m_tlsPendingSent = 0;
            }
            continue;
        }
        const int error = SSL_get_error(m_ssl, n);
        if (error == SSL_ERROR_WANT_WRITE || error == SSL_ERROR_WANT_READ) {
            // OpenSSL holds the record it made; the same bytes go again when it can write.
            if (!pending) {
                m_tlsPending = QByteArray(data, length);
                m_tlsPendingSent = 0;
            }
            m_blocked = true;
            return true;
        }
        ERR_clear_error();
        return false;
    }
}

void Connection::wrote(qint64 bytes)
{
    inConnection -= bytes;
    if (!waiting.load())
        return;
    const LoopSettings &settings = m_loop.settings();
    m_stallDeadline = m_loop.nowMs() + settings.stalledReaderMs; // it reads, however slowly
    if (queuedBytes() < settings.writableBelowBytes && waiting.exchange(false))
        m_loop.report({ Event::Kind::Writable, shared_from_this(), {} });
}

void Connection::finishClose()
{
    m_closeAfterFlush = false;
    if (m_ssl) {
        ERR_clear_error();
        SSL_shutdown(m_ssl); // our close_notify; the peer's is not waited for here
        ERR_clear_error();
    }
    ::shutdown(m_fd, SHUT_WR);
    m_phase = Phase::Lingering;
    if (!m_closeDeadline)
        m_closeDeadline = m_loop.nowMs() + CloseDeadlineMs;
}

void Connection::closeNow(const char *why)
{
    if (m_phase == Phase::Closed)
        return;
    if (why)
        qCInfo(lcWire) << describe() << why;
    m_phase = Phase::Closed;
    m_loop.forget(this); // stops watching it; freed at the end of the turn at the earliest
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    ::close(m_fd);
    m_fd = -1;
    m_out.clear();
    m_outHead = 0;
    m_frontSent = 0;
    m_tlsPending = QByteArray();
    m_head = QByteArray();
    m_transfers.reset();
    transfersQueued.store(0);
    inConnection.store(0);
    m_loop.report({ Event::Kind::Closed, shared_from_this(), {} });
}

} // namespace quorum::wire
