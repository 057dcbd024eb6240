#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * A meeting's definition: who takes part in which role and the agenda. It is the first
 * event of every meeting and cannot be replaced (later issues add amendments as events).
 */
Decision decideDefinition(const MeetingState &state, const v1::MeetingDefined &definition);
void applyMeetingDefined(MeetingState &state, const v1::MeetingDefined &definition);

} // namespace quorum
