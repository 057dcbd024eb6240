#pragma once

#include "meetingfile.h"

#include <QString>

namespace quorum {

class RoomServer;

/** What loading a meeting file did, and the PINs a person needs to join. */
struct LoadedMeeting
{
    QString meetingId;
    bool created = false; // false: the store already held this meeting
    MeetingFile file; // with a PIN for every participant when created
};

/**
 * Reads a meeting definition file and defines the meeting on the server, giving a fresh
 * random PIN to every participant the file names without one. PINs are shown once, here:
 * the store keeps only their hashes.
 */
std::optional<LoadedMeeting> loadMeetingFile(
    RoomServer &server, const QString &path, QString *error);

} // namespace quorum
