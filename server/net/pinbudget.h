#pragma once

#include "protocol.h"
#include "tokenbucket.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace quorum {

/**
 * How many wrong PINs the server checks, per client address and per meeting over all
 * addresses (docs/protocol.md "PIN budget"). An attacker with many addresses (a /24 on the
 * meeting's Wi-Fi) gets no more guesses than the meeting's budget: once it is spent, PINs are
 * refused without being checked until it refills, so that the expected time to guess any
 * PIN of the meeting stays far beyond a meeting's length. Device tokens (128 bits) are not
 * guessable and join whatever the meeting's budget; their failures count per address only.
 * Time is passed in: testable without a clock.
 */
class PinBudget
{
public:
    struct Limits
    {
        /** Wrong PINs or tokens per client address: 5 tries at once, then one every 2 s. */
        double addressBurst = 5;
        double addressPerSecond = 0.5;
        /**
         * Wrong PINs per meeting over all addresses: room for a room's worth of typos at the
         * start (50), then 12 an hour. With 6-digit PINs and 500 participants that is an
         * expected week to guess one PIN (docs/protocol.md has the table).
         */
        double meetingBurst = 50;
        double meetingPerHour = 12;
    };

    enum class Verdict {
        Check, // go on and check the secret
        AddressLimited, // too many failures from this address
        MeetingExhausted, // a PIN, and the meeting's budget is spent
    };

    explicit PinBudget(Limits limits)
        : m_limits(limits)
    { }

    /** Whether a secret from `address` for `meetingId` may be checked now. */
    Verdict check(const QString &meetingId, const QString &address, bool isPin, qint64 nowMs);
    /** A checked secret was wrong: takes from the address's and (a PIN) the meeting's budget. */
    void failed(const QString &meetingId, const QString &address, bool isPin, qint64 nowMs);
    /** What the chair and the secretary see (ServerMessage.auth_failures). */
    v1::AuthFailures report(const QString &meetingId, qint64 nowMs);
    /** Whether anything failed for this meeting since the server started. */
    bool anyFailed(const QString &meetingId) const { return m_meetings.contains(meetingId); }

private:
    struct MeetingRecord
    {
        TokenBucket budget;
        quint64 failed = 0;
        QSet<QString> addresses; // bounded: see failed()
        QString lastAddress;
    };
    TokenBucket &addressBucket(const QString &address);
    MeetingRecord &meeting(const QString &meetingId);

    Limits m_limits;
    QHash<QString, TokenBucket> m_addresses;
    QHash<QString, MeetingRecord> m_meetings;
};

} // namespace quorum
