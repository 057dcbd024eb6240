#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>

#include <QtQmlIntegration/qqmlintegration.h>
#include <vector>

class ParticipantsModel;

/**
 * The devices that joined with a PIN and hold a token (EnrolledDevice), newest last, for the
 * secretary's console: whose each is, which install, when, and whether it was revoked.
 * A view of the shared fold's devices (MeetingState.devices): MeetingReplica shows them.
 */
class DevicesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.devices")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        DeviceKeyRole = Qt::UserRole + 1,
        ParticipantIdRole,
        ParticipantNameRole,
        DeviceIdRole,
        ClientNameRole,
        EnrolledMsRole,
        RevokedRole,
        ThisDeviceRole, // the device this tablet joined as
    };
    Q_ENUM(Roles)

    explicit DevicesModel(ParticipantsModel *participants, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The devices as the shared fold holds them (MeetingState.devices), row by row (listsync.h).
     */
    void show(const std::vector<quorum::v1::EnrolledDevice> &devices);
    void setThisDevice(const QString &deviceKey);

signals:
    void countChanged();

private:
    struct Row
    {
        QString key;
        quorum::v1::EnrolledDevice device;
        bool operator==(const Row &o) const;
    };
    int indexOf(const QString &deviceKey) const;

    ParticipantsModel *m_participants;
    std::vector<Row> m_devices;
    QString m_thisDevice;
};
