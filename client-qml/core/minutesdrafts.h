#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

class MeetingClient;

/**
 * What the secretary typed into the minutes and the server does not have yet (issue 11, "lose
 * no typed word"). Every keystroke is kept at once in a small file of the tablet's state
 * directory (one per meeting and participant), so a crash, a closed window or a dropped Wi-Fi
 * loses nothing; `save()` sends what differs from the minutes as EditMinutes commands (the
 * console calls it when a field loses focus and before approving). A draft disappears when the
 * minutes hold the same text (the server's echo, or another secretary typing the same).
 *
 * Fields: per agenda item "notes" and "conclusions"; for the minutes as a whole (item "")
 * also "number" and "locality".
 *
 * An edit withdraws the approvals already given (server/core/minutes.cpp): while some are,
 * `savingWithdrawsApprovals` is true and the console asks before it saves.
 */
class MinutesDrafts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    // Some field holds text the minutes do not.
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed)
    // Saving the drafts now would withdraw the approvals given (the minutes are not locked).
    Q_PROPERTY(bool savingWithdrawsApprovals READ savingWithdrawsApprovals NOTIFY changed)
    // Names of those whose approval saving withdraws, for the warning.
    Q_PROPERTY(QStringList approverNames READ approverNames NOTIFY changed)
    // Bumped on every change of a draft or of the minutes: bindings that call text() read it.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    explicit MinutesDrafts(QObject *parent = nullptr);

    MeetingClient *client() const { return m_client; }
    void setClient(MeetingClient *client);

    bool dirty() const;
    bool savingWithdrawsApprovals() const;
    QStringList approverNames() const;
    int revision() const { return m_revision; }

    /** The field as the secretary sees it: the draft, else what the minutes hold. */
    Q_INVOKABLE QString text(const QString &itemId, const QString &field) const;
    /** Keeps `text` as the field's draft, on disk at once (or drops it if the minutes hold it). */
    Q_INVOKABLE void setText(const QString &itemId, const QString &field, const QString &text);
    /** Whether any field of the item ("" the minutes as a whole) differs from the minutes. */
    Q_INVOKABLE bool isDirty(const QString &itemId) const;
    /** Sends every item that differs (one EditMinutes each); how many commands went out. */
    Q_INVOKABLE int save();
    /** Forgets every draft (the minutes' texts show again). */
    Q_INVOKABLE void discard();

    /** The file the drafts are kept in; empty before the meeting is known. */
    QString filePath() const;

signals:
    void clientChanged();
    void changed();

private:
    QString stored(const QString &itemId, const QString &field) const;
    void reload();
    void prune();
    void write() const;
    void bump();

    QPointer<MeetingClient> m_client;
    QHash<QString, QString> m_drafts; // key: itemId + '\n' + field
    QString m_path;
    int m_revision = 0;
};
