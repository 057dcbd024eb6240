#pragma once

#include "agendamodel.h"
#include "meetingclient.h"
#include "participantsmodel.h"

#include <QtQml/qqml.h>

// quorum_client is UI-free (QtCore/QtNetwork only), so its classes cannot carry QML macros
// themselves; these foreign declarations register them in Quorum.Tablet instead.

/** MeetingClient in QML: `MeetingClient { id: client }`. */
struct ForeignMeetingClient
{
    Q_GADGET
    QML_FOREIGN(MeetingClient)
    QML_NAMED_ELEMENT(MeetingClient)
};

/** The participants of a MeetingClient; only ever read through `client.participants`. */
struct ForeignParticipantsModel
{
    Q_GADGET
    QML_FOREIGN(ParticipantsModel)
    QML_NAMED_ELEMENT(ParticipantsModel)
    QML_UNCREATABLE("Read it from MeetingClient.participants")
};

/** The agenda of a MeetingClient; only ever read through `client.agenda`. */
struct ForeignAgendaModel
{
    Q_GADGET
    QML_FOREIGN(AgendaModel)
    QML_NAMED_ELEMENT(AgendaModel)
    QML_UNCREATABLE("Read it from MeetingClient.agenda")
};
