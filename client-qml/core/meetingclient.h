#pragma once

#include "agendamodel.h"
#include "commandqueue.h"
#include "devicesmodel.h"
#include "floorreplica.h"
#include "minutesreplica.h"
#include "participantsmodel.h"
#include "refusal.h"
#include "replicastore.h"
#include "snapshotpages.h"
#include "trustedservers.h"

#include "quorum.pb.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <QtQmlIntegration/qqmlintegration.h>
#include <functional>
#include <optional>

class Connection;
class MeetingDocuments;
class MeetingReplica;

/**
 * A tablet's seat in one meeting: joins the room server, keeps a live replica of the meeting
 * (the two models), and sends what the user does as commands that survive lost connections.
 *
 * The QML app binds to its properties and calls its invokables; quorum-bot and the tests use
 * the same class headless. The connection comes back by itself after a loss (state
 * Reconnecting, the replica stays on screen) until leave() or an error that retrying cannot
 * fix (bad PIN, unknown meeting, protocol version, another device took over).
 */
class MeetingClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool joined READ joined NOTIFY joinedChanged)
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY meetingChanged)
    Q_PROPERTY(QString meetingTitle READ meetingTitle NOTIFY meetingChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY meetingChanged)
    Q_PROPERTY(QString place READ place NOTIFY meetingChanged)
    // The meeting file's "language" (BCP 47, e.g. "vi"): the tablet's UI follows it unless a
    // person chose another.
    Q_PROPERTY(QString meetingLanguage READ meetingLanguage NOTIFY meetingChanged)
    Q_PROPERTY(QString participantId READ participantId NOTIFY identityChanged)
    Q_PROPERTY(QString participantName READ participantName NOTIFY identityChanged)
    Q_PROPERTY(Role role READ role NOTIFY identityChanged)
    Q_PROPERTY(bool canRunAgenda READ canRunAgenda NOTIFY identityChanged)
    Q_PROPERTY(QString currentItemId READ currentItemId NOTIFY currentItemChanged)
    Q_PROPERTY(int currentItemIndex READ currentItemIndex NOTIFY currentItemChanged)
    Q_PROPERTY(QString currentItemTitle READ currentItemTitle NOTIFY currentItemChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY presenceChanged)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY meetingChanged)
    Q_PROPERTY(quint64 lastSeq READ lastSeq NOTIFY lastSeqChanged)
    Q_PROPERTY(int pendingCommands READ pendingCommands NOTIFY pendingCommandsChanged)
    Q_PROPERTY(ErrorCode lastError READ lastError NOTIFY errorOccurred)
    Q_PROPERTY(QString lastErrorDetail READ lastErrorDetail NOTIFY errorOccurred)
    /**
     * The fingerprint of the certificate the server showed when it was refused
     * (CertificateUnknown, CertificateChanged), in groups of four for a person to compare.
     */
    Q_PROPERTY(QString presentedFingerprint READ presentedFingerprint NOTIFY errorOccurred)
    Q_PROPERTY(ParticipantsModel *participants READ participants CONSTANT)
    Q_PROPERTY(AgendaModel *agenda READ agenda CONSTANT)
    Q_PROPERTY(MeetingDocuments *documents READ documents CONSTANT)
    Q_MOC_INCLUDE("meetingdocuments.h")
    Q_PROPERTY(FloorReplica *floor READ floor CONSTANT)
    Q_PROPERTY(MinutesReplica *minutes READ minutes CONSTANT)
    Q_PROPERTY(DevicesModel *devices READ devices CONSTANT)
    Q_PROPERTY(bool hasDeviceToken READ hasDeviceToken NOTIFY identityChanged)
    /** Chair and secretary: wrong PINs for this meeting since the server started (AuthFailures). */
    Q_PROPERTY(int failedJoins READ failedJoins NOTIFY authFailuresChanged)
    Q_PROPERTY(int failedJoinAddresses READ failedJoinAddresses NOTIFY authFailuresChanged)
    Q_PROPERTY(bool pinJoinsPaused READ pinJoinsPaused NOTIFY authFailuresChanged)

