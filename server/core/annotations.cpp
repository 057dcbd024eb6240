#include "annotations.h"

#include "annotationquota.h"
#include "documents.h"

#include <QCryptographicHash>

#include <cmath>

namespace quorum {

using namespace annotationlimits;

namespace {
/** What is wrong with an operation: every check below refuses with INVALID_ARGUMENT. */
using Problem = std::optional<v1::Error>;

v1::Error invalid(v1::AnnotationRefusal reason, const QString &detail)
{
    return makeError(v1::ERROR_INVALID_ARGUMENT, reason, detail);
}

// Page coordinates are 0..1; a pen may overshoot the page edge a little.
bool inPage(float v)
{
    return std::isfinite(v) && v >= -0.05f && v <= 1.05f;
}

/** Whether a resent operation is the one applied before. An erase was stored with its
 *  target's document, page and layer filled in, so it compares by target. */
bool sameContent(const AnnotationEntry &applied, const v1::AnnotationOp &resent)
{
    if (applied.kind == v1::AnnotationOp::kErase && resent.kind_case() == v1::AnnotationOp::kErase)
        return applied.author == qstr(resent.author())
            && applied.eraseTarget == qstr(resent.erase().target_op_id());
    return applied.digest == annotationDigest(resent);
}

/** Document, page and layer of an operation that draws. */
Problem checkTarget(const MeetingState &state, const QString &actorId, const QString &documentId,
    quint32 page, v1::AnnotationLayer layer)
{
    const v1::Document *doc = state.documents.document(documentId);
    if (!doc)
        return invalid(v1::ANNOTATION_REFUSAL_UNKNOWN_DOCUMENT,
            QStringLiteral("No document with id '%1' in this meeting").arg(documentId));
    if (int(page) >= doc->pages_size())
        return invalid(v1::ANNOTATION_REFUSAL_PAGE_OUT_OF_RANGE,
            QStringLiteral("Page %1 does not exist; the document has %2 pages")
                .arg(page + 1)
                .arg(doc->pages_size()));
    switch (layer) {
    case v1::LAYER_PRIVATE:
    case v1::LAYER_SHARED:
        return std::nullopt;
    case v1::LAYER_PRESENTER:
        if (!isPresenter(state, actorId))
            return invalid(v1::ANNOTATION_REFUSAL_NOT_PRESENTER,
                QStringLiteral("Only the presenter draws on the presenter layer"));
        return std::nullopt;
    case v1::LAYER_UNSPECIFIED:
    case v1::AnnotationLayer_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::AnnotationLayer_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return invalid(
        v1::ANNOTATION_REFUSAL_UNKNOWN_LAYER, QStringLiteral("Unknown annotation layer"));
}

Problem checkPoints(const google::protobuf::RepeatedField<float> &xy)
{
    if (xy.size() < 2 || xy.size() % 2 != 0)
        return invalid(
            v1::ANNOTATION_REFUSAL_BAD_SHAPE, QStringLiteral("A stroke needs x,y pairs"));
    if (xy.size() / 2 > MaxPointsPerStroke)
        return invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
            QStringLiteral("A stroke has at most %1 points").arg(MaxPointsPerStroke));
    for (float v : xy) {
        if (!inPage(v))
            return invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
                QStringLiteral("Stroke points must be finite page coordinates (0..1)"));
    }
    return std::nullopt;
}

Problem checkInk(const v1::InkStroke &ink)
{
    if (Problem e = checkPoints(ink.xy()))
        return e;
    if (ink.pressure_size() != 0 && ink.pressure_size() != ink.xy_size() / 2)
        return invalid(
            v1::ANNOTATION_REFUSAL_BAD_SHAPE, QStringLiteral("Pressure needs one value per point"));
    for (float p : ink.pressure()) {
        if (!std::isfinite(p) || p < 0 || p > 1)
            return invalid(
                v1::ANNOTATION_REFUSAL_BAD_SHAPE, QStringLiteral("Pressure must be 0..1"));
    }
    if (!std::isfinite(ink.width()) || ink.width() <= 0 || ink.width() > MaxStrokeWidth)
        return invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
            QStringLiteral("Stroke width must be above 0 and at most %1 of the page width")
                .arg(MaxStrokeWidth));
    return std::nullopt;
}

