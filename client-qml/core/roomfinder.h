#pragma once

#include "roomannouncement.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The rooms nearby: the meetings that room servers announce on the LAN (DNS-SD over multicast
 * DNS, `_quorum._tcp`; the server's Announcer), as a list for the join page. While active it
 * asks the network at once, again after 1 and 3 seconds, then every 20 seconds; a room leaves
 * the list when its server says goodbye or its records expire.
 *
 * What a room announces is not authenticated: anyone on the network can announce anything. The
 * address it gives is what a person could have typed, and its fingerprint is only shown next to
 * the one the server presents, which the person confirms (docs/tablet.md, "Rooms nearby").
 */
class RoomFinder : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT // `RoomFinder { active: … }` (NearbyRooms.qml)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
        Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
        /** Listening: false when no interface can multicast (the list then stays empty). */
        Q_PROPERTY(bool listening READ listening NOTIFY listeningChanged)

            public : enum Role {
                TitleRole = Qt::UserRole + 1,
                MeetingIdRole,
                AddressRole, // what the join page's address field takes: "10.0.0.5:7450", "ws://…"
                             // without TLS
                FingerprintRole, // as announced: 64 hex digits, empty without TLS
                SecureRole,
                CompatibleRole, // speaks this tablet's protocol version
                InstanceRole,
            };
    Q_ENUM(Role)

    explicit RoomFinder(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool active() const { return m_active; }
    void setActive(bool active);
    bool listening() const { return m_socket.state() == QAbstractSocket::BoundState; }

    /** One room as found, with the address it answered from. */
    struct Found
    {
        quorum::RoomAnnouncement room;
        QHostAddress from;
        qint64 expiresMs = 0; // on m_clock
    };
    const QList<Found> &rooms() const { return m_rooms; }
    /** The address field's text for a room answering from `from`. */
    static QString addressOf(const quorum::RoomAnnouncement &room, const QHostAddress &from);

    /** Asks the network now. */
    Q_INVOKABLE void refresh();

signals:
    void activeChanged();
    void countChanged();
    void listeningChanged();

private:
    bool open();
    void close();
    void onReadyRead();
    void take(const quorum::mdns::Message &message, const QHostAddress &from);
    void upsert(const Found &found);
    void remove(int row);
    void expire();
    void sendQuery();

    bool m_active = false;
    bool m_legacy = false; // port 5353 was not to be had: asking from our own port
    QUdpSocket m_socket;
    QList<QNetworkInterface> m_interfaces;
    QList<Found> m_rooms;
    QTimer m_queryTimer;
    int m_queriesSent = 0;
    QTimer m_expiryTimer;
    QElapsedTimer m_clock;
};
