#include "devicesmodel.h"

#include "listsync.h"
#include "participantsmodel.h"
#include "protocol.h"

using quorum::qstr;

DevicesModel::DevicesModel(ParticipantsModel *participants, QObject *parent)
    : QAbstractListModel(parent)
    , m_participants(participants)
{ }

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quorum::v1::EnrolledDevice &device = m_devices[size_t(index.row())].device;
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
    return { { DeviceKeyRole, "deviceKey" }, { ParticipantIdRole, "participantId" },
        { ParticipantNameRole, "participantName" }, { DeviceIdRole, "deviceId" },
        { ClientNameRole, "clientName" }, { EnrolledMsRole, "enrolledMs" },
        { RevokedRole, "revoked" }, { ThisDeviceRole, "thisDevice" } };
}

bool DevicesModel::Row::operator==(const Row &o) const
{
    return key == o.key && device.SerializeAsString() == o.device.SerializeAsString();
}

void DevicesModel::show(const std::vector<quorum::v1::EnrolledDevice> &devices)
{
    const int old = int(m_devices.size());
    std::vector<Row> next;
    next.reserve(devices.size());
    for (const quorum::v1::EnrolledDevice &d : devices)
        next.push_back({ qstr(d.device_key()), d });
    syncRows(this, m_devices, std::move(next));
    if (old != int(m_devices.size()))
        emit countChanged();
}

void DevicesModel::setThisDevice(const QString &deviceKey)
{
    if (deviceKey == m_thisDevice)
        return;
    const int before = indexOf(m_thisDevice);
    m_thisDevice = deviceKey;
    const int after = indexOf(m_thisDevice);
    for (int row : { before, after }) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), { ThisDeviceRole });
    }
}

int DevicesModel::indexOf(const QString &deviceKey) const
{
    for (size_t i = 0; i < m_devices.size(); ++i) {
        if (m_devices[i].key == deviceKey)
            return int(i);
    }
    return -1;
}
