#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * The speakers' queue and the running speech. Points of order go to the front, after the
 * points of order already there. Speaking time is accounted per person and agenda item, with
 * pauses left out; the countdown is computed by every tablet from the events' server times.
 */
Decision decideRequestFloor(
    const MeetingState &state, const QString &actorId, const v1::RequestFloor &command);
Decision decideWithdrawFloor(const MeetingState &state, const QString &actorId);
Decision decideGiveFloor(const MeetingState &state, const v1::GiveFloor &command, qint64 nowMs);
Decision decideNextSpeaker(const MeetingState &state, qint64 nowMs);
Decision decideRemoveSpeaker(const MeetingState &state, const v1::RemoveSpeaker &command);
Decision decideMoveSpeaker(const MeetingState &state, const v1::MoveSpeaker &command);
Decision decideSetQueueOpen(const MeetingState &state, const v1::SetQueueOpen &command);
Decision decideSetSpeakingTime(const MeetingState &state, const v1::SetSpeakingTime &command);
Decision decidePauseSpeech(const MeetingState &state);
Decision decideResumeSpeech(const MeetingState &state);
Decision decideEndSpeech(const MeetingState &state, const QString &actorId, qint64 nowMs);

void applyFloorRequested(MeetingState &state, const v1::FloorRequested &event);
void applyFloorWithdrawn(MeetingState &state, const v1::FloorWithdrawn &event);
void applySpeakerMoved(MeetingState &state, const v1::SpeakerMoved &event);
void applyQueueOpenChanged(MeetingState &state, const v1::QueueOpenChanged &event);
void applySpeakingTimeChanged(MeetingState &state, const v1::SpeakingTimeChanged &event);
void applySpeechStarted(MeetingState &state, const v1::SpeechStarted &event, qint64 timeMs);
void applySpeechPaused(MeetingState &state, qint64 timeMs);
void applySpeechResumed(MeetingState &state, qint64 timeMs);
void applySpeechEnded(MeetingState &state, const v1::SpeechEnded &event);

/** The speaking time for the next speeches when an item becomes current. */
void resetSpeakingTime(MeetingState &state);

/** Copies the queue, the speech and the totals into a snapshot. */
void snapshotSpeakers(const MeetingState &state, v1::FloorSnapshot *floor);

} // namespace quorum
