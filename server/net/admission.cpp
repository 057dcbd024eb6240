// Admission: who a Hello is (a device token, or a PIN under the meeting's budget), the
// device tokens a PIN join earns, the limits shared by all of a participant's connections,
// the wrong PINs the chair and the secretary are told about (docs/protocol.md), and leaving.
#include "admission.h"

#include "devices.h"
#include "follow.h"
#include "roles.h"
#include "rooms.h"
#include "session.h"
#include "sessions.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
// Free strings of a Hello, in bytes. A meeting id or a PIN is short; a device id is a UUID
// (38 with braces); a client name is "quorum-tablet 0.1 (Android 14; SM-X200)". Four times
// what is seen, so that no honest client meets them.
constexpr size_t MaxMeetingIdBytes = 128;
constexpr size_t MaxSecretBytes = 64;
constexpr size_t MaxDeviceIdBytes = 128;
constexpr size_t MaxClientNameBytes = 128;
constexpr size_t MaxTokenBytes = 64;
// 128 bits: not guessable, whatever the rate (the issue asks for at least 128).
constexpr int TokenBytes = 16;
// A device key names a device in the secretary's list and in RevokeDevice: unique within a
// meeting, not a secret.
constexpr int DeviceKeyBytes = 6;
// Devices a participant keeps enrolled: a tablet, a phone, a spare, a reinstall or two. Past it
// the oldest one not connected is revoked, so that a participant typing the PIN on ever new
// device ids cannot grow the log and every Welcome without end (a quota of issue 10).
constexpr size_t MaxEnrolledDevices = 10;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}
} // namespace

Admission::Admission(const ServerConfig &config, EventStore &store, const Clock &clock,
    QByteArray secretKey, Rooms &rooms, const Sessions &sessions, Follow &follow)
    : m_config(config)
    , m_store(store)
    , m_clock(clock)
    , m_hasher(std::move(secretKey))
    , m_rooms(rooms)
    , m_sessions(sessions)
    , m_follow(follow)
    , m_pinBudget(config.pinBudget)
{
    m_authFailuresTimer.setSingleShot(true);
    m_authFailuresTimer.setInterval(500);
    QObject::connect(&m_authFailuresTimer, &QTimer::timeout, [this] { flushAuthFailures(); });
}

QString Admission::overlongHelloField(const v1::Hello &hello)
{
    const std::pair<const std::string *, size_t> fields[] = { { &hello.meeting_id(),
                                                                  MaxMeetingIdBytes },
        { &hello.secret(), MaxSecretBytes }, { &hello.device_id(), MaxDeviceIdBytes },
        { &hello.client_name(), MaxClientNameBytes }, { &hello.device_token(), MaxTokenBytes } };
    const char *names[] = { "meeting_id", "secret", "device_id", "client_name", "device_token" };
    for (size_t i = 0; i < std::size(fields); ++i) {
        if (fields[i].first->size() > fields[i].second)
            return QStringLiteral("Hello.%1 is longer than %2 bytes")
                .arg(QLatin1String(names[i]))
                .arg(fields[i].second);
    }
    return {};
}

std::optional<Admission::Admitted> Admission::admit(
    Session &session, Room &room, const v1::Hello &hello)
{
    const qint64 now = m_clock.nowMs();
    const bool byToken = !hello.device_token().empty();
    const QString address = session.peerAddress();
    switch (m_pinBudget.check(room.id(), address, !byToken, now)) {
    case PinBudget::Verdict::Check:
        break;
    case PinBudget::Verdict::AddressLimited:
        qCInfo(lcServer) << session.describe() << "too many wrong PINs";
        session.sendError(v1::ERROR_TOO_MANY_ATTEMPTS,
            QStringLiteral("Too many wrong PINs from this address; wait and retry"));
        return std::nullopt;
    case PinBudget::Verdict::MeetingExhausted:
        // Not checked: a correct PIN now would be a guess that got through (docs/protocol.md).
        qCInfo(lcServer) << session.describe()
                         << "PIN refused unchecked: the meeting's budget is spent";
        session.sendError(v1::ERROR_PIN_BUDGET_EXHAUSTED,
            QStringLiteral("Too many wrong PINs for this meeting; PIN joins are paused. "
                           "Tablets that joined before still reconnect"));
        return std::nullopt;
    }
    if (byToken) {
        const auto device = m_store.deviceForToken(
            room.id(), m_hasher.hashToken(room.id(), qstr(hello.device_token())));
        const v1::EnrolledDevice *enrolled
            = device ? room.meeting().state().device(device->deviceKey) : nullptr;
        if (!enrolled || !room.meeting().state().participant(device->participantId)) {
            noteAuthFailure(room, session, false);
            session.sendError(v1::ERROR_BAD_CREDENTIALS, QStringLiteral("Unknown device token"));
            return std::nullopt;
        }
        if (enrolled->revoked()) {
            qCInfo(lcServer) << session.describe() << "revoked device" << device->deviceKey
                             << "refused";
            session.sendError(v1::ERROR_DEVICE_REVOKED,
                QStringLiteral(
                    "This device was revoked by the secretary; join with the PIN again"));
            session.close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("device revoked"));
            return std::nullopt;
        }
        return Admitted{ device->participantId, device->deviceKey };
    }
    const auto participantId
        = m_store.participantForSecret(room.id(), m_hasher.hash(room.id(), qstr(hello.secret())));
    if (!participantId || !room.meeting().state().participant(*participantId)) {
        noteAuthFailure(room, session, true);
        qCInfo(lcServer) << session.describe() << "wrong PIN for meeting" << room.id();
        session.sendError(v1::ERROR_BAD_CREDENTIALS, QStringLiteral("Wrong PIN"));
        return std::nullopt;
    }
    return Admitted{ *participantId, {} };
}

