#pragma once

#include <QByteArrayList>
#include <QString>
#include <QVariant>

/**
 * Reads a server's SQLite file directly (read-only, its own connection), for tests that
 * check what is stored rather than what the server says.
 */
namespace sqliteinspect {

/** The hashes of a meeting's events in seq order: the hash chain as stored. */
QByteArrayList eventHashes(const QString &databasePath, const QString &meetingId);

/** The first column of the first row of `sql`, or an invalid QVariant. */
QVariant scalar(const QString &databasePath, const QString &sql);

/** Runs one statement that writes (for tests that damage or age a database). */
bool write(const QString &databasePath, const QString &sql);

} // namespace sqliteinspect
