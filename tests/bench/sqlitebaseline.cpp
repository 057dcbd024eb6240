// bench-sqlite-baseline: what durability costs without group commit. Inserts N event rows
// into a table shaped like the server's event log (same Qt driver, same SQLite 3.40, WAL,
// synchronous=FULL), one transaction — one fsync — per row. Prints JSON:
//  - per_row_commit_*: how long one row's transaction takes;
//  - simultaneous_ack_*: N rows that arrived at once and are made durable one after the
//    other, i.e. row k is acknowledged after k commits: the "cast to durable ack" a server
//    without group commit would give N simultaneous voters.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}
double round2(double v)
{
    return std::round(v * 100) / 100;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("rows"), QStringLiteral("Rows (default 1000)"),
                            QStringLiteral("n"), QStringLiteral("1000") },
        { QStringLiteral("dir"), QStringLiteral("Folder for the database"),
            QStringLiteral("dir") } });
    parser.process(app);
    const int rows = std::clamp(parser.value(QStringLiteral("rows")).toInt(), 1, 100000);
    const QString dir = parser.value(QStringLiteral("dir"));
    QTextStream err(stderr);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        err << "bench-sqlite-baseline: --dir is required\n";
        return 2;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("baseline.sqlite"));
    QFile::remove(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open()) {
        err << "bench-sqlite-baseline: " << db.lastError().text() << "\n";
        return 2;
    }
    QSqlQuery q(db);
    for (const char *sql : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "CREATE TABLE events (meeting_id TEXT NOT NULL, seq INTEGER NOT NULL,"
             " body BLOB NOT NULL, previous_hash BLOB NOT NULL, hash BLOB NOT NULL,"
             " command_key TEXT, PRIMARY KEY (meeting_id, seq))" }) {
        if (!q.exec(QString::fromLatin1(sql))) {
            err << "bench-sqlite-baseline: " << q.lastError().text() << "\n";
            return 2;
        }
    }
    // Shaped like a stored CurrentItemChanged event: ~40-byte body, two 32-byte hashes.
    const QByteArray body(40, 'e'), hash(32, 'h');
    std::vector<double> commitMs, ackMs;
    QElapsedTimer total;
    total.start();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO events VALUES ('bench', ?, ?, ?, ?, ?)"));
    for (int i = 1; i <= rows; ++i) {
        QElapsedTimer one;
        one.start();
        db.transaction();
        insert.bindValue(0, i);
        insert.bindValue(1, body);
        insert.bindValue(2, hash);
        insert.bindValue(3, hash);
        insert.bindValue(4, QStringLiteral("voter-%1/ballot").arg(i));
        if (!insert.exec() || !db.commit()) {
            err << "bench-sqlite-baseline: " << insert.lastError().text() << db.lastError().text()
                << "\n";
            return 2;
        }
        commitMs.push_back(double(one.nsecsElapsed()) / 1e6);
        ackMs.push_back(double(total.nsecsElapsed()) / 1e6);
    }
    const QJsonObject result{
        { QStringLiteral("rows"), rows },
        { QStringLiteral("journal_mode"), QStringLiteral("wal") },
        { QStringLiteral("synchronous"), QStringLiteral("full") },
        { QStringLiteral("per_row_commit_p50_ms"), round2(percentile(commitMs, 50)) },
        { QStringLiteral("per_row_commit_p99_ms"), round2(percentile(commitMs, 99)) },
        { QStringLiteral("simultaneous_ack_p50_ms"), round2(percentile(ackMs, 50)) },
        { QStringLiteral("simultaneous_ack_p99_ms"), round2(percentile(ackMs, 99)) },
        { QStringLiteral("total_ms"), round2(double(total.nsecsElapsed()) / 1e6) },
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
