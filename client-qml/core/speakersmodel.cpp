#include "speakersmodel.h"

SpeakersModel::SpeakersModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SpeakersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SpeakersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case IdRole:
        return e.participantId;
    case PointOfOrderRole:
        return e.pointOfOrder;
    case PositionRole:
        return index.row();
    case IsSelfRole:
        return !m_selfId.isEmpty() && e.participantId == m_selfId;
    }
    return {};
}

QHash<int, QByteArray> SpeakersModel::roleNames() const
{
    return {{IdRole, "participantId"}, {NameRole, "name"},    {PointOfOrderRole, "pointOfOrder"},
            {PositionRole, "position"},  {IsSelfRole, "isSelf"}};
}

int SpeakersModel::positionOf(const QString &participantId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).participantId == participantId)
            return i;
    }
    return -1;
}

QString SpeakersModel::idAt(int position) const
{
    return position >= 0 && position < m_entries.size() ? m_entries.at(position).participantId : QString();
}

void SpeakersModel::setEntries(const QList<Entry> &entries)
{
    const int old = count();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (old != count())
        emit countChanged();
}

void SpeakersModel::insert(int position, const Entry &entry)
{
    position = std::clamp(position, 0, count());
    beginInsertRows({}, position, position);
    m_entries.insert(position, entry);
    endInsertRows();
    // Everyone behind moved one place down.
    if (position + 1 < count())
        emit dataChanged(index(position + 1), index(count() - 1), {PositionRole});
    emit countChanged();
}

bool SpeakersModel::remove(const QString &participantId)
{
    const int row = positionOf(participantId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    if (row < count())
        emit dataChanged(index(row), index(count() - 1), {PositionRole});
    emit countChanged();
    return true;
}

bool SpeakersModel::move(const QString &participantId, int position)
{
    const int from = positionOf(participantId);
    if (from < 0)
        return false;
    const int to = std::clamp(position, 0, count() - 1);
    if (from == to)
        return true;
    // beginMoveRows counts the destination before the removal: moving down needs to + 1.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_entries.move(from, to);
    endMoveRows();
    emit dataChanged(index(std::min(from, to)), index(std::max(from, to)), {PositionRole});
    return true;
}

void SpeakersModel::setSelfId(const QString &participantId)
{
    if (participantId == m_selfId)
        return;
    m_selfId = participantId;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), {IsSelfRole});
}

void SpeakersModel::setNames(const std::function<QString(const QString &)> &nameOf)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString name = nameOf(m_entries.at(i).participantId);
        if (name != m_entries.at(i).name) {
            m_entries[i].name = name;
            emit dataChanged(index(i), index(i), {NameRole, Qt::DisplayRole});
        }
    }
}
