// Backup and restore of a data folder. What a data folder holds (docs/architecture.md):
// quorum.sqlite (the event log, credentials, ballot boxes), the server's keys (*.pem and any
// other key file beside it), blobs/ (documents by hash); uploads/ and exports/ are
// scratch space the server empties itself, and are left out.
#include "backupcommands.h"

#include "commandline.h"

#include "hashchain.h"
#include "sqlitebackup.h"
#include "sqliteeventstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace quorum {

namespace {
const QString DatabaseName = QStringLiteral("quorum.sqlite");
const QString ManifestName = QStringLiteral("quorum-backup.json");
const QString ManifestFormat = QStringLiteral("quorum-backup/1");
// The work files of a backup written into the data folder itself are not part of it.
const QString ScratchPrefix = QStringLiteral(".quorum-backup-");
const QString PartSuffix = QStringLiteral(".part");

using ArchivePtr = std::unique_ptr<struct archive, int (*)(struct archive *)>;

/** Files of the data folder that a backup carries, relative to it. */
QStringList filesToKeep(const QString &dataDir, const QString &outFile)
{
    QStringList files;
    const QDir dir(dataDir);
    const QString out = QFileInfo(outFile).absoluteFilePath();
    QDirIterator it(
        dataDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = dir.relativeFilePath(path);
        // The database comes from the online copy; its journal files are part of it.
        if (relative.startsWith(DatabaseName) || relative.startsWith(QLatin1String("uploads/"))
            || relative.startsWith(QLatin1String("exports/")) || relative.startsWith(ScratchPrefix)
            || QFileInfo(path).absoluteFilePath() == out
            || QFileInfo(path).absoluteFilePath() == out + PartSuffix)
            continue;
        files << relative;
    }
    files.sort();
    return files;
}

bool addFile(struct archive *a, const QString &source, const QString &name, QString *error)
{
    QFile f(source);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(source, f.errorString());
        return false;
    }
    std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(
        archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), QFile::encodeName(name).constData());
    archive_entry_set_size(entry.get(), f.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0600); // keys and the log are for the server's user only
    archive_entry_set_mtime(entry.get(), QFileInfo(f).lastModified().toSecsSinceEpoch(), 0);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(a));
        return false;
    }
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (archive_write_data(a, chunk.constData(), size_t(chunk.size())) != chunk.size()) {
            *error = QString::fromUtf8(archive_error_string(a));
            return false;
        }
    }
    return true;
}

} // namespace

int backupCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies a data folder (event log, keys, documents) into one file, while the server runs."));
    parser.addHelpOption();
    const QCommandLineOption data
        = dataFolderOption(QStringLiteral("The server's data folder."), {});
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("The backup file to write (.tar.gz)."), QStringLiteral("file"));
    parser.addOptions({ data, out });
    parser.addPositionalArgument(QStringLiteral("backup"), QStringLiteral("the command"));
    parser.process(app);
    QTextStream err(stderr), stdOut(stdout);
    if (!parser.isSet(data) || !parser.isSet(out) || parser.positionalArguments().size() != 1) {
        err << "usage: quorum-server backup --data DIR --out FILE\n";
        return 2;
    }
    const QString dataDir = parser.value(data);
    const QString outFile = parser.value(out);
    if (!QFile::exists(QDir(dataDir).filePath(DatabaseName))) {
        err << "quorum-server backup: " << dataDir << " holds no " << DatabaseName << "\n";
        return 2;
    }
    // Beside the output, so that the copy of the log is on the same disk as the result.
    QTemporaryDir scratch(
        QFileInfo(outFile).absoluteDir().filePath(ScratchPrefix + QStringLiteral("XXXXXX")));
    QString error;
    const QString dbCopy = scratch.filePath(DatabaseName);
    // The log first: every document or key it refers to was written before it, and none is
    // ever removed, so the files copied next hold all it needs.
    if (!scratch.isValid()
        || !copySqliteDatabase(QDir(dataDir).filePath(DatabaseName), dbCopy, &error)) {
        err << "quorum-server backup: " << (scratch.isValid() ? error : scratch.errorString())
            << "\n";
        return 1;
    }
    const QStringList files = filesToKeep(dataDir, outFile);
    const QString manifestPath = scratch.filePath(ManifestName);
    {
        QFile manifest(manifestPath);
        if (!manifest.open(QIODevice::WriteOnly)) {
            err << "quorum-server backup: " << manifest.errorString() << "\n";
            return 1;
        }
        manifest.write(
            QJsonDocument(QJsonObject{ { QStringLiteral("format"), ManifestFormat },
                              { QStringLiteral("server"), QCoreApplication::applicationVersion() },
                              { QStringLiteral("created"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                              { QStringLiteral("files"), files.size() + 1 } })
                .toJson());
    }
    const QString partial = outFile + PartSuffix;
    // The backup holds the hashing key, the TLS key and the token hashes: the owner's alone,
    // before libarchive writes a byte into it (it keeps an existing file's mode).
    {
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            err << "quorum-server backup: cannot write " << partial << ": " << out.errorString()
                << "\n";
            return 1;
        }
    }
    ArchivePtr a(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(a.get());
    archive_write_add_filter_gzip(a.get());
    bool ok = archive_write_open_filename(a.get(), QFile::encodeName(partial).constData())
        == ARCHIVE_OK;
    if (!ok)
        error = QString::fromUtf8(archive_error_string(a.get()));
    ok = ok && addFile(a.get(), manifestPath, ManifestName, &error)
        && addFile(a.get(), dbCopy, DatabaseName, &error);
    qint64 bytes = QFileInfo(dbCopy).size();
    for (const QString &file : files) {
        if (!ok)
            break;
        ok = addFile(a.get(), QDir(dataDir).filePath(file), file, &error);
        bytes += QFileInfo(QDir(dataDir).filePath(file)).size();
    }
    ok = ok && archive_write_close(a.get()) == ARCHIVE_OK;
    if (!ok || !QFile::rename(partial, outFile)) {
        err << "quorum-server backup: cannot write " << outFile << ": "
            << (error.isEmpty() ? QStringLiteral("it exists already") : error) << "\n";
        QFile::remove(partial);
        return 1;
    }
    stdOut << "backup " << outFile << ": the event log and " << files.size() << " file(s), "
           << bytes << " bytes from " << QDir(dataDir).absolutePath() << "\n";
    return 0;
}

namespace {
/** A path from the archive that stays inside the data folder. */
bool safeName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(QLatin1Char('/'))
        && !name.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}
} // namespace

int restoreCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Puts a backup made by `quorum-server backup` into an empty data folder."));
    parser.addHelpOption();
    const QCommandLineOption data
        = dataFolderOption(QStringLiteral("The data folder to fill (missing or empty)."), {});
    parser.addOption(data);
    parser.addPositionalArgument(QStringLiteral("restore"), QStringLiteral("the command"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The backup file."));
    parser.process(app);
    QTextStream err(stderr), stdOut(stdout);
    if (!parser.isSet(data) || parser.positionalArguments().size() != 2) {
        err << "usage: quorum-server restore FILE --data DIR\n";
        return 2;
    }
    const QString file = parser.positionalArguments().at(1);
    const QDir dir(parser.value(data));
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        err << "quorum-server restore: " << dir.path()
            << " is not empty; restore into an empty folder (move the old one aside first)\n";
        return 2;
    }
    if (!QDir().mkpath(dir.path())
        || !QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        err << "quorum-server restore: cannot make " << dir.path() << "\n";
        return 1;
    }
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(a.get());
    archive_read_support_filter_gzip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(file).constData(), 1 << 16)
        != ARCHIVE_OK) {
        err << "quorum-server restore: " << archive_error_string(a.get()) << "\n";
        return 1;
    }
    archive_entry *entry = nullptr;
    bool sawManifest = false;
    int count = 0;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const QString name = QFile::decodeName(archive_entry_pathname(entry));
        if (!safeName(name) || archive_entry_filetype(entry) != AE_IFREG) {
            err << "quorum-server restore: " << file << " holds " << name
                << ", which no backup holds\n";
            return 1;
        }
        const QString target = dir.filePath(name);
        // Subfolders (blobs) are the owner's alone, like the data folder itself.
        for (QString folder = QFileInfo(target).absolutePath();
             folder.startsWith(dir.absolutePath() + QLatin1Char('/'));
             folder = QFileInfo(folder).absolutePath()) {
            if (QDir().mkpath(folder))
                QFile::setPermissions(
                    folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly)
            || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            err << "quorum-server restore: cannot write " << target << "\n";
            return 1;
        }
        char buffer[1 << 16];
        la_ssize_t n;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
            if (f.write(buffer, n) != n) { // a full disk must not end in "restored"
                err << "quorum-server restore: cannot write " << target << ": " << f.errorString()
                    << "\n";
                return 1;
            }
        }
        if (n < 0) {
            err << "quorum-server restore: " << archive_error_string(a.get()) << "\n";
            return 1;
        }
        if (!f.flush()) {
            err << "quorum-server restore: cannot write " << target << ": " << f.errorString()
                << "\n";
            return 1;
        }
        f.close();
        if (name == ManifestName) {
            QFile m(target);
            m.open(QIODevice::ReadOnly);
            sawManifest = QJsonDocument::fromJson(m.readAll())
                              .object()
                              .value(QStringLiteral("format"))
                              .toString()
                == ManifestFormat;
            m.close();
            m.remove();
        }
        ++count;
    }
    if (rc != ARCHIVE_EOF) {
        err << "quorum-server restore: " << file << " is damaged: " << archive_error_string(a.get())
            << "\n";
        return 1;
    }
    if (!sawManifest || !QFile::exists(dir.filePath(DatabaseName))) {
        err << "quorum-server restore: " << file << " is not a Quorum backup\n";
        return 1;
    }
    // The log opens as the server opens it (a migration too, for a backup of an older
    // version), and every meeting's chain is checked before anyone relies on it.
    SqliteEventStore store(dir.filePath(DatabaseName));
    QString error;
    if (!store.open(&error)) {
        err << "quorum-server restore: " << error << "\n";
        return 1;
    }
    const QStringList meetings = store.meetingIds();
    for (const QString &meeting : meetings) {
        std::vector<hashchain::Link> chain;
        for (const StoredEvent &e : store.events(meeting))
            chain.push_back({ e.bytes, e.previousHash, e.hash });
        if (const qsizetype broken = hashchain::firstBroken(chain); broken >= 0) {
            err << "quorum-server restore: meeting " << meeting
                << ": the hash chain breaks at event " << broken + 1 << "\n";
            return 1;
        }
    }
    stdOut << "restored " << count - 1 << " file(s) into " << dir.absolutePath() << ": "
           << meetings.size() << " meeting(s), every hash chain verified\n";
    return 0;
}

} // namespace quorum