Problem checkHighlight(const v1::Highlight &h)
{
    if (h.rects_size() == 0 || h.rects_size() > MaxRectsPerHighlight)
        return invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
            QStringLiteral("A highlight has 1 to %1 rectangles").arg(MaxRectsPerHighlight));
    for (const v1::NormalizedRect &r : h.rects()) {
        if (!inPage(r.x()) || !inPage(r.y()) || !inPage(r.x() + r.width())
            || !inPage(r.y() + r.height()) || !(r.width() > 0) || !(r.height() > 0))
            return invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
                QStringLiteral("Highlight rectangles must lie within the page (0..1)"));
    }
    return std::nullopt;
}
} // namespace

bool maySee(const AnnotationEntry &op, const QString &viewer)
{
    return op.layer != v1::LAYER_PRIVATE || op.author == viewer;
}

QByteArray annotationDigest(const v1::AnnotationOp &op)
{
    return QCryptographicHash::hash(
        QByteArray::fromStdString(op.SerializeAsString()), QCryptographicHash::Sha256);
}

QString privateOwner(const v1::Event &event)
{
    if (event.body_case() == v1::Event::kAnnotationApplied
        && event.annotation_applied().op().layer() == v1::LAYER_PRIVATE)
        return qstr(event.annotation_applied().op().author());
    return {};
}

Decision decideAnnotate(
    const MeetingState &state, const QString &actorId, const v1::Annotate &command)
{
    v1::AnnotationOp op = command.op();
    op.set_author(sstr(actorId));
    if (op.op_id().empty() || op.op_id().size() > size_t(MaxOpIdBytes))
        return invalid(v1::ANNOTATION_REFUSAL_BAD_OP_ID,
            QStringLiteral("op_id must be 1 to %1 bytes").arg(MaxOpIdBytes));
    const QString opId = qstr(op.op_id());
    if (const auto it = state.documents.ops.constFind(opId); it != state.documents.ops.cend()) {
        if (sameContent(*it, op))
            return Decision::nothing(); // sent again (reconnect, second device): applied once
        return invalid(v1::ANNOTATION_REFUSAL_OP_ID_REUSED,
            QStringLiteral("Annotation id '%1' was used for another operation").arg(opId));
    }
    if (op.kind_case() == v1::AnnotationOp::kErase) {
        // An erase lives where its target lives.
        const auto target = state.documents.ops.constFind(qstr(op.erase().target_op_id()));
        if (target == state.documents.ops.cend() || !maySee(*target, actorId)
            || state.documents.erased.contains(target.key()))
            return invalid(v1::ANNOTATION_REFUSAL_NOTHING_TO_ERASE,
                QStringLiteral("No annotation '%1' to erase").arg(qstr(op.erase().target_op_id())));
        if (target->kind == v1::AnnotationOp::kErase
            || target->kind == v1::AnnotationOp::kClearPage)
            return invalid(v1::ANNOTATION_REFUSAL_NOT_ERASABLE,
                QStringLiteral("Only ink, highlights and notes can be erased"));
        const ParticipantState *actor = state.participant(actorId);
        const bool chairOnShared
            = actor && actor->role == v1::ROLE_CHAIR && target->layer != v1::LAYER_PRIVATE;
        if (target->author != actorId && !chairOnShared)
            return Decision::reject(v1::ERROR_FORBIDDEN, v1::ANNOTATION_REFUSAL_ERASE_NOT_ALLOWED,
                QStringLiteral("Only its author (or the chair) erases an annotation"));
        op.set_document_id(sstr(target->documentId));
        op.set_page(target->page);
        op.set_layer(target->layer);
    } else {
        if (Problem e = checkTarget(state, actorId, qstr(op.document_id()), op.page(), op.layer()))
            return *e;
    }
    Problem error;
    switch (op.kind_case()) {
    case v1::AnnotationOp::kInk:
        error = checkInk(op.ink());
        break;
    case v1::AnnotationOp::kHighlight:
        error = checkHighlight(op.highlight());
        break;
    case v1::AnnotationOp::kNote:
        if (!inPage(op.note().x()) || !inPage(op.note().y()))
            error = invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
                QStringLiteral("A note must sit on the page (0..1)"));
        else if (op.note().text().empty() || qstr(op.note().text()).size() > MaxNoteChars)
            error = invalid(v1::ANNOTATION_REFUSAL_NOTE_LENGTH,
                QStringLiteral("A note has 1 to %1 characters").arg(MaxNoteChars));
        break;
    case v1::AnnotationOp::kErase:
    case v1::AnnotationOp::kClearPage:
        break;
    case v1::AnnotationOp::KIND_NOT_SET:
        error
            = invalid(v1::ANNOTATION_REFUSAL_NO_KIND, QStringLiteral("The operation has no kind"));
        break;
    }
    if (error)
        return *error;
    if (auto overQuota = checkAnnotationQuota(state, op))
        return *overQuota;
    return Events{ makeEvent(
        [&](v1::Event &e) { *e.mutable_annotation_applied()->mutable_op() = op; }) };
}

