#pragma once

#include "protocol.h"

#include <QAbstractListModel>
#include <QtQmlIntegration/qqmlintegration.h>

#include <vector>

/**
 * The organiser's meetings list (OrganiserDesk.meetings): every meeting of the server from
 * the organiser's Welcome, grouped upcoming (draft, convened), running, closed, archived, and
 * within a group by planned start. A row per meeting, matched by id from one answer to the next.
 */
class DeskMeetingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from OrganiserDesk.meetings")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        TitleRole,
        OrganisationRole,
        PlaceRole,
        ScheduledStartRole, // ms since the epoch; 0: not given
        PhaseRole, // quorum.v1.MeetingPhase
        GroupRole, // Group
        ParticipantsRole,
        AgendaItemsRole,
        FirstOfGroupRole, // the first row of its group: the list shows the group's heading above
    };
    /** Where a meeting is in the organiser's year, the list's sections in this order. */
    enum Group { Upcoming, Running, Closed, Archived };
    Q_ENUM(Group)

    struct Row
    {
        QString key; // the meeting id
        QString title, organisation, place;
        qint64 scheduledStart = 0;
        int phase = 0;
        int group = Upcoming;
        int participants = 0, agendaItems = 0;
        bool firstOfGroup = false;
        bool operator==(const Row &o) const
        {
            return key == o.key && title == o.title && organisation == o.organisation
                && place == o.place && scheduledStart == o.scheduledStart && phase == o.phase
                && participants == o.participants && agendaItems == o.agendaItems
                && firstOfGroup == o.firstOfGroup;
        }
    };

    explicit DeskMeetingsModel(QObject *parent = nullptr);

    void setMeetings(const std::vector<quorum::v1::MeetingSummary> &meetings);
    static int groupOf(quorum::v1::MeetingPhase phase);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
};
