#pragma once

#include "clock.h"
#include "commitwriter.h"
#include "eventstore.h"
#include "pinbudget.h"
#include "documentexport.h"
#include "followboard.h"
#include "listener.h"
#include "meetingfile.h"
#include "minutesexporter.h"
#include "room.h"
#include "secrethasher.h"
#include "serverconfig.h"
#include "session.h"
#include "tokenbucket.h"
#include "uploadstore.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocketServer>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace quorum {

class BlobStore;

/**
 * The room server's network side: accepts tablets, authenticates them, hands their
 * commands to the core, commits what happened in one transaction per event-loop turn, and
 * then acknowledges and fans out. Handlers (hellohandler.cpp, commandhandler.cpp) decide;
 * this class owns the sockets.
 */
class RoomServer : public QObject
{
    Q_OBJECT
public:
    /** `secretKey` hashes PINs and device tokens; it lives apart from the store (secretkeyfile.h). */
    RoomServer(ServerConfig config, EventStore &store, const Clock &clock, QByteArray secretKey,
               QObject *parent = nullptr);
    ~RoomServer() override;

    /** Replays every meeting in the store. Appends "left" for anyone the last run saw present. */
    bool loadMeetings(QString *error);

    /**
     * Defines a meeting from a file unless the store already holds it, storing PIN hashes.
     * `created` tells which happened.
     */
    bool defineMeeting(const MeetingFile &file, bool *created, QString *error);

    /** TLS for every connection (tlsidentity.h); without it the server speaks plain ws (--insecure). */
    void setTls(const QSslConfiguration &configuration) { m_listener.setTls(configuration); }
    bool isSecure() const { return m_listener.isSecure(); }
    bool listen(QString *error);
    quint16 port() const;

    Room *room(const QString &meetingId) const;
    QStringList meetingIds() const;
    int sessionCount() const { return int(m_sessions.size()); }

    const SecretHasher &hasher() const { return *m_hasher; }

    /** Where document bytes live (docs/documents.md); without one, fetches find nothing. */
    /**
     * Where document bytes live; exported documents go to a sibling folder `exports`, emptied
     * here (who may fetch them is known to this run only) and kept below a size.
     */
    bool setBlobStore(BlobStore *blobs, QString *error);
    /** The archive signing key's fingerprint, told to every tablet in its Welcome. */
    void setSigningFingerprint(const QString &fingerprint) { m_signingFingerprint = fingerprint; }
    /** Who makes the files of ExportMinutes; without one the command is refused (internal). */
    void setMinutesExporter(MinutesExporter *exporter) { m_exporter = exporter; }
    /**
     * Where uploads keep their bytes until ingested (e.g. `<data>/uploads`); what an earlier
     * run left there is removed. Without one (or without a blob store) uploads are refused.
     */
    bool setUploadDirectory(const QString &directory, QString *error);

signals:
    /** Emitted after each group commit, with the number of events it made durable. */
    void committed(int events);

private:
    void onPendingConnection();
    void onBinary(Session *session, const QByteArray &bytes);
    /** Parses one frame and hands it to its handler (exhaustive over ClientMessage). */
    void dispatch(Session &session, const QByteArray &bytes);
    /** After a commit: each connection's frames that waited for a new turn (Session). */
    void dispatchDeferred();
    void onText(Session *session);
    void onDisconnected(Session *session);

    // One handler per ClientMessage type (hellohandler.cpp, commandhandler.cpp).
    void handleHello(Session &session, const v1::Hello &hello);
    void handleCommand(Session &session, const v1::Command &command);
    // checkinhandler.cpp: a door check-in's card PIN to the participant (the store's keyed
    // hashes), before the core decides; an error when no participant has it.
    std::optional<v1::Error> resolveCheckIn(Session &session, v1::CheckIn &checkIn);
    // transferhandler.cpp: not commands, no events.
    void handleFetchDocument(Session &session, const v1::FetchDocument &fetch);
    void handleStrokePreview(Session &session, const v1::StrokePreview &preview);
    // uploadhandler.cpp: not a command; its DocumentIngested event comes after the ingest.
    void handleUploadChunk(Session &session, const v1::UploadChunk &chunk);
    struct IngestOutcome;
    void startIngest(const UploadStore::Upload &upload);
    void finishIngest(const QString &key, const IngestOutcome &outcome);
    // exporthandler.cpp: ExportMinutes, answered when the child process is done.
    void startExport(Session &session, quint64 requestId, const QString &commandKey);
    void finishExport(const QString &meetingId, const MinutesExporter::Result &result);
    bool admitLiveMessage(Session &session);
    // followhandler.cpp: who follows the presentation (ephemeral, never stored).
    void handleFollowState(Session &session, const v1::FollowState &state);
    bool isFollowRecipient(const Session &session) const;
    void sendFollowersTo(Session &session);
    void forgetFollower(const Session &session);
    void scheduleFollowers();
    void flushFollowers();
    /** After a commit: a participant who just became the presenter gets the list at once. */
    void noticeNewPresenters();
    // documentexporthandler.cpp: one document with annotations, rendered on a worker thread.
    void handleExportDocument(Session &session, const v1::ExportDocument &request);

