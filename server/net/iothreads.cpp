#include "iothreads.h"

#include "qtsessionio.h"

#include <QThread>

#include <utility>

namespace quorum {

IoMailbox::IoMailbox(QThread *thread)
{
    moveToThread(thread);
}

IoMailbox::~IoMailbox() = default;

void IoMailbox::post(QtSessionIo *io, QByteArray frame)
{
    push({ io, std::move(frame), {} });
}

void IoMailbox::call(std::function<void()> call)
{
    push({ nullptr, {}, std::move(call) });
}

namespace {
// Items handed over, within a Batch, before the I/O thread is woken all the same: it starts
// writing while the rest of a big fan-out is handed over (256 frames: ~5 ms of its work).
constexpr size_t WakeEvery = 256;
thread_local IoMailbox::Batch *t_batch = nullptr;
} // namespace

IoMailbox::Batch::Batch()
    : m_outer(t_batch)
{
    t_batch = this;
}

IoMailbox::Batch::~Batch()
{
    t_batch = m_outer;
    for (const std::function<void()> &wake : m_waiting)
        wake();
}

bool IoMailbox::Batch::active()
{
    return t_batch != nullptr;
}

void IoMailbox::Batch::wakeAtEnd(std::function<void()> wake)
{
    t_batch->m_waiting.push_back(std::move(wake));
}

void IoMailbox::push(Item item)
{
    bool wake = false;
    bool wait = false;
    {
        QMutexLocker lock(&m_mutex);
        m_items.push_back(std::move(item));
        if (!m_drainPosted) {
            wake = !t_batch || m_items.size() >= WakeEvery;
            wait = !wake && m_items.size() == 1;
            m_drainPosted = wake;
        }
    }
    // One queued call for everything handed over until it runs. A SessionIo is deleted with
    // deleteLater() after its session's last item was pushed: that event comes after this one
    // (outside a Batch; inside one, see the rule on IoMailbox::Batch).
    if (wake)
        QMetaObject::invokeMethod(this, &IoMailbox::drain, Qt::QueuedConnection);
    else if (wait)
        Batch::wakeAtEnd([this] { this->wake(); });
}

void IoMailbox::wake()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_drainPosted || m_items.empty())
            return;
        m_drainPosted = true;
    }
    QMetaObject::invokeMethod(this, &IoMailbox::drain, Qt::QueuedConnection);
}

void IoMailbox::drain()
{
    {
        QMutexLocker lock(&m_mutex);
        std::swap(m_items, m_draining);
        m_drainPosted = false;
    }
    for (Item &item : m_draining) {
        if (!item.io) {
            item.call();
            continue;
        }
        item.io->writeFrame(item.frame);
        if (!std::exchange(item.io->m_flushPending, true))
            m_written.push_back(item.io);
    }
    m_draining.clear();
    // Every frame of this drain is in its socket: one TLS flush and one write each, now,
    // rather than a write notification per socket on the next turn of the loop.
    for (QtSessionIo *io : m_written) {
        io->m_flushPending = false;
        io->flushWrites();
    }
    m_written.clear();
}

IoThreads::IoThreads(int count)
{
    for (int i = 0; i < count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("quorum-io-%1").arg(i));
        thread->start();
        m_mailboxes.push_back(std::make_unique<IoMailbox>(thread.get()));
        m_threads.push_back(std::move(thread));
    }
}

IoThreads::~IoThreads()
{
    // Sockets still on these threads are deleted as each thread ends (deleteLater); what a
    // mailbox still holds then is dropped with it.
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

IoMailbox *IoThreads::next()
{
    if (m_mailboxes.empty())
        return nullptr;
    IoMailbox *mailbox = m_mailboxes[m_next].get();
    m_next = (m_next + 1) % m_mailboxes.size();
    return mailbox;
}

} // namespace quorum
