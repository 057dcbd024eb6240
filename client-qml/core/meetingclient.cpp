#include "meetingclient.h"

#include "connection.h"
#include "documentlibrary.h"
#include "joinlink.h"
#include "meetingdocuments.h"
#include "protocol.h"
#include "replica.h"
#include "tlspinning.h"

#include "certfingerprint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcClient, "quorum.client", QtInfoMsg)

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

MeetingClient::MeetingClient(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(this))
    , m_replica(new MeetingReplica(this))
{
    connect(m_connection, &Connection::opened, this, &MeetingClient::onOpened);
    connect(m_connection, &Connection::messageReceived, this, &MeetingClient::onMessage);
    connect(m_connection, &Connection::lost, this, &MeetingClient::onLost);
    connect(
        m_connection, &Connection::certificateRefused, this, &MeetingClient::onCertificateRefused);

    connect(m_replica, &MeetingReplica::meetingChanged, this, &MeetingClient::meetingChanged);
    // The participant's name comes from the definition.
    connect(m_replica, &MeetingReplica::meetingChanged, this, &MeetingClient::identityChanged);
    connect(m_replica, &MeetingReplica::presenceChanged, this, &MeetingClient::presenceChanged);
    connect(
        m_replica, &MeetingReplica::currentItemChanged, this, &MeetingClient::currentItemChanged);
    connect(m_replica, &MeetingReplica::lastSeqChanged, this, &MeetingClient::lastSeqChanged);
    m_replica->floor()->setCommandSender(
        [this](v1::Command command) { return sendCommand(std::move(command)); });
}

MeetingClient::~MeetingClient() = default;

void MeetingClient::join(const QUrl &serverUrl, const QString &secret, const QString &meetingId)
{
    // A typed PIN: the Welcome brings this device a token, which every later Hello sends.
    joinWith(serverUrl, secret, {}, meetingId, {});
}

