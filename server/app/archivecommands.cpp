// The archive's command-line face: export a stored meeting, verify an archive. They run
// instead of the server, each with the application object it needs (QPdfWriter wants a
// QGuiApplication; offscreen is enough on a server without a display).
#include "archivecommands.h"

#include "commandline.h"

#include "meetingexport.h"
#include "signingkey.h"
#include "sqliteeventstore.h"
#include "verifier.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

namespace quorum {

QString signingKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server-ed25519.pem"));
}

int verifyCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a Quorum meeting archive: every hash, the event log's chain and the signature."));
    parser.addHelpOption();
    const QCommandLineOption key(QStringLiteral("key"),
        QStringLiteral("The fingerprint of the server key that must have signed it."),
        QStringLiteral("fingerprint"));
    parser.addOption(key);
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("the command"));
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The archive file."));
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << "usage: quorum-server verify ARCHIVE [--key FINGERPRINT]\n";
        return 2;
    }
    const QString path = parser.positionalArguments().at(1);
    const archive::VerifyReport report = archive::verifyArchive(path, parser.value(key));
    out << "verify " << path << "\n";
    for (const QString &line : report.checked)
        out << "  ok: " << line << "\n";
    for (const QString &line : report.problems)
        out << "  FAILED: " << line << "\n";
    out << (report.ok() ? "archive verified\n"
                        : QStringLiteral("archive does NOT verify: %1 problem(s)\n")
                              .arg(report.problems.size()));
    return report.ok() ? 0 : 1;
}

int exportCommand(int argc, char *argv[])
{
    useOffscreenPlatform();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a stored meeting's signed archive: minutes (vi, en), documents, event log."));
    parser.addHelpOption();
    const QCommandLineOption data = dataFolderOption();
    const QCommandLineOption out({ QStringLiteral("o"), QStringLiteral("out") },
        QStringLiteral("The archive to write."), QStringLiteral("file"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
        QStringLiteral("Time zone of the times in the minutes (IANA id; default: this machine's)."),
        QStringLiteral("zone"));
    parser.addOptions({ data, out, zone });
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("the command"));
    parser.addPositionalArgument(QStringLiteral("meeting"), QStringLiteral("The meeting id."));
    parser.process(app);
    QTextStream cout(stdout), err(stderr);
    if (parser.positionalArguments().size() != 2 || !parser.isSet(out)) {
        err << "usage: quorum-server export MEETING --data DIR --out FILE [--time-zone ZONE]\n";
        return 2;
    }
    const QString meetingId = parser.positionalArguments().at(1);
    const QString dataDir = parser.value(data);
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("quorum.sqlite"));
    if (!QFile::exists(dbPath)) {
        err << "quorum-server export: no event log in " << dataDir << "\n";
        return 2;
    }
    SqliteEventStore store(dbPath);
    QString error;
    if (!store.open(&error)) {
        err << "quorum-server export: cannot open the event log: " << error << "\n";
        return 2;
    }
    auto key = archive::SigningKey::loadOrCreate(signingKeyPath(dataDir), &error);
    if (!key) {
        err << "quorum-server export: " << error << "\n";
        return 2;
    }
    archive::ExportOptions options;
    options.blobDirectory = QDir(dataDir).filePath(QStringLiteral("blobs"));
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(zone)) {
        options.render.zone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.render.zone.isValid()) {
            err << "quorum-server export: unknown time zone " << parser.value(zone) << "\n";
            return 2;
        }
    }
    archive::ExportResult result;
    if (!archive::exportMeeting(
            store, meetingId, parser.value(out), *key, options, &result, &error)) {
        err << "quorum-server export: " << error << "\n";
        return 2;
    }
    cout << "exported meeting " << meetingId << " (" << result.events << " events) to "
         << parser.value(out) << ": " << result.members << " members, signed by "
         << key->fingerprint() << "\n";
    if (!result.approved)
        cout << "  the minutes are not approved: marked DỰ THẢO / DRAFT\n";
    for (const QString &note : result.notes)
        cout << "  " << note << "\n";
    return 0;
}

} // namespace quorum
