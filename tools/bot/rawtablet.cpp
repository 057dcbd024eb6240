#include "rawtablet.h"

#include <QUuid>

#include <cstring>

using namespace quorum;

namespace {
// The first byte of a serialized ServerMessage is the tag of its oneof body (field << 3 | 2).
constexpr char WelcomeTag = (1 << 3) | 2;
constexpr char ReplyTag = (2 << 3) | 2;
constexpr char EventTag = (3 << 3) | 2;
constexpr char ErrorTag = (4 << 3) | 2;
constexpr char EventBatchTag = (5 << 3) | 2;
} // namespace

RawTablet::RawTablet(Kind kind, LoadTally &tally, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_tally(tally)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        ++m_tally.opened;
        if (m_kind == Kind::Broadcast) {
            m_welcomed = true;
            ++m_tally.welcomed;
            emit welcomed();
            return;
        }
        v1::ClientMessage message;
        v1::Hello *hello = message.mutable_hello();
        hello->set_protocol_version(ProtocolVersion);
        hello->set_secret(sstr(m_secret));
        hello->set_device_id(sstr(m_deviceId));
        hello->set_client_name("quorum-bot load");
        m_socket.sendBinaryMessage(encode(message));
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &RawTablet::onFrame);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        ++m_tally.closed;
        if (m_welcomed && m_kind == Kind::Quorum)
            --m_tally.welcomed;
        m_welcomed = false;
        emit closed();
    });
}

void RawTablet::open(const QUrl &url, const QString &secret, const QString &deviceId)
{
    m_secret = secret;
    m_deviceId = deviceId;
    m_socket.open(url);
}

void RawTablet::sendCommand(v1::Command command)
{
    const quint64 requestId = m_nextRequest++;
    command.set_request_id(requestId);
    if (command.command_id().empty())
        command.set_command_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    v1::ClientMessage message;
    *message.mutable_command() = std::move(command);
    m_sentAt.insert(requestId, LatencyRecorder::nowMs());
    m_socket.sendBinaryMessage(encode(message));
}

void RawTablet::onFrame(const QByteArray &frame)
{
    const double now = LatencyRecorder::nowMs();
    ++m_tally.frames;
    m_tally.lastFrameMs = now;
    if (frame.isEmpty())
        return;
    if (m_kind == Kind::Broadcast) {
        qint64 stamp = 0;
        if (frame.size() < qsizetype(sizeof stamp))
            return;
        std::memcpy(&stamp, frame.constData(), sizeof stamp);
        m_tally.fanout.add(now - double(stamp));
        ++m_tally.fanoutFrames;
        ++m_fanoutReceived;
        return;
    }
    switch (frame.at(0)) {
    case WelcomeTag:
        // The snapshot of a big meeting is ~100 KB: nothing here needs it parsed.
        if (!m_welcomed) {
            m_welcomed = true;
            ++m_tally.welcomed;
            emit welcomed();
        }
        return;
    case EventTag:
    case EventBatchTag: {
        // A commit's events come as one Event, or as an EventBatch when there are several.
        const auto message = decode<v1::ServerMessage>(frame);
        if (!message)
            return;
        auto measure = [&](const v1::Event &event) {
            if (event.has_current_item_changed()) {
                m_tally.fanout.add(now - double(event.server_time_ms()));
                ++m_tally.fanoutFrames;
                ++m_fanoutReceived;
            }
        };
        if (message->has_event())
            measure(message->event());
        for (const v1::Event &event : message->event_batch().events())
            measure(event);
        return;
    }
    case ReplyTag: {
        const auto message = decode<v1::ServerMessage>(frame);
        if (!message)
            return;
        ++m_tally.replies;
        if (message->reply().has_error())
            ++m_tally.errors;
        const auto sent = m_sentAt.constFind(message->reply().request_id());
        if (sent != m_sentAt.cend()) {
            m_tally.acks.add(now - *sent);
            m_sentAt.erase(sent);
        }
        return;
    }
    case ErrorTag:
        ++m_tally.errors;
        return;
    default:
        return;
    }
}
