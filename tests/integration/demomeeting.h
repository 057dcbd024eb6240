#pragma once

// The demo meeting's participants (assets/demo/meeting.json), which ServerProcess starts the
// server with, and what bounds a frame there: shared by the tests of big and long meetings.
#include "protocol.h"
#include "rawclient.h"

#include <QString>

#include <memory>
#include <string>

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

/**
 * A raw tablet joined to the demo meeting by PIN (nullptr when it was not welcome); `document`,
 * while still empty, gets the id of the demo's three-page document its Welcome lists.
 */
inline std::unique_ptr<RawClient> joinedWithDocument(
    const QUrl &url, const QString &pin, const QString &device, std::string *document)
{
    v1::Welcome welcome;
    auto client = RawClient::joined(url, pin, device, &welcome);
    for (const v1::Document &d : welcome.snapshot().documents()) {
        if (!client || !document->empty())
            break;
        if (d.pages_size() == 3)
            *document = d.id();
    }
    return client;
}

} // namespace quorum::demo
