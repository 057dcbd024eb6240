#include "roomfinder.h"

#include "protocol.h"

#include <QNetworkDatagram>

using namespace quorum;

namespace {
// Ask at once, then after 1 s and 3 s (RFC 6762 §5.2 doubles from 1 s); then every 20 s, well
// inside the records' 120 s, so a tablet left on the join page sees rooms come and go.
constexpr int QueryDelaysMs[] = { 1000, 2000 };
constexpr int SteadyQueryMs = 20'000;
constexpr int ExpiryCheckMs = 1000;

} // namespace

RoomFinder::RoomFinder(QObject *parent)
    : QAbstractListModel(parent)
{
    m_clock.start();
    m_queryTimer.setSingleShot(true);
    connect(&m_queryTimer, &QTimer::timeout, this, &RoomFinder::sendQuery);
    m_expiryTimer.setInterval(ExpiryCheckMs);
    connect(&m_expiryTimer, &QTimer::timeout, this, &RoomFinder::expire);
    connect(&m_socket, &QUdpSocket::readyRead, this, &RoomFinder::onReadyRead);
}

int RoomFinder::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

QString RoomFinder::addressOf(const RoomAnnouncement &room, const QHostAddress &from)
{
    QHostAddress address = from;
    if (address.protocol() != QAbstractSocket::IPv4Protocol && !room.addresses.isEmpty())
        address = room.addresses.first();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QString host = isV4 ? QHostAddress(v4).toString() : address.toString();
    const QString hostPort = QStringLiteral("%1:%2").arg(host).arg(room.port);
    // The join form takes a bare address as wss://; a room without TLS needs its scheme.
    return room.secure ? hostPort : QStringLiteral("ws://") + hostPort;
}

QVariant RoomFinder::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Found &found = m_rooms.at(index.row());
    switch (Role(role)) {
    case TitleRole:
        return found.room.title;
    case MeetingIdRole:
        return found.room.meetingId;
    case AddressRole:
        return addressOf(found.room, found.from);
    case FingerprintRole:
        return found.room.fingerprint;
    case SecureRole:
        return found.room.secure;
    case CompatibleRole:
        return found.room.protocolVersion == ProtocolVersion;
    case InstanceRole:
        return found.room.instance;
    }
    return {};
}

QHash<int, QByteArray> RoomFinder::roleNames() const
{
    return { { TitleRole, "title" }, { MeetingIdRole, "meetingId" }, { AddressRole, "address" },
        { FingerprintRole, "fingerprint" }, { SecureRole, "secure" },
        { CompatibleRole, "compatible" }, { InstanceRole, "instance" } };
}

void RoomFinder::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active && open()) {
        m_queriesSent = 0;
        sendQuery();
        m_expiryTimer.start();
    } else if (!active) {
        close();
    }
    emit activeChanged();
}

bool RoomFinder::open()
{
    m_interfaces = mdns::multicastInterfaces();
    if (m_interfaces.isEmpty())
        return false;
    // Port 5353 shared with other mDNS programs hears every answer and announcement; if it is
    // held without sharing, a port of our own still gets the answers to our questions.
    m_legacy = !m_socket.bind(
        QHostAddress::AnyIPv4, mdns::Port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
    if (m_legacy && !m_socket.bind(QHostAddress::AnyIPv4, 0))
        return false;
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, 255);
    if (!m_legacy) {
        for (const QNetworkInterface &iface : std::as_const(m_interfaces))
            m_socket.joinMulticastGroup(mdns::groupAddress(), iface);
    }
    emit listeningChanged();
    return true;
}

void RoomFinder::close()
{
    m_queryTimer.stop();
    m_expiryTimer.stop();
    const bool wasListening = listening();
    m_socket.close();
    if (wasListening)
        emit listeningChanged();
}

void RoomFinder::refresh()
{
    if (m_active && listening())
        sendQuery();
}

void RoomFinder::sendQuery()
{
    mdns::Message query;
    query.questions << mdns::Question{ dnssd::serviceType(), mdns::PTR, false };
    const QByteArray datagram = mdns::encode(query);
    for (const QNetworkInterface &iface : std::as_const(m_interfaces)) {
        m_socket.setMulticastInterface(iface);
        m_socket.writeDatagram(datagram, mdns::groupAddress(), mdns::Port);
    }
    const int n = m_queriesSent++;
    m_queryTimer.start(n < int(std::size(QueryDelaysMs)) ? QueryDelaysMs[n] : SteadyQueryMs);
}

void RoomFinder::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        const auto message = mdns::decode(datagram.data());
        if (message && message->response)
            take(*message, datagram.senderAddress());
    }
}

void RoomFinder::take(const mdns::Message &message, const QHostAddress &from)
{
    const QList<mdns::Record> all = message.answers + message.additionals;
    for (const mdns::Record &ptr : all) {
        if (ptr.type != mdns::PTR || !mdns::sameName(ptr.name, dnssd::serviceType()))
            continue;
        if (ptr.ttl == 0) {
            // A goodbye: the server stops or the meeting is no longer offered.
            for (int row = int(m_rooms.size()) - 1; row >= 0; --row) {
                if (mdns::sameName(dnssd::instanceName(m_rooms.at(row).room), ptr.target))
                    remove(row);
            }
            continue;
        }
        const auto room = dnssd::fromRecords(ptr.target, all);
        if (!room || room->port == 0)
            continue;
        upsert({ *room, from, m_clock.elapsed() + qint64(ptr.ttl) * 1000 });
    }
}

void RoomFinder::upsert(const Found &found)
{
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (mdns::sameName(m_rooms.at(row).room.instance, found.room.instance)) {
            m_rooms[row] = found;
            emit dataChanged(index(row), index(row));
            return;
        }
    }
    const int row = int(m_rooms.size());
    beginInsertRows({}, row, row);
    m_rooms << found;
    endInsertRows();
    emit countChanged();
}

void RoomFinder::remove(int row)
{
    beginRemoveRows({}, row, row);
    m_rooms.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void RoomFinder::expire()
{
    const qint64 now = m_clock.elapsed();
    for (int row = int(m_rooms.size()) - 1; row >= 0; --row) {
        if (m_rooms.at(row).expiresMs <= now)
            remove(row);
    }
}
