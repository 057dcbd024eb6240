#include "latency.h"

#include <algorithm>
#include <cmath>
#include <ctime>

double LatencyRecorder::nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double LatencyRecorder::percentile(double p) const
{
    if (m_samples.empty())
        return -1;
    std::sort(m_samples.begin(), m_samples.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(m_samples.size())));
    return m_samples[std::clamp<size_t>(rank, 1, m_samples.size()) - 1];
}

QJsonObject LatencyRecorder::summary() const
{
    auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    return {
        { QStringLiteral("samples"), qint64(m_samples.size()) },
        { QStringLiteral("p50_ms"), round2(percentile(50)) },
        { QStringLiteral("p90_ms"), round2(percentile(90)) },
        { QStringLiteral("p99_ms"), round2(percentile(99)) },
        { QStringLiteral("max_ms"), round2(percentile(100)) },
    };
}
