#pragma once

#include <QtGlobal>

#include <algorithm>

namespace quorum {

/**
 * A token bucket: `capacity` actions at once, refilled at `perSecond`. Time is passed in,
 * so the limiter is testable and never reads a clock of its own.
 */
class TokenBucket
{
public:
    TokenBucket(double capacity, double perSecond)
        : m_capacity(capacity)
        , m_perSecond(perSecond)
        , m_tokens(capacity)
    { }

    /** Takes one token if there is one. */
    bool take(qint64 nowMs)
    {
        refill(nowMs);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

    /** Takes `amount` tokens (bytes, say) if there are that many; else takes nothing. */
    bool take(qint64 nowMs, double amount)
    {
        refill(nowMs);
        if (m_tokens < amount)
            return false;
        m_tokens -= amount;
        return true;
    }

    /** Whether a token is there, without taking it. */
    bool available(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens >= 1.0;
    }

    /** Tokens there now (whole or not). */
    double tokens(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens;
    }

private:
    void refill(qint64 nowMs)
    {
        if (m_lastMs != 0 && nowMs > m_lastMs)
            m_tokens = std::min(m_capacity, m_tokens + (nowMs - m_lastMs) * m_perSecond / 1000.0);
        m_lastMs = nowMs;
    }

    double m_capacity;
    double m_perSecond;
    double m_tokens;
    qint64 m_lastMs = 0;
};

} // namespace quorum