void MeetingClient::joinWith(const QUrl &serverUrl, const QString &secret,
    const QString &deviceToken, const QString &meetingId, const QString &storeKey)
{
    // The copy of the meeting is named by what it was first joined with (server, meeting, PIN,
    // device); a restart that joins with the device token finds it under the remembered name.
    const QString key = !storeKey.isEmpty()
        ? storeKey
        : QString::fromLatin1(QCryptographicHash::hash(
            QStringList{ serverUrl.toString(), meetingId, secret, deviceId() }
                .join(QLatin1Char('\n'))
                .toUtf8(),
            QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(24));
    // The replica may carry on only into the same meeting, seen by the same participant;
    // anything else starts from a snapshot (last_seq 0) so no foreign seq leaks into Hello.
    const bool sameMeeting = serverUrl == m_serverUrl && key == m_storeKey
        && (meetingId.isEmpty() || meetingId == m_replica->meetingId());
    if (!sameMeeting) {
        m_replica->clear();
        m_participantId.clear();
        m_role = RoleUnknown;
        m_storedFingerprint.clear();
        m_store.remove(); // the copy of the meeting this tablet moves away from
        m_store.close();
        emit identityChanged();
    }
    if (m_serverUrl != serverUrl) {
        m_serverUrl = serverUrl;
        emit serverUrlChanged();
    }
    m_secret = secret;
    m_deviceToken = deviceToken;
    m_storeKey = key;
    m_authFailures.Clear();
    emit authFailuresChanged();
    m_requestedMeetingId = meetingId;
    m_session = false;
    setJoined(false);
    setError(NoError, QString());
    setState(Connecting);
    if (m_persistent && (!sameMeeting || !m_store.isOpen())) {
        if (sameMeeting) {
            // Back after leave(), which deleted the copy: start from a snapshot, so that the
            // next Welcome saves a whole new one.
            m_replica->clear();
        }
        // Per device too (in the key): several tablet windows of a demo may share one data folder.
        m_store.open(effectiveStateDirectory(), key);
        restoreFromStore();
    }
    // wss: the fingerprint of the link (a card, a QR code: the secretary's word) is pinned and
    // kept for the address; without one, the one kept from earlier, or none (trust on first use).
    QString fingerprint;
    const QUrl bare = quorum::splitPinnedFingerprint(serverUrl, &fingerprint);
    if (m_persistent)
        m_trusted.setPath(
            QDir(effectiveStateDirectory()).filePath(QStringLiteral("trusted-servers.json")));
    if (!fingerprint.isEmpty())
        m_trusted.remember(serverKey(), fingerprint);
    else
        fingerprint = m_trusted.fingerprintOf(serverKey());
    m_presentedFingerprint.clear();
    m_connection->setPinnedFingerprint(fingerprint);
    m_connection->open(bare);
}

void MeetingClient::trustPresentedCertificate()
{
    if (m_lastError != CertificateUnknown || m_presentedFingerprint.isEmpty())
        return;
    // Into the URL, so that the last meeting (rememberMeeting) reopens pinned as well.
    // With what the refused attempt carried: a device token and its stored copy too.
    joinWith(quorum::withPinnedFingerprint(m_serverUrl, m_presentedFingerprint), m_secret,
        m_deviceToken, m_requestedMeetingId, m_storeKey);
}

QString MeetingClient::presentedFingerprint() const
{
    return quorum::groupedFingerprint(m_presentedFingerprint);
}

QString MeetingClient::serverKey() const
{
    return QStringLiteral("%1:%2")
        .arg(m_serverUrl.host())
        .arg(m_serverUrl.port(m_serverUrl.scheme() == QLatin1String("wss") ? 443 : 80));
}

void MeetingClient::onCertificateRefused(const QString &presented)
{
    const QString pinned = m_trusted.fingerprintOf(serverKey());
    const ErrorCode code = pinned.isEmpty() ? CertificateUnknown : CertificateChanged;
    const QString detail = pinned.isEmpty()
        ? QStringLiteral("the server's certificate %1 is not yet trusted on this tablet")
              .arg(presented)
        : QStringLiteral("the server's certificate %1 is not the one trusted for %2 (%3)")
              .arg(presented, serverKey(), pinned);
    stop(Disconnected);
    m_presentedFingerprint = presented;
    setError(code, detail);
    emit joinFailed(code, detail);
}

bool MeetingClient::resumeLastMeeting()
{
    if (!m_persistent)
        return false;
    QFile file(lastMeetingPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject last = QJsonDocument::fromJson(file.readAll()).object();
    const QUrl url(last.value(QStringLiteral("server")).toString());
    // A device token (and the name of the copy it belongs to); a file of an older tablet
    // version holds the PIN instead.
    const QString token = last.value(QStringLiteral("token")).toString();
    const QString secret = last.value(QStringLiteral("secret")).toString();
    if (!url.isValid() || (token.isEmpty() && secret.isEmpty()))
        return false;
    joinWith(url, secret, token, last.value(QStringLiteral("meeting")).toString(),
        last.value(QStringLiteral("store")).toString());
    return true;
}

bool MeetingClient::restoreFromStore()
{
    v1::Welcome welcome;
    std::vector<v1::Event> events;
    if (!m_store.load(&welcome, &events))
        return false;
    m_replica->loadSnapshot(welcome.snapshot());
    for (const v1::Event &event : events) {
        if (m_replica->apply(event) == MeetingReplica::ApplyResult::Gap)
            break; // the server fills it in after the Welcome
    }
    m_participantId = qstr(welcome.participant_id());
    m_role = Role(welcome.role());
    m_storedFingerprint = qstr(welcome.signing_key_fingerprint());
    m_replica->setSelfParticipantId(m_participantId);
    m_replica->minutes()->setSigningFingerprint(m_storedFingerprint);
    qCInfo(lcClient) << "restored meeting" << m_replica->meetingId() << "at seq"
                     << m_replica->lastSeq() << "from the tablet's copy";
    emit identityChanged();
    setJoined(true);
    emit restored();
    return true;
}

QString MeetingClient::effectiveStateDirectory() const
{
    return m_stateDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : m_stateDirectory;
}

QString MeetingClient::lastMeetingPath() const
{
    // Per device id: several tablet windows of one demo share a data folder.
    const QByteArray device
        = QCryptographicHash::hash(deviceId().toUtf8(), QCryptographicHash::Sha256);
    return QDir(effectiveStateDirectory())
        .filePath(QStringLiteral("last-meeting-%1.json")
                      .arg(QString::fromLatin1(device.toHex().left(16))));
}

void MeetingClient::rememberMeeting()
{
    QSaveFile file(lastMeetingPath());
    QJsonObject last{ { QStringLiteral("server"), m_serverUrl.toString() },
        { QStringLiteral("meeting"), m_requestedMeetingId },
        { QStringLiteral("store"), m_storeKey } };
    // The token, never the PIN, once the server gave one (a server without tokens: the PIN).
    if (!m_deviceToken.isEmpty())
        last.insert(QStringLiteral("token"), m_deviceToken);
    else
        last.insert(QStringLiteral("secret"), m_secret);
    // The token is a credential: the file is the owner's alone before a byte of it is written.
    if (!file.open(QIODevice::WriteOnly) || ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0
        || file.write(QJsonDocument(last).toJson()) < 0 || !file.commit())
        qCWarning(lcClient) << "cannot remember the meeting in" << file.fileName()
                            << file.errorString();
}

void MeetingClient::forgetMeeting()
{
    m_deviceToken.clear(); // void with the meeting: the next join types the PIN
    m_store.remove();
    m_store.close();
    if (m_persistent)
        QFile::remove(lastMeetingPath());
}

bool MeetingClient::joinLink(const QString &link)
{
    const std::optional<JoinLink> parsed = JoinLink::parse(link);
    if (!parsed)
        return false;
    join(parsed->serverUrl, parsed->secret, parsed->meetingId);
    return true;
}

void MeetingClient::leave()
{
    if (!m_queue.isEmpty()) {
        m_queue.clear();
        emit pendingCommandsChanged();
    }
    m_pagedWelcome.reset();
    forgetMeeting();
    stop(Disconnected);
}

QString MeetingClient::advanceAgenda(int delta)
{
    v1::Command command;
    command.mutable_advance_agenda()->set_delta(delta);
    return sendCommand(std::move(command));
}

QString MeetingClient::revokeDevice(const QString &deviceKey)
{
    v1::Command command;
    command.mutable_revoke_device()->set_device_key(sstr(deviceKey));
    return sendCommand(std::move(command));
}

DevicesModel *MeetingClient::devices() const
{
    return m_replica->devices();
}

QString MeetingClient::setCurrentItem(const QString &itemId)
{
    v1::Command command;
    command.mutable_set_current_item()->set_item_id(sstr(itemId));
    return sendCommand(std::move(command));
}

QString MeetingClient::editMinutes(const QString &itemId, const QString &notes,
    const QString &conclusions, const QString &number, const QString &locality)
{
    v1::Command command;
    v1::EditMinutes *edit = command.mutable_edit_minutes();
    edit->set_item_id(sstr(itemId));
    edit->set_notes(sstr(notes));
    edit->set_conclusions(sstr(conclusions));
    edit->set_number(sstr(number));
    edit->set_locality(sstr(locality));
    return sendCommand(std::move(command));
}

QString MeetingClient::approveMinutes()
{
    v1::Command command;
    command.mutable_approve_minutes();
    return sendCommand(std::move(command));
}

QString MeetingClient::reopenMinutes(const QString &reason)
{
    v1::Command command;
    command.mutable_reopen_minutes()->set_reason(sstr(reason));
    return sendCommand(std::move(command));
}

QString MeetingClient::sendCommand(v1::Command command)
{
    const QString id = m_queue.enqueue(std::move(command));
    emit pendingCommandsChanged();
    if (m_session)
        flushCommands(false);
    return id;
}

bool MeetingClient::sendMessage(const v1::ClientMessage &message)
{
    return m_session && m_connection->send(quorum::encode(message));
}

QString MeetingClient::deviceId() const
{
    if (m_deviceId.isEmpty()) {
        // Lazily, so bots and tests that set their own id never touch the user's settings.
        QSettings settings(QStringLiteral("Quorum"), QStringLiteral("tablet"));
        m_deviceId = settings.value(QStringLiteral("deviceId")).toString();
        if (m_deviceId.isEmpty()) {
            m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            settings.setValue(QStringLiteral("deviceId"), m_deviceId);
        }
    }
    return m_deviceId;
}

void MeetingClient::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
}

void MeetingClient::setReconnectPolicy(int initialMs, int maxMs)
{
    m_connection->setReconnectPolicy(initialMs, maxMs);
}

void MeetingClient::onFollowersPage(const v1::Followers &page)
{
    m_followerPages.MergeFrom(page);
    if (page.more())
        return; // the list goes to screen whole, with its last page
    m_followerPages.clear_more();
    if (m_followersHandler)
        m_followersHandler(m_followerPages);
    else
        m_unhandledFollowers = m_followerPages;
    m_followerPages.Clear();
}

void MeetingClient::setKeepalive(int intervalMs, int timeoutMs)
{
    m_connection->setKeepalive(intervalMs, timeoutMs);
}

void MeetingClient::setFollowersHandler(std::function<void(const v1::Followers &)> handler)
{
    m_followersHandler = std::move(handler);
    if (m_followersHandler && m_unhandledFollowers) {
        m_followersHandler(*m_unhandledFollowers);
        m_unhandledFollowers.reset();
    }
}

bool MeetingClient::transportIdle() const
{
    return m_connection->state() == Connection::State::Idle && !m_connection->hasSocket();
}

QString MeetingClient::meetingId() const
{
    return m_replica->meetingId();
}
QString MeetingClient::meetingTitle() const
{
    return m_replica->title();
}
QString MeetingClient::meetingLanguage() const
{
    return m_replica->language();
}
QString MeetingClient::organisation() const
{
    return m_replica->organisation();
}
QString MeetingClient::place() const
{
    return m_replica->place();
}
QString MeetingClient::participantName() const
{
    return participants()->nameOf(m_participantId);
}
QString MeetingClient::currentItemId() const
{
    return m_replica->currentItemId();
}
int MeetingClient::currentItemIndex() const
{
    return m_replica->currentItemIndex();
}
QString MeetingClient::currentItemTitle() const
{
    return m_replica->currentItemTitle();
}
int MeetingClient::presentCount() const
{
    return participants()->presentCount();
}
int MeetingClient::participantCount() const
{
    return participants()->count();
}
quint64 MeetingClient::lastSeq() const
{
    return m_replica->lastSeq();
}
ParticipantsModel *MeetingClient::participants() const
{
    return m_replica->participants();
}
AgendaModel *MeetingClient::agenda() const
{
    return m_replica->agenda();
}

MeetingDocuments *MeetingClient::documents() const
{
    // Lazily: a bot or a test that never reads documents neither fetches nor journals.
    if (!m_documents)
        m_documents = new MeetingDocuments(const_cast<MeetingClient *>(this));
    return m_documents;
}
FloorReplica *MeetingClient::floor() const
{
    return m_replica->floor();
}
MinutesReplica *MeetingClient::minutes() const
{
    return m_replica->minutes();
}

void MeetingClient::onOpened()
{
    m_session = false;
    m_snapshotPages.reset(); // of the previous connection
    v1::ClientMessage message;
    v1::Hello *hello = message.mutable_hello();
    hello->set_protocol_version(quorum::ProtocolVersion);
    hello->set_meeting_id(sstr(m_requestedMeetingId));
    if (!m_deviceToken.isEmpty())
        hello->set_device_token(sstr(m_deviceToken));
    else
        hello->set_secret(sstr(m_secret));
    hello->set_device_id(sstr(deviceId()));
    hello->set_last_seq(m_pagedWelcome ? 0 : m_replica->lastSeq());
    hello->set_client_name(sstr(m_clientName));
    m_connection->send(quorum::encode(message));
}

void MeetingClient::onMessage(const QByteArray &frame)
{
    std::optional<v1::ServerMessage> message = quorum::decode<v1::ServerMessage>(frame);
    if (!message) {
        // Our replica can no longer be trusted to follow this stream; start a new one.
        m_connection->drop(QStringLiteral("malformed message from the server"));
        return;
    }
    // A big meeting's Welcome: handled once its snapshot's last page is in.
    const std::vector<v1::ServerMessage> now = m_snapshotPages.take(std::move(*message));
    if (m_snapshotPages.isBroken()) {
        m_snapshotPages.reset();
        m_connection->drop(QStringLiteral("a snapshot in pages that does not parse"));
        return;
    }
    for (const v1::ServerMessage &m : now)
        onServerMessage(m);
}

void MeetingClient::onServerMessage(const v1::ServerMessage &message)
{
    switch (message.body_case()) {
    case v1::ServerMessage::kWelcome:
        onWelcome(message.welcome());
        break;
    case v1::ServerMessage::kReply:
        onReply(message.reply());
        break;
    case v1::ServerMessage::kEvent:
        onEvent(message.event());
        m_store.flush();
        break;
    case v1::ServerMessage::kEventBatch:
        // A vote round is one batch of hundreds of events: one write to the tablet's copy.
        for (const v1::Event &event : message.event_batch().events())
            onEvent(event);
        m_store.flush();
        break;
    case v1::ServerMessage::kError:
        onServerError(message.error());
        break;
    case v1::ServerMessage::kAnnotationPage:
        onAnnotationPage(message.annotation_page());
        break;
    case v1::ServerMessage::kDocumentChunk:
        if (m_chunkHandler)
            m_chunkHandler(message.document_chunk());
        break;
    case v1::ServerMessage::kStrokePreview:
        if (m_previewHandler)
            m_previewHandler(message.stroke_preview());
        break;
    case v1::ServerMessage::kUploadProgress:
        if (m_uploadHandler)
            m_uploadHandler(message.upload_progress());
        break;
    case v1::ServerMessage::kFollowers:
        onFollowersPage(message.followers());
        break;
    case v1::ServerMessage::kDocumentExported:
        if (m_exportHandler)
            m_exportHandler(message.document_exported());
        break;
    case v1::ServerMessage::kFormResultsExported:
        if (m_formExportHandler)
            m_formExportHandler(message.form_results_exported());
        break;
    case v1::ServerMessage::kSnapshotPage:
    case v1::ServerMessage::kMeetingsPage:
        break; // gathered into its Welcome by m_snapshotPages
    case v1::ServerMessage::kAuthFailures:
        m_authFailures = message.auth_failures();
        emit authFailuresChanged();
        break;
    case v1::ServerMessage::BODY_NOT_SET:
        qCDebug(lcClient) << "ignoring a server message of a newer protocol";
        break;
    }
}

void MeetingClient::onLost(const QString &reason)
{
    m_session = false;
    // Also when the first attempt of a join fails: for the user it is "trying", the same as
    // a later loss; only leave() or a fatal error stops it.
    setState(Reconnecting);
    setError(ConnectionFailed, reason);
}

void MeetingClient::onWelcome(const v1::Welcome &welcome)
{
    const bool otherParticipant
        = !m_participantId.isEmpty() && qstr(welcome.participant_id()) != m_participantId;
    if (otherParticipant && !m_queue.isEmpty()) {
        // The secret names someone else now (PINs were issued again): what was queued was done
        // as the other participant (whose journal keeps their marks), not as this one.
        m_queue.clear();
        emit pendingCommandsChanged();
    }
    m_pagedWelcome.reset();
    if (welcome.has_snapshot()) {
        m_replica->loadSnapshot(welcome.snapshot());
        m_storedFingerprint = qstr(welcome.signing_key_fingerprint());
        if (welcome.annotations_follow())
            m_pagedWelcome = welcome; // saved with its annotations after the last page
        else
            m_store.saveWelcome(welcome); // whole as it is (snapshotCompleted below)
    } else if (m_replica->isDefined()
        && (otherParticipant || qstr(welcome.meeting_id()) != m_replica->meetingId()
            || (!m_storedFingerprint.isEmpty()
                && m_storedFingerprint != qstr(welcome.signing_key_fingerprint())))) {
        // The server kept our seq but holds another meeting, or is another server (its data
        // was replaced, it has a new key): our replica is foreign. Start over from a snapshot.
        m_replica->clear();
        m_store.remove();
        m_storedFingerprint.clear();
        m_connection->drop(QStringLiteral("the server's meeting differs from the replica"));
        return;
    }
    m_session = true;
    m_unhandledFollowers.reset(); // of the previous connection
    m_followerPages.Clear(); // a list cut off by the drop: the server sends the whole list again
    m_connection->resetBackoff();
    m_participantId = qstr(welcome.participant_id());
    m_role = Role(welcome.role());
    m_replica->setSelfParticipantId(m_participantId);
    if (!welcome.device_token().empty()) {
        // Typed once per device: from now on (reconnects, restarts) the token joins.
        m_deviceToken = qstr(welcome.device_token());
        m_secret.clear();
    }
    m_replica->devices()->setThisDevice(qstr(welcome.device_key()));
    // Speaking time counts on the server's clock: remember how far ours is from it.
    m_replica->floor()->setServerTime(welcome.server_time_ms());
    m_replica->minutes()->setSigningFingerprint(qstr(welcome.signing_key_fingerprint()));
    emit identityChanged();
    setState(Connected);
    setJoined(true);
    if (m_persistent)
        rememberMeeting();
    emit welcomed();
    if (welcome.has_snapshot() && !m_pagedWelcome)
        emit snapshotCompleted();
    // Every unanswered command goes again: the server dedupes by command id, so one that
    // was applied before the loss is answered as a duplicate, not applied twice.
    flushCommands(true);
}

void MeetingClient::onAnnotationPage(const v1::AnnotationPage &page)
{
    if (!m_session || !m_pagedWelcome || page.snapshot_seq() != m_pagedWelcome->snapshot().seq())
        return; // not for the snapshot we hold
    m_replica->addSnapshotPage(page);
    auto *annotations = m_pagedWelcome->mutable_snapshot()->mutable_annotations();
    annotations->MergeFrom(page.annotations());
    if (!page.last())
        return;
    // Whole again: the tablet's copy gets the snapshot with every annotation in it, so that a
    // restart without the server shows them and resumes from this seq.
    m_pagedWelcome->set_annotations_follow(false);
    m_store.saveWelcome(*m_pagedWelcome);
    m_pagedWelcome.reset();
    emit snapshotCompleted();
}

void MeetingClient::onEvent(const v1::Event &event)
{
    if (!m_session)
        return; // not part of the conversation before a Welcome
    switch (m_replica->apply(event)) {
    case MeetingReplica::ApplyResult::Applied:
        m_store.append(event);
        if (m_eventObserver)
            m_eventObserver(event);
        break;
    case MeetingReplica::ApplyResult::Duplicate:
        break;
    case MeetingReplica::ApplyResult::Gap:
        // The server resends everything after our last_seq on a new connection.
        m_connection->drop(QStringLiteral("missing events %1..%2")
                               .arg(m_replica->lastSeq() + 1)
                               .arg(event.seq() - 1));
        break;
    }
}

void MeetingClient::onReply(const v1::Reply &reply)
{
    const std::optional<v1::Command> command = m_queue.resolve(reply.request_id());
    if (!command)
        return; // a reply for a connection we already gave up on
    emit pendingCommandsChanged();
    const QString commandId = qstr(command->command_id());
    if (reply.has_error() && reply.error().code() != v1::ERROR_UNSPECIFIED) {
        const auto code = ErrorCode(reply.error().code());
        emit commandFailed(
            commandId, code, qstr(reply.error().detail()), Refusal::of(reply.error()));
        return;
    }
    if (command->has_check_in())
        emit checkInAcknowledged(commandId, qstr(reply.participant_id()), reply.seq());
    emit commandAcknowledged(commandId, reply.seq());
}

void MeetingClient::onServerError(const v1::Error &error)
{
    const auto code = ErrorCode(error.code());
    const QString detail = qstr(error.detail());
    switch (error.code()) {
    case v1::ERROR_BAD_CREDENTIALS:
    case v1::ERROR_UNKNOWN_MEETING:
    case v1::ERROR_DEVICE_REVOKED:
        // The server no longer knows us or the meeting, or this tablet's token is void (the
        // PIN must be typed again): the stored copy is of no use.
        forgetMeeting();
        if (error.code() == v1::ERROR_DEVICE_REVOKED)
            emit identityChanged();
        [[fallthrough]];
    case v1::ERROR_PROTOCOL_VERSION:
    case v1::ERROR_TOO_MANY_ATTEMPTS:
    case v1::ERROR_PIN_BUDGET_EXHAUSTED:
    case v1::ERROR_TOO_MANY_DEVICES:
    case v1::ERROR_FIELD_TOO_LONG:
        // Retrying would fail the same way (or lengthen the lockout): the user must act.
        stop(Disconnected);
        setError(code, detail);
        emit joinFailed(code, detail);
        return;
    case v1::ERROR_SESSION_REPLACED:
        // Another connection with our device id took over; fighting it would ping-pong.
        stop(Disconnected);
        setError(code, detail);
        return;
    case v1::ERROR_NOT_AUTHENTICATED:
    case v1::ERROR_MALFORMED:
    case v1::ERROR_ALREADY_AUTHENTICATED:
    case v1::ERROR_INTERNAL:
        setError(code, detail);
        // Before the Welcome, the Hello did not get through: try again from scratch.
        if (!m_session)
            m_connection->drop(detail);
        return;
    case v1::ERROR_UNSPECIFIED:
    case v1::ERROR_RATE_LIMITED:
    case v1::ERROR_FORBIDDEN:
    case v1::ERROR_INVALID_ARGUMENT:
    case v1::ERROR_INVALID_STATE:
    case v1::ERROR_UNSUPPORTED_MESSAGE:
    case v1::ERROR_QUOTA_EXCEEDED:
    case v1::ERROR_WRONG_MEETING: // a door check-in's answers: Reply errors, never the connection's
    case v1::ERROR_UNKNOWN_CARD:
    case v1::ERROR_MEETING_EXISTS: // only the organiser's Hello that creates a meeting
    case v1::ErrorCode_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::ErrorCode_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    setError(code, detail);
}

void MeetingClient::flushCommands(bool all)
{
    const QList<v1::Command> commands = m_queue.takeUnsent(all);
    for (const v1::Command &command : commands) {
        v1::ClientMessage message;
        *message.mutable_command() = command;
        if (!m_connection->send(quorum::encode(message)))
            break; // the loss handler follows; the next Welcome sends them all again
    }
}

void MeetingClient::stop(ConnectionState state)
{
    m_session = false;
    m_connection->close();
    setState(state);
    setJoined(false);
}

void MeetingClient::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit connectionStateChanged();
}

void MeetingClient::setJoined(bool joined)
{
    if (m_joined == joined)
        return;
    m_joined = joined;
    emit joinedChanged();
}

void MeetingClient::setError(ErrorCode code, const QString &detail)
{
    m_lastError = code;
    m_lastErrorDetail = detail;
    if (code != NoError)
        emit errorOccurred();
}
