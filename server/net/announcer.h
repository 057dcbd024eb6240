#pragma once

#include "roomannouncement.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkInterface>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace quorum {

/**
 * Says on the LAN which meetings this room server holds, so that a tablet lists them without
 * anyone typing an address: a minimal multicast DNS responder (RFC 6762) for the DNS-SD service
 * `_quorum._tcp` (RFC 6763), one instance per meeting (roomannouncement.h). It answers queries
 * and announces itself at start and says goodbye at the end. It does not probe for name
 * conflicts: the instance name carries the host name, and an instance is unique per server.
 *
 * Own code rather than Avahi: it needs no D-Bus system bus and no avahi-daemon (absent from
 * containers, CI and many servers), so it is tested for real wherever the server runs; it
 * shares UDP port 5353 with an avahi-daemon that does run (docs/protocol.md, "Finding the room").
 */
class Announcer : public QObject
{
    Q_OBJECT
public:
    /** The rooms to announce; host and addresses are filled in by start(). */
    explicit Announcer(QList<RoomAnnouncement> rooms, QObject *parent = nullptr);
    /** Says goodbye (TTL 0) when it was announcing. */
    ~Announcer() override;

    /**
     * Opens UDP port 5353 (shared), joins the mDNS group on every interface that is up and can
     * multicast, and announces. False with the reason when it cannot: no such interface, or
     * the port held by a program that does not share it. The server serves either way.
     */
    bool start(QString *error);
    const QList<RoomAnnouncement> &rooms() const { return m_rooms; }

private:
    void onReadyRead();
    void sendRooms(quint32 ttl);
    void sendMulticast(const QByteArray &datagram);
    bool concernsUs(const mdns::Question &question) const;
    mdns::Message answerFor(const RoomAnnouncement &room, quint32 ttl) const;
    void answerLegacy(const mdns::Message &query, const QHostAddress &to, quint16 port);
    void scheduleAnswer();

    QList<RoomAnnouncement> m_rooms;
    QList<QNetworkInterface> m_interfaces;
    QUdpSocket m_socket;
    QTimer m_announceTimer;
    int m_announcementsLeft = 0;
    QTimer m_answerTimer;
    QElapsedTimer m_lastMulticast;
    bool m_started = false;
};

class RoomServer;

/**
 * The server's announcer of `meetingIds` (each with its title), started; nullptr with the
 * reason when it does not announce (a server listening (`listen`) on loopback only is not on the
 * LAN).
 */
std::unique_ptr<Announcer> startAnnouncer(const RoomServer &server, const QStringList &meetingIds,
    const QHostAddress &listen, const QString &fingerprint, QString *why);

} // namespace quorum
