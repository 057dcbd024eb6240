#include "sqliteeventstore.h"

#include "schemaversion.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStore, "quorum.store")

namespace quorum {

namespace {
// Version 1 of the schema (schemaversion.h): change it through a migration step, not here;
// new tables (IF NOT EXISTS) may be added.
const std::vector<const char *> Schema = {
    "CREATE TABLE IF NOT EXISTS events ("
    " meeting_id TEXT NOT NULL, seq INTEGER NOT NULL, body BLOB NOT NULL,"
    " previous_hash BLOB NOT NULL, hash BLOB NOT NULL, command_key TEXT,"
    " PRIMARY KEY (meeting_id, seq))",
    // A command's events are written once: the key sits on the last event it produced.
    "CREATE UNIQUE INDEX IF NOT EXISTS events_by_command ON events (meeting_id, command_key)"
    " WHERE command_key IS NOT NULL",
    // Commands that changed nothing: no event carries their key (see UnchangedCommand).
    "CREATE TABLE IF NOT EXISTS unchanged_commands ("
    " meeting_id TEXT NOT NULL, command_key TEXT NOT NULL,"
    " PRIMARY KEY (meeting_id, command_key)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS credentials ("
    " meeting_id TEXT NOT NULL, secret_hash BLOB NOT NULL, participant_id TEXT NOT NULL,"
    " PRIMARY KEY (meeting_id, secret_hash))",
    // Device tokens: keyed hashes only (see StoredDeviceToken).
    "CREATE TABLE IF NOT EXISTS device_tokens ("
    " meeting_id TEXT NOT NULL, token_hash BLOB NOT NULL, participant_id TEXT NOT NULL,"
    " device_key TEXT NOT NULL, PRIMARY KEY (meeting_id, token_hash)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    // Secret ballots: totals only. No voter, no time, no order: see BallotBoxDelta.
    "CREATE TABLE IF NOT EXISTS ballot_box ("
    " meeting_id TEXT NOT NULL, ballot_id TEXT NOT NULL, option INTEGER NOT NULL,"
    " total INTEGER NOT NULL, PRIMARY KEY (meeting_id, ballot_id, option)) WITHOUT ROWID",
    // Anonymous forms while open: answers by a random key, in key order (WITHOUT ROWID: no
    // rowid to keep the order of arrival). No participant, no time: see FormBoxRow.
    "CREATE TABLE IF NOT EXISTS form_box ("
    " meeting_id TEXT NOT NULL, form_id TEXT NOT NULL, answer_key BLOB NOT NULL,"
    " answer BLOB NOT NULL, PRIMARY KEY (meeting_id, form_id, answer_key)) WITHOUT ROWID",
};

QString lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

/** Runs a prepared statement with `values` bound to its placeholders in order. */
bool execWith(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

/** What a query of events selects: `seq, body`, then the chain's columns when it reads them. */
enum class Columns { SeqAndBody, WithChain };

/** The rows of an executed query of one meeting's events, in its order. */
std::vector<StoredEvent> readEvents(QSqlQuery &q, const QString &meetingId, Columns columns)
{
    std::vector<StoredEvent> events;
    while (q.next()) {
        StoredEvent e;
        e.meetingId = meetingId;
        e.seq = quint64(q.value(0).toLongLong());
        e.bytes = q.value(1).toByteArray();
        if (columns == Columns::WithChain) {
            e.previousHash = q.value(2).toByteArray();
            e.hash = q.value(3).toByteArray();
            e.commandKey = q.value(4).toString();
        }
        events.push_back(std::move(e));
    }
    return events;
}
} // namespace

SqliteEventStore::SqliteEventStore(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("quorum-store-") + QUuid::createUuid().toString())
{ }

SqliteEventStore::~SqliteEventStore()
{
    m_findSecret.reset();
    m_findToken.reset();
    m_eventRange.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteEventStore::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    // Durability before speed: WAL keeps readers off the writer, FULL fsyncs every commit.
    // Group commit (one transaction per event-loop turn) is what pays for it.
    // secure_delete: an overwritten ballot box total leaves no old value in free pages.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA secure_delete=ON" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = lastError(q);
            return false;
        }
    }
    // Read them back: a file system without WAL support silently keeps another mode, and a
    // SQLite built with SQLITE_SECURE_DELETE off and locked would ignore the pragma.
    const QString mode = pragma(QStringLiteral("journal_mode")).toLower();
    const QString sync = pragma(QStringLiteral("synchronous"));
    const QString secureDelete = pragma(QStringLiteral("secure_delete"));
    if (mode != QLatin1String("wal") || sync != QLatin1String("2")
        || secureDelete != QLatin1String("1")) {
        *error = QStringLiteral(
            "SQLite settings did not take: journal_mode=%1 synchronous=%2 secure_delete=%3")
                     .arg(mode, sync, secureDelete);
        return false;
    }
    // Creates, migrates (after a copy) or refuses a newer database: schemaversion.h.
    if (!migrateSchema(m_db, m_path, Schema, QCoreApplication::applicationVersion(), error))
        return false;
    qCInfo(lcStore) << "opened" << m_path << "journal_mode=wal synchronous=full secure_delete=on";
    return true;
}

