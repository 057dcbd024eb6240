#include "rawtablet.h"

#include "tlspinning.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <cstring>

using namespace quorum;

namespace {
/** Tries per tablet closed before its Welcome, as bench-epoll-client: one that cannot join is a
 * result. */
constexpr int MaxAttempts = 5;
// The first byte of a serialized ServerMessage is the tag of its oneof body (field << 3 | 2).
constexpr char WelcomeTag = (1 << 3) | 2;
constexpr char ReplyTag = (2 << 3) | 2;
constexpr char EventTag = (3 << 3) | 2;
constexpr char ErrorTag = (4 << 3) | 2;
constexpr char EventBatchTag = (5 << 3) | 2;
// ServerMessage.document_chunk is field 50: its tag (50 << 3 | 2 = 402) is the varint 0x92 0x03.
constexpr unsigned char ChunkTag0 = 0x92;
constexpr unsigned char ChunkTag1 = 0x03;
// ServerMessage.stroke_preview is field 51: 0x9A 0x03.
constexpr unsigned char PreviewTag0 = 0x9A;
// A Broadcast-kind frame whose stamp is -1 is a bulk chunk of the bare server.
constexpr qint64 BareChunkStamp = -1;

bool readVarint(const char *&p, const char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const auto byte = quint8(*p++);
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

/** Reads a length-delimited field's length and checks it fits; p then points at its bytes. */
bool readLength(const char *&p, const char *end, quint64 &length)
{
    return readVarint(p, end, length) && quint64(end - p) >= length;
}

/**
 * The field number of an Event's body (its oneof, fields >= 10) read from its bytes without
 * parsing the rest: seq, server_time_ms and actor come first. 0 when there is none.
 */
int eventBodyField(const char *p, const char *end)
{
    while (p < end) {
        quint64 key = 0, value = 0;
        if (!readVarint(p, end, key))
            return 0;
        const int field = int(key >> 3);
        if (field >= 10)
            return field;
        switch (key & 7) {
        case 0:
            if (!readVarint(p, end, value))
                return 0;
            break;
        case 2:
            if (!readLength(p, end, value))
                return 0;
            p += value;
            break;
        default:
            return 0; // Event has no fixed-size fields
        }
    }
    return 0;
}
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
            m_everWelcomed = true;
            ++m_tally.welcomed;
            emit welcomed();
            return;
        }
        v1::ClientMessage message;
        v1::Hello *hello = message.mutable_hello();
        hello->set_protocol_version(ProtocolVersion);
        hello->set_secret(sstr(m_secret));
        hello->set_device_id(sstr(m_deviceId));
        if (!m_meetingId.isEmpty())
            hello->set_meeting_id(sstr(m_meetingId));
        hello->set_client_name("quorum-bot load");
        m_socket.sendBinaryMessage(encode(message));
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &RawTablet::onFrame);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        // Closed before any Welcome (a loaded server closes TLS handshakes that take longer
        // than its handshake timeout): a tablet tries again, and so does the bot, a few times,
        // after a short random pause so that the retries do not arrive together.
        if (!m_everWelcomed && !m_url.isEmpty() && m_attempts < MaxAttempts) {
            ++m_attempts;
            ++m_tally.reconnects;
            QTimer::singleShot(100 + QRandomGenerator::global()->bounded(400), this,
                [this] { open(m_url, m_secret, m_deviceId); });
            return;
        }
        ++m_tally.closed;
        if (m_welcomed && m_kind == Kind::Quorum)
            --m_tally.welcomed;
        m_welcomed = false;
        emit closed();
    });
}

void RawTablet::open(const QUrl &url, const QString &secret, const QString &deviceId)
{
    m_url = url;
    m_secret = secret;
    m_deviceId = deviceId;
    // wss://HOST:PORT/?fp=…: the server's certificate pinned, as a tablet pins it.
    QString fingerprint;
    const QUrl bare = quorum::splitPinnedFingerprint(url, &fingerprint);
    m_socket.open(bare);
    if (bare.scheme() == QLatin1String("wss"))
        quorum::pinServerCertificate(&m_socket, fingerprint, [](const QString &) {});
}

