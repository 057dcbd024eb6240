#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace quorum {

/** One event as stored: its serialized bytes, its place in the hash chain, its command. */
struct StoredEvent
{
    QString meetingId;
    quint64 seq = 0;
    QByteArray bytes; // a serialized quorum.v1.Event
    QByteArray previousHash; // see hashchain.h
    QByteArray hash;
    QString commandKey; // "participant/command-id" of the command it completes, or empty
};

/** A participant's secret, stored only as a keyed hash (see SecretHasher in server/net). */
struct StoredCredential
{
    QString meetingId;
    QByteArray secretHash;
    QString participantId;
    // The participant's earlier secrets stop working (a PIN re-issued from the desk).
    bool replacesEarlier = false;
};

/**
 * A device's token (Welcome.device_token), stored only as a keyed hash, outside the event
 * log: the log goes into archives, a token must not. Whether the device is revoked is in the
 * log (DeviceRevoked), so that the secretary's list and the archive tell it.
 */
struct StoredDeviceToken
{
    QString meetingId;
    QByteArray tokenHash;
    QString participantId;
    QString deviceKey; // EnrolledDevice.device_key
};

/**
 * A change to a secret ballot's box: counts only, never a voter. `option` >= 0 is an option
 * index; the negative keys hold the ballots, their weight, the blank ones and their weight.
 */
struct BallotBoxDelta
{
    enum Key : qint64 { Ballots = -1, BallotsWeight = -2, Blank = -3, BlankWeight = -4 };
    QString meetingId;
    QString ballotId;
    qint64 option = 0;
    quint64 amount = 0;
};

/**
 * A secret ballot that closed or was cancelled: its box goes, in the same transaction as the
 * event that ends it (a closed ballot's counts live in its BallotClosed result). Kept, the
 * rows would be the running totals of an open ballot turned into history.
 */
struct ClosedBallotBox
{
    QString meetingId;
    QString ballotId;
};

/**
 * An anonymous form's answer (docs/forms.md, "Anonymous forms at rest"): its key is SHA-256 of
 * the form id and the tablet's receipt, random to everyone, and the row holds no participant,
 * time or order. Written again (replaced) when the same receipt corrects it.
 */
struct FormBoxRow
{
    QString meetingId;
    QString formId;
    QByteArray key; // 32 bytes
    QByteArray answer; // a serialized FormAnswer
};

/** An anonymous form that closed: its answers are in the log, released; its box goes. */
struct ClosedFormBox
{
    QString meetingId;
    QString formId;
};

/**
 * A command that was applied and changed nothing (the current item made current again, a
 * closed ballot closed again). It has no event to carry its key, yet a resend of it after the
 * state changed must still count as done, not apply then.
 */
struct UnchangedCommand
{
    QString meetingId;
    QString commandKey; // "participant/command-id"
};

/** What one group commit writes: everything in one transaction, or nothing. */
struct CommitBatch
{
    std::vector<StoredEvent> events;
    std::vector<StoredCredential> credentials;
    std::vector<StoredDeviceToken> deviceTokens;
    std::vector<BallotBoxDelta> ballotBox;
    std::vector<ClosedBallotBox> closedBallotBoxes;
    std::vector<UnchangedCommand> unchangedCommands;
    std::vector<FormBoxRow> formBox;
    std::vector<ClosedFormBox> closedFormBoxes;
    bool isEmpty() const
    {
        return events.empty() && credentials.empty() && deviceTokens.empty() && ballotBox.empty()
            && closedBallotBoxes.empty() && unchangedCommands.empty() && formBox.empty()
            && closedFormBoxes.empty();
    }
    /**
     * Whether a secret ballot box or an anonymous form's box changed: older versions of it
     * must then be scrubbed.
     */
    bool touchesBallotBoxes() const
    {
        return !ballotBox.empty() || !closedBallotBoxes.empty() || !formBox.empty()
            || !closedFormBoxes.empty();
    }
    /** Whether a box ended (a ballot or an anonymous form closed): its scrub must succeed first. */
    bool closesABox() const { return !closedBallotBoxes.empty() || !closedFormBoxes.empty(); }
};

/**
 * The durable store of every meeting. An interface so that a PostgreSQL backend can follow
 * the embedded SQLite one; callers never see SQL.
 */
class EventStore
{
public:
    virtual ~EventStore() = default;

    /**
     * Another connection to the same store, for a thread of its own (CommitWriter: the group
     * commit's fsync off the thread that decides); call it on that thread. Null, with an
     * error, when it cannot be opened.
     */
    virtual std::unique_ptr<EventStore> openConnection(QString *error) = 0;

    /** Writes the batch durably (fsync'd) in one transaction. False and an error otherwise. */
    virtual bool commit(const CommitBatch &batch, QString *error) = 0;

    /**
     * Leaves no older version of anything committed in any file of the store: what a commit
     * replaced or deleted (a secret ballot's running totals, its box once closed) is gone from
     * the database's free space and from any log beside it. True when that holds now; false
     * (and why) when something, e.g. a reader's snapshot, keeps an older version alive.
     */
    virtual bool scrub(QString *error) = 0;

    /** Ids of the meetings the store holds. */
    virtual QStringList meetingIds() = 0;

    /** Every event of a meeting, in seq order. */
    virtual std::vector<StoredEvent> events(const QString &meetingId) = 0;

    /**
     * The bytes of the meeting's events `first`..`last` (durable ones), in seq order: what the
     * room no longer keeps in memory (big annotations), read back for a tablet that is behind.
     */
    virtual std::vector<StoredEvent> eventRange(
        const QString &meetingId, quint64 first, quint64 last)
        = 0;

    /** The participant whose secret hashes to `secretHash` in that meeting. */
    virtual std::optional<QString> participantForSecret(
        const QString &meetingId, const QByteArray &secretHash)
        = 0;

    /** The device whose token hashes to `tokenHash` in that meeting. */
    virtual std::optional<StoredDeviceToken> deviceForToken(
        const QString &meetingId, const QByteArray &tokenHash)
        = 0;

    /** The keys of the meeting's commands that changed nothing (see UnchangedCommand); nullopt when
     * unreadable. */
    virtual std::optional<QStringList> unchangedCommands(const QString &meetingId) = 0;

    /** The secret ballot boxes of a meeting, one row per (ballot, key) with its total. */
    virtual std::vector<BallotBoxDelta> ballotBoxes(const QString &meetingId) = 0;

    /** The boxes of a meeting's anonymous forms, one row per answer, in key order. */
    virtual std::vector<FormBoxRow> formBoxes(const QString &meetingId) = 0;

    /** A value of the server's own settings (e.g. its secret key), or empty. */
    virtual QByteArray setting(const QString &key) = 0;
    virtual bool setSetting(const QString &key, const QByteArray &value) = 0;
    /** Removes a setting so that no readable copy of its value stays in the file. */
    virtual bool removeSetting(const QString &key) = 0;

    /**
     * Removes everything the store holds of one meeting (its log, credentials, device tokens,
     * unchanged commands, ballot box) in one transaction: an archived meeting removed from the
     * organiser's desk (docs/protocol.md). False (and why) when it could not.
     */
    virtual bool removeMeeting(const QString &meetingId, QString *error) = 0;
};

} // namespace quorum
