#pragma once

#include "minutesdownload.h"
#include "minutesdrafts.h"
#include "minutesreplica.h"

#include <QtQml/qqml.h>

/** The minutes of a MeetingClient (`client.minutes`): the secretary console's model. */
struct ForeignMinutesReplica
{
    Q_GADGET
    QML_FOREIGN(MinutesReplica)
    QML_NAMED_ELEMENT(MinutesReplica)
    QML_UNCREATABLE("Read it from MeetingClient.minutes")
};

/** `MinutesDownload { client: ... }`: ExportMinutes, then the PDF and the archive fetched. */
struct ForeignMinutesDownload
{
    Q_GADGET
    QML_FOREIGN(MinutesDownload)
    QML_NAMED_ELEMENT(MinutesDownload)
};

/** `MinutesDrafts { client: ... }`: the secretary's typing, kept on the tablet until saved. */
struct ForeignMinutesDrafts
{
    Q_GADGET
    QML_FOREIGN(MinutesDrafts)
    QML_NAMED_ELEMENT(MinutesDrafts)
};
