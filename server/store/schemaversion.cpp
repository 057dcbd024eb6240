#include "schemaversion.h"

#include "sqlitebackup.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcSchema, "quorum.store.schema")

namespace quorum {

namespace {
/** Step N takes a database from version N to N + 1 (index 0 is 1 -> 2). */
const std::vector<std::vector<const char *>> Migrations = {
    // 1 -> 2: nothing of 0.1.0's tables changes; the history of migrations starts.
    { "CREATE TABLE IF NOT EXISTS schema_history ("
      " version INTEGER PRIMARY KEY, server_version TEXT NOT NULL, migrated_at TEXT NOT NULL)" },
};

bool exec(QSqlQuery &q, const QString &statement, QString *error)
{
    if (q.exec(statement))
        return true;
    *error = QStringLiteral("%1: %2").arg(statement, q.lastError().text());
    return false;
}

int tableCount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int recorded = q.next() ? q.value(0).toInt() : 0;
    if (recorded > 0)
        return recorded;
    return tableCount(db) > 0 ? 1 : 0;
}

bool migrateSchema(QSqlDatabase &db, const QString &path, const std::vector<const char *> &schema,
    const QString &serverVersion, QString *error)
{
    Q_ASSERT(int(Migrations.size()) + 1 == CurrentSchemaVersion);
    const int from = schemaVersion(db);
    if (from > CurrentSchemaVersion) {
        *error = QStringLiteral(
            "%1 has schema version %2, written by a newer quorum-server; this one (%3) knows "
            "versions up to %4. Install the newer quorum-server again, or restore a backup made "
            "by this version into an empty data folder.")
                     .arg(path)
                     .arg(from)
                     .arg(serverVersion)
                     .arg(CurrentSchemaVersion);
        return false;
    }
    if (from > 0 && from < CurrentSchemaVersion) {
        // A copy before anything changes: the way back if the new version misbehaves.
        const QString copy = QStringLiteral("%1.schema-v%2.bak").arg(path).arg(from);
        QFile::remove(copy); // a copy left by a migration that failed: this one is as fresh
        if (!copySqliteDatabase(path, copy, error)) {
            *error = QStringLiteral("no copy before migrating %1, so it is left as it is: %2")
                         .arg(path, *error);
            return false;
        }
        qCInfo(lcSchema) << "migrating" << path << "from schema version" << from << "to"
                         << CurrentSchemaVersion << "; the old one is copied to" << copy;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto fail = [&] {
        db.rollback();
        return false;
    };
    // A new database is made as version 1 (the store's CREATE statements) and then migrated
    // like any other, so there is one way to reach the current schema.
    if (from == 0) {
        for (const char *statement : schema) {
            if (!exec(q, QString::fromLatin1(statement), error))
                return fail();
        }
    }
    for (int version = qMax(from, 1); version < CurrentSchemaVersion; ++version) {
        for (const char *statement : Migrations[version - 1]) {
            if (!exec(q, QString::fromLatin1(statement), error))
                return fail();
        }
    }
    // Tables added to the store's schema without a step of their own (all IF NOT EXISTS).
    for (const char *statement : schema) {
        if (!exec(q, QString::fromLatin1(statement), error))
            return fail();
    }
    if (from < CurrentSchemaVersion) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO schema_history (version, server_version, migrated_at)"
            " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"));
        q.bindValue(0, CurrentSchemaVersion);
        // A program that set no version (a test, a tool) still leaves a row.
        q.bindValue(1, serverVersion.isEmpty() ? QStringLiteral("unknown") : serverVersion);
        if (!q.exec()) {
            *error = q.lastError().text();
            return fail();
        }
        if (!exec(q, QStringLiteral("PRAGMA user_version = %1").arg(CurrentSchemaVersion), error))
            return fail();
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return fail();
    }
    return true;
}

} // namespace quorum
