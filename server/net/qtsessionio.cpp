#include "qtsessionio.h"

#include "iothreads.h"
#include "transferqueue.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace quorum {

namespace {
/** The QWebSocket as TransferQueue writes to it. */
class QtTransferSink : public TransferSink
{
public:
    QtTransferSink(QWebSocket *socket, QObject *context)
        : m_socket(socket)
        , m_context(context)
    { }
    bool isOpen() const override { return m_socket->isValid(); }
    qint64 bytesToWrite() const override { return m_socket->bytesToWrite(); }
    void sendBinary(QByteArray frame) override { m_socket->sendBinaryMessage(frame); }
    void later(std::function<void()> call) override
    {
        QTimer::singleShot(0, m_context, std::move(call));
    }

private:
    QWebSocket *m_socket;
    QObject *m_context;
};
} // namespace

QtSessionIo::QtSessionIo(
    QWebSocket *socket, QTcpSocket *transport, qint64 stalledReaderMs, qint64 writableBelowBytes)
    : m_socket(socket)
    , m_stallTimer(this) // a child: it moves to the I/O thread with this object
    , m_writableBelow(writableBelowBytes)
{
    // Children move with this object to its I/O thread, and go with it.
    m_socket->setParent(this);
    if (transport)
        transport->setParent(this);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &bytes) { emit binaryReceived(bytes); });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this] { emit textReceived(); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] { emit disconnected(); });
    connect(m_socket, &QWebSocket::bytesWritten, this, &QtSessionIo::written);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(int(stalledReaderMs));
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcSession) << m_name << "is not reading; closing";
        m_socket->abort();
    });
}

QtSessionIo::~QtSessionIo()
{
    m_transferQueue.reset(); // before the socket it writes to
}

void QtSessionIo::written()
{
    m_inSocket.store(m_socket->bytesToWrite());
    if (m_transferQueue)
        m_transfers.store(m_transferQueue->size());
    if (m_waiting.load()) {
        m_stallTimer.start(); // it reads, however slowly
        if (queuedBytes() < m_writableBelow && m_waiting.exchange(false))
            emit writable();
    }
    // Then the bulk bytes, while little is queued (as TransferQueue did on bytesWritten).
    if (m_transferQueue) {
        m_transferQueue->pump();
        m_transfers.store(m_transferQueue->size());
    }
}

bool QtSessionIo::setWaiting(bool waiting)
{
    const bool was = std::exchange(m_stallAsked, waiting);
    m_waiting.store(waiting);
    if (!waiting) {
        if (was)
            run([this] { m_stallTimer.stop(); });
        return false;
    }
    if (!was)
        run([this] {
            if (!m_stallTimer.isActive())
                m_stallTimer.start();
        });
    // Drained between the caller's look and now: no bytesWritten will say so any more.
    return queuedBytes() < m_writableBelow && m_waiting.exchange(false);
}

void QtSessionIo::moveTo(IoMailbox *mailbox)
{
    moveToThread(mailbox->thread());
    m_mailbox = mailbox;
}

void QtSessionIo::run(std::function<void()> call)
{
    if (m_mailbox)
        m_mailbox->call(std::move(call));
    else
        call();
}

void QtSessionIo::post(QByteArray frame)
{
    m_handedOver += frame.size();
    if (m_mailbox)
        m_mailbox->post(this, std::move(frame));
    else
        writeFrame(frame); // on this thread, the socket's own queued flush writes it
}

void QtSessionIo::writeFrame(const QByteArray &frame)
{
    m_socket->sendBinaryMessage(frame);
    // In this order: a reader on another thread may see both counted, never neither.
    m_inSocket.store(m_socket->bytesToWrite());
    m_handedOver -= frame.size();
}

void QtSessionIo::flushWrites()
{
    m_socket->flush();
    m_inSocket.store(m_socket->bytesToWrite());
}

void QtSessionIo::postClose(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    run([this, code, reason] { m_socket->close(code, reason); });
}

void QtSessionIo::postAbort()
{
    run([this] { m_socket->abort(); });
}

void QtSessionIo::postTransfer(
    const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total)
{
    ++m_transfersPosted;
    run([=] {
        if (!m_transferQueue) {
            m_sink = std::make_unique<QtTransferSink>(m_socket, this);
            m_transferQueue = std::make_unique<TransferQueue>(*m_sink);
        }
        if (!m_transferQueue->enqueue(sha256, path, offset, end, total))
            qCWarning(lcSession) << m_name << "has too many transfers; one dropped";
        m_transfers.store(m_transferQueue->size());
        --m_transfersPosted;
    });
}

void QtSessionIo::setName(const QString &name)
{
    run([this, name] { m_name = name; });
}

} // namespace quorum
