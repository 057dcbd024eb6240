// quorum-server: the room server. Everything it does lives in the libraries; this file only
// reads the command line and wires them together.
#include "announcer.h"
#include "archivecommands.h"
#include "backupcommands.h"
#include "blobstore.h"
#include "cardscommand.h"
#include "certfingerprint.h"
#include "commandline.h"
#include "documentloader.h"
#include "filelimit.h"
#include "formexportcommand.h"
#include "heapreport.h"
#include "joininfo.h"
#include "meetingloader.h"
#include "organiseraccount.h"
#include "processexporter.h"
#include "processformexporter.h"
#include "roomserver.h"
#include "rostercommand.h"
#include "secretkeyfile.h"
#include "serverconfigfile.h"
#include "signingkey.h"
#include "sqliteeventstore.h"
#include "systemclock.h"
#include "tlsidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstring>
#include <memory>
#include <optional>
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
    for (const QString &dir :
        { QCoreApplication::applicationDirPath() + QStringLiteral("/../share/quorum/assets"),
            QStringLiteral(QUORUM_ASSETS_DIR) }) {
        const QString path = dir + QStringLiteral("/demo/meeting.json");
        if (QFile::exists(path))
            return path;
    }
    return {};
}
/** The server's command line; each long option is also a key of a --config file. */
struct Options
{
    QCommandLineOption port{ { QStringLiteral("p"), QStringLiteral("port") },
        QStringLiteral("TCP port to listen on (0: any free port)."), QStringLiteral("port"),
        QStringLiteral("7450") };
    QCommandLineOption listen{ QStringLiteral("listen"), QStringLiteral("Address to listen on."),
        QStringLiteral("address"), QStringLiteral("0.0.0.0") };
    QCommandLineOption data = dataFolderOption(QStringLiteral("Folder of the SQLite event log."));
    QCommandLineOption demo{ QStringLiteral("demo"), QStringLiteral("Load the demo meeting.") };
    QCommandLineOption meeting{ { QStringLiteral("m"), QStringLiteral("meeting") },
        QStringLiteral("Load a meeting definition file (JSON); repeatable."),
        QStringLiteral("file") };
    QCommandLineOption publicHost{ QStringLiteral("public-host"),
        QStringLiteral(
            "Host name or address put in join links (default: this machine's LAN address)."),
        QStringLiteral("host") };
    QCommandLineOption noQr{ QStringLiteral("no-qr"),
        QStringLiteral("Do not draw join QR codes.") };
    QCommandLineOption portFile{ QStringLiteral("port-file"),
        QStringLiteral("Write the port actually listened on to this file."),
        QStringLiteral("file") };
    QCommandLineOption document{ QStringLiteral("document"),
        QStringLiteral(
            "Attach a PDF to an agenda item of the first meeting (item=path); repeatable."),
        QStringLiteral("item=path") };
    QCommandLineOption helloTimeout{ QStringLiteral("hello-timeout-ms"),
        QStringLiteral("Close connections that say no Hello within this time."),
        QStringLiteral("ms"), QStringLiteral("10000") };
    QCommandLineOption tlsCert{ QStringLiteral("tls-cert"),
        QStringLiteral("The office's own TLS certificate (PEM, chain after it); default: "
                       "one made on first run in the data folder."),
        QStringLiteral("file") };
    QCommandLineOption tlsKey{ QStringLiteral("tls-key"),
        QStringLiteral("The private key (PEM) of --tls-cert."), QStringLiteral("file") };
    QCommandLineOption insecure{ QStringLiteral("insecure"),
        QStringLiteral("Plain ws:// without TLS: PINs, votes and documents readable on "
                       "the network. For tests of plain mode only.") };
    QCommandLineOption handshakeTimeout{ QStringLiteral("handshake-timeout-ms"),
        QStringLiteral("Close connections that have not finished TLS and the "
                       "WebSocket upgrade within this time."),
        QStringLiteral("ms"), QString::number(ServerConfig().handshakeTimeoutMs) };
    QCommandLineOption maxUnauthenticated{ QStringLiteral("max-unauthenticated"),
        QStringLiteral("Connections kept before their Hello; past it the oldest is closed."),
        QStringLiteral("count"), QString::number(ServerConfig().maxUnauthenticated) };
    QCommandLineOption maxDevices{ QStringLiteral("max-devices-per-participant"),
        QStringLiteral("Devices of one participant connected at once (default 5)."),
        QStringLiteral("n"), QString::number(ServerConfig().maxDevicesPerParticipant) };
    QCommandLineOption participantRate{ QStringLiteral("participant-commands-per-second"),
        QStringLiteral("Commands per second of one participant, all devices together (default 50, "
                       "burst 2 s)."),
        QStringLiteral("n"), QString::number(ServerConfig().commandsPerSecond) };
    QCommandLineOption ioThreads{ QStringLiteral("io-threads"),
        QStringLiteral("Threads for the tablets' connections (TLS, WebSocket framing), beside the "
                       "one that decides and commits (default: one per core; 0: all on that one)."),
        QStringLiteral("n"), QString::number(QThread::idealThreadCount()) };
    QCommandLineOption countsInterval{ QStringLiteral("counts-interval-ms"),
        QStringLiteral("Longest a tablet that sees no voters' names waits for the count of "
                       "others' votes: at most one such frame per tablet per interval (default "
                       "200)."),
        QStringLiteral("ms"), QString::number(ServerConfig().countsIntervalMs) };
    QCommandLineOption ioEngine{ QStringLiteral("io-engine"),
        QStringLiteral("What runs the tablets' connections: `wire` (epoll and OpenSSL directly) "
                       "or `qt` (QWebSocket over QSslSocket)."),
        QStringLiteral("engine"), QStringLiteral("qt") };
    QCommandLineOption noAnnounce{ QStringLiteral("no-announce"),
        QStringLiteral("Do not announce the meetings on the network (DNS-SD/mDNS "
                       "_quorum._tcp): tablets then join by address or card only.") };
    QCommandLineOption newOrganiserSecret{ QStringLiteral("new-organiser-secret"),
        QStringLiteral("Print a new secret of the server's organiser (the organiser's desk); "
                       "the old one stops working. The first start prints one by itself.") };

