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
        const auto op = m_state.ops.constFind(id);
        if (op == m_state.ops.cend() || m_state.erased.contains(id)
            || op->kind_case() == v1::AnnotationOp::kErase
            || op->kind_case() == v1::AnnotationOp::kClearPage)
            continue;
        if (documentId.isEmpty() || qstr(op->document_id()) == documentId)
            out.push_back(*op);
    }
    return out;
}
