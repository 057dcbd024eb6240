#pragma once

#include "meetingclient.h"

#include <memory>

/**
 * A tablet of an integration test: the real client library, joined with a PIN as a person
 * would, retrying a lost connection after 50-500 ms (not the product's back-off, so that a
 * test does not wait on it).
 */
inline std::unique_ptr<MeetingClient> joinedTablet(
    const QUrl &url, const QString &pin, const QString &device)
{
    auto client = std::make_unique<MeetingClient>();
    client->setDeviceId(device);
    client->setReconnectPolicy(50, 500);
    client->join(url, pin);
    return client;
}
