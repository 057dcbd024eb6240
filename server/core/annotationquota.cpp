#include "annotationquota.h"

namespace quorum {

namespace {
QString usageKey(const v1::AnnotationOp &op)
{
    return qstr(op.author()) + QLatin1Char('/') + qstr(op.document_id());
}
} // namespace

std::optional<Decision> checkAnnotationQuota(const MeetingState &state, const v1::AnnotationOp &op)
{
    using namespace annotationquota;
    if (op.kind_case() == v1::AnnotationOp::kErase
        || op.kind_case() == v1::AnnotationOp::kClearPage)
        return std::nullopt;
    const AnnotationUsage usage = state.documents.usage.value(usageKey(op));
    if (usage.ops + 1 > MaxOpsPerDocument)
        return Decision::reject(v1::ERROR_QUOTA_EXCEEDED, v1::ANNOTATION_REFUSAL_TOO_MANY,
            QStringLiteral("At most %1 annotations per participant on a document")
                .arg(MaxOpsPerDocument));
    if (usage.bytes + op.ByteSizeLong() > MaxBytesPerDocument)
        return Decision::reject(v1::ERROR_QUOTA_EXCEEDED, v1::ANNOTATION_REFUSAL_TOO_LARGE,
            QStringLiteral("At most %1 MiB of annotations per participant on a document")
                .arg(MaxBytesPerDocument / (1024 * 1024)));
    return std::nullopt;
}

void countAnnotation(MeetingState &state, const v1::AnnotationOp &op)
{
    AnnotationUsage &usage = state.documents.usage[usageKey(op)];
    ++usage.ops;
    usage.bytes += op.ByteSizeLong();
}

} // namespace quorum