quint64 RawTablet::sendCommand(v1::Command command)
{
    const quint64 requestId = m_nextRequest++;
    command.set_request_id(requestId);
    if (command.command_id().empty())
        command.set_command_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    v1::ClientMessage message;
    *message.mutable_command() = std::move(command);
    m_sentAt.insert(requestId, LatencyRecorder::nowMs());
    m_socket.sendBinaryMessage(encode(message));
    return requestId;
}

void RawTablet::sendPreview(const v1::StrokePreview &preview)
{
    v1::ClientMessage message;
    *message.mutable_stroke_preview() = preview;
    const QByteArray bytes = encode(message);
    m_tally.sentAtMs = LatencyRecorder::nowMs();
    m_socket.sendBinaryMessage(bytes);
}

void RawTablet::fetch(const QString &sha256, qint64 expectedSize, bool verify)
{
    m_fetchHash = sha256;
    m_fetchTotal = expectedSize;
    m_fetched = 0;
    m_fetchDone = false;
    m_fetchVerified = false;
    m_hash.reset(
        verify && !sha256.isEmpty() ? new QCryptographicHash(QCryptographicHash::Sha256) : nullptr);
    if (m_kind == Kind::Broadcast) {
        m_socket.sendBinaryMessage(QByteArrayLiteral("FETCH"));
        return;
    }
    v1::ClientMessage message;
    message.mutable_fetch_document()->set_sha256(sstr(sha256));
    message.mutable_fetch_document()->set_offset(0);
    m_socket.sendBinaryMessage(encode(message));
}

void RawTablet::addChunkBytes(
    const char *data, qint64 size, qint64 offset, qint64 total, double now)
{
    ++m_tally.chunkFrames;
    if (m_fetchDone)
        return;
    if (offset != m_fetched || size < 0 || offset + size > total) {
        // Out of order or beyond the end: the transfer is broken, count it once.
        ++m_tally.transferErrors;
        m_fetchDone = true;
        return;
    }
    if (m_hash)
        m_hash->addData(QByteArrayView(data, size));
    m_fetched += size;
    m_tally.chunkBytes += size;
    m_fetchTotal = total;
    if (m_fetched == total) {
        m_fetchDone = true;
        if (m_hash)
            m_fetchVerified = m_hash->result().toHex() == m_fetchHash.toLatin1();
        ++m_tally.transfersDone;
        m_tally.lastTransferDoneMs = now;
    }
}

void RawTablet::onChunk(const QByteArray &frame, double now)
{
    // ServerMessage{document_chunk = DocumentChunk{1 sha256, 2 offset, 3 data, 4 total_size,
    // 5 error}}, read in place: the 64 KiB of data are not copied.
    const char *p = frame.constData() + 2;
    const char *end = frame.constData() + frame.size();
    quint64 length = 0;
    if (!readVarint(p, end, length) || quint64(end - p) < length) {
        ++m_tally.transferErrors;
        return;
    }
    end = p + length;
    quint64 offset = 0, total = 0;
    const char *data = nullptr;
    qint64 dataSize = 0;
    bool error = false;
    while (p < end) {
        quint64 key = 0, value = 0;
        if (!readVarint(p, end, key))
            break;
        const int field = int(key >> 3);
        if ((key & 7) == 0) {
            if (!readVarint(p, end, value))
                break;
            if (field == 2)
                offset = value;
            else if (field == 4)
                total = value;
        } else if ((key & 7) == 2) {
            if (!readVarint(p, end, value) || quint64(end - p) < value)
                break;
            if (field == 3) {
                data = p;
                dataSize = qint64(value);
            } else if (field == 5) {
                error = true;
            }
            p += value;
        } else {
            break;
        }
    }
    if (error) {
        ++m_tally.transferErrors;
        m_fetchDone = true;
        return;
    }
    addChunkBytes(data, dataSize, qint64(offset), qint64(total), now);
}

