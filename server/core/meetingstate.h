#pragma once

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
    bool present = false;
    qint64 checkedInMs = 0;  // first check-in of the meeting, 0 before
    qint64 lastChangeMs = 0; // last join or leave
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
