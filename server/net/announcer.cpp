#include "announcer.h"

#include "protocol.h"
#include "roomserver.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

namespace quorum {

namespace {
// RFC 6762 §10: 120 s for records naming a host or a service instance; a querier asks again
// before they expire, and a server that stops without a goodbye leaves the list after that.
constexpr quint32 RecordTtl = 120;
// RFC 6762 §6.7: answers to a legacy unicast querier carry a TTL of at most 10 s.
constexpr quint32 LegacyTtl = 10;
// RFC 6762 §8.3: at least two announcements, one second apart.
constexpr int Announcements = 2;
constexpr int AnnounceIntervalMs = 1000;
// RFC 6762 §6: a shared record's answer waits 20-120 ms (answers of several responders
// spread out), and the same record is multicast at most once a second.
constexpr int AnswerDelayMinMs = 20;
constexpr int AnswerDelayMaxMs = 120;
constexpr int MulticastSpacingMs = 1000;

QString hostLabel()
{
    // "quorum-" keeps clear of the machine's own name, which avahi-daemon may announce with
    // other addresses; the label keeps to letters, digits and hyphens.
    QString name = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0).toLower();
    name.remove(QRegularExpression(QStringLiteral("[^a-z0-9-]")));
    if (name.isEmpty())
        name = QStringLiteral("server");
    return QStringLiteral("quorum-%1").arg(name).left(63);
}
} // namespace

Announcer::Announcer(QList<RoomAnnouncement> rooms, QObject *parent)
    : QObject(parent)
    , m_rooms(std::move(rooms))
{
    m_announceTimer.setInterval(AnnounceIntervalMs);
    connect(&m_announceTimer, &QTimer::timeout, this, [this] {
        sendRooms(RecordTtl);
        if (--m_announcementsLeft <= 0)
            m_announceTimer.stop();
    });
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] { sendRooms(RecordTtl); });
    connect(&m_socket, &QUdpSocket::readyRead, this, &Announcer::onReadyRead);
}

Announcer::~Announcer()
{
    if (m_started)
        sendRooms(0);
}

bool Announcer::start(QString *error)
{
    m_interfaces = mdns::multicastInterfaces();
    if (m_interfaces.isEmpty()) {
        *error = QStringLiteral("no network interface that is up and can multicast");
        return false;
    }
    if (!m_socket.bind(QHostAddress::AnyIPv4, mdns::Port,
            QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        *error = QStringLiteral("UDP port %1: %2").arg(mdns::Port).arg(m_socket.errorString());
        return false;
    }
    // RFC 6762 §11: mDNS packets go out with IP TTL 255 (receivers may check it).
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, 255);
    bool joined = false;
    for (const QNetworkInterface &iface : std::as_const(m_interfaces))
        joined |= m_socket.joinMulticastGroup(mdns::groupAddress(), iface);
    if (!joined) {
        *error = QStringLiteral("cannot join the mDNS group: %1").arg(m_socket.errorString());
        m_socket.close();
        return false;
    }
    QList<QHostAddress> addresses;
    for (const QNetworkInterface &iface : std::as_const(m_interfaces)) {
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                addresses << entry.ip();
        }
    }
    const QString host = hostLabel() + QStringLiteral(".local");
    for (RoomAnnouncement &room : m_rooms) {
        room.host = host;
        room.addresses = addresses;
        room.instance = dnssd::instanceLabel(room.title, hostLabel());
    }
    m_started = true;
    sendRooms(RecordTtl);
    m_announcementsLeft = Announcements - 1;
    m_announceTimer.start();
    return true;
}

void Announcer::sendMulticast(const QByteArray &datagram)
{
    for (const QNetworkInterface &iface : std::as_const(m_interfaces)) {
        m_socket.setMulticastInterface(iface);
        m_socket.writeDatagram(datagram, mdns::groupAddress(), mdns::Port);
    }
}

