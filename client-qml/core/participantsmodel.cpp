#include "participantsmodel.h"

ParticipantsModel::ParticipantsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    // A flat list: children of a row would confuse QAbstractItemModelTester and views.
    return parent.isValid() ? 0 : count();
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case IdRole:
        return e.id;
    case TitleRole:
        return e.title;
    case RoleRole:
        return e.role;
    case PresentRole:
        return e.present;
    case IsSelfRole:
        return !m_selfId.isEmpty() && e.id == m_selfId;
    }
    return {};
}

QHash<int, QByteArray> ParticipantsModel::roleNames() const
{
    return {
        { IdRole, "participantId" },
        { NameRole, "name" },
        { TitleRole, "title" },
        { RoleRole, "role" },
        { PresentRole, "present" },
        { IsSelfRole, "isSelf" },
    };
}

int ParticipantsModel::indexOf(const QString &participantId) const
{
    return m_rowById.value(participantId, -1);
}

QString ParticipantsModel::nameOf(const QString &participantId) const
{
    const Entry *e = entry(participantId);
    return e ? e->name : QString();
}

bool ParticipantsModel::isPresent(const QString &participantId) const
{
    const Entry *e = entry(participantId);
    return e && e->present;
}

const ParticipantsModel::Entry *ParticipantsModel::entry(const QString &participantId) const
{
    const int row = indexOf(participantId);
    return row < 0 ? nullptr : &m_entries.at(row);
}

void ParticipantsModel::setEntries(const QList<Entry> &entries)
{
    const int oldCount = count();
    const int oldPresent = m_presentCount;
    beginResetModel();
    m_entries = entries;
    m_rowById.clear();
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowById.insert(m_entries.at(row).id, row);
    recountPresent();
    endResetModel();
    if (count() != oldCount)
        emit countChanged();
    if (m_presentCount != oldPresent)
        emit presentCountChanged();
}

bool ParticipantsModel::setPresent(const QString &participantId, bool present)
{
    const int row = indexOf(participantId);
    if (row < 0)
        return false;
    Entry &e = m_entries[row];
    if (e.present == present)
        return true;
    e.present = present;
    m_presentCount += present ? 1 : -1;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, { PresentRole });
    emit presentCountChanged();
    return true;
}

void ParticipantsModel::setSelfId(const QString &participantId)
{
    if (participantId == m_selfId)
        return;
    const int oldRow = indexOf(m_selfId);
    m_selfId = participantId;
    const int newRow = indexOf(m_selfId);
    for (int row : { oldRow, newRow }) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), { IsSelfRole });
    }
}

void ParticipantsModel::recountPresent()
{
    m_presentCount = 0;
    for (const Entry &e : std::as_const(m_entries))
        m_presentCount += e.present ? 1 : 0;
}
