#pragma once

#include "wireloop.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace quorum::wire {

class TlsContext;

/**
 * The wire engine (--io-engine wire): its loops (one per I/O thread, wireloop.h), the server's
 * one TLS context, and the way back to the deciding thread. The listener only accepts and
 * hands each descriptor to adopt() (the next loop, in turn), which runs the TLS handshake and
 * the upgrade on its own thread. What the loops read comes back here in one list per turn of
 * each loop and is handed on, in order, in one queued call (not one per frame): an upgraded
 * connection to `upgraded` (the room server makes its session), a message or a writable to the
 * connection's WireSessionIo, a connection gone to `gone` (the listener stops counting it) and
 * to its WireSessionIo.
 */
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Handlers
    {
        std::function<void(const std::shared_ptr<Connection> &)> upgraded;
        std::function<void(const QHostAddress &, quint16)> gone;
    };
    /** `threads` loops (at least one), on the deciding thread. */
    Engine(int threads, LoopSettings settings, Handlers handlers, QObject *parent = nullptr);
    ~Engine() override;

    /** TLS for every connection adopted from now on; false (and why) when the pair is bad. */
    bool setTls(const QByteArray &chainPem, const QByteArray &keyPem, QString *error);
    bool isSecure() const { return m_tls != nullptr; }
    /**
     * An accepted socket (non-blocking, TCP options set) from `peer`: to the next loop. Returns
     * what aborts it (any time, from this thread).
     */
    std::function<void()> adopt(int fd, const QHostAddress &peer, quint16 port);

private:
    /** A loop's thread: the events of one turn. */
    void deliver(std::vector<Event> events);
    /** The deciding thread: everything delivered since the last call, in order. */
    void drain();

    Handlers m_handlers;
    std::unique_ptr<TlsContext> m_tls;
    std::vector<std::unique_ptr<Loop>> m_loops;
    size_t m_next = 0;
    std::mutex m_mutex;
    std::vector<Event> m_inbox; // guarded
    bool m_drainPosted = false; // guarded
    std::vector<Event> m_draining; // the deciding thread's
};

} // namespace quorum::wire
