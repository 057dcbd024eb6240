#pragma once

#include <QJsonObject>

#include <vector>

/**
 * Latency samples of one measurement and their percentiles. Times are wall-clock
 * milliseconds: the server stamps events with its wall clock (Event.server_time_ms), and the
 * bot runs on the same machine, so "received minus stamped" needs no work on the server.
 */
class LatencyRecorder
{
public:
    /** Wall clock in milliseconds since the Unix epoch, with microsecond resolution. */
    static double nowMs();

    void add(double ms) { m_samples.push_back(ms); }
    void clear() { m_samples.clear(); }
    /** Adds another recorder's samples (several rounds measured apart). */
    void merge(const LatencyRecorder &other)
    {
        m_samples.insert(m_samples.end(), other.m_samples.begin(), other.m_samples.end());
    }
    size_t count() const { return m_samples.size(); }
    bool empty() const { return m_samples.empty(); }

    /** Nearest-rank percentile (p in 0..100); -1 when there are no samples. */
    double percentile(double p) const;
    /** {samples, p50_ms, p90_ms, p99_ms, max_ms}, each rounded to 0.01 ms. */
    QJsonObject summary() const;

private:
    mutable std::vector<double> m_samples;
};
