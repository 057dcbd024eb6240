#pragma once

#include "eventstore.h"
#include "session.h"

#include <QByteArray>

namespace quorum {

class Meeting;
class Room;
struct AnnotationEntry;

/**
 * The next AnnotationPage of a joining tablet (a serialized ServerMessage): one document's
 * annotations from where `pages` stands, up to FrameTargetBytes (at least one). The page is
 * cut by the sizes the meeting's entries keep; the bodies are read back from the log by the
 * seq that stored them (the server keeps none in memory). Advances `pages`; the last page says
 * `last`.
 */
QByteArray nextAnnotationPage(
    const Meeting &meeting, EventStore &store, const QString &meetingId, Session::Pages &pages);

/**
 * The next SnapshotPage of a joining tablet whose snapshot is too big for one frame (a
 * serialized ServerMessage): the next SnapshotPageBytes of its bytes; advances `snapshot`;
 * the last page says `last`.
 */
QByteArray nextSnapshotPage(Session::SnapshotBytes &snapshot);

/**
 * The pieces a snapshot is cut into: FrameTargetBytes less what a SnapshotPage frame adds
 * around them (tags, lengths, `last`: under 16 bytes).
 */
constexpr qint64 SnapshotPageBytes = FrameTargetBytes - 16;

/**
 * The bodies of `entries` (in their order) read back from the room's log, for the document
 * export: those of events not yet durable are left out (nobody has seen them yet either).
 */
std::vector<v1::AnnotationOp> durableAnnotationBodies(
    const Room &room, const std::vector<const AnnotationEntry *> &entries);

} // namespace quorum