void RawTablet::onEvent(const v1::Event &event, double now, qint64 frameBytes)
{
    if (event.body_case() == m_tally.timedCase && m_measured) {
        m_tally.fanout.add(now - double(event.server_time_ms()));
        m_tally.timedFrameBytes = frameBytes;
        ++m_tally.fanoutFrames;
        ++m_fanoutReceived;
    }
    if (event.has_ballot_closed() && m_keepWelcome) {
        ++m_tally.ballotsClosed;
        m_tally.lastClosedBallots = qint64(event.ballot_closed().result().ballots());
    }
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
        if (stamp == BareChunkStamp) {
            qint64 total = 0;
            if (frame.size() < 16)
                return;
            std::memcpy(&total, frame.constData() + 8, sizeof total);
            addChunkBytes(frame.constData() + 16, frame.size() - 16, m_fetched, total, now);
            return;
        }
        if (m_measured) {
            if (m_tally.sentAtMs > 0)
                m_tally.relay.add(now - m_tally.sentAtMs);
            m_tally.fanout.add(now - double(stamp));
            m_tally.timedFrameBytes = frame.size();
            ++m_tally.fanoutFrames;
            ++m_fanoutReceived;
        }
        return;
    }
    if (frame.size() >= 2 && quint8(frame.at(1)) == ChunkTag1) {
        if (quint8(frame.at(0)) == ChunkTag0) {
            onChunk(frame, now);
            return;
        }
        if (quint8(frame.at(0)) == PreviewTag0) {
            if (m_tally.timePreviews && m_measured) {
                m_tally.fanout.add(now - m_tally.sentAtMs);
                m_tally.timedFrameBytes = frame.size();
                ++m_tally.fanoutFrames;
                ++m_fanoutReceived;
            }
            return;
        }
    }
    switch (frame.at(0)) {
    case WelcomeTag:
        // The snapshot of a big meeting is ~100 KB: parsed only where the documents are needed.
        if (!m_welcomed) {
            if (m_keepWelcome) {
                // The frame may be two concatenated ServerMessages (the shared snapshot, then
                // this viewer's part): parsing merges them, as on a tablet.
                if (const auto message = decode<v1::ServerMessage>(frame)) {
                    const auto &docs = message->welcome().snapshot().documents();
                    m_tally.documents.assign(docs.begin(), docs.end());
                }
            }
            m_welcomed = true;
            m_everWelcomed = true;
            ++m_tally.welcomed;
            emit welcomed();
        }
        return;
    case EventTag:
    case EventBatchTag: {
        // A commit's events come as one Event, or as an EventBatch when there are several:
        // one frame per commit per tablet (server/net/room.cpp, batchFrame). A vote round's
        // batch holds ~1,000 VoteCasts and reaches ~1,000 tablets of this one process: only
        // the events this tablet times or watches are parsed, the rest are skipped in place.
        const char *p = frame.constData() + 1;
        const char *end = frame.constData() + frame.size();
        quint64 length = 0;
        if (!readLength(p, end, length))
            return;
        end = p + length;
        auto consider = [&](const char *event, qsizetype size) {
            const int field = eventBodyField(event, event + size);
            const bool timed = m_measured && field == int(m_tally.timedCase);
            const bool watched = m_keepWelcome && field == int(v1::Event::kBallotClosed);
            if (!timed && !watched)
                return;
            v1::Event parsed;
            if (parsed.ParseFromArray(event, int(size)))
                onEvent(parsed, now, frame.size());
        };
        if (frame.at(0) == EventTag) {
            consider(p, qsizetype(length));
            return;
        }
        while (p < end) {
            quint64 key = 0, size = 0;
            if (!readVarint(p, end, key) || key != ((1 << 3) | 2) || !readLength(p, end, size))
                return; // EventBatch holds only `repeated Event events = 1`
            consider(p, qsizetype(size));
            p += size;
        }
        return;
    }
    case ReplyTag: {
        const auto message = decode<v1::ServerMessage>(frame);
        if (!message)
            return;
        ++m_tally.replies;
        ++m_repliesReceived;
        m_lastReplyError = int(message->reply().error().code());
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
