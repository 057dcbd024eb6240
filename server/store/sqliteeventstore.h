#pragma once

#include "eventstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace quorum {

/**
 * The embedded default store: one SQLite file in WAL mode with synchronous=FULL, so a
 * commit that returned true survives a crash or a power loss; secure_delete=ON, so that a
 * row replaced or deleted leaves no bytes in the file (docs/architecture.md, "Secret ballots
 * at rest").
 */
class SqliteEventStore : public EventStore
{
public:
    explicit SqliteEventStore(const QString &path);
    ~SqliteEventStore() override;

    /** Opens or creates the file and checks that durability settings took effect. */
    bool open(QString *error);

    /** A second SqliteEventStore on the same file (WAL: one writes while the other reads). */
    std::unique_ptr<EventStore> openConnection(QString *error) override;
    bool commit(const CommitBatch &batch, QString *error) override;
    /** secure_delete zeroes what a commit frees; this folds the WAL in and truncates it. */
    bool scrub(QString *error) override;
    /** A PRAGMA's value on the store's own connection (synchronous, secure_delete are per
     * connection). */
    QString pragma(const QString &name);
    QStringList meetingIds() override;
    std::vector<StoredEvent> events(const QString &meetingId) override;
    std::vector<StoredEvent> eventRange(
        const QString &meetingId, quint64 first, quint64 last) override;
    std::optional<QString> participantForSecret(
        const QString &meetingId, const QByteArray &secretHash) override;
    std::optional<StoredDeviceToken> deviceForToken(
        const QString &meetingId, const QByteArray &tokenHash) override;
    std::vector<BallotBoxDelta> ballotBoxes(const QString &meetingId) override;
    std::vector<FormBoxRow> formBoxes(const QString &meetingId) override;
    std::optional<QStringList> unchangedCommands(const QString &meetingId) override;
    QByteArray setting(const QString &key) override;
    bool setSetting(const QString &key, const QByteArray &value) override;
    bool removeSetting(const QString &key) override;
    bool removeMeeting(const QString &meetingId, QString *error) override;

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_findSecret;
    std::optional<QSqlQuery> m_findToken;
    std::optional<QSqlQuery> m_eventRange;
};

} // namespace quorum
