#include "sqlitebackup.h"

#include <QFile>

#include <sqlite3.h>

#include <unistd.h>

namespace quorum {

namespace {
/** Closes a handle however the copy ends. */
struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close(db); }
};

QString message(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}
} // namespace

bool copySqliteDatabase(const QString &from, const QString &to, QString *error)
{
    if (QFile::exists(to)) {
        *error = QStringLiteral("%1 exists already").arg(to);
        return false;
    }
    Handle source, target;
    // Read-only: the copy never writes to the server's database. A WAL database still needs
    // its -shm file, which a running server (or this open) provides.
    if (sqlite3_open_v2(
            QFile::encodeName(from).constData(), &source.db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(from, message(source.db));
        return false;
    }
    // The server writes under a busy timeout of 5 s; wait as long for its write lock to pass.
    sqlite3_busy_timeout(source.db, 5000);
    if (sqlite3_open_v2(QFile::encodeName(to).constData(), &target.db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("cannot create %1: %2").arg(to, message(target.db));
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target.db, "main", source.db, "main");
    if (!backup) {
        *error = QStringLiteral("cannot start the copy of %1: %2").arg(from, message(target.db));
        return false;
    }
    // All pages in one step: one read transaction, so the copy is one consistent state. A
    // source in WAL mode is read under a snapshot, so BUSY only means a checkpoint or a
    // recovery held the file for a moment.
    int rc;
    int attempts = 0;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (++attempts > 100)
            break;
        ::usleep(50'000);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QStringLiteral("copying %1 failed: %2")
                     .arg(from, QString::fromUtf8(sqlite3_errstr(rc)));
        QFile::remove(to);
        return false;
    }
    // The copy's journal: a standalone file, no -wal beside it to lose.
    sqlite3_exec(target.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    return true;
}

} // namespace quorum