mdns::Message Announcer::answerFor(const RoomAnnouncement &room, quint32 ttl) const
{
    mdns::Message message;
    message.response = true;
    for (const mdns::Record &record : dnssd::records(room, ttl)) {
        // The instance's own records answer; the host's addresses come as additionals.
        (record.type == mdns::A ? message.additionals : message.answers) << record;
    }
    return message;
}

void Announcer::sendRooms(quint32 ttl)
{
    // One message per meeting: a server with many meetings never sends a datagram past the
    // Ethernet MTU (each is about 300 bytes).
    for (const RoomAnnouncement &room : std::as_const(m_rooms))
        sendMulticast(mdns::encode(answerFor(room, ttl)));
    m_lastMulticast.start();
}

bool Announcer::concernsUs(const mdns::Question &question) const
{
    const bool anyType = question.type == mdns::ANY;
    if ((anyType || question.type == mdns::PTR)
        && (mdns::sameName(question.name, dnssd::serviceType())
            || mdns::sameName(question.name, dnssd::serviceEnumeration())))
        return true;
    for (const RoomAnnouncement &room : m_rooms) {
        if (mdns::sameName(question.name, dnssd::instanceName(room))
            || mdns::sameName(question.name, room.host))
            return true;
    }
    return false;
}

void Announcer::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        const auto message = mdns::decode(datagram.data());
        // Responses (ours looped back among them) and garbage need nothing from us.
        if (!message || message->response)
            continue;
        bool ours = false;
        for (const mdns::Question &q : message->questions)
            ours |= concernsUs(q);
        if (!ours)
            continue;
        if (datagram.senderPort() != mdns::Port)
            answerLegacy(*message, datagram.senderAddress(), quint16(datagram.senderPort()));
        else
            scheduleAnswer();
    }
}

void Announcer::scheduleAnswer()
{
    if (m_answerTimer.isActive())
        return; // queries that arrive together get one answer
    int delay = QRandomGenerator::global()->bounded(AnswerDelayMinMs, AnswerDelayMaxMs + 1);
    if (m_lastMulticast.isValid() && m_lastMulticast.elapsed() + delay < MulticastSpacingMs)
        delay = int(MulticastSpacingMs - m_lastMulticast.elapsed());
    m_answerTimer.start(delay);
}

void Announcer::answerLegacy(const mdns::Message &query, const QHostAddress &to, quint16 port)
{
    // A one-shot querier on its own port (RFC 6762 §6.7): answered directly, its id and
    // questions echoed.
    for (const RoomAnnouncement &room : std::as_const(m_rooms)) {
        mdns::Message answer = answerFor(room, LegacyTtl);
        answer.id = query.id;
        answer.questions = query.questions;
        for (auto *section : { &answer.answers, &answer.additionals }) {
            for (mdns::Record &record : *section)
                record.cacheFlush = false; // §6.7: never in a legacy answer
        }
        m_socket.writeDatagram(mdns::encode(answer), to, port);
    }
}

std::unique_ptr<Announcer> startAnnouncer(const RoomServer &server, const QStringList &meetingIds,
    const QHostAddress &listen, const QString &fingerprint, QString *why)
{
    if (listen.isLoopback()) {
        *why = QStringLiteral("it listens on %1 only").arg(listen.toString());
        return nullptr;
    }
    QList<RoomAnnouncement> rooms;
    for (const QString &id : meetingIds) {
        const Room *room = server.room(id);
        if (!room)
            continue;
        RoomAnnouncement announced;
        announced.meetingId = id;
        announced.title = QString::fromStdString(room->meeting().state().definition.title());
        announced.port = server.port();
        announced.secure = server.isSecure();
        announced.fingerprint = fingerprint;
        announced.protocolVersion = ProtocolVersion;
        rooms << announced;
    }
    if (rooms.isEmpty()) {
        *why = QStringLiteral("no meeting to announce");
        return nullptr;
    }
    auto announcer = std::make_unique<Announcer>(rooms);
    if (!announcer->start(why))
        return nullptr;
    return announcer;
}

} // namespace quorum
