#pragma once

#include "admission.h"
#include "blobsweep.h"
#include "clock.h"
#include "commands.h"
#include "documentexports.h"
#include "eventstore.h"
#include "follow.h"
#include "formexports.h"
#include "gate.h"
#include "iothreads.h"
#include "listener.h"
#include "meetingfile.h"
#include "minutesexports.h"
#include "rooms.h"
#include "serverconfig.h"
#include "sessionio.h"
#include "sessions.h"
#include "transfers.h"
#include "uploads.h"

#include <QObject>
#include <QTimer>
#include <QWebSocketServer>

namespace quorum {

class BlobStore;
namespace wire {
class Connection;
class Engine;
} // namespace wire

/**
 * The room server: owns the listener and the connections, and hands each ClientMessage to the
 * part that handles its type (one message type, one handler), after the gate's first step.
 * The parts own their state and say what they need in their constructors:
 *
 * - Rooms: the meetings, the group commit and the fan-out (rooms.h, sessionfeed.cpp);
 * - Gate: who this is, the rate, and whether their role may (gate.h, roles.cpp);
 * - Admission: Hello, PINs and their budget, device tokens, the Welcome, leaving (admission.h);
 * - Commands: Command, decided by the core (commands.h);
 * - Transfers: FetchDocument and StrokePreview (transfers.h);
 * - Uploads: UploadChunk and the ingest of what arrives (uploads.h);
 * - MinutesExports and DocumentExports: ExportMinutes's files, ExportDocument (…exports.h);
 * - Follow: FollowState and the followers lists (follow.h).
 */
class RoomServer : public QObject
{
    Q_OBJECT
public:
    /** `secretKey` hashes PINs and device tokens; it lives apart from the store (secretkeyfile.h).
     */
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

    /** TLS for every connection (tlsidentity.h); without it the server speaks plain ws
     * (--insecure). */
    void setTls(const QSslConfiguration &configuration);
    bool isSecure() const { return m_listener.isSecure(); }
    bool listen(QString *error);
    quint16 port() const;
    /**
     * What waits to be written to every connection, in bytes (encrypted or not): 0 once the
     * joins' pages have drained (the heap report says it, heapreport.h).
     */
    qint64 pendingBytes() const;

    Room *room(const QString &meetingId) const { return m_rooms.room(meetingId); }
    QStringList meetingIds() const { return m_rooms.meetingIds(); }

    /**
     * Where document bytes live (docs/documents.md); without one, fetches find nothing and
     * uploads are refused. Exported documents go to a sibling folder `exports`, emptied here
     * (who may fetch them is known to this run only) and kept below a size.
     */
    bool setBlobStore(BlobStore *blobs, QString *error);
    /** The archive signing key's fingerprint, told to every tablet in its Welcome. */
    void setSigningFingerprint(const QString &fingerprint)
    {
        m_admission.setSigningFingerprint(fingerprint);
    }
    /** Who makes the files of ExportMinutes; without one the command is refused (internal). */
    void setMinutesExporter(MinutesExporter *exporter) { m_minutesExports.setExporter(exporter); }
    /** Who makes a form's PDF and CSV (ExportFormResults); without one they are refused. */
    void setFormExporter(FormExporter *exporter) { m_formExports.setExporter(exporter); }
    /**
     * Where uploads keep their bytes until ingested (e.g. `<data>/uploads`); what an earlier
     * run left there is removed. Without one (or without a blob store) uploads are refused.
     */
    bool setUploadDirectory(const QString &directory, QString *error)
    {
        return m_uploads.setDirectory(directory, error);
    }

signals:
    /** Emitted after each group commit, with the number of events it made durable. */
    void committed(int events);

private:
    void onPendingConnection();
    /** The wire engine upgraded a connection: its session. */
    void onWireUpgraded(const std::shared_ptr<wire::Connection> &connection);
    /** A new session (either engine) on `io`: wired to the parts and counted. */
    Session *addSession(SessionIo *io, const QHostAddress &peer, quint16 peerPort);
    void onBinary(Session *session, const QByteArray &bytes);
    /** Parses one frame and hands it to its handler (exhaustive over ClientMessage). */
    void dispatch(Session &session, const QByteArray &bytes);
    /** After a commit: each connection's frames that waited for a new turn (Session). */
    void dispatchDeferred();
    void onText(Session *session);
    void onDisconnected(Session *session);

    ServerConfig m_config;
    // Sockets, TLS and WebSocket framing of the sessions (sessionio.h); ended after them.
    IoThreads m_ioThreads;
    std::unique_ptr<wire::Engine> m_wire; // --io-engine wire: instead of the above
    Listener m_listener;
    QWebSocketServer m_ws;
    QTimer m_quietAfterConnects;
    Sessions m_sessions;
    Rooms m_rooms;
    Gate m_gate;
    Follow m_follow;
    Admission m_admission;
    BlobSweep m_blobSweep;
    MinutesExports m_minutesExports;
    Commands m_commands;
    // The parts with worker threads last: destroyed first, they wait for their workers while
    // everything the workers report back to is still whole.
    DocumentExports m_documentExports;
    FormExports m_formExports;
    Transfers m_transfers;
    Uploads m_uploads;
};

} // namespace quorum
