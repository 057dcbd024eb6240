#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * Raw-byte scans for what would link a secret ballot's voters to their choices (issue 10,
 * docs/architecture.md "Secret ballots at rest"): bytes as a copy of the disk reads them,
 * not what SQL returns, so freed pages, free space and WAL frames count too.
 */
namespace secretscan {

/**
 * What links a voter to a choice of ballot `ballotId` in `bytes` (one file, or one member of
 * an archive, called `name`), each finding as "NAME @OFFSET: what"; empty when nothing does:
 * (1) a row of the ballot's box - meeting id and ballot id back to back, as SQLite stores the
 * row's key - with its running totals and weights; (2) a VoteCast of the ballot carrying a
 * choice, as Protobuf bytes, or as JSON when `name` ends with events.jsonl (an archive's log).
 */
QStringList links(const QString &name, const QByteArray &bytes, const QString &meetingId,
    const QString &ballotId);

/** The same over a SQLite database as stored: the file, its WAL and its rollback journal. */
QStringList linksInDatabase(
    const QString &databasePath, const QString &meetingId, const QString &ballotId);

} // namespace secretscan
