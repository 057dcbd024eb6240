#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class MeetingClient;

/**
 * A group of headless MeetingClients in one process, and a way to wait for a condition over
 * all of them. The first thing that goes wrong for any client (a join refused, a command
 * rejected, a session taken over) is kept as the fleet's failure and ends every wait.
 */
class BotFleet : public QObject
{
    Q_OBJECT

public:
    explicit BotFleet(QObject *parent = nullptr);

    /** Adds a client that will join with this secret; label names it in messages. */
    MeetingClient *add(const QString &label, const QString &secret);

    const QList<MeetingClient *> &clients() const { return m_clients; }
    QString label(const MeetingClient *client) const;

    /** Every client joins url (meetingId empty: the server's only meeting). */
    void joinAll(const QUrl &url, const QString &meetingId);
    /** Every client leaves; waits until the close handshakes finished or the deadline. */
    void leaveAll(QDeadlineTimer deadline);

    /**
     * Runs the event loop until done() holds, a client failed, or the deadline passed;
     * true only when done() held. done() is checked after every client change.
     */
    bool waitUntil(const std::function<bool()> &done, QDeadlineTimer deadline);

    /** One line per client that is not connected, with its state and last error. */
    QString laggards() const;

    /** Why the fleet failed; empty while all is well. */
    QString failure() const { return m_failure; }

signals:
    /** Something about some client changed: time to re-check a condition. */
    void changed();

private:
    void fail(const QString &reason);

    QList<MeetingClient *> m_clients;
    QStringList m_labels;
    QList<QString> m_secrets;
    QString m_failure;
    bool m_leaving = false;
};
