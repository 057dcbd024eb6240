#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace quorum {

class QtSessionIo;

/**
 * What the deciding thread hands one I/O thread, in the order handed: frames for its sessions
 * and the rarer calls (close, abort, a transfer, a name). One queued call carries everything
 * handed over since the last one ran, and each socket written to is flushed once per drain
 * (issue 12: one queued call per I/O thread per fan-out, not one per frame per tablet; the
 * reply and the events it follows leave in one write).
 */
class IoMailbox : public QObject
{
    Q_OBJECT
public:
    /** Lives on `thread` from the start. */
    explicit IoMailbox(QThread *thread);
    ~IoMailbox() override;

    /** Deciding thread: a frame for `io` (the shared bytes, not a copy). */
    void post(QtSessionIo *io, QByteArray frame);
    /** Deciding thread: a call run on the I/O thread after everything handed over before it. */
    void call(std::function<void()> call);

    /**
     * While one lives (on the deciding thread), what is handed over wakes its I/O thread only
     * every WakeEvery items and when it ends: a fan-out to 1,000 tablets is a few drains per
     * I/O thread, not one per frame the thread happened to be woken for (each drain is a turn
     * of its loop, and a turn polls every socket of the thread).
     * Rule: no SessionIo is deleted (deleteLater) while a Batch lives: its drain is posted only
     * when the Batch ends, so the deletion would run first and leave the mailbox holding a
     * dangling SessionIo (sessions are deleted from a queued onDisconnected, never inside one).
     */
    class Batch
    {
    public:
        Batch();
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

        /** Whether one lives on this thread. */
        static bool active();
        /** Runs `wake` when the outermost Batch of this thread ends (any engine's mailbox). */
        static void wakeAtEnd(std::function<void()> wake);

    private:
        Batch *m_outer;
        std::vector<std::function<void()>> m_waiting; // mailboxes with items and no drain posted
    };

private:
    struct Item
    {
        QtSessionIo *io = nullptr; // a frame for it, or null: `call`
        QByteArray frame;
        std::function<void()> call;
    };
    void push(Item item);
    /** Posts a drain unless one is posted or nothing waits. */
    void wake();
    /** I/O thread: writes and runs what was handed over, then flushes each socket written. */
    void drain();

    QMutex m_mutex;
    std::vector<Item> m_items; // guarded by m_mutex
    bool m_drainPosted = false; // guarded by m_mutex
    std::vector<Item> m_draining; // the I/O thread's (kept for its capacity)
    std::vector<QtSessionIo *> m_written; // the I/O thread's: sockets to flush
};

/**
 * The I/O threads: each runs its own event loop and has its mailbox; sessions are spread over
 * them in turn. Zero threads: every session's socket stays on the deciding thread (as before
 * issue 12).
 */
class IoThreads
{
public:
    explicit IoThreads(int count);
    ~IoThreads();
    /** The mailbox (and so the thread) for the next session; null with no I/O threads. */
    IoMailbox *next();
    int count() const { return int(m_threads.size()); }

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<std::unique_ptr<IoMailbox>> m_mailboxes;
    size_t m_next = 0;
};

} // namespace quorum
