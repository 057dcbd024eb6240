#include "devices.h"

namespace quorum {

Decision decideEnrolDevice(const MeetingState &state, const v1::EnrolledDevice &device)
{
    if (!state.participant(qstr(device.participant_id())))
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::DEVICE_REFUSAL_UNKNOWN_PARTICIPANT,
            QStringLiteral("Unknown participant"));
    if (device.device_key().empty() || state.device(qstr(device.device_key())))
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::DEVICE_REFUSAL_KEY_IN_USE,
            QStringLiteral("A device needs a new key"));
    v1::Event event;
    v1::EnrolledDevice *enrolled = event.mutable_device_enrolled()->mutable_device();
    *enrolled = device;
    enrolled->set_revoked(false);
    enrolled->set_enrolled_ms(0); // the event's own time says when
    return Events{ std::move(event) };
}

Decision decideRevokeDevice(const MeetingState &state, const v1::RevokeDevice &command)
{
    const v1::EnrolledDevice *device = state.device(qstr(command.device_key()));
    if (!device)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::DEVICE_REFUSAL_UNKNOWN_DEVICE,
            QStringLiteral("No device '%1' in this meeting").arg(qstr(command.device_key())));
    if (device->revoked())
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_device_revoked()->set_device_key(command.device_key());
        e.mutable_device_revoked()->set_participant_id(device->participant_id());
    }) };
}

void applyDeviceEnrolled(MeetingState &state, const v1::DeviceEnrolled &event, qint64 timeMs)
{
    state.deviceIndex.insert(qstr(event.device().device_key()), int(state.devices.size()));
    state.devices.push_back(event.device());
    state.devices.back().set_enrolled_ms(timeMs);
}

void applyDeviceRevoked(MeetingState &state, const v1::DeviceRevoked &event)
{
    const auto it = state.deviceIndex.constFind(qstr(event.device_key()));
    if (it != state.deviceIndex.cend())
        state.devices[size_t(*it)].set_revoked(true);
}

void snapshotDevices(const MeetingState &state, v1::Snapshot &snapshot)
{
    for (const v1::EnrolledDevice &device : state.devices)
        *snapshot.add_devices() = device;
}

} // namespace quorum
