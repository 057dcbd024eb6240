#pragma once

#include "wsframes.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

struct ssl_ctx_st;

namespace quorum::wire {

class Connection;

/** What a loop tells the deciding thread about a connection (Engine::deliver). */
struct Event
{
    enum class Kind : quint8 {
        Upgraded, ///< the WebSocket upgrade is done: a session may be made for it
        Binary, ///< a binary message (payload)
        Text, ///< a text message (refused by the server)
        Writable, ///< fewer than the writable mark wait after the room stopped feeding it
        Closed, ///< the connection is gone (after its last message)
    };
    Kind kind;
    std::shared_ptr<Connection> connection;
    QByteArray payload;
};

/** The settings every connection of the engine shares. */
struct LoopSettings
{
    qint64 maxMessageBytes;
    qint64 stalledReaderMs;
    qint64 writableBelowBytes;
};

/**
 * One I/O thread of the wire engine: an epoll loop (level-triggered, EPOLLOUT only while a
 * socket has output it could not write), an eventfd that wakes it for its mailbox, and a sweep
 * of its connections' deadlines (stalled reader, closing) every SweepMs instead of a timer per
 * socket. The deciding thread hands it frames and calls in one ordered list (post, call); what
 * a turn of the loop read goes back in one list per turn (`report`, Engine::deliver).
 *
 * A turn: wait; read every readable socket (TLS handshake, upgrade, frames) and write every
 * writable one; take the mailbox (frames into each connection's queue, calls run); write each
 * connection that got something, once (one SSL_write or sendmsg of all its frames where they
 * fit); sweep; hand the turn's events over. Connections closed in a turn are forgotten at its
 * end, so that no pointer of the turn dangles.
 */
class Loop
{
public:
    using Deliver = std::function<void(std::vector<Event> events)>;
    Loop(int index, LoopSettings settings, Deliver deliver);
    ~Loop();
    Loop(const Loop &) = delete;
    Loop &operator=(const Loop &) = delete;

    // Any thread (the deciding one).
    /** Takes an accepted, non-blocking socket (TLS when `tls` is given); returns its connection. */
    std::shared_ptr<Connection> adopt(
        int fd, const QHostAddress &peer, quint16 port, ssl_ctx_st *tls);
    /**
     * A frame for `connection`, written after everything handed over before. The connection
     * must be alive until the item runs: its WireSessionIo holds it and hands its last call
     * (with a reference) after its last frame.
     */
    void post(Connection *connection, QByteArray frame);
    /** Runs `call` on the loop's thread after everything handed over before. */
    void call(std::function<void()> call);

    // The loop's thread.
    const LoopSettings &settings() const { return m_settings; }
    qint64 nowMs() const { return m_now; }
    /** Reading or also writing (EPOLLOUT) on the connection's socket. */
    void watch(Connection &connection, bool write);
    /** Write this connection once this turn's mailbox is taken. */
    void markDirty(Connection *connection);
    /** The connection is closed: forgotten at the end of the turn. */
    void forget(Connection *connection);
    /** Its TLS holds bytes read and not yet decrypted: read it again next turn. */
    void readAgain(Connection *connection);
    void report(Event event) { m_events.push_back(std::move(event)); }
    void later(std::function<void()> call) { m_later.push_back(std::move(call)); }
    /** Scratch space of the turn: plaintext gathered for one SSL_write, bytes read. */
    char *staging() { return m_staging.get(); }
    char *readBuffer() { return m_readBuffer.get(); }
    QList<FrameEvent> &frameEvents() { return m_frameEvents; }

    static constexpr qsizetype StagingBytes = 64 * 1024;
    static constexpr qsizetype ReadBytes = 64 * 1024;
    static constexpr int SweepMs = 100;

private:
    struct Item
    {
        Connection *connection = nullptr; // a frame for it, or null: `call`
        QByteArray frame;
        std::function<void()> call;
    };
    void push(Item item);
    void wakeNow();
    void run();
    void takeMailbox();
    void sweep();
    void endTurn();

    int m_index;
    LoopSettings m_settings;
    Deliver m_deliver;
    int m_epoll = -1;
    int m_wakeFd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{ false };

    std::mutex m_mutex;
    std::vector<Item> m_items; // guarded
    bool m_wakePosted = false; // guarded: the eventfd was written and not yet read
    bool m_wakeDeferred = false; // guarded: an IoMailbox::Batch will wake it when it ends

    // The loop's own.
    qint64 m_now = 0;
    qint64 m_nextSweep = 0;
    std::unordered_map<Connection *, std::shared_ptr<Connection>> m_connections;
    std::vector<Item> m_draining;
    std::vector<Connection *> m_dirty;
    std::vector<Connection *> m_forgotten;
    std::vector<Connection *> m_readAgain;
    std::vector<Event> m_events;
    std::vector<std::function<void()>> m_later;
    std::unique_ptr<char[]> m_staging;
    std::unique_ptr<char[]> m_readBuffer;
    QList<FrameEvent> m_frameEvents;
};

} // namespace quorum::wire
