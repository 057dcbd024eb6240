#include "wireengine.h"

#include "iothreads.h"
#include "wireconnection.h"
#include "wiresessionio.h"
#include "wiretls.h"

#include <csignal>

namespace quorum::wire {

Engine::Engine(int threads, LoopSettings settings, Handlers handlers, QObject *parent)
    : QObject(parent)
    , m_handlers(std::move(handlers))
{
    // OpenSSL writes to the descriptor with write(2): a peer gone must be an error, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    for (int i = 0; i < qMax(1, threads); ++i)
        m_loops.push_back(std::make_unique<Loop>(
            i, settings, [this](std::vector<Event> events) { deliver(std::move(events)); }));
}

Engine::~Engine()
{
    m_loops.clear(); // each joins its thread and closes what it still holds
    m_inbox.clear();
}

bool Engine::setTls(const QByteArray &chainPem, const QByteArray &keyPem, QString *error)
{
    m_tls = TlsContext::make(chainPem, keyPem, error);
    return m_tls != nullptr;
}

std::function<void()> Engine::adopt(int fd, const QHostAddress &peer, quint16 port)
{
    Loop &loop = *m_loops[m_next];
    m_next = (m_next + 1) % m_loops.size();
    std::shared_ptr<Connection> connection
        = loop.adopt(fd, peer, port, m_tls ? m_tls->context() : nullptr);
    return [connection] { connection->loop().call([connection] { connection->abort(); }); };
}

void Engine::deliver(std::vector<Event> events)
{
    bool post = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_inbox.empty())
            m_inbox = std::move(events);
        else
            std::move(events.begin(), events.end(), std::back_inserter(m_inbox));
        post = !std::exchange(m_drainPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &Engine::drain, Qt::QueuedConnection);
}

void Engine::drain()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        std::swap(m_inbox, m_draining);
        m_drainPosted = false;
    }
    // The replies and events this causes reach the loops in a few wakes (iothreads.h).
    IoMailbox::Batch batch;
    for (Event &event : m_draining) {
        Connection &connection = *event.connection;
        switch (event.kind) {
        case Event::Kind::Upgraded:
            m_handlers.upgraded(event.connection);
            break;
        case Event::Kind::Binary:
            if (connection.owner)
                connection.owner->deliverBinary(event.payload);
            break;
        case Event::Kind::Text:
            if (connection.owner)
                connection.owner->deliverText();
            break;
        case Event::Kind::Writable:
            if (connection.owner)
                connection.owner->deliverWritable();
            break;
        case Event::Kind::Closed:
            m_handlers.gone(connection.peer(), connection.port());
            if (connection.owner)
                connection.owner->deliverClosed();
            break;
        }
    }
    m_draining.clear();
}

} // namespace quorum::wire
