#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * Devices that typed a PIN once and now join with a token. The core knows which devices
 * exist, whose they are and whether they are revoked; the tokens themselves (their keyed
 * hashes) live in the store, never in an event.
 */
Decision decideEnrolDevice(const MeetingState &state, const v1::EnrolledDevice &device);
Decision decideRevokeDevice(const MeetingState &state, const v1::RevokeDevice &command);
void applyDeviceEnrolled(MeetingState &state, const v1::DeviceEnrolled &event, qint64 timeMs);
void applyDeviceRevoked(MeetingState &state, const v1::DeviceRevoked &event);
void snapshotDevices(const MeetingState &state, v1::Snapshot &snapshot);

} // namespace quorum
