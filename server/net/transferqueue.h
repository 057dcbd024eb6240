#pragma once

#include <QObject>
#include <QString>

#include <deque>

class QWebSocket;

namespace quorum {

/**
 * One session's bulk transfers (document bytes). Control messages (replies, events,
 * previews) go straight to the socket; chunks are written only while the socket has less
 * than LowWaterBytes queued, refilled from bytesWritten. So a vote or a page turn waits at
 * most behind LowWaterBytes of document, never behind a whole file; and the server never
 * holds more than one chunk per transfer in memory.
 */
class TransferQueue : public QObject
{
    Q_OBJECT
public:
    /** 64 KiB chunks: large enough to keep the per-frame cost low, small next to LowWater. */
    static constexpr qint64 ChunkBytes = 64 * 1024;
    /** ~2 chunks in flight: at 54 Mbit/s Wi-Fi about 20 ms of delay for a control message. */
    static constexpr qint64 LowWaterBytes = 128 * 1024;
    /** Transfers queued per session: a meeting's documents, with room to spare. */
    static constexpr int MaxTransfers = 64;

    TransferQueue(QWebSocket *socket, QObject *parent = nullptr);

    /** Queues [offset, end) of a file; false when the queue is full. Replaces a transfer of the same hash. */
    bool enqueue(const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 totalSize);
    void clear() { m_jobs.clear(); }
    int size() const { return int(m_jobs.size()); }
    /** Bytes of chunks sent so far (for logs and benchmarks). */
    qint64 bytesSent() const { return m_bytesSent; }

private:
    struct Job
    {
        QString sha256;
        QString path;
        qint64 offset;
        qint64 end;
        qint64 total;
    };
    void pump();
    void schedule();

    QWebSocket *m_socket;
    std::deque<Job> m_jobs;
    qint64 m_bytesSent = 0;
    bool m_scheduled = false;
};

} // namespace quorum
