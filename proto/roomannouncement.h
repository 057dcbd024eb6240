#pragma once

#include "mdnsmessage.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace quorum {

/**
 * One meeting a room server offers on its network, as DNS-SD announces it (RFC 6763): the
 * service `_quorum._tcp.local`, one instance per meeting, a TXT record saying which meeting,
 * its title, the protocol version, TLS or not and the certificate's fingerprint
 * (docs/protocol.md, "Finding the room"). The server's announcer writes these records and the
 * tablet's RoomFinder reads them back. Nothing in them is authenticated: a tablet treats an
 * announced fingerprint as it treats a typed address (trust on first use, asked, never silent).
 */
struct RoomAnnouncement
{
    QString instance; // the instance label: "Title (host)", at most 63 bytes
    QString host; // the SRV target: "quorum-HOST.local"
    quint16 port = 0;
    QString meetingId;
    QString title;
    QString fingerprint; // 64 hex digits of the certificate's SHA-256; empty without TLS
    bool secure = true;
    quint32 protocolVersion = 0;
    QList<QHostAddress> addresses; // the A records of `host`
};

namespace dnssd {
/** The service type every Quorum room server announces. */
QString serviceType(); // "_quorum._tcp.local"
/** "_services._dns-sd._udp.local": service type enumeration (RFC 6763 §9). */
QString serviceEnumeration();
/** `label.serviceType()`. */
QString instanceName(const RoomAnnouncement &room);
/** "Title (host)" cut to a DNS label's 63 bytes at a character boundary. */
QString instanceLabel(const QString &title, const QString &hostName);
/** The PTR, SRV, TXT and A records of one room, with `ttl` (0: a goodbye). */
QList<mdns::Record> records(const RoomAnnouncement &room, quint32 ttl);
/**
 * The room an answer describes, from the PTR's instance `name` and the SRV and TXT records
 * among `records` (A records too when given); nullopt when SRV or TXT is missing.
 */
std::optional<RoomAnnouncement> fromRecords(
    const QString &name, const QList<mdns::Record> &records);
} // namespace dnssd

} // namespace quorum
