#include "cardscommand.h"

#include "commandline.h"

#include "certfingerprint.h"
#include "joincards.h"
#include "joininfo.h"
#include "meetingfile.h"
#include "tlsidentity.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

namespace quorum {

namespace {
bool everyoneHasAPin(const MeetingFile &meeting, QString *error)
{
    for (const v1::Participant &p : meeting.definition.participants()) {
        if (!meeting.secrets.contains(qstr(p.id()))) {
            *error = QStringLiteral("participant '%1' has no PIN in the meeting file")
                         .arg(qstr(p.id()));
            return false;
        }
    }
    return true;
}
} // namespace

int cardsCommand(int argc, char *argv[])
{
    useOffscreenPlatform();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints join cards (one QR code and PIN per participant) for a meeting file."));
    parser.addHelpOption();
    const QCommandLineOption out({ QStringLiteral("o"), QStringLiteral("out") },
        QStringLiteral("The PDF to write."), QStringLiteral("file"));
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("Server address in the join links."), QStringLiteral("host"), lanAddress());
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Server port in the join links."), QStringLiteral("port"),
        QStringLiteral("7450"));
    const QCommandLineOption data = dataFolderOption(
        QStringLiteral("The server's data folder, for its certificate's fingerprint."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("The office's own server certificate (PEM) instead."),
        QStringLiteral("file"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
        QStringLiteral("For a server run --insecure: links without a fingerprint."));
    parser.addOptions({ out, host, port, data, tlsCert, insecure });
    parser.addPositionalArgument(QStringLiteral("cards"), QStringLiteral("the command"));
    parser.addPositionalArgument(
        QStringLiteral("meeting-file"), QStringLiteral("The meeting definition (JSON)."));
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2 || !parser.isSet(out)) {
        err << "usage: quorum-server cards MEETING-FILE --out CARDS.pdf [--host HOST] [--port "
               "PORT] "
               "[--data DIR | --tls-cert PEM | --insecure]\n";
        return 2;
    }
    QFile f(parser.positionalArguments().at(1));
    if (!f.open(QIODevice::ReadOnly)) {
        err << "quorum-server cards: cannot read " << f.fileName() << "\n";
        return 2;
    }
    QString error;
    const auto meeting = parseMeetingFile(f.readAll(), &error);
    if (!meeting || !everyoneHasAPin(*meeting, &error)) {
        err << "quorum-server cards: " << error << "\n";
        return 2;
    }
    QString fingerprint;
    if (parser.isSet(tlsCert)) {
        const auto chain = QSslCertificate::fromPath(parser.value(tlsCert), QSsl::Pem);
        fingerprint = chain.isEmpty() ? QString() : certificateFingerprint(chain.first().toDer());
        if (fingerprint.isEmpty()) {
            err << "quorum-server cards: " << parser.value(tlsCert)
                << " holds no PEM certificate\n";
            return 2;
        }
    } else if (!parser.isSet(insecure)) {
        // The server's own certificate, made now if the server never ran with this folder:
        // it will find and use the same one.
        const auto identity = QDir().mkpath(parser.value(data))
            ? TlsIdentity::loadOrCreate(parser.value(data), &error)
            : std::nullopt;
        if (!identity) {
            err << "quorum-server cards: " << error << "\n";
            return 2;
        }
        fingerprint = identity->fingerprint();
    }
    if (!writeJoinCards(meeting->definition, meeting->secrets, parser.value(host),
            quint16(parser.value(port).toUInt()), fingerprint, parser.value(out), &error)) {
        err << "quorum-server cards: " << error << "\n";
        return 2;
    }
    QTextStream(stdout) << "wrote " << meeting->definition.participants_size() << " join cards to "
                        << parser.value(out) << "\n";
    return 0;
}

} // namespace quorum
