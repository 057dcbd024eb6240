#include "sessionio.h"

#include "transferqueue.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace quorum {

SessionIo::SessionIo(
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
    connect(m_socket, &QWebSocket::bytesWritten, this, &SessionIo::written);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(int(stalledReaderMs));
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcSession) << m_name << "is not reading; closing";
        m_socket->abort();
    });
}

SessionIo::~SessionIo() = default;

void SessionIo::written()
{
    m_inSocket.store(m_socket->bytesToWrite());
    if (m_transferQueue)
        m_transfers.store(m_transferQueue->size());
    if (!m_waiting.load())
        return;
    m_stallTimer.start(); // it reads, however slowly
    if (queuedBytes() < m_writableBelow && m_waiting.exchange(false))
        emit writable();
}

bool SessionIo::setWaiting(bool waiting)
{
    const bool was = std::exchange(m_stallAsked, waiting);
    m_waiting.store(waiting);
    if (!waiting) {
        if (was)
            QMetaObject::invokeMethod(this, [this] { m_stallTimer.stop(); });
        return false;
    }
    if (!was)
        QMetaObject::invokeMethod(this, [this] {
            if (!m_stallTimer.isActive())
                m_stallTimer.start();
        });
    // Drained between the caller's look and now: no bytesWritten will say so any more.
    return queuedBytes() < m_writableBelow && m_waiting.exchange(false);
}

void SessionIo::post(QByteArray frame)
{
    const qint64 size = frame.size();
    m_handedOver += size;
    QMetaObject::invokeMethod(this, [this, frame = std::move(frame), size] {
        m_socket->sendBinaryMessage(frame);
        // In this order: a reader on another thread may see both counted, never neither.
        m_inSocket.store(m_socket->bytesToWrite());
        m_handedOver -= size;
    });
}

void SessionIo::postClose(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    QMetaObject::invokeMethod(this, [this, code, reason] { m_socket->close(code, reason); });
}

void SessionIo::postAbort()
{
    QMetaObject::invokeMethod(this, [this] { m_socket->abort(); });
}

void SessionIo::postTransfer(
    const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total)
{
    ++m_transfersPosted;
    QMetaObject::invokeMethod(this, [=] {
        if (!m_transferQueue)
            m_transferQueue = new TransferQueue(m_socket, this);
        if (!m_transferQueue->enqueue(sha256, path, offset, end, total))
            qCWarning(lcSession) << m_name << "has too many transfers; one dropped";
        m_transfers.store(m_transferQueue->size());
        --m_transfersPosted;
    });
}

void SessionIo::setName(const QString &name)
{
    QMetaObject::invokeMethod(this, [this, name] { m_name = name; });
}

IoThreads::IoThreads(int count)
{
    for (int i = 0; i < count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("quorum-io-%1").arg(i));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

IoThreads::~IoThreads()
{
    // Sockets still on these threads are deleted as each thread ends (deleteLater).
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

QThread *IoThreads::next()
{
    if (m_threads.empty())
        return nullptr;
    QThread *thread = m_threads[m_next].get();
    m_next = (m_next + 1) % m_threads.size();
    return thread;
}

} // namespace quorum
