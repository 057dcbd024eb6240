#include "organiserclient.h"

#include "fold.h"
#include "meetingfilewriter.h"
#include "tlspinning.h"

#include <QUuid>

namespace v1 = quorum::v1;

OrganiserClient::OrganiserClient(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(this))
{
    connect(m_connection, &Connection::opened, this, &OrganiserClient::onOpened);
    connect(m_connection, &Connection::messageReceived, this, &OrganiserClient::onMessage);
    connect(m_connection, &Connection::lost, this, [this](const QString &reason, int) {
        m_open = false;
        if (!m_list)
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
    m_connection->close();
}

void OrganiserClient::start(bool list)
{
    m_list = list;
    m_open = false;
    QString fingerprint;
    const QUrl bare = quorum::splitPinnedFingerprint(m_url, &fingerprint);
    m_connection->setPinnedFingerprint(fingerprint);
    m_connection->open(bare);
}

void OrganiserClient::onOpened()
{
    v1::ClientMessage message;
    v1::Hello *hello = message.mutable_hello();
    hello->set_protocol_version(quorum::ProtocolVersion);
    hello->set_meeting_id(quorum::sstr(m_meetingId));
    hello->set_organiser_secret(quorum::sstr(m_secret));
    hello->set_create_meeting(m_create);
    hello->set_device_id("organiser-desk");
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
    if (!m_open)
        return 0;
    const quint64 id = m_nextRequest++;
    command.set_request_id(id);
    command.set_command_id(quorum::sstr(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    v1::ClientMessage message;
    *message.mutable_command() = command;
    m_connection->send(quorum::encode(message));
    return id;
}

void OrganiserClient::onMessage(const QByteArray &frame)
{
    const auto message = quorum::decode<v1::ServerMessage>(frame);
    if (!message)
        return;
    auto fold = [this](const v1::Event &event) {
        if (event.seq() == m_state.seq + 1 || event.has_votes_counted())
            quorum::applyEvent(m_state, event);
    };
    switch (message->body_case()) {
    case v1::ServerMessage::kWelcome: {
        const v1::Welcome &welcome = message->welcome();
        if (m_list) {
            m_meetings.assign(welcome.meetings().begin(), welcome.meetings().end());
            m_connection->close(); // the server closes too: the list is a question
            emit meetingsListed();
            return;
        }
        if (welcome.has_snapshot())
            quorum::loadSnapshot(m_state, welcome.snapshot());
        m_open = true;
        emit opened();
        emit changed();
        return;
    }
    case v1::ServerMessage::kEvent:
        fold(message->event());
        emit changed();
        return;
    case v1::ServerMessage::kEventBatch:
        for (const v1::Event &event : message->event_batch().events())
            fold(event);
        emit changed();
        return;
    case v1::ServerMessage::kReply:
        emit replied(message->reply().request_id(), message->reply());
        return;
    case v1::ServerMessage::kError:
        emit failed(int(message->error().code()), quorum::qstr(message->error().detail()));
        return;
    default:
        return; // documents, uploads, followers: not the desk's
    }
}