std::unique_ptr<EventStore> SqliteEventStore::openConnection(QString *error)
{
    auto connection = std::make_unique<SqliteEventStore>(m_path);
    if (!connection->open(error))
        return nullptr;
    return connection;
}

bool SqliteEventStore::commit(const CommitBatch &batch, QString *error)
{
    if (batch.isEmpty())
        return true;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO events (meeting_id, seq, body, previous_hash, hash, command_key)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    auto fail = [&](const QSqlQuery &q) {
        *error = lastError(q);
        m_db.rollback();
        return false;
    };
    for (const StoredEvent &e : batch.events) {
        const QVariant key = e.commandKey.isEmpty() ? QVariant() : QVariant(e.commandKey);
        if (!execWith(insert, { e.meetingId, qint64(e.seq), e.bytes, e.previousHash, e.hash, key }))
            return fail(insert);
    }
    QSqlQuery credential(m_db);
    credential.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO credentials (meeting_id, secret_hash, participant_id)"
        " VALUES (?, ?, ?)"));
    QSqlQuery earlier(m_db);
    earlier.prepare(
        QStringLiteral("DELETE FROM credentials WHERE meeting_id = ? AND participant_id = ?"));
    for (const StoredCredential &c : batch.credentials) {
        if (c.replacesEarlier && !execWith(earlier, { c.meetingId, c.participantId }))
            return fail(earlier);
        if (!execWith(credential, { c.meetingId, c.secretHash, c.participantId }))
            return fail(credential);
    }
    // One token per device: the same install typing its PIN again gets a new token that
    // replaces its old one, so that a PIN joining in a loop cannot grow the table.
    QSqlQuery oldToken(m_db);
    oldToken.prepare(
        QStringLiteral("DELETE FROM device_tokens WHERE meeting_id = ? AND device_key = ?"));
    QSqlQuery token(m_db);
    token.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO device_tokens (meeting_id, token_hash, participant_id, device_key)"
        " VALUES (?, ?, ?, ?)"));
    for (const StoredDeviceToken &t : batch.deviceTokens) {
        if (!execWith(oldToken, { t.meetingId, t.deviceKey }))
            return fail(oldToken);
        if (!execWith(token, { t.meetingId, t.tokenHash, t.participantId, t.deviceKey }))
            return fail(token);
    }
    // The tables written one statement a row: the statement, and a row's values in its order.
    auto eachRow = [&](const char *sql, const auto &rows, auto values) {
        QSqlQuery q(m_db);
        q.prepare(QLatin1String(sql));
        for (const auto &row : rows) {
            if (!execWith(q, values(row)))
                return fail(q);
        }
        return true;
    };
    using Row = QVariantList;
    const bool written
        = eachRow("INSERT OR IGNORE INTO unchanged_commands (meeting_id, command_key)"
                  " VALUES (?, ?)",
              batch.unchangedCommands,
              [](const UnchangedCommand &c) {
                  return Row{ c.meetingId, c.commandKey };
              })
        && eachRow("INSERT INTO ballot_box (meeting_id, ballot_id, option, total)"
                   " VALUES (?, ?, ?, ?) ON CONFLICT (meeting_id, ballot_id, option)"
                   " DO UPDATE SET total = total + excluded.total",
            batch.ballotBox,
            [](const BallotBoxDelta &d) {
                return Row{ d.meetingId, d.ballotId, d.option, qint64(d.amount) };
            })
        && eachRow("DELETE FROM ballot_box WHERE meeting_id = ? AND ballot_id = ?",
            batch.closedBallotBoxes,
            [](const ClosedBallotBox &c) {
                return Row{ c.meetingId, c.ballotId };
            })
        && eachRow("INSERT OR REPLACE INTO form_box (meeting_id, form_id, answer_key, answer)"
                   " VALUES (?, ?, ?, ?)",
            batch.formBox,
            [](const FormBoxRow &r) {
                return Row{ r.meetingId, r.formId, r.key, r.answer };
            })
        && eachRow("DELETE FROM form_box WHERE meeting_id = ? AND form_id = ?",
            batch.closedFormBoxes, [](const ClosedFormBox &c) {
                return Row{ c.meetingId, c.formId };
            });
    if (!written)
        return false; // rolled back by fail()
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool SqliteEventStore::scrub(QString *error)
{
    // The WAL keeps every committed version of a page until a checkpoint: successive box
    // totals next to successive "has voted" events would link voters to choices. Copy the
    // latest pages into the database (where secure_delete already zeroed what was freed)
    // and truncate the WAL to nothing. A reader's snapshot keeps the checkpoint from
    // finishing; wait for it briefly, not the 5 s of busy_timeout: the caller retries.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout=200"));
    const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next();
    // Columns: busy (1 when a reader or writer kept it from finishing), WAL frames, frames
    // checkpointed; after TRUNCATE the WAL holds nothing.
    const bool busy = ran && q.value(0).toInt() != 0;
    const QString detail = ran ? QStringLiteral("busy=%1 log=%2 checkpointed=%3")
                                     .arg(q.value(0).toInt())
                                     .arg(q.value(1).toInt())
                                     .arg(q.value(2).toInt())
                               : lastError(q);
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    if (!ran || busy) {
        *error = QStringLiteral("the write-ahead log could not be checkpointed (%1)").arg(detail);
        return false;
    }
    return true;
}

