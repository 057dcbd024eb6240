#include "speakersmodel.h"

#include "listsync.h"

SpeakersModel::SpeakersModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SpeakersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SpeakersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
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
    case TopicRole:
        return e.topic;
    case WantedMinutesRole:
        return e.wantedMinutes;
    }
    return {};
}

QHash<int, QByteArray> SpeakersModel::roleNames() const
{
    return { { IdRole, "participantId" }, { NameRole, "name" },
        { PointOfOrderRole, "pointOfOrder" }, { PositionRole, "position" },
        { IsSelfRole, "isSelf" }, { TopicRole, "topic" }, { WantedMinutesRole, "wantedMinutes" } };
}

int SpeakersModel::positionOf(const QString &participantId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries[size_t(i)].participantId == participantId)
            return i;
    }
    return -1;
}

QString SpeakersModel::idAt(int position) const
{
    return position >= 0 && position < count() ? m_entries[size_t(position)].participantId
                                               : QString();
}

void SpeakersModel::show(std::vector<Entry> entries)
{
    const int old = count();
    std::vector<QString> before;
    for (const Entry &e : m_entries)
        before.push_back(e.participantId);
    syncRows(this, m_entries, std::move(entries));
    // A row's place is its row: after an insertion, removal or move the rows behind it moved.
    int first = 0;
    while (first < count() && first < int(before.size())
        && before[size_t(first)] == m_entries[size_t(first)].participantId)
        ++first;
    if (first < count())
        emit dataChanged(index(first), index(count() - 1), { PositionRole });
    if (old != count())
        emit countChanged();
}

void SpeakersModel::setSelfId(const QString &participantId)
{
    if (participantId == m_selfId)
        return;
    m_selfId = participantId;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), { IsSelfRole });
}
