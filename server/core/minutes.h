#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * The minutes as events: the secretary edits notes and conclusions per agenda item; the
 * chair and a secretary each approve, and the second approval locks the minutes; a locked
 * (or partly approved) record changes only after a recorded reopening with a reason.
 */
Decision decideEditMinutes(const MeetingState &state, const v1::EditMinutes &command);
Decision decideApproveMinutes(const MeetingState &state, const QString &actorId);
Decision decideReopenMinutes(const MeetingState &state, const v1::ReopenMinutes &command);
/**
 * The gate of ExportMinutes: the files are made outside the core (RoomServer and its
 * MinutesExporter, a child process), which then records makeMinutesExported(). Nothing here.
 */
Decision decideExportMinutes(const MeetingState &state);
Events makeMinutesExported(const v1::MinutesExported &exported);

void applyMinutesEdited(MeetingState &state, const v1::MinutesEdited &event);
void applyMinutesApproved(MeetingState &state, const v1::MinutesApproved &event, qint64 timeMs);
void applyMinutesReopened(
    MeetingState &state, const v1::MinutesReopened &event, qint64 timeMs, const QString &actorId);
void applyMinutesExported(MeetingState &state, const v1::MinutesExported &event, qint64 timeMs);

void snapshotMinutes(const MeetingState &state, v1::Snapshot &snapshot);

} // namespace quorum
