#include "organiserclient.h"

#include "fold.h"
#include "meetingfilewriter.h"
#include "refusal.h"
#include "tlspinning.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace v1 = quorum::v1;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

OrganiserClient::OrganiserClient(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(this))
    , m_deviceId(QStringLiteral("organiser-desk-") + newId().left(8))
{
    connect(m_connection, &Connection::opened, this, &OrganiserClient::onOpened);
    connect(m_connection, &Connection::messageReceived, this, &OrganiserClient::onMessage);
    connect(m_connection, &Connection::lost, this, [this](const QString &reason, int) {
        const bool wasOpen = m_open;
        m_open = false;
        if (m_everOpened) {
            // The connection retries by itself; the Welcome opens the meeting again.
            if (wasOpen)
                emit linkChanged(false);
            return;
        }
        m_connection->close(); // never answered: a wrong address, or the server is down
        emit failed(int(v1::ERROR_UNSPECIFIED), reason);
    });
    connect(m_connection, &Connection::certificateRefused, this, [this](const QString &) {
        emit failed(int(v1::ERROR_UNSPECIFIED), QStringLiteral("certificate refused"));
    });
}

void OrganiserClient::setServer(const QUrl &url, const QString &secret)
{
    m_url = url;
    m_secret = secret;
}

void OrganiserClient::listMeetings()
{
    m_meetingId.clear();
    m_create = false;
    start(true);
}

void OrganiserClient::openMeeting(const QString &meetingId, bool create)
{
    m_meetingId = meetingId;
    m_create = create;
    start(false);
}

void OrganiserClient::close()
{
    m_open = false;
    m_everOpened = false;
    m_pending.clear();
    m_upload = Upload();
    m_connection->close();
}

void OrganiserClient::start(bool list)
{
    m_list = list;
    m_open = false;
    m_everOpened = false;
    m_pending.clear();
    m_upload = Upload();
    QString fingerprint;
    const QUrl bare = quorum::splitPinnedFingerprint(m_url, &fingerprint);
    m_connection->setPinnedFingerprint(fingerprint);
    m_connection->resetBackoff();
    m_connection->open(bare);
}

void OrganiserClient::onOpened()
{
    m_snapshotPages.reset(); // of the previous connection
    v1::ClientMessage message;
    v1::Hello *hello = message.mutable_hello();
    hello->set_protocol_version(quorum::ProtocolVersion);
    hello->set_meeting_id(quorum::sstr(m_meetingId));
    hello->set_organiser_secret(quorum::sstr(m_secret));
    hello->set_create_meeting(m_create);
    // Its own device id: two desks open at once (two secretaries, or a desk and a helper) would
    // otherwise replace each other's session back and forth.
    hello->set_device_id(quorum::sstr(m_deviceId));
    hello->set_client_name("quorum organiser desk");
    // Once created, a reconnect opens it again rather than creating it twice.
    m_create = false;
    m_connection->send(quorum::encode(message));
}

QByteArray OrganiserClient::meetingFile(const QHash<QString, QString> &pins) const
{
    return quorum::writeMeetingFile(m_state.definition, pins);
}

quint64 OrganiserClient::send(v1::Command command)
{
    if (m_meetingId.isEmpty() || m_list)
        return 0;
    const quint64 id = m_nextRequest++;
    command.set_request_id(id);
    command.set_command_id(quorum::sstr(newId()));
    v1::ClientMessage message;
    *message.mutable_command() = command;
    m_pending.insert(id, message);
    if (m_open)
        m_connection->send(quorum::encode(message));
    return id;
}

bool OrganiserClient::uploadDocument(
    const QString &itemId, const QString &filePath, const QString &title)
{
    if (uploading() || m_meetingId.isEmpty() || m_list)
        return false;
    QFile file(filePath);
    if (file.size() <= 0 || file.size() > MaxUploadBytes || !file.open(QIODevice::ReadOnly))
        return false;
    Upload upload;
    upload.bytes = file.readAll();
    if (upload.bytes.size() != file.size())
        return false;
    upload.id = newId();
    upload.itemId = itemId;
    upload.fileName = QFileInfo(filePath).fileName();
    upload.title = title.isEmpty() ? QFileInfo(filePath).completeBaseName() : title;
    upload.sha256
        = QCryptographicHash::hash(upload.bytes, QCryptographicHash::Sha256).toHex().toStdString();
    m_upload = upload;
    if (m_open)
        sendChunk(0, true);
    return true;
}

