#include "devicesmodel.h"

#include "participantsmodel.h"
#include "protocol.h"

using quorum::qstr;

DevicesModel::DevicesModel(ParticipantsModel *participants, QObject *parent)
    : QAbstractListModel(parent), m_participants(participants)
{
}

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quorum::v1::EnrolledDevice &device = m_devices[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case DeviceKeyRole:
        return qstr(device.device_key());
    case ParticipantIdRole:
        return qstr(device.participant_id());
    case ParticipantNameRole:
        return m_participants ? m_participants->nameOf(qstr(device.participant_id())) : QString();
    case DeviceIdRole:
        return qstr(device.device_id());
    case ClientNameRole:
        return qstr(device.client_name());
    case EnrolledMsRole:
        return QVariant::fromValue(device.enrolled_ms());
    case RevokedRole:
        return device.revoked();
    case ThisDeviceRole:
        return !m_thisDevice.isEmpty() && qstr(device.device_key()) == m_thisDevice;
    }
    return {};
}

QHash<int, QByteArray> DevicesModel::roleNames() const
{
    return {{DeviceKeyRole, "deviceKey"},       {ParticipantIdRole, "participantId"},
            {ParticipantNameRole, "participantName"}, {DeviceIdRole, "deviceId"},
            {ClientNameRole, "clientName"},     {EnrolledMsRole, "enrolledMs"},
            {RevokedRole, "revoked"},           {ThisDeviceRole, "thisDevice"}};
}

void DevicesModel::load(const quorum::v1::Snapshot &snapshot)
{
    beginResetModel();
    m_devices.assign(snapshot.devices().begin(), snapshot.devices().end());
    endResetModel();
    emit countChanged();
}

void DevicesModel::clear()
{
    if (m_devices.empty())
        return;
    beginResetModel();
    m_devices.clear();
    endResetModel();
    emit countChanged();
}

void DevicesModel::enrolled(const quorum::v1::EnrolledDevice &device, qint64 timeMs)
{
    const int row = int(m_devices.size());
    beginInsertRows({}, row, row);
    m_devices.push_back(device);
    m_devices.back().set_enrolled_ms(timeMs);
    endInsertRows();
    emit countChanged();
}

void DevicesModel::revoked(const QString &deviceKey)
{
    const int row = indexOf(deviceKey);
    if (row < 0 || m_devices[size_t(row)].revoked())
        return;
    m_devices[size_t(row)].set_revoked(true);
    emit dataChanged(index(row), index(row), {RevokedRole});
}

void DevicesModel::setThisDevice(const QString &deviceKey)
{
    if (deviceKey == m_thisDevice)
        return;
    const int before = indexOf(m_thisDevice);
    m_thisDevice = deviceKey;
    const int after = indexOf(m_thisDevice);
    for (int row : {before, after}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {ThisDeviceRole});
    }
}

int DevicesModel::indexOf(const QString &deviceKey) const
{
    for (size_t i = 0; i < m_devices.size(); ++i) {
        if (qstr(m_devices[i].device_key()) == deviceKey)
            return int(i);
    }
    return -1;
}