QString SqliteEventStore::pragma(const QString &name)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}

std::vector<BallotBoxDelta> SqliteEventStore::ballotBoxes(const QString &meetingId)
{
    std::vector<BallotBoxDelta> rows;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ballot_id, option, total FROM ballot_box WHERE meeting_id = ?"));
    q.bindValue(0, meetingId);
    if (q.exec()) {
        while (q.next())
            rows.push_back({ meetingId, q.value(0).toString(), q.value(1).toLongLong(),
                quint64(q.value(2).toLongLong()) });
    }
    return rows;
}

std::vector<FormBoxRow> SqliteEventStore::formBoxes(const QString &meetingId)
{
    std::vector<FormBoxRow> rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT form_id, answer_key, answer FROM form_box WHERE meeting_id = ?"
                             " ORDER BY form_id, answer_key"));
    q.bindValue(0, meetingId);
    if (q.exec()) {
        while (q.next())
            rows.push_back({ meetingId, q.value(0).toString(), q.value(1).toByteArray(),
                q.value(2).toByteArray() });
    }
    return rows;
}

std::optional<QStringList> SqliteEventStore::unchangedCommands(const QString &meetingId)
{
    QStringList keys;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT command_key FROM unchanged_commands WHERE meeting_id = ?"));
    q.bindValue(0, meetingId);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading unchanged commands failed:" << lastError(q);
        return std::nullopt;
    }
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

