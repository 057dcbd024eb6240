#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>

#include <vector>
#include <QtQmlIntegration/qqmlintegration.h>

class ParticipantsModel;

/**
 * The devices that joined with a PIN and hold a token (EnrolledDevice), newest last, for the
 * secretary's console: whose each is, which install, when, and whether it was revoked.
 * Fed by the snapshot and the DeviceEnrolled / DeviceRevoked events.
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

    void load(const quorum::v1::Snapshot &snapshot);
    void clear();
    void enrolled(const quorum::v1::EnrolledDevice &device, qint64 timeMs);
    void revoked(const QString &deviceKey);
    void setThisDevice(const QString &deviceKey);

signals:
    void countChanged();

private:
    int indexOf(const QString &deviceKey) const;

    ParticipantsModel *m_participants;
    std::vector<quorum::v1::EnrolledDevice> m_devices;
    QString m_thisDevice;
};
