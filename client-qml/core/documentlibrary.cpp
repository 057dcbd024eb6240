#include "documentlibrary.h"

#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

DocumentLibrary::DocumentLibrary(const quorum::DocumentsState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{ }

const v1::Document *DocumentLibrary::document(const QString &id) const
{
    return m_state.document(id);
}

std::vector<v1::AnnotationOp> DocumentLibrary::visibleAnnotations(const QString &documentId) const
{
    std::vector<v1::AnnotationOp> out;
    for (const QString &id : m_state.opOrder) {
        const auto entry = m_state.ops.constFind(id);
        if (entry == m_state.ops.cend() || m_state.erased.contains(id)
            || entry->kind == v1::AnnotationOp::kErase
            || entry->kind == v1::AnnotationOp::kClearPage)
            continue;
        if (!documentId.isEmpty() && entry->documentId != documentId)
            continue;
        // A tablet's state keeps the body of every operation it received (AnnotationBodies).
        if (const v1::AnnotationOp *op = m_state.bodies.find(id))
            out.push_back(*op);
    }
    return out;
}
