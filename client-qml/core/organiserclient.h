#pragma once

#include "connection.h"
#include "meetingstate.h"
#include "protocol.h"

#include <QHash>
#include <QObject>
#include <QUrl>

/**
 * The organiser's desk as a client (docs/protocol.md, "The organiser's desk"): the server's
 * meetings list, a meeting created or opened as the organiser, its state (the server's own
 * fold, as MeetingReplica) and the desk's commands with their Replies (PINs, refused rows).
 * Over the pinned TLS of a join link (`?fp=`). Commands are not resent after a lost link:
 * the organiser sees the Reply or the error, and sends again.
 */
class OrganiserClient : public QObject
{
    Q_OBJECT
public:
    explicit OrganiserClient(QObject *parent = nullptr);

    /** The server (a join link's address, with `?fp=` for wss) and the organiser's secret. */
    void setServer(const QUrl &url, const QString &secret);

    /** Asks for every meeting of the server: meetingsListed, or failed. */
    void listMeetings();
    /** Opens a meeting as the organiser (a new draft with `create`): opened, or failed. */
    void openMeeting(const QString &meetingId, bool create = false);
    /** Closes the meeting's connection. */
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

    /** Sends a command of the open meeting; returns its request id (0: not open). */
    quint64 send(quorum::v1::Command command);

signals:
    void meetingsListed();
    void opened();
    /** The state changed (an event, or the Welcome's snapshot). */
    void changed();
    /** The answer to a command: `reply.error()` unset when applied. */
    void replied(quint64 requestId, const quorum::v1::Reply &reply);
    /** The server refused the Hello (wrong secret, unknown meeting...) or the link failed. */
    void failed(int code, const QString &detail);

private:
    void start(bool list);
    void onOpened();
    void onMessage(const QByteArray &frame);

    Connection *m_connection;
    QUrl m_url;
    QString m_secret;
    QString m_meetingId;
    bool m_create = false;
    bool m_list = false;
    bool m_open = false;
    quint64 m_nextRequest = 1;
    quorum::MeetingState m_state;
    std::vector<quorum::v1::MeetingSummary> m_meetings;
};
