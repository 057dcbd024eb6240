#pragma once

#include <QtGlobal>

namespace quorum {

/** Where the server's time comes from; the core never reads a clock itself. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Milliseconds since the Unix epoch. */
    virtual qint64 nowMs() const = 0;
};

/** A clock that only moves when told, for tests. */
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace quorum
