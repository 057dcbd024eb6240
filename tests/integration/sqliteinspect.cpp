#include "sqliteinspect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace sqliteinspect {

namespace {
/** Runs `use` on a connection of its own, removed afterwards. */
template <typename Use> void withDatabase(const QString &path, bool readOnly, Use use)
{
    const QString name = QStringLiteral("inspect-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            use(db);
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

QByteArrayList eventHashes(const QString &databasePath, const QString &meetingId)
{
    QByteArrayList hashes;
    withDatabase(databasePath, true, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT hash FROM events WHERE meeting_id = ? ORDER BY seq"));
        q.bindValue(0, meetingId);
        q.exec();
        while (q.next())
            hashes << q.value(0).toByteArray();
    });
    return hashes;
}

QVariant scalar(const QString &databasePath, const QString &sql)
{
    QVariant value;
    withDatabase(databasePath, true, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0);
    });
    return value;
}

bool write(const QString &databasePath, const QString &sql)
{
    bool ok = false;
    withDatabase(databasePath, false, [&](QSqlDatabase &db) { ok = QSqlQuery(db).exec(sql); });
    return ok;
}

} // namespace sqliteinspect
