#include "roomannouncement.h"

namespace quorum::dnssd {

namespace {
// TXT keys (docs/protocol.md): short, as RFC 6763 §6.4 asks, each string under 255 bytes.
const QByteArray KeyVersion = "txtvers";
const QByteArray KeyProtocol = "pv";
const QByteArray KeyMeeting = "id";
const QByteArray KeyTitle = "title";
const QByteArray KeyTls = "tls";
const QByteArray KeyFingerprint = "fp";

/** At most `limit` bytes of UTF-8, never half a character. */
QByteArray utf8Prefix(const QString &text, int limit)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= limit)
        return utf8;
    int end = limit;
    while (end > 0 && (quint8(utf8.at(end)) & 0xC0) == 0x80)
        --end;
    return utf8.left(end);
}

QByteArray txtValue(const QList<QByteArray> &strings, const QByteArray &key)
{
    for (const QByteArray &s : strings) {
        if (s.startsWith(key + '='))
            return s.mid(key.size() + 1);
    }
    return {};
}
} // namespace

QString serviceType()
{
    return QStringLiteral("_quorum._tcp.local");
}

QString serviceEnumeration()
{
    return QStringLiteral("_services._dns-sd._udp.local");
}

QString instanceLabel(const QString &title, const QString &hostName)
{
    // A dot would split the label into two; DNS-SD allows it escaped, this keeps it simple.
    QString label = QStringLiteral("%1 (%2)").arg(title.simplified(), hostName);
    label.replace(QLatin1Char('.'), QLatin1Char(' '));
    return QString::fromUtf8(utf8Prefix(label, 63));
}

QString instanceName(const RoomAnnouncement &room)
{
    return room.instance + QLatin1Char('.') + serviceType();
}

QList<mdns::Record> records(const RoomAnnouncement &room, quint32 ttl)
{
    QList<mdns::Record> out;
    mdns::Record ptr;
    ptr.name = serviceType();
    ptr.type = mdns::PTR;
    ptr.ttl = ttl;
    ptr.target = instanceName(room);
    out << ptr;

    mdns::Record srv;
    srv.name = instanceName(room);
    srv.type = mdns::SRV;
    srv.ttl = ttl;
    srv.cacheFlush = true; // unique to this server (RFC 6762 §10.2)
    srv.port = room.port;
    srv.target = room.host;
    out << srv;

    mdns::Record txt = srv;
    txt.type = mdns::TXT;
    txt.txt = { KeyVersion + "=1", KeyProtocol + '=' + QByteArray::number(room.protocolVersion),
        KeyMeeting + '=' + utf8Prefix(room.meetingId, 200),
        KeyTitle + '=' + utf8Prefix(room.title, 240), KeyTls + '=' + (room.secure ? "1" : "0") };
    if (!room.fingerprint.isEmpty())
        txt.txt << KeyFingerprint + '=' + room.fingerprint.toLatin1();
    out << txt;

    for (const QHostAddress &address : room.addresses) {
        mdns::Record a;
        a.name = room.host;
        a.type = mdns::A;
        a.ttl = ttl;
        a.cacheFlush = true;
        a.address = address;
        out << a;
    }
    return out;
}

std::optional<RoomAnnouncement> fromRecords(const QString &name, const QList<mdns::Record> &records)
{
    const mdns::Record *srv = nullptr;
    const mdns::Record *txt = nullptr;
    for (const mdns::Record &r : records) {
        if (!mdns::sameName(r.name, name))
            continue;
        if (r.type == mdns::SRV)
            srv = &r;
        else if (r.type == mdns::TXT)
            txt = &r;
    }
    if (!srv || !txt)
        return std::nullopt;
    RoomAnnouncement room;
    const QString suffix = QLatin1Char('.') + serviceType();
    room.instance = name.endsWith(suffix, Qt::CaseInsensitive) ? name.chopped(suffix.size()) : name;
    room.host = srv->target;
    room.port = srv->port;
    room.meetingId = QString::fromUtf8(txtValue(txt->txt, KeyMeeting));
    room.title = QString::fromUtf8(txtValue(txt->txt, KeyTitle));
    room.protocolVersion = txtValue(txt->txt, KeyProtocol).toUInt();
    room.secure = txtValue(txt->txt, KeyTls) != "0";
    room.fingerprint = QString::fromLatin1(txtValue(txt->txt, KeyFingerprint)).toUpper();
    for (const mdns::Record &r : records) {
        if (r.type == mdns::A && mdns::sameName(r.name, room.host)
            && !room.addresses.contains(r.address))
            room.addresses << r.address;
    }
    return room;
}

} // namespace quorum::dnssd
