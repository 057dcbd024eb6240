#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The members of the meeting as the floor sees them: attendance (what quorum counts, unlike a
 * connected device), votes and weight, proxies, and whether each has voted in the ballot on
 * screen. Rows follow the meeting definition. A view of the shared fold's state
 * (server/core/meetingstate.h): FloorReplica builds its rows from it after each event, and
 * show() emits dataChanged for the rows that differ, a reset only for a new definition.
 */
class AttendanceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.floor.attendance")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /** Same numbers as quorum.v1.AttendanceState. */
    enum Attendance { NotCheckedIn = 0, InRoom = 1, Online = 2, Absent = 3 };
    Q_ENUM(Attendance)
    /** How the attendance was recorded; same numbers as quorum.v1.CheckInMethod. */
    enum CheckInMethod { UnknownMethod = 0, OwnTablet = 1, AtTheDoor = 2, BySecretary = 3 };
    Q_ENUM(CheckInMethod)

    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TitleRole,
        RoleRole, // int, as quorum.v1.Role
        VotingRole, // a member with a vote
        WeightRole,
        PresentRole, // a device is connected now
        AttendanceRole, // Attendance
        AbsenceReasonRole,
        AttendingRole, // in the room or online
        ProxyHolderIdRole, // who holds this member's vote; empty: nobody
        ProxyHolderNameRole,
        ProxiesHeldRole, // how many members' votes this one holds
        EligibleRole, // may vote now: a voting member attending or represented by a holder who is
        HasVotedRole, // in the ballot on screen
        ChoiceRole, // named ballot: the labels voted, joined by ", "; empty otherwise
        IsSelfRole,
        CheckInMethodRole, // CheckInMethod of the current attendance (UnknownMethod when absent)
        CheckInTimeRole, // QDateTime (local) of that check-in; invalid when unknown
        // named ballot: the option indices voted (QList<int>), for the page to word in its own
        // language (Texts.optionText); ChoiceRole keeps the labels as the meeting file wrote them
        ChoiceIndicesRole,
    };
    Q_ENUM(Roles)

    struct Member
    {
        QString id;
        QString name;
        QString title;
        int role = 0;
        bool voting = false;
        quint64 weight = 1;
        bool present = false;
        int attendance = NotCheckedIn;
        QString absenceReason;
        int checkInMethod = UnknownMethod;
        qint64 checkInMs = 0; // server time of the current attendance's check-in
        QString proxyHolder;
        int proxiesHeld = 0;
        bool eligible = false;
        bool hasVoted = false;
        QString choice;
        QList<int> choiceIndices;

        bool attending() const { return attendance == InRoom || attendance == Online; }
        bool operator==(const Member &o) const;
    };

    explicit AttendanceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_members.size()); }
    const QList<Member> &members() const { return m_members; }
    const Member *member(const QString &id) const;
    Q_INVOKABLE QString nameOf(const QString &id) const;
    /** Ids of the members whose vote `holderId` holds, in definition order. */
    QStringList grantorsOf(const QString &holderId) const;

    /**
     * The rows as they are now: the same members in the same order change row by row (only
     * rows that differ emit dataChanged); other members (a new definition) reset the model.
     */
    void show(const QList<Member> &members);
    void setSelfId(const QString &id);

signals:
    void countChanged();

private:
    QList<Member> m_members;
    QHash<QString, int> m_rowById;
    QString m_selfId;
};
