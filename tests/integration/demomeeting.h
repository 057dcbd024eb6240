#pragma once

// The demo meeting's participants (assets/demo/meeting.json), which ServerProcess starts the
// server with, and what bounds a frame there: shared by the tests of big and long meetings.
#include "protocol.h"

#include <QString>

namespace quorum::demo {

const QString ChairPin = QStringLiteral("246810");
const QString SecretaryPin = QStringLiteral("135790");
const QString ObserverPin = QStringLiteral("900000"); // the room's projector
/** The demo's delegates, d01..d10. */
constexpr int Delegates = 10;
inline QString delegatePin(int i) // i = 1..Delegates
{
    return QString::number(310000 + i);
}

/**
 * What bounds a frame a tablet receives: the server cuts at FrameTargetBytes, and a single
 * event may pass it alone (a maximum stroke of 10,000 points with pressure is ~125 KB).
 */
constexpr qint64 LargestEvent = 200 * 1024;

} // namespace quorum::demo