public:
    enum ConnectionState {
        Disconnected, // not trying: never joined, left, or an error retrying cannot fix
        Connecting, // first attempt of a join, until the Welcome
        Connected, // welcomed: the replica is live
        Reconnecting, // lost (or the first attempt failed); retrying with backoff
    };
    Q_ENUM(ConnectionState)

    /** Same numbers as quorum.v1.Role. */
    enum Role { RoleUnknown = 0, Chair = 1, Secretary = 2, Delegate = 3, Observer = 4 };
    Q_ENUM(Role)

    /** Same numbers as quorum.v1.ErrorCode; client-side codes start at 100. */
    enum ErrorCode {
        NoError = 0,
        ProtocolVersionError = 1,
        Malformed = 2,
        NotAuthenticated = 3,
        BadCredentials = 4,
        TooManyAttempts = 5,
        RateLimited = 6,
        Forbidden = 7,
        InvalidArgument = 8,
        InvalidState = 9,
        UnknownMeeting = 10,
        UnsupportedMessage = 11,
        AlreadyAuthenticated = 12,
        Internal = 13,
        SessionReplaced = 14,
        DeviceRevoked = 20,
        PinBudgetExhausted = 21,
        TooManyDevices = 22,
        FieldTooLong = 23,
        QuotaExceeded = 24,
        WrongMeeting = 35, // a door check-in: the card is for another meeting
        UnknownCard = 36, // a door check-in: nobody in this meeting has the card's PIN
        ConnectionFailed = 100, // the link to the server failed or was lost (detail says how)
        /**
         * A typed address without a fingerprint: this tablet has never seen the server's
         * certificate. Nothing was sent; trustPresentedCertificate() after a person compared it.
         */
        CertificateUnknown = 101,
        /** The server's certificate is not the one pinned for its address (link or first use).
           Nothing was sent. */
        CertificateChanged = 102,
    };
    Q_ENUM(ErrorCode)

    /** Called with every event after it was folded into the replica (C++ only). */
    using EventObserver = std::function<void(const quorum::v1::Event &event)>;

    explicit MeetingClient(QObject *parent = nullptr);
    ~MeetingClient() override;

    /** Joins a meeting; an empty meetingId joins the server's only meeting. */
    Q_INVOKABLE void join(
        const QUrl &serverUrl, const QString &secret, const QString &meetingId = {});
    /** Joins from a QR code or link (see JoinLink); false when the link is not understood. */
    Q_INVOKABLE bool joinLink(const QString &link);
    /**
     * Joins the meeting this tablet was in when it last stopped (persistent clients only),
     * showing its stored copy at once, before the server answers. False when there is none.
     */
    Q_INVOKABLE bool resumeLastMeeting();
    /**
     * After CertificateUnknown: the person compared the fingerprint shown with the room's
     * screen or card. The tablet keeps it for the server's address and joins again.
     */
    Q_INVOKABLE void trustPresentedCertificate();
    /** Chair/secretary: revoke a device (DevicesModel.deviceKey); its token no longer joins. */
    Q_INVOKABLE QString revokeDevice(const QString &deviceKey);
    /** Leaves: closes the connection, stops retrying, drops unsent commands, forgets the meeting.
     */
    Q_INVOKABLE void leave();
    /** Chair/secretary: move the current agenda item by delta (+1/-1). Returns the command id. */
    Q_INVOKABLE QString advanceAgenda(int delta);
    /** Chair/secretary: make an item current (empty: none). Returns the command id. */
    Q_INVOKABLE QString setCurrentItem(const QString &itemId);
    /**
     * Secretary: replace the notes and conclusions of an agenda item ("" for the minutes as a
     * whole, with its number and locality; empty number/locality keep the ones set). Returns
     * the command id.
     */
    Q_INVOKABLE QString editMinutes(const QString &itemId, const QString &notes,
        const QString &conclusions, const QString &number = {}, const QString &locality = {});
    /** Chair/secretary: approve the minutes as they stand (both: locked). */
    Q_INVOKABLE QString approveMinutes();
    /** Chair/secretary: reopen approved minutes; the reason stays in the record. */
    Q_INVOKABLE QString reopenMinutes(const QString &reason);

    /** Queues any command (request and command ids are filled in); returns the command id. */
    QString sendCommand(quorum::v1::Command command);

    /** Stable per install; default a UUID kept in QSettings("Quorum", "tablet")/deviceId. */
    QString deviceId() const;
    void setDeviceId(const QString &deviceId);
    /** Free text the server logs (Hello.client_name). */
    void setClientName(const QString &name) { m_clientName = name; }
    /** Exponential backoff with jitter between attempts; default 250 ms .. 10 s. */
    void setReconnectPolicy(int initialMs, int maxMs);
    /** Ping interval and silence timeout; default 5 s and 15 s. */
    void setKeepalive(int intervalMs, int timeoutMs);
    /** Where the tablet keeps its annotation journal and documents (MeetingDocuments). */
    void setStateDirectory(const QString &path) { m_stateDirectory = path; }
    QString stateDirectory() const { return m_stateDirectory; }
    /**
     * Keep the replica and the last join on disk (ReplicaStore) in the state directory (the
     * app's data folder when unset), so that a restarted tablet shows the meeting without the
     * server. The tablet app turns it on; bots and tests that do not ask stay in memory.
     */
    void setPersistent(bool persistent) { m_persistent = persistent; }
    void setEventObserver(EventObserver observer) { m_eventObserver = std::move(observer); }
    /** Receives document bytes (DocumentCache installs itself here). */
    void setChunkHandler(std::function<void(const quorum::v1::DocumentChunk &)> handler)
    {
        m_chunkHandler = std::move(handler);
    }
    /** Receives other participants' live stroke previews. */
    void setPreviewHandler(std::function<void(const quorum::v1::StrokePreview &)> handler)
    {
        m_previewHandler = std::move(handler);
    }
    /** Receives the server's answers to this participant's uploads (DocumentUpload installs itself
     * here). */
    void setUploadHandler(std::function<void(const quorum::v1::UploadProgress &)> handler)
    {
        m_uploadHandler = std::move(handler);
    }
    /**
     * Receives who follows the presentation (the chair's and the presenter's tablets), each
     * list whole: its pages (Followers.more) are gathered first, so that the list on screen is
     * never half of one. The last list that came before a handler was set is handed over at
     * once: the server sends one right after the Welcome, and the documents side may be made
     * later (on first use).
     */
    void setFollowersHandler(std::function<void(const quorum::v1::Followers &)> handler);
    /** Receives the answers to ExportDocument. */
    void setExportHandler(std::function<void(const quorum::v1::DocumentExported &)> handler)
    {
        m_exportHandler = std::move(handler);
    }
    /** Receives the answers to ExportFormResults (FormResultsExport installs itself here). */
    void setFormExportHandler(std::function<void(const quorum::v1::FormResultsExported &)> handler)
    {
        m_formExportHandler = std::move(handler);
    }
    /** Sends a message that is not a command (fetch, preview): now or never. False when not
     * connected. */
    bool sendMessage(const quorum::v1::ClientMessage &message);

    /** The replica behind the models (C++ only; tests and bots). */
    MeetingReplica *replica() const { return m_replica; }
    /** True when no socket is left, e.g. after leave() finished its close handshake. */
    bool transportIdle() const;

    ConnectionState connectionState() const { return m_state; }
    QString serverUrl() const { return m_serverUrl.toString(); }
    bool joined() const { return m_joined; }
    QString meetingId() const;
    QString meetingTitle() const;
    QString organisation() const;
    QString place() const;
    QString meetingLanguage() const;
    QString participantId() const { return m_participantId; }
    QString participantName() const;
    Role role() const { return m_role; }
    bool canRunAgenda() const { return m_role == Chair || m_role == Secretary; }
    QString currentItemId() const;
    int currentItemIndex() const;
    QString currentItemTitle() const;
    int presentCount() const;
    int participantCount() const;
    quint64 lastSeq() const;
    int pendingCommands() const { return m_queue.size(); }
    ErrorCode lastError() const { return m_lastError; }
    QString lastErrorDetail() const { return m_lastErrorDetail; }
    QString presentedFingerprint() const;
    ParticipantsModel *participants() const;
    AgendaModel *agenda() const;
    /** Documents, annotations and the presentation (meetingdocuments.h); made on first use. */
    MeetingDocuments *documents() const;
    /** Attendance and quorum, speakers, ballots, and the commands of the floor. */
    FloorReplica *floor() const;
    /** The minutes: notes, conclusions, approvals, the lock, the signing key (minutesreplica.h). */
    MinutesReplica *minutes() const;
    DevicesModel *devices() const;
    /** Whether this tablet holds a device token (then it never sends the PIN again). */
    bool hasDeviceToken() const { return !m_deviceToken.isEmpty(); }
    int failedJoins() const { return int(m_authFailures.failed()); }
    int failedJoinAddresses() const { return int(m_authFailures.addresses()); }
    bool pinJoinsPaused() const { return m_authFailures.pin_joins_paused(); }