void OrganiserClient::sendChunk(qint64 offset, bool withData)
{
    v1::ClientMessage message;
    v1::UploadChunk *chunk = message.mutable_upload_chunk();
    chunk->set_upload_id(quorum::sstr(m_upload.id));
    chunk->set_offset(quint64(offset));
    const QByteArray part = withData ? m_upload.bytes.mid(offset, ChunkBytes) : QByteArray();
    chunk->set_data(part.constData(), size_t(part.size()));
    chunk->set_total_size(quint64(m_upload.bytes.size()));
    chunk->set_sha256(m_upload.sha256);
    chunk->set_file_name(quorum::sstr(m_upload.fileName));
    m_connection->send(quorum::encode(message));
}

void OrganiserClient::onUploadProgress(const v1::UploadProgress &progress)
{
    if (!uploading() || quorum::qstr(progress.upload_id()) != m_upload.id)
        return;
    if (progress.has_error()) {
        const v1::Error error = progress.error();
        const int failure = int(progress.failure());
        endUpload();
        emit uploadFailed(
            int(error.code()), failure, Refusal::of(error), quorum::qstr(error.detail()));
        return;
    }
    if (progress.has_document()) {
        if (m_upload.attachRequest)
            return;
        // Ingested: attach it to the item as a new document.
        v1::Command command;
        v1::AttachDocument *attach = command.mutable_attach_document();
        m_upload.documentId = QStringLiteral("doc-") + newId().left(8);
        attach->set_document_id(quorum::sstr(m_upload.documentId));
        attach->set_item_id(quorum::sstr(m_upload.itemId));
        attach->set_sha256(m_upload.sha256);
        attach->set_title(quorum::sstr(m_upload.title));
        attach->set_file_name(quorum::sstr(m_upload.fileName));
        m_upload.attachRequest = send(command);
        return;
    }
    // The server holds `received` bytes: the next chunk from there (one in flight; a desk
    // uploads a few agenda documents, not a room's worth).
    if (progress.received() < quint64(m_upload.bytes.size()))
        sendChunk(qint64(progress.received()), true);
}

void OrganiserClient::endUpload()
{
    m_upload = Upload();
}

void OrganiserClient::onMessage(const QByteArray &frame)
{
    auto message = quorum::decode<v1::ServerMessage>(frame);
    if (!message)
        return;
    // A big meeting's Welcome: handled once its snapshot's last page is in.
    const std::vector<v1::ServerMessage> now = m_snapshotPages.take(std::move(*message));
    if (m_snapshotPages.isBroken()) {
        m_snapshotPages.reset();
        m_connection->close();
        return;
    }
    for (const v1::ServerMessage &m : now)
        onServerMessage(m);
}

void OrganiserClient::onServerMessage(const v1::ServerMessage &message)
{
    auto fold = [this](const v1::Event &event) {
        if (event.seq() == m_state.seq + 1 || event.has_votes_counted())
            quorum::applyEvent(m_state, event);
    };
    switch (message.body_case()) {
    case v1::ServerMessage::kWelcome: {
        const v1::Welcome &welcome = message.welcome();
        if (m_list) {
            m_meetings.assign(welcome.meetings().begin(), welcome.meetings().end());
            m_connection->close(); // the server closes too: the list is a question
            emit meetingsListed();
            return;
        }
        if (welcome.has_snapshot())
            quorum::loadSnapshot(m_state, welcome.snapshot());
        const bool again = m_everOpened;
        m_open = true;
        m_everOpened = true;
        // What the lost link did not answer goes again, in order, with its command id.
        for (const v1::ClientMessage &pending : std::as_const(m_pending))
            m_connection->send(quorum::encode(pending));
        // An upload goes on from where the server got to (an empty chunk asks how far).
        if (uploading() && !m_upload.attachRequest)
            sendChunk(0, false);
        if (again)
            emit linkChanged(true);
        else
            emit opened();
        emit changed();
        return;
    }
    case v1::ServerMessage::kEvent:
        fold(message.event());
        emit changed();
        return;
    case v1::ServerMessage::kEventBatch:
        for (const v1::Event &event : message.event_batch().events())
            fold(event);
        emit changed();
        return;
    case v1::ServerMessage::kReply: {
        const v1::Reply &reply = message.reply();
        m_pending.remove(reply.request_id());
        if (uploading() && m_upload.attachRequest == reply.request_id()) {
            const QString documentId = m_upload.documentId;
            endUpload();
            if (reply.has_error())
                emit uploadFailed(int(reply.error().code()), 0, Refusal::of(reply.error()),
                    quorum::qstr(reply.error().detail()));
            else
                emit uploadFinished(documentId);
        }
        emit replied(reply.request_id(), reply);
        return;
    }
    case v1::ServerMessage::kUploadProgress:
        onUploadProgress(message.upload_progress());
        return;
    case v1::ServerMessage::kError:
        if (!m_open) {
            // The Hello was refused: asking again would be refused again.
            m_connection->close();
            m_everOpened = false;
        }
        emit failed(int(message.error().code()), quorum::qstr(message.error().detail()));
        return;
    default:
        return; // documents, followers: not the desk's
    }
}