QStringList SqliteEventStore::meetingIds()
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT DISTINCT meeting_id FROM events ORDER BY meeting_id"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

std::vector<StoredEvent> SqliteEventStore::events(const QString &meetingId)
{
    std::vector<StoredEvent> events;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, body, previous_hash, hash, command_key FROM events"
                             " WHERE meeting_id = ? ORDER BY seq"));
    q.bindValue(0, meetingId);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading events failed:" << lastError(q);
        return events;
    }
    return readEvents(q, meetingId, Columns::WithChain);
}

std::vector<StoredEvent> SqliteEventStore::eventRange(
    const QString &meetingId, quint64 first, quint64 last)
{
    // A tablet catching up over big strokes asks this once per frame: prepared once.
    if (!m_eventRange) {
        m_eventRange.emplace(m_db);
        m_eventRange->setForwardOnly(true);
        m_eventRange->prepare(
            QStringLiteral("SELECT seq, body FROM events"
                           " WHERE meeting_id = ? AND seq BETWEEN ? AND ? ORDER BY seq"));
    }
    QSqlQuery &q = *m_eventRange;
    q.bindValue(0, meetingId);
    q.bindValue(1, qint64(first));
    q.bindValue(2, qint64(last));
    std::vector<StoredEvent> events;
    if (!q.exec()) {
        qCWarning(lcStore) << "reading events" << first << "to" << last
                           << "failed:" << lastError(q);
        return events;
    }
    events = readEvents(q, meetingId, Columns::SeqAndBody);
    q.finish(); // no read transaction left open: the writer's checkpoints need none
    return events;
}

std::optional<QString> SqliteEventStore::participantForSecret(
    const QString &meetingId, const QByteArray &secretHash)
{
    // Every Hello asks this: prepared once (a room joining at once is thousands of Hellos).
    if (!m_findSecret) {
        m_findSecret.emplace(m_db);
        m_findSecret->prepare(QStringLiteral(
            "SELECT participant_id FROM credentials WHERE meeting_id = ? AND secret_hash = ?"));
    }
    QSqlQuery &q = *m_findSecret;
    q.bindValue(0, meetingId);
    q.bindValue(1, secretHash);
    std::optional<QString> participant;
    if (q.exec() && q.next())
        participant = q.value(0).toString();
    q.finish();
    return participant;
}

std::optional<StoredDeviceToken> SqliteEventStore::deviceForToken(
    const QString &meetingId, const QByteArray &tokenHash)
{
    // Every reconnect asks this, like participantForSecret: prepared once.
    if (!m_findToken) {
        m_findToken.emplace(m_db);
        m_findToken->prepare(QStringLiteral("SELECT participant_id, device_key FROM device_tokens"
                                            " WHERE meeting_id = ? AND token_hash = ?"));
    }
    QSqlQuery &q = *m_findToken;
    q.bindValue(0, meetingId);
    q.bindValue(1, tokenHash);
    std::optional<StoredDeviceToken> device;
    if (q.exec() && q.next())
        device = StoredDeviceToken{ meetingId, tokenHash, q.value(0).toString(),
            q.value(1).toString() };
    q.finish();
    return device;
}

QByteArray SqliteEventStore::setting(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

bool SqliteEventStore::setSetting(const QString &key, const QByteArray &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return q.exec();
}

bool SqliteEventStore::removeSetting(const QString &key)
{
    // secure_delete zeroes the freed bytes (left on: main turns it on for good, for the secret
    // ballot boxes); the checkpoint then rewrites the database file and empties the WAL, so no
    // page with the old value stays readable (e.g. the secret key that moved to its own file:
    // a copied database must not carry it).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return false;
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    return q.exec() && QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool SqliteEventStore::removeMeeting(const QString &meetingId, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const char *table :
        { "events", "credentials", "device_tokens", "unchanged_commands", "ballot_box" }) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(QLatin1String(table)));
        q.bindValue(0, meetingId);
        if (!q.exec()) {
            *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

} // namespace quorum