void Admission::enrolDevice(Session &session, Room &room, const v1::Hello &hello)
{
    // The same install typing its PIN again keeps its key (and its place in the list); its new
    // token replaces the old one (SqliteEventStore::commit).
    QString key;
    for (const v1::EnrolledDevice &device : room.meeting().state().devices) {
        if (!device.revoked() && qstr(device.participant_id()) == session.participantId()
            && device.device_id() == hello.device_id() && !hello.device_id().empty())
            key = qstr(device.device_key());
    }
    if (key.isEmpty()) {
        retireOldestDevice(session, room);
        do {
            key = QString::fromLatin1(randomBytes(DeviceKeyBytes).toHex());
        } while (room.meeting().state().device(key));
        v1::EnrolledDevice device;
        device.set_device_key(sstr(key));
        device.set_participant_id(sstr(session.participantId()));
        device.set_device_id(hello.device_id());
        device.set_client_name(hello.client_name());
        const Decision enrol = room.meeting().enrolDevice(device);
        if (!enrol.ok())
            return; // cannot happen (participant and key checked); the join goes on without a token
        room.stage(enrol.events(), session.participantId());
    }
    const QString token = QString::fromLatin1(
        randomBytes(TokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    room.stageDeviceToken(
        { room.id(), m_hasher.hashToken(room.id(), token), session.participantId(), key });
    session.setDeviceKey(key);
    session.setIssuedToken(token);
}

void Admission::retireOldestDevice(const Session &session, Room &room)
{
    const MeetingState &state = room.meeting().state();
    std::vector<const v1::EnrolledDevice *> enrolled; // in enrolment order
    for (const v1::EnrolledDevice &device : state.devices) {
        if (!device.revoked() && qstr(device.participant_id()) == session.participantId())
            enrolled.push_back(&device);
    }
    if (enrolled.size() < MaxEnrolledDevices)
        return;
    for (const v1::EnrolledDevice *device : enrolled) {
        const QString key = qstr(device->device_key());
        const bool connected
            = std::any_of(m_sessions.begin(), m_sessions.end(), [&](const Session *other) {
                  return other->room() == &room && other->deviceKey() == key
                      && other->isAuthenticated();
              });
        if (connected)
            continue;
        v1::RevokeDevice revoke;
        revoke.set_device_key(device->device_key());
        const Decision retired = decideRevokeDevice(state, revoke);
        if (retired.ok()) {
            qCInfo(lcServer) << session.describe()
                             << "enrols an eleventh device: the oldest one is revoked";
            room.stage(retired.events(), session.participantId());
        }
        return;
    }
}

int Admission::connectedDevices(
    const Room &room, const QString &participantId, const QString &deviceId) const
{
    int devices = 0;
    for (const Session *other : m_sessions) {
        // The same device joining again replaces its older connection: it does not count.
        if (other->isAuthenticated() && other->room() == &room
            && other->participantId() == participantId && other->deviceId() != deviceId)
            ++devices;
    }
    return devices;
}

std::shared_ptr<TokenBucket> Admission::participantCommands(
    const Room &room, const QString &participantId)
{
    std::shared_ptr<TokenBucket> &bucket
        = m_participantCommands[room.id() + QLatin1Char('/') + participantId];
    if (!bucket)
        bucket = std::make_shared<TokenBucket>(m_config.commandBurst, m_config.commandsPerSecond);
    return bucket;
}

void Admission::noteAuthFailure(const Room &room, const Session &session, bool isPin)
{
    m_pinBudget.failed(room.id(), session.peerAddress(), isPin, m_clock.nowMs());
    m_authFailuresDue.insert(room.id());
    if (!m_authFailuresTimer.isActive())
        m_authFailuresTimer.start();
}

void Admission::flushAuthFailures()
{
    const QSet<QString> due = std::exchange(m_authFailuresDue, {});
    for (const QString &meetingId : due) {
        v1::ServerMessage message;
        *message.mutable_auth_failures() = m_pinBudget.report(meetingId, m_clock.nowMs());
        const QByteArray frame = encode(message);
        for (Session *session : m_sessions) {
            if (session->state() == Session::State::Live && session->room()
                && session->room()->id() == meetingId && seesAuthFailures(session->role()))
                session->send(frame);
        }
    }
}

void Admission::sendAuthFailuresTo(Session &session)
{
    if (session.state() != Session::State::Live || !seesAuthFailures(session.role())
        || !m_pinBudget.anyFailed(session.room()->id()))
        return;
    v1::ServerMessage message;
    *message.mutable_auth_failures() = m_pinBudget.report(session.room()->id(), m_clock.nowMs());
    session.send(message);
}

void Admission::leave(Session &session)
{
    Room *room = session.room();
    if (!room || m_sessions.hasOtherSession(session))
        return;
    m_follow.forget(session);
    const Decision leave
        = room->meeting().leave(session.participantId(), v1::ParticipantLeft::REASON_DISCONNECTED);
    if (leave.ok() && !leave.events().empty()) {
        room->stage(leave.events(), {});
        m_rooms.scheduleCommit();
    }
}

void Admission::closeRevokedDevice(const Room &room, const QString &deviceKey)
{
    for (Session *session : m_sessions) {
        if (session->room() == &room && session->deviceKey() == deviceKey
            && session->isAuthenticated()) {
            qCInfo(lcServer) << session->describe() << "closed: its device was revoked";
            session->sendError(v1::ERROR_DEVICE_REVOKED,
                QStringLiteral(
                    "This device was revoked by the secretary; join with the PIN again"));
            session->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("device revoked"));
        }
    }
}

} // namespace quorum