    // admission.cpp: device tokens, the PIN budget, per-participant limits.
    struct Admitted
    {
        QString participantId;
        QString deviceKey; // empty: a PIN (enrolDevice makes or finds it)
    };
    static QString overlongHelloField(const v1::Hello &hello);
    std::optional<Admitted> admit(Session &session, Room &room, const v1::Hello &hello);
    void enrolDevice(Session &session, Room &room, const v1::Hello &hello);
    /** Past MaxEnrolledDevices of a participant: the oldest one not connected is revoked. */
    void retireOldestDevice(const Session &session, Room &room);
    int connectedDevices(const Room &room, const QString &participantId, const QString &deviceId) const;
    std::shared_ptr<TokenBucket> participantCommands(const Room &room, const QString &participantId);
    void noteAuthFailure(const Room &room, const Session &session, bool isPin);
    void flushAuthFailures();
    void sendAuthFailuresTo(Session &session);
    void closeRevokedDevice(const Room &room, const QString &deviceKey);

    /** Removes document bytes that were attached once and no meeting attaches now (blobsweep.cpp). */
    void sweepBlobs();

    void replaceOlderSession(Session &newer);
    void welcome(Session &session, quint64 lastSeq);
    /**
     * Sends a Welcome held for its seq to become durable (a snapshot taken while the next
     * commit was being written) once it is, and makes the session live.
     */
    void releaseWelcome(Session &session);
    /**
     * Sends a live tablet what it has not got yet, while its socket has room: its annotation
     * pages after a Welcome, then durable events from its sentThrough() in frames of at most
     * FrameTargetBytes, then the replies those events complete (sessionfeed.cpp).
     */
    void feed(Session &session);
    bool hasOtherSession(const Session &session) const;

    /** Runs `then` after the next group commit, with whether it succeeded. */
    void afterCommit(std::function<void(bool durable)> then);
    /**
     * Makes sure a group commit runs at the end of this event-loop turn, or, while one is
     * being written, as soon as that one is durable.
     */
    void scheduleCommit();
    /** Collects what every room staged and hands it to the writer (or writes it here). */
    void commit();
    /** A batch is written (or failed): publish, acknowledge, complete (see m_writing). */
    void landed(bool durable, const QString &error, bool scrubbed, const QString &scrubError);
    /**
     * After a commit that changed a secret ballot box: the store is scrubbed of its older
     * versions. When that fails after a ballot ended (`closesBallot`), or failed before,
     * publishing is held (m_scrubPending) and retried until it succeeds.
     */
    void scrubBallotBoxes(bool closesBallot, bool scrubbed, const QString &error);

    ServerConfig m_config;
    EventStore &m_store;
    const Clock &m_clock;
    std::unique_ptr<SecretHasher> m_hasher;
    Listener m_listener;
    QWebSocketServer m_ws;
    std::map<QString, std::unique_ptr<Room>> m_rooms;
    std::vector<Session *> m_sessions;
    PinBudget m_pinBudget;
    QSet<QString> m_authFailuresDue; // meetings whose chair and secretary have news
    /** Wrong PINs are told at most twice a second: a flood of them is not a flood of frames. */
    QTimer m_authFailuresTimer;
    QHash<QString, std::shared_ptr<TokenBucket>> m_participantCommands; // meeting/participant
    std::vector<std::function<void(bool)>> m_afterCommit;
    bool m_commitScheduled = false;
    /**
     * The group commit's fsync runs on the writer's thread (CommitWriter) while this one
     * decides the next batch; null before listen() (start-up writes here). One batch is
     * written at a time: m_writing* describe it until it lands.
     */
    std::unique_ptr<CommitWriter> m_writer;
    bool m_writing = false;
    int m_writingEvents = 0;
    bool m_writingScrub = false;
    bool m_writingClosesBallot = false;
    quint64 m_writingTicket = 0;
    std::vector<std::function<void(bool)>> m_writingAfterCommit;
    /**
     * Batches are numbered: replies are tagged with the one being staged (Session::queueReply)
     * and go out once it is durable.
     */
    quint64 m_stagingTicket = 1;
    quint64 m_durableTicket = 0;
    bool m_scrubPending = false;                              // see scrubBallotBoxes
    std::vector<std::function<void(bool)>> m_heldAfterCommit; // durable, waiting for the scrub
    QTimer m_scrubRetry;
    QTimer m_quietAfterConnects;
    BlobStore *m_blobs = nullptr;
    QString m_signingFingerprint;
    MinutesExporter *m_exporter = nullptr;
    /** An export under way per meeting: the command it completes and who waits for the Reply. */
    struct PendingExport
    {
        QString actorId;
        QString commandKey;
        std::vector<std::pair<QPointer<Session>, quint64>> waiting; // session, request id
    };
    QHash<QString, PendingExport> m_exports;
    std::unique_ptr<UploadStore> m_uploads;
    QTimer m_uploadExpiry;
    /** One ingest at a time, off the event loop; its destructor waits for a running one. */
    QThreadPool m_ingestPool;
    QHash<QString, FollowBoard> m_follow; // meeting id -> who reads where
    /**
     * Followers lists go out at most once per interval per room: a few a second is what a
     * person can read, and it bounds the chair's traffic whatever the room's size.
     */
    QTimer m_followersTimer;
    ExportedFiles m_exportedFiles;
    std::unique_ptr<BlobStore> m_exportFiles;
    QHash<QString, int> m_documentExportsRunning; // meeting/participant -> exports running
    void pruneExports();
    /** Poppler writes exported documents here; last, so that it waits for them first. */
    QThreadPool m_exportPool;
};

} // namespace quorum
