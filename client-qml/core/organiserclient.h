#pragma once

#include "connection.h"
#include "meetingstate.h"
#include "protocol.h"
#include "snapshotpages.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QUrl>

/**
 * The organiser's desk as a client (docs/protocol.md, "The organiser's desk"): the server's
 * meetings list, a meeting created or opened as the organiser, its state (the server's own
 * fold, as MeetingReplica) and the desk's commands with their Replies (PINs, refused rows).
 * Over the pinned TLS of a join link (`?fp=`). A lost link is taken up again: the meeting is
 * opened anew and every command not yet answered is sent again with its command id (the server
 * applies a command id once: a resent one that had arrived answers `duplicate`). The agenda's
 * documents go up through the tablets' upload path (UploadChunk, then AttachDocument).
 */
class OrganiserClient : public QObject
{
    Q_OBJECT
    /**
     * The server as the desk reached it (`wss://HOST:PORT/?fp=…`): the participants page
     * (DeskParticipants) reads it by name for the join links it prints on the cards.
     */
    Q_PROPERTY(QUrl serverUrl READ serverUrl)
public:
    explicit OrganiserClient(QObject *parent = nullptr);

    /** The server (a join link's address, with `?fp=` for wss) and the organiser's secret. */
    void setServer(const QUrl &url, const QString &secret);
    QUrl serverUrl() const { return m_url; }

    /** Asks for every meeting of the server: meetingsListed, or failed. */
    void listMeetings();
    /** Opens a meeting as the organiser (a new draft with `create`): opened, or failed. */
    void openMeeting(const QString &meetingId, bool create = false);
    /** Closes the meeting's connection; commands not answered are dropped. */
    void close();

    bool isOpen() const { return m_open; }
    QString meetingId() const { return m_meetingId; }
    /** The meeting as the server's fold makes it (empty before opened). */
    const quorum::MeetingState &state() const { return m_state; }
    const std::vector<quorum::v1::MeetingSummary> &meetings() const { return m_meetings; }

    /**
     * The open meeting as a meeting file (JSON), with the PINs an IssuePins Reply gave: the
     * export, and what `quorum-server cards FILE --out PDF` prints the join cards from.
     */
    QByteArray meetingFile(const QHash<QString, QString> &pins = {}) const;

    /**
     * Sends a command of the open meeting; returns its request id (0: no meeting). While the
     * link is down it waits and goes with the others once the meeting is open again.
     */
    quint64 send(quorum::v1::Command command);
    /** Commands sent and not answered yet. */
    int pendingCount() const { return int(m_pending.size()); }

    /** The server's document limit (pdf::IngestLimits::maxBytes, as DocumentUpload's). */
    static constexpr qint64 MaxUploadBytes = 200 * 1024 * 1024;
    /** The server's chunk limit (UploadChunk in quorum.proto). */
    static constexpr qint64 ChunkBytes = 256 * 1024;
    /**
     * Uploads a PDF to an agenda item of the open meeting as a new document (title: the file's
     * name when empty): uploadFinished when attached, or uploadFailed. One at a time; returns
     * false (nothing started) while one runs, with no meeting open, or for an unreadable file.
     */
    bool uploadDocument(const QString &itemId, const QString &filePath, const QString &title = {});
    bool uploading() const { return !m_upload.id.isEmpty(); }

signals:
    void meetingsListed();
    void opened();
    /** The state changed (an event, or the Welcome's snapshot). */
    void changed();
    /** The answer to a command: `reply.error()` unset when applied. */
    void replied(quint64 requestId, const quorum::v1::Reply &reply);
    /** The server refused the Hello (wrong secret, unknown meeting...) or no link came up. */
    void failed(int code, const QString &detail);
    /** The open meeting's link went down (it comes back by itself) or came back. */
    void linkChanged(bool up);
    /** The document is attached to its item. */
    void uploadFinished(const QString &documentId);
    /** The upload or its attachment was refused (`reason`: Refusal::Reason, 0 when none). */
    void uploadFailed(int code, int failure, int reason, const QString &detail);

private:
    void start(bool list);
    void onOpened();
    void onMessage(const QByteArray &frame);
    void onServerMessage(const quorum::v1::ServerMessage &message);
    void onUploadProgress(const quorum::v1::UploadProgress &progress);
    void sendChunk(qint64 offset, bool withData);
    void endUpload();

    struct Upload
    {
        QString id; // UploadChunk.upload_id; empty: none running
        QString itemId;
        QString title;
        QString fileName;
        QByteArray bytes;
        std::string sha256;
        quint64 attachRequest = 0; // the AttachDocument's request id once ingested
        QString documentId;
    };

    Connection *m_connection;
    quorum::SnapshotPages m_snapshotPages; // a Welcome whose snapshot comes in pages
    QString m_deviceId; // this desk's Hello.device_id
    QUrl m_url;
    QString m_secret;
    QString m_meetingId;
    bool m_create = false;
    bool m_list = false;
    bool m_open = false;
    bool m_everOpened = false; // this meeting was open once: a lost link is taken up again
    quint64 m_nextRequest = 1;
    QMap<quint64, quorum::v1::ClientMessage> m_pending; // by request id: sent, not answered
    quorum::MeetingState m_state;
    std::vector<quorum::v1::MeetingSummary> m_meetings;
    Upload m_upload;
};
