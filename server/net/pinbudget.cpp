#include "pinbudget.h"

namespace quorum {

namespace {
// Addresses remembered per meeting for the count shown to the secretary, and addresses with
// a bucket at all: past these a flood from a whole IPv6 prefix cannot grow the server.
constexpr int MaxAddressesCounted = 1024;
constexpr int MaxAddressBuckets = 65536;
} // namespace

TokenBucket &PinBudget::addressBucket(const QString &address)
{
    auto it = m_addresses.find(address);
    if (it == m_addresses.end()) {
        if (m_addresses.size() >= MaxAddressBuckets)
            m_addresses
                .clear(); // forgets old failures rather than grow; the meeting's budget stays
        it = m_addresses.insert(
            address, TokenBucket(m_limits.addressBurst, m_limits.addressPerSecond));
    }
    return *it;
}

PinBudget::MeetingRecord &PinBudget::meeting(const QString &meetingId)
{
    auto it = m_meetings.find(meetingId);
    if (it == m_meetings.end())
        it = m_meetings.insert(meetingId,
            MeetingRecord{
                TokenBucket(m_limits.meetingBurst, m_limits.meetingPerHour / 3600.0), 0, {}, {} });
    return *it;
}

PinBudget::Verdict PinBudget::check(
    const QString &meetingId, const QString &address, bool isPin, qint64 nowMs)
{
    const auto a = m_addresses.find(address);
    if (a != m_addresses.end() && !a->available(nowMs))
        return Verdict::AddressLimited;
    if (isPin) {
        const auto m = m_meetings.find(meetingId);
        if (m != m_meetings.end() && !m->budget.available(nowMs))
            return Verdict::MeetingExhausted;
    }
    return Verdict::Check;
}

void PinBudget::failed(const QString &meetingId, const QString &address, bool isPin, qint64 nowMs)
{
    addressBucket(address).take(nowMs);
    MeetingRecord &record = meeting(meetingId);
    if (isPin)
        record.budget.take(nowMs);
    ++record.failed;
    if (record.addresses.size() < MaxAddressesCounted)
        record.addresses.insert(address);
    record.lastAddress = address;
}

v1::AuthFailures PinBudget::report(const QString &meetingId, qint64 nowMs)
{
    MeetingRecord &record = meeting(meetingId);
    v1::AuthFailures report;
    report.set_failed(record.failed);
    report.set_addresses(quint32(record.addresses.size()));
    report.set_budget_left(quint32(record.budget.tokens(nowMs)));
    report.set_pin_joins_paused(report.budget_left() == 0);
    report.set_last_address(sstr(record.lastAddress));
    return report;
}

} // namespace quorum
