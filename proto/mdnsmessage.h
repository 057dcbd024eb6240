#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>

#include <optional>

namespace quorum::mdns {

/** Multicast DNS (RFC 6762): the group and port every responder and querier of a link uses. */
constexpr quint16 Port = 5353;
QHostAddress groupAddress(); // 224.0.0.251 (IPv4 only: see docs/protocol.md, "Finding the room")

/** The record types a DNS-SD service is made of (RFC 6763), and ANY for questions. */
enum Type : quint16 { A = 1, PTR = 12, TXT = 16, SRV = 33, ANY = 255 };

/** A question: which name and type the querier wants. */
struct Question
{
    QString name; // dotted, without the final dot: "_quorum._tcp.local"
    quint16 type = PTR;
    bool unicastResponse = false; // the QU bit (RFC 6762 §5.4)
};

/** One resource record; which fields mean something depends on `type`. */
struct Record
{
    QString name;
    quint16 type = PTR;
    quint32 ttl = 120; // seconds; 0 is a goodbye (RFC 6762 §10.1)
    bool cacheFlush = false;
    QString target; // PTR: the instance; SRV: the host
    quint16 port = 0; // SRV
    QList<QByteArray> txt; // TXT: "key=value" strings, each at most 255 bytes
    QHostAddress address; // A
};

/** A whole mDNS message, as much of it as Quorum reads and writes. */
struct Message
{
    quint16 id = 0; // 0 for multicast; a legacy unicast query's id is echoed (RFC 6762 §6.7)
    bool response = false;
    QList<Question> questions;
    QList<Record> answers;
    QList<Record> additionals; // the authority section is read into nothing
};

/** The wire form; names are written whole (no compression: a Quorum answer is small). */
QByteArray encode(const Message &message);
/** Reads any well-formed message (compressed names too); nullopt when it is not one. */
std::optional<Message> decode(const QByteArray &bytes);

/** The interfaces mDNS runs on: up, running, multicast-capable, not loopback, with IPv4. */
QList<QNetworkInterface> multicastInterfaces();

/** DNS names compare without regard to ASCII case (RFC 1035 §2.3.3). */
bool sameName(const QString &a, const QString &b);

} // namespace quorum::mdns
