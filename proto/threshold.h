#pragma once

#include "quorum.pb.h"

#include <QtGlobal>

namespace quorum {

/**
 * The arithmetic of a Threshold, shared by the server's rules and the tablet's live quorum:
 * `value / base` against `numerator / denominator`, cross-multiplied in 128-bit integers, so
 * that "2/3 of 16" or "exactly half" is never a rounding question.
 */
namespace threshold {

/** Whether `value` out of `base` meets the threshold. A base of 0 meets nothing. */
bool meets(const v1::Threshold &threshold, quint64 value, quint64 base);

/** The smallest value that meets the threshold of `base` (for "N more needed"). */
quint64 smallestMeeting(const v1::Threshold &threshold, quint64 base);

/** A threshold made of a fraction and a comparison. */
v1::Threshold make(quint32 numerator, quint32 denominator, v1::Comparison comparison);

} // namespace threshold
} // namespace quorum
