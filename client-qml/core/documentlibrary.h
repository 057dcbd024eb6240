#pragma once

#include "documentsstate.h"
#include "quorum.pb.h"

#include <QObject>

#include <optional>
#include <vector>

/**
 * The tablet's view of the meeting's documents, the annotations it may see and the current
 * presentation: it reads the state the shared fold keeps (server/core/documentsstate.h, in
 * MeetingReplica), which tells it what an event changed. The reader and the document cache
 * read it.
 */
class DocumentLibrary : public QObject
{
    Q_OBJECT
public:
    /** A view of `state`, which MeetingReplica owns and outlives it. */
    explicit DocumentLibrary(const quorum::DocumentsState &state, QObject *parent = nullptr);

    const std::vector<quorum::v1::Document> &documents() const { return m_state.documents; }
    const quorum::v1::Document *document(const QString &id) const;
    /** Annotations that show now (erased ones and erase/clear operations folded out), in order. */
    std::vector<quorum::v1::AnnotationOp> visibleAnnotations(const QString &documentId = {}) const;
    bool hasOp(const QString &opId) const { return m_state.ops.contains(opId); }
    QString presenterId() const { return m_state.presenterId; }
    const std::optional<quorum::v1::Presentation> &presentation() const
    {
        return m_state.presentation;
    }

    // MeetingReplica says what the fold changed; each emits the signal below that matches.
    void showDocuments() { emit documentsChanged(); }
    void showAnnotations(const QString &documentId, int page)
    {
        emit annotationsChanged(documentId, page);
    }
    void showPresentation() { emit presentationChanged(); }

signals:
    void documentsChanged();
    void annotationsChanged(const QString &documentId, int page);
    void presentationChanged();

private:
    const quorum::DocumentsState &m_state;
};
