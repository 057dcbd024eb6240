#pragma once

#include "eventstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace quorum {

/**
 * The embedded default store: one SQLite file in WAL mode with synchronous=FULL, so a
 * commit that returned true survives a crash or a power loss.
 */
class SqliteEventStore : public EventStore
{
public:
    explicit SqliteEventStore(const QString &path);
    ~SqliteEventStore() override;

    /** Opens or creates the file and checks that durability settings took effect. */
    bool open(QString *error);

    bool commit(const CommitBatch &batch, QString *error) override;
    QStringList meetingIds() override;
    std::vector<StoredEvent> events(const QString &meetingId) override;
    std::optional<QString> participantForSecret(const QString &meetingId,
                                                const QByteArray &secretHash) override;
    std::optional<StoredDeviceToken> deviceForToken(const QString &meetingId,
                                                    const QByteArray &tokenHash) override;
    std::vector<BallotBoxDelta> ballotBoxes(const QString &meetingId) override;
    std::optional<QStringList> unchangedCommands(const QString &meetingId) override;
    QByteArray setting(const QString &key) override;
    bool setSetting(const QString &key, const QByteArray &value) override;
    bool removeSetting(const QString &key) override;

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_findSecret;
    std::optional<QSqlQuery> m_findToken;
};

} // namespace quorum
