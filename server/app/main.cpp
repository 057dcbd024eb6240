// quorum-server: the room server. Everything it does lives in the libraries; this file only
// reads the command line and wires them together.
#include "announcer.h"
#include "archivecommands.h"
#include "backupcommands.h"
#include "joincards.h"
#include "joininfo.h"
#include "blobstore.h"
#include "certfingerprint.h"
#include "filelimit.h"
#include "tlsidentity.h"
#include "documentloader.h"
#include "meetingloader.h"
#include "processexporter.h"
#include "roomserver.h"
#include "serverconfigfile.h"
#include "secretkeyfile.h"
#include "signingkey.h"
#include "sqliteeventstore.h"
#include "systemclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace quorum;

namespace {
int signalPipe[2];

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] ssize_t ignored = ::write(signalPipe[1], &byte, 1);
}

/** Quit cleanly on SIGINT/SIGTERM: the store closes and the last commit is whole. */
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QString demoMeetingPath()
{
    // Installed (/usr/bin/../share/quorum/assets, the package's) before the source tree's.
    for (const QString &dir : {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/quorum/assets"),
                               QStringLiteral(QUORUM_ASSETS_DIR)}) {
        const QString path = dir + QStringLiteral("/demo/meeting.json");
        if (QFile::exists(path))
            return path;
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    // Debian's Qt uses the glib event dispatcher, which roughly doubles the cost of a
    // broadcast to thousands of sockets (TOOLCHAIN.md); the plain one is free.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // `--version` and the store's schema history say which build this is.
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION " (commit " QUORUM_GIT_COMMIT ")"));
    // `quorum-server backup ...` and `quorum-server restore ...` run instead of the server.
    if (const int code = runBackupCommand(argc, argv); code >= 0)
        return code;
    // `quorum-server export ...` and `quorum-server verify ...` run instead of the server.
    if (const int code = runArchiveCommand(argc, argv); code >= 0)
        return code;
    // `quorum-server cards FILE --out PDF` prints the join cards of a meeting file.
    if (const int code = runCardsCommand(argc, argv); code >= 0)
        return code;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quorum-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Quorum room server: holds the meetings of a room and serves the tablets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  QStringLiteral("TCP port to listen on (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("7450"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                    QStringLiteral("address"), QStringLiteral("0.0.0.0"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")},
                                  QStringLiteral("Folder of the SQLite event log."),
                                  QStringLiteral("dir"), QStringLiteral("data"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Load the demo meeting."));
    const QCommandLineOption meeting({QStringLiteral("m"), QStringLiteral("meeting")},
                                     QStringLiteral("Load a meeting definition file (JSON); repeatable."),
                                     QStringLiteral("file"));
    const QCommandLineOption publicHost(QStringLiteral("public-host"),
                                        QStringLiteral("Host name or address put in join links (default: this machine's LAN address)."),
                                        QStringLiteral("host"));
    const QCommandLineOption noQr(QStringLiteral("no-qr"), QStringLiteral("Do not draw join QR codes."));
    const QCommandLineOption portFile(QStringLiteral("port-file"),
                                      QStringLiteral("Write the port actually listened on to this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("Attach a PDF to an agenda item of the first meeting (item=path); repeatable."),
                                      QStringLiteral("item=path"));
    QCommandLineOption helloTimeout(QStringLiteral("hello-timeout-ms"),
                                    QStringLiteral("Close connections that say no Hello within this time."),
                                    QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("The office's own TLS certificate (PEM, chain after it); default: "
                                                    "one made on first run in the data folder."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("The private key (PEM) of --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      QStringLiteral("Plain ws:// without TLS: PINs, votes and documents readable on "
                                                     "the network. For tests of plain mode only."));
    const QCommandLineOption handshakeTimeout(QStringLiteral("handshake-timeout-ms"),
                                              QStringLiteral("Close connections that have not finished TLS and the "
                                                             "WebSocket upgrade within this time."),
                                              QStringLiteral("ms"), QString::number(ServerConfig().handshakeTimeoutMs));
    const QCommandLineOption maxUnauthenticated(QStringLiteral("max-unauthenticated"),
                                                QStringLiteral("Connections kept before their Hello; past it the oldest is closed."),
                                                QStringLiteral("count"), QString::number(ServerConfig().maxUnauthenticated));
    const QCommandLineOption maxDevices(QStringLiteral("max-devices-per-participant"),
                                        QStringLiteral("Devices of one participant connected at once (default 5)."),
                                        QStringLiteral("n"), QString::number(ServerConfig().maxDevicesPerParticipant));
    const QCommandLineOption participantRate(
            QStringLiteral("participant-commands-per-second"),
            QStringLiteral("Commands per second of one participant, all devices together (default 50, burst 2 s)."),
            QStringLiteral("n"), QString::number(ServerConfig().commandsPerSecond));
    const QCommandLineOption noAnnounce(QStringLiteral("no-announce"),
                                        QStringLiteral("Do not announce the meetings on the network (DNS-SD/mDNS "
                                                       "_quorum._tcp): tablets then join by address or card only."));
    const QList<QCommandLineOption> options{port, listen, data, demo, meeting, publicHost, noQr, portFile, helloTimeout, document, tlsCert, tlsKey,
                                            insecure, handshakeTimeout, maxUnauthenticated, maxDevices, participantRate,
                                            noAnnounce, configFileOption()};
    parser.addOptions(options);
    // --config FILE: the file's settings, each named like its option, under the command line's.
    QString configError;
    const QStringList arguments = withConfigFile(app.arguments(), options, &configError);
    if (arguments.isEmpty()) {
        QTextStream(stderr) << "quorum-server: " << configError << "\n";
        return 2;
    }
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString dataDir = parser.value(data);
    if (!QDir().mkpath(dataDir)) {
        err << "quorum-server: cannot create data folder " << dataDir << "\n";
        return 2;
    }
    SqliteEventStore store(QDir(dataDir).filePath(QStringLiteral("quorum.sqlite")));
    QString error;
    if (!store.open(&error)) {
        err << "quorum-server: cannot open the event log: " << error << "\n";
        return 2;
    }
    // The key that signs this server's meeting archives: made on first run, kept beside the log.
    const auto signingKey = archive::SigningKey::loadOrCreate(signingKeyPath(dataDir), &error);
    if (!signingKey) {
        err << "quorum-server: " << error << "\n";
        return 2;
    }
    // PINs and device tokens are hashed under a key kept apart from the database.
    QString keyNotice;
    const auto secretKey = loadOrCreateSecretKey(secretKeyPath(dataDir), store, &error, &keyNotice);
    if (!secretKey) {
        err << "quorum-server: " << error << "\n";
        return 2;
    }
    if (!keyNotice.isEmpty())
        out << "quorum-server: " << keyNotice << "\n";
    SystemClock clock;
    ServerConfig config;
    config.maxDevicesPerParticipant = parser.value(maxDevices).toInt();
    config.commandsPerSecond = parser.value(participantRate).toDouble();
    config.commandBurst = 2 * config.commandsPerSecond;
    config.address = QHostAddress(parser.value(listen));
    config.port = quint16(parser.value(port).toUInt());
    config.helloTimeoutMs = parser.value(helloTimeout).toInt();
    config.handshakeTimeoutMs = parser.value(handshakeTimeout).toInt();
    config.maxUnauthenticated = qMax(1, parser.value(maxUnauthenticated).toInt());
    // Descriptors: the largest room measured (2,000 tablets, docs/benchmarks.md), every
    // connection allowed to be unauthenticated, and files and pipes of the server itself.
    const long neededFiles = 2000 + config.maxUnauthenticated + 64;
    QString limitWarning;
    const long fileLimit = raiseFileLimit(neededFiles, &limitWarning);
    if (!limitWarning.isEmpty())
        err << "quorum-server: warning: " << limitWarning << "\n";

    // TLS unless told otherwise: the certificate is the room's identity, pinned by tablets.
    std::optional<TlsIdentity> tls;
    if (parser.isSet(insecure)) {
        if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
            err << "quorum-server: --insecure and --tls-cert/--tls-key exclude each other\n";
            return 2;
        }
    } else if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << "quorum-server: --tls-cert and --tls-key go together\n";
        return 2;
    } else {
        tls = parser.isSet(tlsCert) ? TlsIdentity::load(parser.value(tlsCert), parser.value(tlsKey), &error)
                                    : TlsIdentity::loadOrCreate(dataDir, &error);
        if (!tls) {
            err << "quorum-server: " << error << "\n";
            return 2;
        }
    }
    // Document bytes by SHA-256 beside the event log (docs/documents.md). Made before the
    // server, so that it outlives the server's workers.
    BlobStore blobs(QDir(dataDir).filePath(QStringLiteral("blobs")));
    if (!blobs.open(&error)) {
        err << "quorum-server: " << error << "\n";
        return 2;
    }
    RoomServer server(config, store, clock, *secretKey);
    if (tls)
        server.setTls(tls->serverConfiguration());
    if (!server.setBlobStore(&blobs, &error)) {
        err << "quorum-server: " << error << "\n";
        return 2;
    }
    // PDFs uploaded from tablets wait here until they are whole and ingested.
    if (!server.setUploadDirectory(QDir(dataDir).filePath(QStringLiteral("uploads")), &error)) {
        err << "quorum-server: " << error << "\n";
        return 2;
    }
    server.setSigningFingerprint(signingKey->fingerprint());
    // ExportMinutes from a tablet: this same binary's `export` in a child process.
    ProcessMinutesExporter exporter(QCoreApplication::applicationFilePath(), QDir(dataDir).absolutePath(),
                                    blobs, signingKey->fingerprint());
    server.setMinutesExporter(&exporter);
    if (!server.loadMeetings(&error)) {
        err << "quorum-server: the event log does not verify: " << error << "\n";
        return 3;
    }

    QStringList files = parser.values(meeting);
    if (parser.isSet(demo)) {
        const QString path = demoMeetingPath();
        if (path.isEmpty()) {
            err << "quorum-server: the demo meeting (assets/demo/meeting.json) is not installed\n";
            return 2;
        }
        files.prepend(path);
    }
    std::vector<LoadedMeeting> loaded;
    for (const QString &file : files) {
        auto meetingLoaded = loadMeetingFile(server, file, &error);
        if (!meetingLoaded) {
            err << "quorum-server: " << error << "\n";
            return 2;
        }
        // A meeting defined by an earlier run has its documents in its log already.
        if (meetingLoaded->created
            && !attachStartupDocuments(server, store, blobs, meetingLoaded->meetingId,
                                       meetingFileDocuments(file, meetingLoaded->file.documents), &error)) {
            err << "quorum-server: " << error << "\n";
            return 2;
        }
        loaded.push_back(std::move(*meetingLoaded));
    }
    if (parser.isSet(document)) {
        std::vector<StartupDocument> extra;
        for (const QString &value : parser.values(document)) {
            const int eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                err << "quorum-server: --document wants item=path, not " << value << "\n";
                return 2;
            }
            extra.push_back({value.left(eq), value.mid(eq + 1)});
        }
        const QStringList ids = server.meetingIds();
        const QString target = loaded.empty() ? (ids.isEmpty() ? QString() : ids.first()) : loaded.front().meetingId;
        if (!attachStartupDocuments(server, store, blobs, target, extra, &error)) {
            err << "quorum-server: " << error << "\n";
            return 2;
        }
    }
    if (!server.listen(&error)) {
        err << "quorum-server: cannot listen: " << error << "\n";
        return 2;
    }
    const QString host = parser.isSet(publicHost) ? parser.value(publicHost) : lanAddress();
    const QString fingerprint = tls ? tls->fingerprint() : QString();
    if (!tls)
        err << "quorum-server: WARNING: --insecure: no TLS. Anyone on this network can read every PIN, "
               "vote and document, and pose as this server. Never use it for a real meeting.\n";
    for (const LoadedMeeting &m : loaded)
        printJoinInfo(out, m, host, server.port(), fingerprint, !parser.isSet(noQr));
    // The meetings of this run on the LAN, so that tablets list them (docs/protocol.md).
    std::unique_ptr<Announcer> announcer;
    QString notAnnounced;
    QStringList announced;
    for (const LoadedMeeting &m : loaded)
        announced << m.meetingId;
    if (!parser.isSet(noAnnounce)
        && !(announcer = startAnnouncer(server, announced.isEmpty() ? server.meetingIds() : announced,
                                        config.address, fingerprint, &notAnnounced)))
        err << "quorum-server: not announcing the meetings on the network (" << notAnnounced
            << "): tablets join by address or card" << Qt::endl;
    if (parser.isSet(portFile)) {
        QFile f(parser.value(portFile));
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray::number(server.port()));
    }
    out << "quorum-server " << QCoreApplication::applicationVersion() << " listening on port "
        << server.port() << " with " << server.meetingIds().size() << " meeting(s), data in "
        << QDir(dataDir).absolutePath() << "\n";
    if (tls)
        out << "TLS certificate fingerprint (SHA-256): " << groupedFingerprint(fingerprint) << "\n";
    out << "archive signing key (Ed25519) fingerprint " << signingKey->fingerprint() << "\n";
    out << "open-file limit " << fileLimit << "\n";
    out.flush();
    quitOnSignals(app);
    return app.exec();
}
