#include "documentupload.h"

#include "meetingclient.h"
#include "protocol.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcUpload, "quorum.client.upload", QtInfoMsg)

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

DocumentUpload::DocumentUpload(MeetingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    client->setUploadHandler([this](const v1::UploadProgress &p) { onProgress(p); });
    // A new connection: the server may hold fewer bytes than were sent on the old one.
    connect(client, &MeetingClient::welcomed, this, [this] {
        if (m_state == Uploading || m_state == Processing)
            ask();
    });
    connect(client, &MeetingClient::commandAcknowledged, this, [this](const QString &id, quint64) {
        if (m_state == Attaching && id == m_attachCommand) {
            setState(Done);
            emit finished(m_documentId);
        }
    });
    connect(client, &MeetingClient::commandFailed, this,
        [this](
            const QString &id, MeetingClient::ErrorCode code, const QString &detail, int reason) {
            if (m_state == Attaching && id == m_attachCommand)
                fail(NoFailure, int(code), detail, reason);
        });
}

double DocumentUpload::progress() const
{
    if (m_state == Done || m_state == Attaching || m_state == Processing)
        return 1.0;
    return m_total > 0 ? double(m_acked) / double(m_total) : 0.0;
}

bool DocumentUpload::upload(const QString &fileOrUrl, const QString &itemId,
    const QString &documentId, const QString &title)
{
    if (busy())
        return false; // one at a time; the one under way keeps its state
    const QUrl url(fileOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    m_file.close();
    m_file.setFileName(path);
    m_fileName = QFileInfo(path).fileName();
    m_itemId = itemId;
    m_replacing = !documentId.isEmpty();
    m_documentId = m_replacing ? documentId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_title = title;
    m_acked = m_sent = 0;
    m_total = 0;
    emit progressChanged();
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(Unreadable, 0, QStringLiteral("cannot read %1").arg(path));
        return false;
    }
    m_total = m_file.size();
    if (m_total == 0) {
        fail(NotPdf, 0, QStringLiteral("the file is empty"));
        return false;
    }
    if (m_total > MaxBytes) {
        fail(TooLarge, 0,
            QStringLiteral("%1 bytes is over the limit of %2").arg(m_total).arg(MaxBytes));
        return false;
    }
    // On the event loop: ~0.15 s for 50 MB on a tablet's core, once per upload, and the
    // declared hash lets the server check the whole transfer without reading it again.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&m_file)) {
        fail(Unreadable, 0, QStringLiteral("cannot read %1").arg(path));
        return false;
    }
    m_sha256 = QString::fromLatin1(hash.result().toHex());
    m_uploadId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_failure = NoFailure;
    m_errorCode = 0;
    m_errorDetail.clear();
    qCInfo(lcUpload) << "uploading" << m_fileName << m_total << "bytes to" << itemId << "as"
                     << m_documentId;
    setState(Uploading);
    ask(); // when not connected, the next Welcome asks
    return true;
}

void DocumentUpload::cancel()
{
    if (m_state == Uploading)
        abandon();
    m_file.close();
    m_uploadId.clear();
    setState(Idle);
}

void DocumentUpload::abandon()
{
    // Best effort: offline, the server drops it after its idle limit instead.
    v1::ClientMessage message;
    v1::UploadChunk *chunk = message.mutable_upload_chunk();
    chunk->set_upload_id(sstr(m_uploadId));
    chunk->set_total_size(quint64(m_total));
    chunk->set_sha256(sstr(m_sha256));
    chunk->set_abandon(true);
    m_client->sendMessage(message);
}

void DocumentUpload::dismiss()
{
    if (!busy())
        setState(Idle);
}

void DocumentUpload::ask()
{
    v1::ClientMessage message;
    v1::UploadChunk *chunk = message.mutable_upload_chunk();
    chunk->set_upload_id(sstr(m_uploadId));
    chunk->set_total_size(quint64(m_total));
    chunk->set_sha256(sstr(m_sha256));
    chunk->set_file_name(sstr(m_fileName));
    // Whatever was in flight on an older connection is not ours to count any more.
    m_sent = m_acked;
    m_asking = m_client->sendMessage(message);
}

void DocumentUpload::pump()
{
    while (m_state == Uploading && !m_asking && m_sent < m_total
        && m_sent - m_acked < Window * ChunkBytes) {
        if (!m_file.seek(m_sent)) {
            fail(Unreadable, 0, QStringLiteral("cannot read %1").arg(m_fileName));
            return;
        }
        const QByteArray data = m_file.read(qMin(ChunkBytes, m_total - m_sent));
        if (data.isEmpty()) {
            fail(Unreadable, 0, QStringLiteral("cannot read %1").arg(m_fileName));
            return;
        }
        v1::ClientMessage message;
        v1::UploadChunk *chunk = message.mutable_upload_chunk();
        chunk->set_upload_id(sstr(m_uploadId));
        chunk->set_offset(quint64(m_sent));
        chunk->set_data(data.constData(), size_t(data.size()));
        chunk->set_total_size(quint64(m_total));
        chunk->set_sha256(sstr(m_sha256));
        chunk->set_file_name(sstr(m_fileName));
        if (!m_client->sendMessage(message))
            return; // offline: the next Welcome asks where to go on from
        m_sent += data.size();
    }
}

void DocumentUpload::onProgress(const v1::UploadProgress &p)
{
    if (qstr(p.upload_id()) != m_uploadId || !(m_state == Uploading || m_state == Processing))
        return; // an answer to an upload given up
    if (p.has_error() && p.error().code() != v1::ERROR_UNSPECIFIED) {
        fail(Failure(p.failure()), int(p.error().code()), qstr(p.error().detail()));
        return;
    }
    if (p.has_document()) {
        m_file.close();
        m_acked = m_total;
        emit progressChanged();
        attach(qstr(p.document().sha256()));
        return;
    }
    const qint64 received = qint64(p.received());
    if (m_asking) {
        m_asking = false;
        if (received > 0)
            qCInfo(lcUpload) << "the server holds" << received << "of" << m_total << "bytes of"
                             << m_fileName;
        m_acked = m_sent = received;
    } else {
        m_acked = qMax(m_acked, received);
    }
    emit progressChanged();
    if (m_acked >= m_total) {
        setState(Processing);
    } else {
        setState(Uploading); // also when a server that lost the bytes starts over
        pump();
    }
}

void DocumentUpload::attach(const QString &sha256)
{
    v1::Command command;
    v1::AttachDocument *a = command.mutable_attach_document();
    a->set_document_id(sstr(m_documentId));
    a->set_item_id(sstr(m_itemId));
    a->set_sha256(sstr(sha256));
    a->set_title(sstr(m_title));
    a->set_file_name(sstr(m_fileName));
    setState(Attaching);
    m_attachCommand = m_client->sendCommand(std::move(command));
}

void DocumentUpload::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
    emit progressChanged();
}

void DocumentUpload::fail(Failure failure, int code, const QString &detail, int reason)
{
    if (m_state == Uploading && code == 0 && !m_uploadId.isEmpty())
        abandon(); // failed here (the file became unreadable): the server's bytes are useless
    qCInfo(lcUpload) << "upload of" << m_fileName << "failed:" << failure << code << detail;
    m_file.close();
    m_failure = failure;
    m_errorCode = code;
    m_errorDetail = detail;
    m_errorReason = reason;
    m_asking = false;
    if (m_state == Failed)
        emit stateChanged(); // a new error replaces the one shown
    setState(Failed);
    emit failed();
}
