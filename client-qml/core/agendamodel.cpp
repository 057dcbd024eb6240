#include "agendamodel.h"

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case ItemIdRole:
        return item.id;
    case DescriptionRole:
        return item.description;
    case DurationMinutesRole:
        return item.durationMinutes;
    case PositionRole:
        return index.row() + 1;
    case IsCurrentRole:
        return !m_currentId.isEmpty() && item.id == m_currentId;
    }
    return {};
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    return {
        { ItemIdRole, "itemId" },
        { TitleRole, "title" },
        { DescriptionRole, "description" },
        { DurationMinutesRole, "durationMinutes" },
        { PositionRole, "position" },
        { IsCurrentRole, "isCurrent" },
    };
}

int AgendaModel::indexOf(const QString &itemId) const
{
    return m_rowById.value(itemId, -1);
}

QString AgendaModel::itemIdAt(int row) const
{
    return row >= 0 && row < count() ? m_items.at(row).id : QString();
}

QString AgendaModel::titleAt(int row) const
{
    return row >= 0 && row < count() ? m_items.at(row).title : QString();
}

void AgendaModel::setItems(const QList<Item> &items, const QString &currentItemId)
{
    const int oldCount = count();
    beginResetModel();
    m_items = items;
    m_rowById.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowById.insert(m_items.at(row).id, row);
    m_currentId = currentItemId;
    endResetModel();
    if (count() != oldCount)
        emit countChanged();
}

void AgendaModel::setCurrentItemId(const QString &itemId)
{
    if (itemId == m_currentId)
        return;
    const int oldRow = currentIndex();
    m_currentId = itemId;
    const int newRow = currentIndex();
    for (int row : { oldRow, newRow }) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), { IsCurrentRole });
    }
}
