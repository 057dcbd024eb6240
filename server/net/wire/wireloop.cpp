#include "wireloop.h"

#include "iothreads.h"
#include "wireconnection.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcWire)

namespace quorum::wire {

namespace {
// Items handed over, within an IoMailbox::Batch, before the loop is woken all the same (as the
// Qt engine's mailbox, iothreads.cpp): it starts writing while the rest is handed over.
constexpr size_t WakeEvery = 256;
constexpr int MaxEvents = 256;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

Loop::Loop(int index, LoopSettings settings, Deliver deliver)
    : m_index(index)
    , m_settings(settings)
    , m_deliver(std::move(deliver))
    , m_staging(new char[StagingBytes])
    , m_readBuffer(new char[ReadBytes])
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = nullptr; // the mailbox
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
    m_now = steadyMs();
    m_nextSweep = m_now + SweepMs;
    m_thread = std::thread([this] { run(); });
}

Loop::~Loop()
{
    m_stop = true;
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(m_wakeFd, &one, sizeof one);
    m_thread.join();
    // What is still open goes with the loop (no event reaches the deciding thread any more).
    for (auto &entry : m_connections)
        entry.second->m_phase = Connection::Phase::Closed;
    m_connections.clear();
    m_items.clear();
    ::close(m_wakeFd);
    ::close(m_epoll);
}

std::shared_ptr<Connection> Loop::adopt(
    int fd, const QHostAddress &peer, quint16 port, ssl_ctx_st *tls)
{
    auto connection = std::make_shared<Connection>(*this, fd, peer, port);
    call([this, connection, tls] {
        connection->start(tls);
        if (connection->isClosed())
            return;
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.ptr = connection.get();
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, connection->fd(), &event) != 0) {
            connection->closeNow("cannot watch its socket");
            return;
        }
        m_connections.emplace(connection.get(), connection);
    });
    return connection;
}

void Loop::post(Connection *connection, QByteArray frame)
{
    push({ connection, std::move(frame), {} });
}

void Loop::call(std::function<void()> call)
{
    push({ nullptr, {}, std::move(call) });
}

void Loop::push(Item item)
{
    bool wake = false;
    bool defer = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_items.push_back(std::move(item));
        if (m_wakePosted)
            return;
        if (IoMailbox::Batch::active() && m_items.size() < WakeEvery) {
            defer = !m_wakeDeferred;
            m_wakeDeferred = true;
        } else {
            m_wakePosted = true;
            wake = true;
        }
    }
    if (wake) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t ignored = ::write(m_wakeFd, &one, sizeof one);
    } else if (defer) {
        IoMailbox::Batch::wakeAtEnd([this] { wakeNow(); });
    }
}

void Loop::wakeNow()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_wakeDeferred = false;
        if (m_wakePosted || m_items.empty())
            return;
        m_wakePosted = true;
    }
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(m_wakeFd, &one, sizeof one);
}

void Loop::watch(Connection &connection, bool write)
{
    if (connection.m_watchingWrite == write || connection.isClosed())
        return;
    connection.m_watchingWrite = write;
    epoll_event event{};
    event.events = write ? quint32(EPOLLIN | EPOLLOUT) : quint32(EPOLLIN);
    event.data.ptr = &connection;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, connection.fd(), &event);
}

void Loop::markDirty(Connection *connection)
{
    if (!connection->m_dirty) {
        connection->m_dirty = true;
        m_dirty.push_back(connection);
    }
}

void Loop::forget(Connection *connection)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection->fd(), nullptr);
    m_forgotten.push_back(connection);
}

void Loop::readAgain(Connection *connection)
{
    m_readAgain.push_back(connection);
}

void Loop::run()
{
    epoll_event events[MaxEvents];
    std::vector<Connection *> again;
    while (!m_stop.load()) {
        const int timeout = m_readAgain.empty() && m_dirty.empty()
            ? int(qMax<qint64>(0, m_nextSweep - steadyMs()))
            : 0;
        const int count = ::epoll_wait(m_epoll, events, MaxEvents, timeout);
        m_now = steadyMs();
        if (count < 0 && errno != EINTR) {
            qCCritical(lcWire) << "epoll_wait failed on I/O loop" << m_index << errno;
            break;
        }
        bool woken = false;
        again.swap(m_readAgain);
        for (Connection *connection : again)
            connection->onReadable();
        again.clear();
        for (int i = 0; i < count; ++i) {
            auto *connection = static_cast<Connection *>(events[i].data.ptr);
            if (!connection) {
                quint64 value;
                [[maybe_unused]] const ssize_t ignored = ::read(m_wakeFd, &value, sizeof value);
                woken = true;
                continue;
            }
            const quint32 what = events[i].events;
            if (what & (EPOLLIN | EPOLLHUP | EPOLLERR))
                connection->onReadable();
            if (what & EPOLLOUT)
                connection->onWritable();
        }
        if (woken)
            takeMailbox();
        endTurn();
    }
}

void Loop::takeMailbox()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        std::swap(m_items, m_draining);
        m_wakePosted = false;
    }
    for (Item &item : m_draining) {
        if (item.connection)
            item.connection->takeFrame(std::move(item.frame));
        else
            item.call();
    }
    m_draining.clear();
}

void Loop::endTurn()
{
    // After this turn's replies and events: the transfers' pumps, then one write each.
    std::vector<std::function<void()>> laterCalls;
    laterCalls.swap(m_later);
    for (const std::function<void()> &call : laterCalls)
        call();
    // Those that get more while written (a transfer's next chunks) are written next turn.
    std::vector<Connection *> dirty;
    dirty.swap(m_dirty);
    for (Connection *connection : dirty) {
        connection->m_dirty = false;
        connection->flush();
    }
    if (m_now >= m_nextSweep) {
        sweep();
        m_nextSweep = m_now + SweepMs;
    }
    if (!m_events.empty()) {
        std::vector<Event> events;
        events.swap(m_events);
        m_deliver(std::move(events));
    }
    // Last: nothing of this turn points at them any more (the events hold their own).
    for (Connection *connection : m_forgotten) {
        m_readAgain.erase(
            std::remove(m_readAgain.begin(), m_readAgain.end(), connection), m_readAgain.end());
        if (connection->m_dirty)
            m_dirty.erase(std::remove(m_dirty.begin(), m_dirty.end(), connection), m_dirty.end());
        m_connections.erase(connection);
    }
    m_forgotten.clear();
}

void Loop::sweep()
{
    for (auto &entry : m_connections)
        entry.second->sweep(m_now);
}

} // namespace quorum::wire
