#pragma once

#include "documentsstate.h"
#include "floorstate.h"
#include "formsstate.h"
#include "minutesstate.h"
#include "protocol.h"

#include <QHash>
#include <QString>

#include <vector>

namespace quorum {

/** One participant as the meeting currently sees them. */
struct ParticipantState
{
    QString id;
    QString name;
    QString title;
    v1::Role role = v1::ROLE_UNSPECIFIED;
    bool present = false; // a device is connected now
    qint64 checkedInMs = 0; // first check-in of the meeting, 0 before
    qint64 lastChangeMs = 0; // last join or leave
    bool voting = false; // a member with a vote
    quint64 weight = 1;
    // Attendance is what quorum counts: it survives a dropped Wi-Fi link, unlike presence.
    v1::AttendanceState attendance = v1::ATTENDANCE_UNSPECIFIED;
    QString absenceReason;
    // How and when the current attendance was recorded (the minutes and the chair's list show
    // it): by their own tablet, at the door (and which device scanned), or by the secretary.
    v1::CheckInMethod checkInMethod = v1::CHECK_IN_UNSPECIFIED;
    qint64 attendanceMs = 0; // when that was
    QString checkInDevice; // CHECK_IN_DOOR: the scanning tablet's device id
    QString checkedInBy; // who recorded it (participant id; themselves for a tablet)

    bool attending() const
    {
        return attendance == v1::ATTENDANCE_IN_ROOM || attendance == v1::ATTENDANCE_ONLINE;
    }
};

/** The whole state of one meeting: the fold of its events. */
struct MeetingState
{
    quint64 seq = 0; // last applied event
    bool defined = false;
    v1::MeetingDefined definition; // as defined; presence lives in `participants`
    std::vector<ParticipantState> participants;
    QHash<QString, int> participantIndex; // id -> index in participants
    QString currentItemId;
    DocumentsState documents;
    FloorState floor;
    MinutesState minutes;
    FormsState forms; // forms, their answers and workflow cases (forms.h)
    std::vector<v1::EnrolledDevice> devices; // in enrolment order (devices.h)
    QHash<QString, int> deviceIndex; // device key -> index in devices
    // When things happened, from the events' server times, for the minutes (minutesmodel.cpp
    // reads them and no other part of the log). A state loaded from a snapshot starts without
    // the times before it: a snapshot carries none, and a tablet makes no minutes.
    qint64 lastEventMs = 0; // the last applied event's
    QHash<QString, qint64> itemStartedMs; // agenda item -> when it was first made current
    qint64 startedMs = 0; // the first item made current: the meeting's start
    bool ended = false; // the agenda ran past its last item (and no item was made current since)
    qint64 endedMs = 0; // when, if ended

    const ParticipantState *participant(const QString &id) const
    {
        const auto it = participantIndex.constFind(id);
        return it == participantIndex.cend() ? nullptr : &participants[size_t(*it)];
    }
    ParticipantState *participant(const QString &id)
    {
        const auto it = participantIndex.constFind(id);
        return it == participantIndex.cend() ? nullptr : &participants[size_t(*it)];
    }
    const v1::EnrolledDevice *device(const QString &key) const
    {
        const auto it = deviceIndex.constFind(key);
        return it == deviceIndex.cend() ? nullptr : &devices[size_t(*it)];
    }
    /** Index of an agenda item, or -1. */
    int agendaIndex(const QString &itemId) const
    {
        for (int i = 0; i < definition.agenda_size(); ++i) {
            if (qstr(definition.agenda(i).id()) == itemId)
                return i;
        }
        return -1;
    }
};

} // namespace quorum
