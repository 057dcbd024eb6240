#pragma once

#include "meetingfile.h"
#include "roster.h"

namespace quorum {

/**
 * `quorum-server roster LIST.xlsx|LIST.csv --meeting meeting.json [--sheet NAME] [--write]`:
 * reads the office's list of participants and prints what it would import (how many by role,
 * every refused row with its row, column and why); with --write, the list becomes the meeting
 * file's participants. Nothing is written when anything is refused, in the list or in the
 * meeting file it would make. Returns the exit code (0 imported or importable, 1 refused,
 * 2 a usage or file error).
 */
int rosterCommand(int argc, char *argv[]);

/**
 * The meeting file's text with its participants replaced by the list's, the rest of the file
 * as it was written (order, layout, comments of the agenda). A participant the list gives no
 * PIN keeps the one the file had for the same id.
 */
QByteArray withParticipants(const QByteArray &meetingJson, const QList<roster::RosterEntry> &list);

} // namespace quorum
