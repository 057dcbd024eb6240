#pragma once

#include "protocol.h"
#include "session.h"

#include <QByteArray>

namespace quorum {

class Rooms;

/**
 * The pieces the organiser's list of meetings is cut into: FrameTargetBytes less what a
 * MeetingsPage frame adds around them (tags, lengths, `last`: under 16 bytes).
 */
constexpr qint64 MeetingsPageBytes = FrameTargetBytes - 16;

/**
 * Fills the organiser's Welcome with every meeting of the server when they fit one frame the
 * server cuts (FrameTargetBytes) and returns true; otherwise leaves `welcome`'s meetings empty,
 * sets meetings_follow and returns false: the list then goes out with nextMeetingsPage.
 */
bool fillMeetingList(const Rooms &rooms, v1::ServerMessage &welcome);

/**
 * The next MeetingsPage of the organiser's list (a serialized ServerMessage): the summaries of
 * `list`'s meetings from `list.next`, up to MeetingsPageBytes (at least one). A meeting removed
 * since the Welcome is left out. Advances `list`; the page that reaches its end says `last`.
 */
QByteArray nextMeetingsPage(const Rooms &rooms, Session::MeetingList &list);

} // namespace quorum
