#pragma once

#include "quorum.pb.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

/**
 * The tablet's fold of the meeting's documents, the annotations it may see and the current
 * presentation. MeetingReplica feeds it snapshots and events; the reader and the document
 * cache read it.
 */
class DocumentLibrary : public QObject
{
    Q_OBJECT
public:
    explicit DocumentLibrary(QObject *parent = nullptr);

    const std::vector<quorum::v1::Document> &documents() const { return m_documents; }
    const quorum::v1::Document *document(const QString &id) const;
    /** Annotations that show now (erased ones and erase/clear operations folded out), in order. */
    std::vector<quorum::v1::AnnotationOp> visibleAnnotations(const QString &documentId = {}) const;
    bool hasOp(const QString &opId) const { return m_ops.contains(opId); }
    QString presenterId() const { return m_presenterId; }
    const std::optional<quorum::v1::Presentation> &presentation() const { return m_presentation; }

    void clear();
    void loadSnapshot(const quorum::v1::Snapshot &snapshot);
    /** One page of the snapshot's annotations (they follow the Welcome, one document at a time). */
    void addSnapshotPage(const quorum::v1::AnnotationPage &page);
    void apply(const quorum::v1::Event &event);

signals:
    void documentsChanged();
    void annotationsChanged(const QString &documentId, int page);
    void presentationChanged();

private:
    void addOp(const quorum::v1::AnnotationOp &op);

    std::vector<quorum::v1::Document> m_documents;
    QHash<QString, quorum::v1::AnnotationOp> m_ops;
    std::vector<QString> m_order;
    QSet<QString> m_erased;
    QString m_presenterId;
    std::optional<quorum::v1::Presentation> m_presentation;
};
