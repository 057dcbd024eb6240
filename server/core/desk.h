#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/** The desk's commands (110-129) to their deciding functions (preparation.h, lifecycle.h),
 * after Meeting::decide checked who sends them and the phase. */
Decision decideDesk(const MeetingState &state, const QString &actorId, const v1::Command &command);

} // namespace quorum
