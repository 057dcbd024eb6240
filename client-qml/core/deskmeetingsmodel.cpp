#include "deskmeetingsmodel.h"

#include "listsync.h"

#include <algorithm>
#include <limits>

namespace v1 = quorum::v1;

DeskMeetingsModel::DeskMeetingsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DeskMeetingsModel::groupOf(v1::MeetingPhase phase)
{
    switch (phase) {
    case v1::MEETING_PHASE_DRAFT:
    case v1::MEETING_PHASE_CONVENED:
        return Upcoming;
    case v1::MEETING_PHASE_CLOSED:
        return Closed;
    case v1::MEETING_PHASE_ARCHIVED:
        return Archived;
    default: // running, or a meeting file's meeting (running from event 1)
        return Running;
    }
}

void DeskMeetingsModel::setMeetings(const std::vector<v1::MeetingSummary> &meetings)
{
    std::vector<Row> next;
    next.reserve(meetings.size());
    for (const v1::MeetingSummary &m : meetings) {
        Row row;
        row.key = quorum::qstr(m.meeting_id());
        row.title = quorum::qstr(m.title());
        row.organisation = quorum::qstr(m.organisation());
        row.place = quorum::qstr(m.place());
        row.scheduledStart = m.scheduled_start_ms();
        row.phase = int(m.phase());
        row.group = groupOf(m.phase());
        row.participants = int(m.participants());
        row.agendaItems = int(m.agenda_items());
        next.push_back(row);
    }
    // Sections in the year's order; within one, the earliest first (not given: last).
    std::stable_sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
        if (a.group != b.group)
            return a.group < b.group;
        const qint64 x = a.scheduledStart ? a.scheduledStart : std::numeric_limits<qint64>::max();
        const qint64 y = b.scheduledStart ? b.scheduledStart : std::numeric_limits<qint64>::max();
        return x != y ? x < y : a.key < b.key;
    });
    for (size_t i = 0; i < next.size(); ++i)
        next[i].firstOfGroup = i == 0 || next[i - 1].group != next[i].group;
    const int before = int(m_rows.size());
    syncRows(this, m_rows, std::move(next));
    if (int(m_rows.size()) != before)
        emit countChanged();
}

int DeskMeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeskMeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case MeetingIdRole:
    case Qt::DisplayRole:
        return r.key;
    case TitleRole:
        return r.title;
    case OrganisationRole:
        return r.organisation;
    case PlaceRole:
        return r.place;
    case ScheduledStartRole:
        return double(r.scheduledStart); // QML's number (a date in ms fits a double exactly)
    case PhaseRole:
        return r.phase;
    case GroupRole:
        return r.group;
    case ParticipantsRole:
        return r.participants;
    case AgendaItemsRole:
        return r.agendaItems;
    case FirstOfGroupRole:
        return r.firstOfGroup;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeskMeetingsModel::roleNames() const
{
    return { { MeetingIdRole, "meetingId" }, { TitleRole, "title" },
        { OrganisationRole, "organisation" }, { PlaceRole, "place" },
        { ScheduledStartRole, "scheduledStart" }, { PhaseRole, "phase" }, { GroupRole, "group" },
        { ParticipantsRole, "participants" }, { AgendaItemsRole, "agendaItems" },
        { FirstOfGroupRole, "firstOfGroup" } };
}
