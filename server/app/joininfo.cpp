#include "joininfo.h"

#include "certfingerprint.h"

#include <QNetworkInterface>
#include <QUrl>
#include <QUrlQuery>

#include <qrencode.h>

namespace quorum {

QString deskLink(const QString &host, quint16 port, const QString &fingerprint)
{
    QUrl url;
    url.setScheme(fingerprint.isEmpty() ? QStringLiteral("quorum") : QStringLiteral("quorums"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("desk"), QString());
    if (!fingerprint.isEmpty())
        query.addQueryItem(QStringLiteral("fp"), linkFingerprint(fingerprint));
    url.setQuery(query);
    return url.toString();
}

QString terminalQrCode(const QString &text)
{
    QRcode *code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int n = code->width;
    const int quiet = 2; // modules of white border; scanners need one
    auto dark = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= n || y >= n)
            return false;
        return (code->data[y * n + x] & 1) != 0;
    };
    QString out;
    // Terminals are dark on light or light on dark: draw light modules as blocks, which
    // reads correctly on the usual dark terminal background.
    for (int y = -quiet; y < n + quiet; y += 2) {
        for (int x = -quiet; x < n + quiet; ++x) {
            const bool top = !dark(x, y);
            const bool bottom = !dark(x, y + 1);
            out += top && bottom ? QChar(0x2588)
                : top            ? QChar(0x2580)
                : bottom         ? QChar(0x2584)
                                 : QChar(' ');
        }
        out += QLatin1Char('\n');
    }
    QRcode_free(code);
    return out;
}

void printJoinInfo(QTextStream &out, const LoadedMeeting &meeting, const QString &host,
    quint16 port, const QString &fingerprint, bool withQrCodes)
{
    const v1::MeetingDefined &d = meeting.file.definition;
    out << "\n== " << qstr(d.title()) << " ==\n";
    if (!d.organisation().empty())
        out << qstr(d.organisation()) << "\n";
    out << "meeting id: " << meeting.meetingId
        << "   server: " << (fingerprint.isEmpty() ? "ws://" : "wss://") << host << ':' << port
        << "\n";
    if (!fingerprint.isEmpty())
        out << "server certificate (SHA-256): " << groupedFingerprint(fingerprint) << "\n";
    out << "\n";
    for (const v1::Participant &p : d.participants()) {
        const QString id = qstr(p.id());
        const QString role = qstr(v1::Role_Name(p.role())).mid(5).toLower();
        out << qstr(p.name()) << " (" << role << ")";
        if (!meeting.file.secrets.contains(id)) {
            out << "  PIN: set when the meeting was first loaded\n";
            continue;
        }
        const QString pin = meeting.file.secrets.value(id);
        const QString link = joinLink(host, port, meeting.meetingId, pin, fingerprint);
        out << "  PIN: " << pin << "  " << link << "\n";
        if (withQrCodes)
            out << terminalQrCode(link);
    }
    out.flush();
}

QString lanAddress()
{
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!(iface.flags() & QNetworkInterface::IsUp)
            || (iface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}

} // namespace quorum
