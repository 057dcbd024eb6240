#include "annotationexport.h"

namespace quorum {

std::vector<const AnnotationEntry *> annotationsToWrite(
    const MeetingState &state, const v1::Document &document, const QString &privateOf)
{
    std::vector<const AnnotationEntry *> out;
    const QString documentId = qstr(document.id());
    for (const QString &opId : state.documents.opOrder) {
        const AnnotationEntry &op = *state.documents.ops.constFind(opId);
        if (op.documentId != documentId || state.documents.erased.contains(opId))
            continue;
        if (op.kind == v1::AnnotationOp::kErase || op.kind == v1::AnnotationOp::kClearPage)
            continue; // folded into `erased`
        const bool shared = op.layer == v1::LAYER_SHARED;
        const bool own
            = !privateOf.isEmpty() && op.layer == v1::LAYER_PRIVATE && op.author == privateOf;
        if (shared || own)
            out.push_back(&op);
    }
    return out;
}

std::vector<pdf::ExportAnnotation> annotationsToExport(const MeetingState &state,
    const v1::Document &document, const std::vector<v1::AnnotationOp> &operations)
{
    std::vector<pdf::ExportAnnotation> out;
    for (const v1::AnnotationOp &op : operations) {
        pdf::ExportAnnotation a;
        a.page = int(op.page());
        const ParticipantState *author = state.participant(qstr(op.author()));
        a.author = author ? author->name : qstr(op.author());
        // Page sizes come from ingest; A4 portrait when a page is unknown.
        const double pageWidth = int(op.page()) < document.pages_size()
            ? document.pages(int(op.page())).width()
            : 595.0;
        switch (op.kind_case()) {
        case v1::AnnotationOp::kInk:
            a.kind = pdf::ExportAnnotation::Kind::Ink;
            a.color = QColor::fromRgba(op.ink().color());
            a.width = op.ink().width() * pageWidth;
            for (int i = 0; i + 1 < op.ink().xy_size(); i += 2)
                a.points.emplace_back(op.ink().xy(i), op.ink().xy(i + 1));
            break;
        case v1::AnnotationOp::kHighlight:
            a.kind = pdf::ExportAnnotation::Kind::Highlight;
            a.color = QColor::fromRgba(op.highlight().color());
            for (const v1::NormalizedRect &r : op.highlight().rects())
                a.rects.emplace_back(r.x(), r.y(), r.width(), r.height());
            break;
        case v1::AnnotationOp::kNote:
            a.kind = pdf::ExportAnnotation::Kind::Note;
            a.color = QColor::fromRgba(op.note().color());
            a.position = QPointF(op.note().x(), op.note().y());
            a.text = qstr(op.note().text());
            break;
        case v1::AnnotationOp::kErase:
        case v1::AnnotationOp::kClearPage:
        case v1::AnnotationOp::KIND_NOT_SET:
            continue; // erasures are already folded into `erased`
        }
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace quorum
