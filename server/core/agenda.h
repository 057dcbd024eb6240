#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/** Agenda rules: which item is current, and how the chair moves through the items. */
Decision decideSetCurrentItem(const MeetingState &state, const v1::SetCurrentItem &command);
Decision decideAdvanceAgenda(const MeetingState &state, const v1::AdvanceAgenda &command);
/** The current item, and when each item started and the agenda ended (the minutes' times). */
void applyCurrentItemChanged(
    MeetingState &state, const v1::CurrentItemChanged &event, qint64 timeMs);

} // namespace quorum
