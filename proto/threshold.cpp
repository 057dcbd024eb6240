#include "threshold.h"

namespace quorum::threshold {

bool meets(const v1::Threshold &t, quint64 value, quint64 base)
{
    if (base == 0 || t.fraction().denominator() == 0)
        return false;
    // Weights may be large (shares): the products need more than 64 bits to stay exact.
    const unsigned __int128 lhs = (unsigned __int128)value * t.fraction().denominator();
    const unsigned __int128 rhs = (unsigned __int128)base * t.fraction().numerator();
    return t.comparison() == v1::COMPARISON_MORE_THAN ? lhs > rhs : lhs >= rhs;
}

quint64 smallestMeeting(const v1::Threshold &t, quint64 base)
{
    const quint64 d = t.fraction().denominator();
    if (d == 0)
        return base + 1;
    const unsigned __int128 product = (unsigned __int128)base * t.fraction().numerator();
    // At least: ceil(base*n/d). More than: floor(base*n/d) + 1.
    const quint64 floorValue = quint64(product / d);
    if (t.comparison() == v1::COMPARISON_MORE_THAN)
        return floorValue + 1;
    return product % d == 0 ? floorValue : floorValue + 1;
}

v1::Threshold make(quint32 numerator, quint32 denominator, v1::Comparison comparison)
{
    v1::Threshold t;
    t.mutable_fraction()->set_numerator(numerator);
    t.mutable_fraction()->set_denominator(denominator);
    t.set_comparison(comparison);
    return t;
}

} // namespace quorum::threshold
