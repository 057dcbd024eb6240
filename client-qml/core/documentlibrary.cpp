#include "documentlibrary.h"

#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

DocumentLibrary::DocumentLibrary(QObject *parent) : QObject(parent) {}

const v1::Document *DocumentLibrary::document(const QString &id) const
{
    for (const v1::Document &d : m_documents) {
        if (qstr(d.id()) == id)
            return &d;
    }
    return nullptr;
}

std::vector<v1::AnnotationOp> DocumentLibrary::visibleAnnotations(const QString &documentId) const
{
    std::vector<v1::AnnotationOp> out;
    for (const QString &id : m_order) {
        const v1::AnnotationOp &op = m_ops[id];
        if (m_erased.contains(id) || op.kind_case() == v1::AnnotationOp::kErase
            || op.kind_case() == v1::AnnotationOp::kClearPage)
            continue;
        if (documentId.isEmpty() || qstr(op.document_id()) == documentId)
            out.push_back(op);
    }
    return out;
}

void DocumentLibrary::clear()
{
    m_documents.clear();
    m_ops.clear();
    m_order.clear();
    m_erased.clear();
    m_presenterId.clear();
    m_presentation.reset();
    emit documentsChanged();
    emit presentationChanged();
}

void DocumentLibrary::loadSnapshot(const v1::Snapshot &snapshot)
{
    m_documents.assign(snapshot.documents().begin(), snapshot.documents().end());
    m_ops.clear();
    m_order.clear();
    m_erased.clear();
    for (const v1::AnnotationOp &op : snapshot.annotations())
        addOp(op);
    m_presenterId = qstr(snapshot.presenter_id());
    m_presentation.reset();
    if (snapshot.has_presentation())
        m_presentation = snapshot.presentation();
    emit documentsChanged();
    emit annotationsChanged({}, -1);
    emit presentationChanged();
}

void DocumentLibrary::addSnapshotPage(const v1::AnnotationPage &page)
{
    if (page.annotations().empty())
        return;
    for (const v1::AnnotationOp &op : page.annotations())
        addOp(op);
    emit annotationsChanged(qstr(page.document_id()), -1);
}

void DocumentLibrary::addOp(const v1::AnnotationOp &op)
{
    const QString id = qstr(op.op_id());
    if (m_ops.contains(id))
        return;
    m_ops.insert(id, op);
    m_order.push_back(id);
    if (op.kind_case() == v1::AnnotationOp::kErase) {
        m_erased.insert(qstr(op.erase().target_op_id()));
    } else if (op.kind_case() == v1::AnnotationOp::kClearPage) {
        for (const QString &other : m_order) {
            const v1::AnnotationOp &o = m_ops[other];
            if (o.author() == op.author() && o.document_id() == op.document_id() && o.page() == op.page()
                && o.layer() == op.layer())
                m_erased.insert(other);
        }
    }
}

void DocumentLibrary::apply(const v1::Event &event)
{
    switch (event.body_case()) {
    case v1::Event::kDocumentAttached: {
        const v1::Document &doc = event.document_attached().document();
        bool replaced = false;
        for (v1::Document &d : m_documents) {
            if (d.id() == doc.id()) {
                d = doc;
                replaced = true;
            }
        }
        if (!replaced)
            m_documents.push_back(doc);
        emit documentsChanged();
        break;
    }
    case v1::Event::kDocumentRemoved: {
        const std::string id = event.document_removed().document_id();
        m_documents.erase(std::remove_if(m_documents.begin(), m_documents.end(),
                                         [&](const v1::Document &d) { return d.id() == id; }),
                          m_documents.end());
        emit documentsChanged();
        break;
    }
    case v1::Event::kAnnotationApplied: {
        const v1::AnnotationOp &op = event.annotation_applied().op();
        addOp(op);
        emit annotationsChanged(qstr(op.document_id()), int(op.page()));
        break;
    }
    case v1::Event::kPresenterChanged:
        m_presenterId = qstr(event.presenter_changed().participant_id());
        emit presentationChanged();
        break;
    case v1::Event::kPresentationChanged:
        m_presentation.reset();
        if (event.presentation_changed().has_presentation())
            m_presentation = event.presentation_changed().presentation();
        emit presentationChanged();
        break;
    default:
        break; // the rest of the meeting is folded by MeetingReplica
    }
}
