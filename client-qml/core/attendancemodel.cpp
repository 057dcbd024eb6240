#include "attendancemodel.h"

#include <QDateTime>

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

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
        return m.checkInMs && m.attending() ? QDateTime::fromMSecsSinceEpoch(m.checkInMs) : QDateTime();
    case AttendingRole:
        return m.attending();
    case ProxyHolderIdRole:
        return m.proxyHolder;
    case ProxyHolderNameRole:
        return nameOf(m.proxyHolder);
    case ProxiesHeldRole:
        return int(grantorsOf(m.id).size());
    case EligibleRole:
        return isEligible(m);
    case HasVotedRole:
        return m.hasVoted;
    case ChoiceRole:
        return m.choice;
    case IsSelfRole:
        return !m_selfId.isEmpty() && m.id == m_selfId;
    }
    return {};
}

QHash<int, QByteArray> AttendanceModel::roleNames() const
{
    return {
        {IdRole, "participantId"},
        {NameRole, "name"},
        {TitleRole, "title"},
        {RoleRole, "role"},
        {VotingRole, "voting"},
        {WeightRole, "weight"},
        {PresentRole, "present"},
        {AttendanceRole, "attendance"},
        {AbsenceReasonRole, "absenceReason"},
        {CheckInMethodRole, "checkInMethod"},
        {CheckInTimeRole, "checkInTime"},
        {AttendingRole, "attending"},
        {ProxyHolderIdRole, "proxyHolderId"},
        {ProxyHolderNameRole, "proxyHolderName"},
        {ProxiesHeldRole, "proxiesHeld"},
        {EligibleRole, "eligible"},
        {HasVotedRole, "hasVoted"},
        {ChoiceRole, "choice"},
        {IsSelfRole, "isSelf"},
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

bool AttendanceModel::isEligible(const Member &m) const
{
    if (!m.voting)
        return false;
    if (m.attending())
        return true;
    const Member *holder = member(m.proxyHolder);
    return holder && holder->attending();
}

void AttendanceModel::setMembers(const QList<Member> &members)
{
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
    for (int row : {oldRow, int(m_rowById.value(id, -1))}) {
        if (row >= 0)
            rowChanged(row, {IsSelfRole});
    }
}

bool AttendanceModel::setPresent(const QString &id, bool present)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return false;
    if (m_members[row].present != present) {
        m_members[row].present = present;
        rowChanged(row, {PresentRole});
    }
    return true;
}

bool AttendanceModel::setAttendance(const QString &id, int attendance, const QString &reason, int method,
                                    qint64 timeMs)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return false;
    Member &m = m_members[row];
    if (m.attendance == attendance && m.absenceReason == reason && m.checkInMethod == method
        && m.checkInMs == timeMs)
        return true;
    m.attendance = attendance;
    m.absenceReason = reason;
    m.checkInMethod = method;
    m.checkInMs = timeMs;
    rowChanged(row, {AttendanceRole, AbsenceReasonRole, AttendingRole, EligibleRole, CheckInMethodRole,
                     CheckInTimeRole});
    // Those this member holds a vote for are represented, or no longer.
    for (const QString &grantor : grantorsOf(id))
        rowChanged(m_rowById.value(grantor), {EligibleRole});
    return true;
}

bool AttendanceModel::setProxyHolder(const QString &grantorId, const QString &holderId)
{
    const int row = m_rowById.value(grantorId, -1);
    if (row < 0)
        return false;
    const QString oldHolder = m_members.at(row).proxyHolder;
    if (oldHolder == holderId)
        return true;
    m_members[row].proxyHolder = holderId;
    rowChanged(row, {ProxyHolderIdRole, ProxyHolderNameRole, EligibleRole});
    for (const QString &holder : {oldHolder, holderId}) {
        const int h = m_rowById.value(holder, -1);
        if (h >= 0)
            rowChanged(h, {ProxiesHeldRole});
    }
    return true;
}

void AttendanceModel::setVotes(const QHash<QString, QString> &choiceByVoter)
{
    for (int row = 0; row < m_members.size(); ++row) {
        Member &m = m_members[row];
        const auto it = choiceByVoter.constFind(m.id);
        const bool voted = it != choiceByVoter.cend();
        const QString choice = voted ? *it : QString();
        if (m.hasVoted != voted || m.choice != choice) {
            m.hasVoted = voted;
            m.choice = choice;
            rowChanged(row, {HasVotedRole, ChoiceRole});
        }
    }
}

void AttendanceModel::rowChanged(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
}