    QList<QCommandLineOption> all() const
    {
        return { port, listen, data, demo, meeting, publicHost, noQr, portFile, helloTimeout,
            document, tlsCert, tlsKey, insecure, handshakeTimeout, maxUnauthenticated, maxDevices,
            participantRate, ioThreads, countsInterval, ioEngine, noAnnounce, newOrganiserSecret,
            configFileOption() };
    }
};

/** A start-up that cannot go on: what to print after "quorum-server: ", and the exit code. */
struct Failure
{
    QString message;
    int code = 2;
};

/** The command line, under it a --config file's settings (each named like its option). */
std::optional<Failure> parseArguments(
    const QCoreApplication &app, QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(
        QStringLiteral("Quorum room server: holds the meetings of a room and serves the tablets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(o.all());
    QString configError;
    const QStringList arguments = withConfigFile(app.arguments(), o.all(), &configError);
    if (arguments.isEmpty())
        return Failure{ configError };
    parser.process(arguments);
    const QString engine = parser.value(o.ioEngine);
    if (engine != QLatin1String("qt") && engine != QLatin1String("wire"))
        return Failure{ QStringLiteral("--io-engine is `wire` or `qt`, not `%1`").arg(engine) };
    return std::nullopt;
}

/** The limits and addresses of the command line; the rest keeps ServerConfig's defaults. */
ServerConfig serverConfig(const QCommandLineParser &parser, const Options &o)
{
    ServerConfig config;
    config.maxDevicesPerParticipant = parser.value(o.maxDevices).toInt();
    config.commandsPerSecond = parser.value(o.participantRate).toDouble();
    config.commandBurst = 2 * config.commandsPerSecond;
    config.address = QHostAddress(parser.value(o.listen));
    config.port = quint16(parser.value(o.port).toUInt());
    config.helloTimeoutMs = parser.value(o.helloTimeout).toInt();
    config.handshakeTimeoutMs = parser.value(o.handshakeTimeout).toInt();
    config.maxUnauthenticated = qMax(1, parser.value(o.maxUnauthenticated).toInt());
    config.ioThreads = qBound(0, parser.value(o.ioThreads).toInt(), 64);
    config.countsIntervalMs = qBound(0, parser.value(o.countsInterval).toInt(), 3'600'000);
    config.ioEngine = parser.value(o.ioEngine) == QLatin1String("qt")
        ? ServerConfig::IoEngine::Qt
        : ServerConfig::IoEngine::Wire;
    return config;
}

/** What the data folder holds for the server: the log, the archive key, the PIN key. */
struct DataFolder
{
    QString path;
    std::unique_ptr<SqliteEventStore> store;
    std::optional<archive::SigningKey> signingKey;
    QByteArray secretKey;
};

std::optional<Failure> openDataFolder(const QString &dataDir, DataFolder *data, QTextStream &out)
{
    data->path = dataDir;
    if (!QDir().mkpath(dataDir))
        return Failure{ QStringLiteral("cannot create data folder ") + dataDir };
    data->store = std::make_unique<SqliteEventStore>(
        QDir(dataDir).filePath(QStringLiteral("quorum.sqlite")));
    QString error;
    if (!data->store->open(&error))
        return Failure{ QStringLiteral("cannot open the event log: ") + error };
    // The key that signs this server's meeting archives: made on first run, kept beside the log.
    auto signingKey = archive::SigningKey::loadOrCreate(signingKeyPath(dataDir), &error);
    if (!signingKey)
        return Failure{ error };
    data->signingKey.emplace(std::move(*signingKey));
    // PINs and device tokens are hashed under a key kept apart from the database.
    QString keyNotice;
    const auto secretKey
        = loadOrCreateSecretKey(secretKeyPath(dataDir), *data->store, &error, &keyNotice);
    if (!secretKey)
        return Failure{ error };
    data->secretKey = *secretKey;
    if (!keyNotice.isEmpty())
        out << "quorum-server: " << keyNotice << "\n";
    return std::nullopt;
}

/** TLS unless told otherwise: the certificate is the room's identity, pinned by tablets. */
std::optional<Failure> tlsIdentity(const QCommandLineParser &parser, const Options &o,
    const QString &dataDir, std::optional<TlsIdentity> *tls)
{
    if (parser.isSet(o.insecure)) {
        if (parser.isSet(o.tlsCert) || parser.isSet(o.tlsKey))
            return Failure{ QStringLiteral(
                "--insecure and --tls-cert/--tls-key exclude each other") };
        return std::nullopt;
    }
    if (parser.isSet(o.tlsCert) != parser.isSet(o.tlsKey))
        return Failure{ QStringLiteral("--tls-cert and --tls-key go together") };
    QString error;
    *tls = parser.isSet(o.tlsCert)
        ? TlsIdentity::load(parser.value(o.tlsCert), parser.value(o.tlsKey), &error)
        : TlsIdentity::loadOrCreate(dataDir, &error);
    if (!*tls)
        return Failure{ error };
    return std::nullopt;
}

/** Where the server keeps document bytes and uploads, and who exports minutes; then the log. */
std::optional<Failure> prepareServer(RoomServer &server, const std::optional<TlsIdentity> &tls,
    BlobStore &blobs, ProcessMinutesExporter &exporter, const DataFolder &data)
{
    QString error;
    if (tls)
        server.setTls(tls->serverConfiguration());
    if (!server.setBlobStore(&blobs, &error))
        return Failure{ error };
    // PDFs uploaded from tablets wait here until they are whole and ingested.
    if (!server.setUploadDirectory(QDir(data.path).filePath(QStringLiteral("uploads")), &error))
        return Failure{ error };
    server.setSigningFingerprint(data.signingKey->fingerprint());
    server.setMinutesExporter(&exporter);
    if (!server.loadMeetings(&error))
        return Failure{ QStringLiteral("the event log does not verify: ") + error, 3 };
    return std::nullopt;
}

/**
 * The organiser's secret (docs/protocol.md, "The organiser's desk"): printed once, at the
 * first start or when asked for a new one, like a meeting file's PINs; only its hash is kept.
 */
std::optional<Failure> organiserSecret(
    const QCommandLineParser &parser, const Options &o, const DataFolder &data, QTextStream &out)
{
    const SecretHasher hasher(data.secretKey);
    OrganiserAccount account(*data.store, hasher);
    if (account.isSet() && !parser.isSet(o.newOrganiserSecret))
        return std::nullopt;
    const QString secret = account.issue();
    if (secret.isEmpty())
        return Failure{ QStringLiteral("cannot store the organiser's secret") };
    out << "organiser secret (shown once, keep it safe): " << secret << "\n";
    return std::nullopt;
}

/** The meeting files of the command line (--demo first), each with its documents when new. */
std::optional<Failure> loadMeetings(const QCommandLineParser &parser, const Options &o,
    RoomServer &server, EventStore &store, BlobStore &blobs, std::vector<LoadedMeeting> *loaded)
{
    QStringList files = parser.values(o.meeting);
    if (parser.isSet(o.demo)) {
        const QString path = demoMeetingPath();
        if (path.isEmpty())
            return Failure{ QStringLiteral(
                "the demo meeting (assets/demo/meeting.json) is not installed") };
        files.prepend(path);
    }
    QString error;
    for (const QString &file : files) {
        auto meetingLoaded = loadMeetingFile(server, file, &error);
        if (!meetingLoaded)
            return Failure{ error };
        // A meeting defined by an earlier run has its documents in its log already.
        if (meetingLoaded->created
            && !attachStartupDocuments(server, store, blobs, meetingLoaded->meetingId,
                meetingFileDocuments(file, meetingLoaded->file.documents), &error))
            return Failure{ error };
        loaded->push_back(std::move(*meetingLoaded));
    }
    return std::nullopt;
}

/** `--document item=path`: more PDFs for the first meeting loaded (or held). */
std::optional<Failure> attachDocumentOptions(const QCommandLineParser &parser, const Options &o,
    RoomServer &server, EventStore &store, BlobStore &blobs,
    const std::vector<LoadedMeeting> &loaded)
{
    if (!parser.isSet(o.document))
        return std::nullopt;
    std::vector<StartupDocument> extra;
    for (const QString &value : parser.values(o.document)) {
        const int eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Failure{ QStringLiteral("--document wants item=path, not ") + value };
        extra.push_back({ value.left(eq), value.mid(eq + 1) });
    }
    const QStringList ids = server.meetingIds();
    const QString target
        = loaded.empty() ? (ids.isEmpty() ? QString() : ids.first()) : loaded.front().meetingId;
    QString error;
    if (!attachStartupDocuments(server, store, blobs, target, extra, &error))
        return Failure{ error };
    return std::nullopt;
}

/** What a person starting the server needs to read: join links, fingerprints, limits. */
void printStartup(QTextStream &out, QTextStream &err, const QCommandLineParser &parser,
    const Options &o, const RoomServer &server, const std::vector<LoadedMeeting> &loaded,
    const std::optional<TlsIdentity> &tls, const DataFolder &data, long fileLimit)
{
    const QString host = parser.isSet(o.publicHost) ? parser.value(o.publicHost) : lanAddress();
    const QString fingerprint = tls ? tls->fingerprint() : QString();
    if (!tls)
        err << "quorum-server: WARNING: --insecure: no TLS. Anyone on this network can read every "
               "PIN, "
               "vote and document, and pose as this server. Never use it for a real meeting.\n";
    for (const LoadedMeeting &m : loaded)
        printJoinInfo(out, m, host, server.port(), fingerprint, !parser.isSet(o.noQr));
    // The desk's way in, at every start (also with no meeting at all): a secretary opens it on
    // a tablet with the organiser's secret and prepares the meetings there.
    const QString desk = deskLink(host, server.port(), fingerprint);
    out << "\norganiser's desk (open it on a tablet with the organiser's secret): " << desk << "\n";
    if (!parser.isSet(o.noQr))
        out << terminalQrCode(desk);
    if (parser.isSet(o.portFile)) {
        QFile f(parser.value(o.portFile));
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray::number(server.port()));
    }
    out << "quorum-server " << QCoreApplication::applicationVersion() << " listening on port "
        << server.port() << " with " << server.meetingIds().size() << " meeting(s), data in "
        << QDir(data.path).absolutePath() << "\n";
    if (tls)
        out << "TLS certificate fingerprint (SHA-256): " << groupedFingerprint(fingerprint) << "\n";
    out << "archive signing key (Ed25519) fingerprint " << data.signingKey->fingerprint() << "\n";
    out << "open-file limit " << fileLimit << "\n";
    out.flush();
}

/**
 * The meetings of this run on the LAN, so that tablets list them (docs/protocol.md); null when
 * told not to or when the network does not allow it (said once, the server serves all the same).
 */
std::unique_ptr<Announcer> announce(QTextStream &err, const QCommandLineParser &parser,
    const Options &o, RoomServer &server, const std::vector<LoadedMeeting> &loaded,
    const ServerConfig &config, const std::optional<TlsIdentity> &tls)
{
    if (parser.isSet(o.noAnnounce))
        return nullptr;
    QStringList announced;
    for (const LoadedMeeting &m : loaded)
        announced << m.meetingId;
    QString notAnnounced;
    auto announcer = startAnnouncer(server, announced.isEmpty() ? server.meetingIds() : announced,
        config.address, tls ? tls->fingerprint() : QString(), &notAnnounced);
    if (!announcer)
        err << "quorum-server: not announcing the meetings on the network (" << notAnnounced
            << "): tablets join by address or card" << Qt::endl;
    return announcer;
}

/** Runs the server until SIGINT or SIGTERM; returns the exit code. */
int serve(QCoreApplication &app, const QCommandLineParser &parser, const Options &o)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    auto fail = [&err](const Failure &failure) {
        err << "quorum-server: " << failure.message << "\n";
        return failure.code;
    };
    DataFolder data;
    if (const auto failure = openDataFolder(parser.value(o.data), &data, out))
        return fail(*failure);
    SystemClock clock;
    const ServerConfig config = serverConfig(parser, o);
    // Descriptors: the largest room measured (2,000 tablets, docs/benchmarks.md), every
    // connection allowed to be unauthenticated, and files and pipes of the server itself.
    const long neededFiles = 2000 + config.maxUnauthenticated + 64;
    QString limitWarning;
    const long fileLimit = raiseFileLimit(neededFiles, &limitWarning);
    if (!limitWarning.isEmpty())
        err << "quorum-server: warning: " << limitWarning << "\n";
    std::optional<TlsIdentity> tls;
    if (const auto failure = tlsIdentity(parser, o, data.path, &tls))
        return fail(*failure);
    // Document bytes by SHA-256 beside the event log (docs/documents.md). Made before the
    // server, so that it outlives the server's workers.
    BlobStore blobs(QDir(data.path).filePath(QStringLiteral("blobs")));
    QString error;
    if (!blobs.open(&error))
        return fail({ error });
    RoomServer server(config, *data.store, clock, data.secretKey);
    // ExportMinutes from a tablet: this same binary's `export` in a child process.
    ProcessMinutesExporter exporter(QCoreApplication::applicationFilePath(),
        QDir(data.path).absolutePath(), blobs, data.signingKey->fingerprint());
    if (const auto failure = prepareServer(server, tls, blobs, exporter, data))
        return fail(*failure);
    // ExportFormResults: `export-form` of this binary, from the same log as the minutes.
    ProcessFormExporter formExporter(
        QCoreApplication::applicationFilePath(), QDir(data.path).absolutePath());
    server.setFormExporter(&formExporter);
    if (const auto failure = organiserSecret(parser, o, data, out))
        return fail(*failure);
    std::vector<LoadedMeeting> loaded;
    if (const auto failure = loadMeetings(parser, o, server, *data.store, blobs, &loaded))
        return fail(*failure);
    if (const auto failure = attachDocumentOptions(parser, o, server, *data.store, blobs, loaded))
        return fail(*failure);
    if (!server.listen(&error))
        return fail({ QStringLiteral("cannot listen: ") + error });
    printStartup(out, err, parser, o, server, loaded, tls, data, fileLimit);
    const std::unique_ptr<Announcer> announcer
        = announce(err, parser, o, server, loaded, config, tls);
    quitOnSignals(app);
    reportHeapOnSignal(&app, [&server] { return server.pendingBytes(); });
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything allocates through OpenSSL: the heap report says what it holds.
    countOpenSslHeap();
    // Debian's Qt uses the glib event dispatcher, which roughly doubles the cost of a
    // broadcast to thousands of sockets (TOOLCHAIN.md); the plain one is free.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // `--version` and the store's schema history say which build this is.
    QCoreApplication::setApplicationVersion(
        QStringLiteral(QUORUM_VERSION " (commit " QUORUM_GIT_COMMIT ")"));
    // `quorum-server <command> ...` runs the command instead of the server (each header says
    // its arguments).
    const std::pair<const char *, int (*)(int, char *[])> commands[] = {
        { "backup", backupCommand }, { "restore", restoreCommand }, // backupcommands.h
        { "export", exportCommand }, { "verify", verifyCommand }, // archivecommands.h
        { "export-form", formExportCommand }, // a form's results as PDF and CSV
        { "roster", rosterCommand }, // the office's list into a meeting file
        { "cards", cardsCommand }, // the join cards of a meeting file
    };
    for (const auto &[name, command] : commands) {
        if (argc >= 2 && std::strcmp(argv[1], name) == 0)
            return command(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quorum-server"));
    const Options options;
    QCommandLineParser parser;
    if (const auto failure = parseArguments(app, parser, options)) {
        QTextStream(stderr) << "quorum-server: " << failure->message << "\n";
        return failure->code;
    }
    return serve(app, parser, options);
}
