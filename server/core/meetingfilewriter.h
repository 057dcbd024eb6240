#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace quorum {

/**
 * A meeting as a meeting file (the JSON `parseMeetingFile` reads, assets/demo/meeting.json):
 * the export of a meeting prepared at the organiser's desk. With `pins` (participant id ->
 * PIN, as IssuePins' Reply gave them) it is what `quorum-server cards FILE --out PDF` prints
 * the join cards from; keep such a file as safe as the cards. The desk's fields the reader
 * does not take yet (unit, presenter, kind and parent body, the minutes' number and place) are
 * written too, under their own keys.
 */
QByteArray writeMeetingFile(
    const v1::MeetingDefined &definition, const QHash<QString, QString> &pins = {});

} // namespace quorum
