#include "transferqueue.h"

#include "protocol.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <google/protobuf/io/coded_stream.h>

Q_LOGGING_CATEGORY(lcTransfer, "quorum.transfer")

namespace quorum {

TransferQueue::TransferQueue(TransferSink &sink)
    : m_sink(sink)
{ }

TransferQueue::~TransferQueue()
{
    *m_alive = false;
}

bool TransferQueue::enqueue(
    const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 totalSize)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->sha256 == sha256) {
            m_jobs.erase(it);
            break;
        }
    }
    if (int(m_jobs.size()) >= MaxTransfers)
        return false;
    m_jobs.push_back({ sha256, path, offset, end, totalSize, nullptr });
    schedule();
    return true;
}

void TransferQueue::schedule()
{
    // After this turn's replies and events: they go first.
    if (m_scheduled)
        return;
    m_scheduled = true;
    m_sink.later([this, alive = m_alive] {
        if (!*alive)
            return;
        m_scheduled = false;
        pump();
    });
}

void TransferQueue::pump()
{
    while (!m_jobs.empty() && m_sink.isOpen() && m_sink.bytesToWrite() < LowWaterBytes) {
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        if (!job.bytes)
            job.bytes = MappedDocument::open(job.path);
        if (!job.bytes || job.bytes->size() < job.end) {
            qCWarning(lcTransfer) << "cannot read" << job.path << "up to" << job.end;
            v1::ServerMessage message;
            v1::DocumentChunk *chunk = message.mutable_document_chunk();
            chunk->set_sha256(sstr(job.sha256));
            chunk->set_offset(quint64(job.offset));
            chunk->set_total_size(quint64(job.total));
            *chunk->mutable_error() = makeError(v1::ERROR_INTERNAL, v1::DOCUMENT_REFUSAL_UNREADABLE,
                QStringLiteral("The server cannot read the document"));
            m_sink.sendBinary(encode(message));
            continue;
        }
        const qint64 size = qMin(ChunkBytes, job.end - job.offset);
        m_sink.sendBinary(documentChunkFrame(
            job.sha256, job.offset, job.bytes->data() + job.offset, size, job.total));
        m_bytesSent += size;
        job.offset += size;
        // Round robin: every document of the meeting moves along, none waits for the largest.
        if (job.offset < job.end)
            m_jobs.push_back(std::move(job));
    }
}

std::shared_ptr<const MappedDocument> MappedDocument::open(const QString &path)
{
    // Every I/O thread's transfers share the mappings.
    static QMutex lock;
    const QMutexLocker locker(&lock);
    static QHash<QString, std::weak_ptr<const MappedDocument>> mapped;
    if (auto existing = mapped.value(path).lock())
        return existing;
    mapped.removeIf([](const auto &entry) { return entry.value().expired(); });
    std::shared_ptr<MappedDocument> document(new MappedDocument);
    document->m_file = std::make_unique<QFile>(path);
    if (!document->m_file->open(QIODevice::ReadOnly))
        return nullptr;
    document->m_size = document->m_file->size();
    if (document->m_size > 0) {
        document->m_data
            = reinterpret_cast<const char *>(document->m_file->map(0, document->m_size));
        if (!document->m_data)
            return nullptr;
    }
    mapped.insert(path, document);
    return document;
}

MappedDocument::~MappedDocument() = default; // unmapped by QFile

namespace {
int varintSize64(quint64 value)
{
    return int(google::protobuf::io::CodedOutputStream::VarintSize64(value));
}
} // namespace

QByteArray documentChunkFrame(
    const QString &sha256, qint64 offset, const char *data, qint64 size, qint64 totalSize)
{
    // Everything of the chunk but its data, through protobuf; the data field by hand after it.
    // Field order does not matter to a parser, and a field appears once: the result parses as
    // the message protobuf would have written.
    v1::DocumentChunk head;
    head.set_sha256(sstr(sha256));
    head.set_offset(quint64(offset));
    head.set_total_size(quint64(totalSize));
    const std::string headBytes = head.SerializeAsString();
    constexpr quint32 dataTag = (v1::DocumentChunk::kDataFieldNumber << 3) | 2;
    constexpr quint32 chunkTag = (v1::ServerMessage::kDocumentChunkFieldNumber << 3) | 2;
    // As protobuf (proto3), an empty data field is not written at all.
    const quint64 dataFieldSize
        = size > 0 ? varintSize64(dataTag) + varintSize64(quint64(size)) + quint64(size) : 0;
    const quint64 chunkSize = headBytes.size() + dataFieldSize;
    QByteArray frame;
    frame.reserve(qsizetype(varintSize64(chunkTag) + varintSize64(chunkSize) + chunkSize));
    appendVarint(frame, chunkTag);
    appendVarint(frame, chunkSize);
    frame.append(headBytes.data(), qsizetype(headBytes.size()));
    if (size > 0) {
        appendVarint(frame, dataTag);
        appendVarint(frame, quint64(size));
        frame.append(data, qsizetype(size));
    }
    return frame;
}

} // namespace quorum