void applyAnnotationApplied(MeetingState &state, const v1::AnnotationApplied &event, quint64 seq)
{
    const v1::AnnotationOp &op = event.op();
    const QString id = qstr(op.op_id());
    DocumentsState &docs = state.documents;
    AnnotationEntry entry;
    entry.author = qstr(op.author());
    entry.documentId = qstr(op.document_id());
    entry.page = op.page();
    entry.layer = op.layer();
    entry.kind = op.kind_case();
    if (entry.kind == v1::AnnotationOp::kErase)
        entry.eraseTarget = qstr(op.erase().target_op_id());
    entry.seq = seq;
    entry.bytes = quint32(op.ByteSizeLong());
    entry.digest = annotationDigest(op);
    docs.ops.insert(id, entry);
    docs.opOrder.push_back(id);
    if (docs.bodies.kept)
        docs.bodies.byId.insert(id, op);
    countAnnotation(state, op);
    if (entry.kind == v1::AnnotationOp::kErase) {
        docs.erased.insert(entry.eraseTarget);
    } else if (entry.kind == v1::AnnotationOp::kClearPage) {
        for (const QString &other : docs.opOrder) {
            const AnnotationEntry &o = docs.ops[other];
            if (o.author == entry.author && o.documentId == entry.documentId && o.page == entry.page
                && o.layer == entry.layer)
                docs.erased.insert(other);
        }
    }
}

std::optional<v1::Error> checkStrokePreview(
    const MeetingState &state, const QString &actorId, const v1::StrokePreview &preview)
{
    if (preview.stroke_id().empty() || preview.stroke_id().size() > size_t(MaxOpIdBytes))
        return invalid(v1::ANNOTATION_REFUSAL_BAD_OP_ID,
            QStringLiteral("stroke_id must be 1 to %1 bytes").arg(MaxOpIdBytes));
    if (Problem e
        = checkTarget(state, actorId, qstr(preview.document_id()), preview.page(), preview.layer()))
        return e;
    if (preview.cancel())
        return std::nullopt;
    if (preview.first_point() > quint32(MaxPointsPerStroke))
        return invalid(v1::ANNOTATION_REFUSAL_BAD_SHAPE,
            QStringLiteral("A stroke has at most %1 points").arg(MaxPointsPerStroke));
    return checkPoints(preview.xy());
}

void fillAnnotationsSnapshot(
    const MeetingState &state, const QString &viewer, v1::Snapshot &snapshot)
{
    const DocumentsState &docs = state.documents;
    for (const QString &id : docs.opOrder) {
        const AnnotationEntry &op = docs.ops[id];
        if (docs.erased.contains(id) || !maySee(op, viewer) || !docs.document(op.documentId))
            continue;
        if (op.kind == v1::AnnotationOp::kErase || op.kind == v1::AnnotationOp::kClearPage)
            continue; // their effect is folded in
        if (const v1::AnnotationOp *body = docs.bodies.find(id))
            *snapshot.add_annotations() = *body;
    }
}

std::vector<AnnotationGroup> snapshotAnnotationGroups(
    const MeetingState &state, const QString &viewer)
{
    const DocumentsState &docs = state.documents;
    std::vector<AnnotationGroup> groups;
    QHash<QString, size_t> groupOf;
    auto addGroup = [&](const QString &documentId) {
        if (!groupOf.contains(documentId) && docs.document(documentId)) {
            groupOf.insert(documentId, groups.size());
            groups.push_back({ documentId, {} });
        }
    };
    if (docs.presentation)
        addGroup(qstr(docs.presentation->document_id()));
    for (const v1::Document &d : docs.documents) {
        if (qstr(d.item_id()) == state.currentItemId)
            addGroup(qstr(d.id()));
    }
    for (const v1::Document &d : docs.documents)
        addGroup(qstr(d.id()));
    for (const QString &id : docs.opOrder) {
        const AnnotationEntry &op = docs.ops[id];
        if (docs.erased.contains(id) || !maySee(op, viewer))
            continue;
        if (op.kind == v1::AnnotationOp::kErase || op.kind == v1::AnnotationOp::kClearPage)
            continue; // their effect is folded in
        const auto group = groupOf.constFind(op.documentId);
        if (group != groupOf.cend())
            groups[*group].opIds.push_back(id);
    }
    return groups;
}

} // namespace quorum
