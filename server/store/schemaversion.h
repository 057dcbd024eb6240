#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace quorum {

/**
 * The database records its schema version in SQLite's `PRAGMA user_version`.
 *  - 0 with tables: a database from before versions were recorded (Quorum 0.1.0, a776591), = 1.
 *  - 2: the version is recorded, and `schema_history` says which server moved it to which one.
 * A new database gets the store's CREATE statements (version 1's tables) and then every step.
 * To change the schema: append a step to the migrations in schemaversion.cpp and raise
 * CurrentSchemaVersion; never edit a table's CREATE statement in place. A new table alone
 * needs no step: the store's CREATE TABLE IF NOT EXISTS statements run on every open.
 */
constexpr int CurrentSchemaVersion = 2;

/**
 * Brings an open database to CurrentSchemaVersion. A new database gets the schema; an older
 * one is copied first (`<path>.schema-v<N>.bak`, SQLite's online backup) and then migrated in
 * one transaction, so a failed migration leaves it as it was. A database of a newer schema
 * is refused with a message that says what to do. `schema` is the store's CREATE statements
 * (all IF NOT EXISTS); `serverVersion` is recorded in schema_history.
 */
bool migrateSchema(QSqlDatabase &db, const QString &path, const std::vector<const char *> &schema,
    const QString &serverVersion, QString *error);

/** The version recorded in a database (1 for one from before versions were recorded, 0 when empty).
 */
int schemaVersion(QSqlDatabase &db);

} // namespace quorum
