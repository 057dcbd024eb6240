#include "transferqueue.h"

#include "protocol.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcTransfer, "quorum.transfer")

namespace quorum {

TransferQueue::TransferQueue(QWebSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    connect(m_socket, &QWebSocket::bytesWritten, this, &TransferQueue::pump);
}

bool TransferQueue::enqueue(const QString &sha256, const QString &path, qint64 offset, qint64 end,
                            qint64 totalSize)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->sha256 == sha256) {
            m_jobs.erase(it);
            break;
        }
    }
    if (int(m_jobs.size()) >= MaxTransfers)
        return false;
    m_jobs.push_back({sha256, path, offset, end, totalSize});
    schedule();
    return true;
}

void TransferQueue::schedule()
{
    // After this turn's replies and events: they go first.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        pump();
    });
}

void TransferQueue::pump()
{
    while (!m_jobs.empty() && m_socket->isValid() && m_socket->bytesToWrite() < LowWaterBytes) {
        Job job = m_jobs.front();
        m_jobs.pop_front();
        v1::ServerMessage message;
        v1::DocumentChunk *chunk = message.mutable_document_chunk();
        chunk->set_sha256(sstr(job.sha256));
        chunk->set_offset(quint64(job.offset));
        chunk->set_total_size(quint64(job.total));
        QFile file(job.path);
        QByteArray data;
        if (job.offset < job.end) {
            if (!file.open(QIODevice::ReadOnly) || !file.seek(job.offset)
                || (data = file.read(qMin(ChunkBytes, job.end - job.offset))).isEmpty()) {
                qCWarning(lcTransfer) << "cannot read" << job.path << "at" << job.offset;
                *chunk->mutable_error() = makeError(v1::ERROR_INTERNAL, QStringLiteral("The server cannot read the document"));
                m_socket->sendBinaryMessage(encode(message));
                continue;
            }
        }
        chunk->set_data(data.constData(), size_t(data.size()));
        m_socket->sendBinaryMessage(encode(message));
        m_bytesSent += data.size();
        job.offset += data.size();
        // Round robin: every document of the meeting moves along, none waits for the largest.
        if (job.offset < job.end)
            m_jobs.push_back(job);
    }
}

} // namespace quorum
