#pragma once

#include "meetingclient.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

/**
 * What the tablet's page-side objects (VoteFlow, TieResolution, DoorCheckIn) share: they
 * follow one MeetingClient, send a command through it, and wait for the server to take or
 * refuse exactly that command. A new client drops every connection made for the old one
 * (its own, and those the owner keeps with it), so a replaced client drives nothing.
 */
class CommandWatch : public QObject
{
    Q_OBJECT

public:
    explicit CommandWatch(QObject *parent = nullptr);

    MeetingClient *client() const { return m_client; }
    /** Follows `client`; returns false when it is the one followed already (nothing done). */
    bool setClient(MeetingClient *client);
    /** A connection of the owner to the client or a part of it: dropped with the client. */
    void keep(const QMetaObject::Connection &connection) { m_kept.append(connection); }

    /** The command sent (empty: none was sent); its answer is the next one signalled. */
    void sent(const QString &commandId) { m_pending = commandId; }
    QString pending() const { return m_pending; }
    bool busy() const { return !m_pending.isEmpty(); }
    /** The command is no longer waited for (a new ballot). */
    void forget() { m_pending.clear(); }

signals:
    /** The command sent was taken; a door check-in says whom its card named (else empty). */
    void acknowledged(const QString &commandId, const QString &participantId, quint64 seq);
    /** The command sent was refused: the server's class, English detail, and typed reason. */
    void refused(
        const QString &commandId, MeetingClient::ErrorCode code, const QString &detail, int reason);

private:
    void dropClient();

    QPointer<MeetingClient> m_client;
    QList<QMetaObject::Connection> m_kept;
    QString m_pending;
    QString m_checkedIn; // a check-in's participant, between its two acknowledgements
};