signals:
    void authFailuresChanged();
    void connectionStateChanged();
    void serverUrlChanged();
    void joinedChanged();
    void meetingChanged();
    void identityChanged();
    void currentItemChanged();
    void presenceChanged();
    void lastSeqChanged();
    void pendingCommandsChanged();
    void errorOccurred();
    /** Each Welcome: the first of a join and every reconnect. */
    void welcomed();
    /** The last Welcome's snapshot is whole: its annotation pages, if any, have all arrived. */
    void snapshotCompleted();
    /** The stored copy of the meeting was loaded: the meeting shows before any Welcome. */
    void restored();
    /** The join cannot succeed as it is (bad PIN, unknown meeting, ...); now Disconnected. */
    void joinFailed(MeetingClient::ErrorCode code, const QString &detail);
    /**
     * The server refused a command: the code's class, why (a Refusal::Reason, None when the
     * code says it all) and the English detail for logs. Pages word the reason, never the detail.
     */
    void commandFailed(
        const QString &commandId, MeetingClient::ErrorCode code, const QString &detail, int reason);
    void commandAcknowledged(const QString &commandId, quint64 seq);
    /** A door check-in was answered: whom the card named (seq 0: checked in at the door before). */
    void checkInAcknowledged(const QString &commandId, const QString &participantId, quint64 seq);

