#pragma once

#include <QByteArray>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

class QFile;

namespace quorum {

/**
 * A document file mapped read-only into memory, shared by every session that sends it: 50
 * tablets fetching one 50 MB PDF read it from one mapping, not 50 × 800 open/seek/read calls.
 * Blob files never change once written (content-addressed, renamed into place).
 */
class MappedDocument
{
public:
    /** The mapping of `path`, made on first use and kept while a transfer holds it. */
    static std::shared_ptr<const MappedDocument> open(const QString &path);
    ~MappedDocument();
    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }

private:
    MappedDocument() = default;
    std::unique_ptr<QFile> m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
};

/**
 * The serialized ServerMessage{document_chunk{sha256, offset, data, total_size}}, built with a
 * single copy of the bytes (protobuf would copy them into the message, then into the frame).
 */
QByteArray documentChunkFrame(
    const QString &sha256, qint64 offset, const char *data, qint64 size, qint64 totalSize);

/**
 * The socket a TransferQueue writes to, on the socket's thread, whatever the engine: the Qt
 * one's QWebSocket (qtsessionio.cpp) or the wire engine's connection (wire/wireconnection.h).
 * The owner calls TransferQueue::pump() whenever the socket wrote something.
 */
class TransferSink
{
public:
    virtual ~TransferSink() = default;
    /** Whether frames may still be written (not closing, not gone). */
    virtual bool isOpen() const = 0;
    /** What waits to be written, in bytes (encrypted or not). */
    virtual qint64 bytesToWrite() const = 0;
    virtual void sendBinary(QByteArray frame) = 0;
    /** Runs `call` on the socket's thread after this turn's frames (replies, events). */
    virtual void later(std::function<void()> call) = 0;
};

/**
 * One session's bulk transfers (document bytes). Control messages (replies, events,
 * previews) go straight to the socket; chunks are written only while the socket has less
 * than LowWaterBytes queued, refilled from bytesWritten. So a vote or a page turn waits at
 * most behind LowWaterBytes of document, never behind a whole file; and the server never
 * holds more than one chunk per transfer in memory.
 */
class TransferQueue
{
public:
    /** 64 KiB chunks: large enough to keep the per-frame cost low, small next to LowWater. */
    static constexpr qint64 ChunkBytes = 64 * 1024;
    /** ~2 chunks in flight: at 54 Mbit/s Wi-Fi about 20 ms of delay for a control message. */
    static constexpr qint64 LowWaterBytes = 128 * 1024;
    /** Transfers queued per session: a meeting's documents, with room to spare. */
    static constexpr int MaxTransfers = 64;

    /** Writes to `sink`, which outlives it. */
    explicit TransferQueue(TransferSink &sink);
    ~TransferQueue();

    /** Queues [offset, end) of a file; false when the queue is full. Replaces a transfer of the
     * same hash. */
    bool enqueue(
        const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 totalSize);
    void clear() { m_jobs.clear(); }
    int size() const { return int(m_jobs.size()); }
    /** Bytes of chunks sent so far (for logs and benchmarks). */
    qint64 bytesSent() const { return m_bytesSent; }
    /** Writes chunks while the sink holds less than LowWaterBytes (call when it wrote). */
    void pump();

private:
    struct Job
    {
        QString sha256;
        QString path;
        qint64 offset;
        qint64 end;
        qint64 total;
        std::shared_ptr<const MappedDocument> bytes; // mapped on the first chunk
    };
    void schedule();

    TransferSink &m_sink;
    /** Told when it is gone while a `later` call may still run. */
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::deque<Job> m_jobs;
    qint64 m_bytesSent = 0;
    bool m_scheduled = false;
};

} // namespace quorum
