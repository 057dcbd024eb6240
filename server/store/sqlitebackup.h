#pragma once

#include <QString>

namespace quorum {

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API: the copy
 * is the database as of one read transaction, whatever the server commits meanwhile (WAL
 * readers never block the writer). `to` must not exist yet. Used before a schema migration
 * and by `quorum-server backup`.
 */
bool copySqliteDatabase(const QString &from, const QString &to, QString *error);

} // namespace quorum
