#include "attendancemodel.h"

#include <QDateTime>

bool AttendanceModel::Member::operator==(const Member &o) const
{
    return id == o.id && name == o.name && title == o.title && role == o.role && voting == o.voting
        && weight == o.weight && present == o.present && attendance == o.attendance
        && absenceReason == o.absenceReason && checkInMethod == o.checkInMethod
        && checkInMs == o.checkInMs && proxyHolder == o.proxyHolder && proxiesHeld == o.proxiesHeld
        && eligible == o.eligible && hasVoted == o.hasVoted && choice == o.choice
        && choiceIndices == o.choiceIndices;
}

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case IdRole:
        return m.id;
    case TitleRole:
        return m.title;
    case RoleRole:
        return m.role;
    case VotingRole:
        return m.voting;
    case WeightRole:
        return double(m.weight); // QML numbers; shares stay well under 2^53
    case PresentRole:
        return m.present;
    case AttendanceRole:
        return m.attendance;
    case AbsenceReasonRole:
        return m.absenceReason;
    case CheckInMethodRole:
        return m.checkInMethod;
    case CheckInTimeRole:
        return m.checkInMs && m.attending() ? QDateTime::fromMSecsSinceEpoch(m.checkInMs)
                                            : QDateTime();
    case AttendingRole:
        return m.attending();
    case ProxyHolderIdRole:
        return m.proxyHolder;
    case ProxyHolderNameRole:
        return nameOf(m.proxyHolder);
    case ProxiesHeldRole:
        return m.proxiesHeld;
    case EligibleRole:
        return m.eligible;
    case HasVotedRole:
        return m.hasVoted;
    case ChoiceRole:
        return m.choice;
    case ChoiceIndicesRole:
        return QVariant::fromValue(m.choiceIndices);
    case IsSelfRole:
        return !m_selfId.isEmpty() && m.id == m_selfId;
    }
    return {};
}

QHash<int, QByteArray> AttendanceModel::roleNames() const
{
    return {
        { IdRole, "participantId" },
        { NameRole, "name" },
        { TitleRole, "title" },
        { RoleRole, "role" },
        { VotingRole, "voting" },
        { WeightRole, "weight" },
        { PresentRole, "present" },
        { AttendanceRole, "attendance" },
        { AbsenceReasonRole, "absenceReason" },
        { CheckInMethodRole, "checkInMethod" },
        { CheckInTimeRole, "checkInTime" },
        { AttendingRole, "attending" },
        { ProxyHolderIdRole, "proxyHolderId" },
        { ProxyHolderNameRole, "proxyHolderName" },
        { ProxiesHeldRole, "proxiesHeld" },
        { EligibleRole, "eligible" },
        { HasVotedRole, "hasVoted" },
        { ChoiceRole, "choice" },
        { ChoiceIndicesRole, "choiceIndices" },
        { IsSelfRole, "isSelf" },
    };
}

const AttendanceModel::Member *AttendanceModel::member(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_members.at(*it);
}

QString AttendanceModel::nameOf(const QString &id) const
{
    const Member *m = member(id);
    return m ? m->name : QString();
}

QStringList AttendanceModel::grantorsOf(const QString &holderId) const
{
    QStringList grantors;
    if (holderId.isEmpty())
        return grantors;
    for (const Member &m : m_members) {
        if (m.proxyHolder == holderId)
            grantors << m.id;
    }
    return grantors;
}

void AttendanceModel::show(const QList<Member> &members)
{
    bool sameRows = members.size() == m_members.size();
    for (int row = 0; sameRows && row < members.size(); ++row)
        sameRows = members.at(row).id == m_members.at(row).id;
    if (sameRows) {
        for (int row = 0; row < members.size(); ++row) {
            if (!(members.at(row) == m_members.at(row))) {
                m_members[row] = members.at(row);
                emit dataChanged(index(row), index(row));
            }
        }
        return;
    }
    const int old = count();
    beginResetModel();
    m_members = members;
    m_rowById.clear();
    for (int row = 0; row < m_members.size(); ++row)
        m_rowById.insert(m_members.at(row).id, row);
    endResetModel();
    if (old != count())
        emit countChanged();
}

void AttendanceModel::setSelfId(const QString &id)
{
    if (id == m_selfId)
        return;
    const int oldRow = m_rowById.value(m_selfId, -1);
    m_selfId = id;
    for (int row : { oldRow, int(m_rowById.value(id, -1)) }) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), { IsSelfRole });
    }
}
