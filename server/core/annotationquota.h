#pragma once

#include "decision.h"
#include "meetingstate.h"

#include <optional>

namespace quorum {

/**
 * What one participant may store on one document (docs/protocol.md "Quotas"): operations and
 * their bytes as stored in the log. A heavy annotator draws a stroke every 3 s for a whole
 * day: ~10,000 operations; a 150-point stroke is ~2 KB. Twice that, so that no honest
 * participant meets it, while one delegate cannot make every tablet download gigabytes.
 * Erasing and clearing stay allowed past the quota (they are small and only clean up).
 */
namespace annotationquota {
constexpr quint64 MaxOpsPerDocument = 20'000;
constexpr quint64 MaxBytesPerDocument = 16 * 1024 * 1024;
} // namespace annotationquota

/** ERROR_QUOTA_EXCEEDED when storing `op` would take its author past the quota; else nothing. */
std::optional<Decision> checkAnnotationQuota(const MeetingState &state, const v1::AnnotationOp &op);
/** Counts an applied operation against its author's quota on its document. */
void countAnnotation(MeetingState &state, const v1::AnnotationOp &op);

} // namespace quorum