private:
    void joinWith(const QUrl &serverUrl, const QString &secret, const QString &deviceToken,
        const QString &meetingId, const QString &storeKey);
    void onOpened();
    void onMessage(const QByteArray &frame);
    void onLost(const QString &reason);
    void onCertificateRefused(const QString &presented);
    /** host:port of the server, the key of its pinned certificate. */
    QString serverKey() const;
    void onWelcome(const quorum::v1::Welcome &welcome);
    void onAnnotationPage(const quorum::v1::AnnotationPage &page);
    void onEvent(const quorum::v1::Event &event);
    void onReply(const quorum::v1::Reply &reply);
    void onServerError(const quorum::v1::Error &error);
    void flushCommands(bool all);
    QString effectiveStateDirectory() const;
    QString lastMeetingPath() const;
    bool restoreFromStore();
    void rememberMeeting();
    void forgetMeeting();
    void stop(ConnectionState state);
    void setState(ConnectionState state);
    void setJoined(bool joined);
    void setError(ErrorCode code, const QString &detail);
    void onFollowersPage(const quorum::v1::Followers &page);
    void onServerMessage(const quorum::v1::ServerMessage &message);

    Connection *m_connection;
    MeetingReplica *m_replica;
    mutable MeetingDocuments *m_documents = nullptr;
    CommandQueue m_queue;
    EventObserver m_eventObserver;
    std::function<void(const quorum::v1::DocumentChunk &)> m_chunkHandler;
    std::function<void(const quorum::v1::StrokePreview &)> m_previewHandler;
    std::function<void(const quorum::v1::UploadProgress &)> m_uploadHandler;
    std::function<void(const quorum::v1::Followers &)> m_followersHandler;
    std::optional<quorum::v1::Followers> m_unhandledFollowers;
    quorum::v1::Followers m_followerPages; // the pages of the list being received, until its last
    quorum::SnapshotPages m_snapshotPages; // a Welcome whose snapshot comes in pages
    std::function<void(const quorum::v1::DocumentExported &)> m_exportHandler;
    std::function<void(const quorum::v1::FormResultsExported &)> m_formExportHandler;

    ConnectionState m_state = Disconnected;
    QUrl m_serverUrl;
    QString m_secret; // the PIN typed (memory only; a device token replaces it on disk)
    QString m_deviceToken; // from a Welcome: what every later Hello sends
    QString m_storeKey; // names the tablet's copy of the meeting (ReplicaStore)
    quorum::v1::AuthFailures m_authFailures;
    QString m_requestedMeetingId;
    mutable QString m_deviceId;
    QString m_clientName = QStringLiteral("quorum-client 0.1");
    QString m_stateDirectory;
    bool m_persistent = false;
    ReplicaStore m_store;
    TrustedServers m_trusted;
    QString m_presentedFingerprint;
    QString m_storedFingerprint; // the server's key when the stored copy was made
    bool m_joined = false;
    bool m_session = false; // welcomed on the current socket
    // A Welcome whose annotations are still arriving in pages: saved to the tablet's copy once
    // they are all in (with them), and until then the replica is incomplete: a reconnect asks
    // for a snapshot again (last_seq 0).
    std::optional<quorum::v1::Welcome> m_pagedWelcome;
    QString m_participantId;
    Role m_role = RoleUnknown;
    ErrorCode m_lastError = NoError;
    QString m_lastErrorDetail;
};
