#pragma once

#include "protocol.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace quorum {

/** One participant's annotations on one document, for the quota (annotationquota.h). */
struct AnnotationUsage
{
    quint64 ops = 0;
    quint64 bytes = 0;
};

/**
 * One annotation operation as the fold keeps it everywhere: what deciding needs (who may
 * erase it, what a clear-page removes, whether a resend is the same operation) and where its
 * body is in the log. About 300 bytes, where a maximum-size stroke's body is ~117 KiB.
 */
struct AnnotationEntry
{
    QString author;
    QString documentId;
    quint32 page = 0;
    v1::AnnotationLayer layer = v1::LAYER_UNSPECIFIED;
    v1::AnnotationOp::KindCase kind = v1::AnnotationOp::KIND_NOT_SET;
    QString eraseTarget; // an erase's target op id; empty for every other kind
    /** The seq of the AnnotationApplied that stored it: its body is read back from the log by
     * it. On a tablet, for an operation that came in a snapshot, the snapshot's seq. */
    quint64 seq = 0;
    quint32 bytes = 0; // the serialized operation's size (pages are cut by it)
    QByteArray digest; // SHA-256 of the serialized operation: a resend is the same one
};

/**
 * The bodies of annotation operations, where the fold keeps them. A tablet keeps the body of
 * every operation it receives (it draws them); the server keeps none (`kept` false): they are
 * in the log and read back by seq for a page, an export or the archive. Another participant's
 * private operation reaches a tablet only as Withheld: it has neither entry nor body there.
 */
struct AnnotationBodies
{
    bool kept = true;
    QHash<QString, v1::AnnotationOp> byId; // op id -> operation, when kept

    const v1::AnnotationOp *find(const QString &opId) const
    {
        const auto it = byId.constFind(opId);
        return it == byId.cend() ? nullptr : &*it;
    }
};

/** The documents of a meeting, their annotations and the presentation: a fold of events. */
struct DocumentsState
{
    QHash<QString, v1::Document> ingested; // sha256 -> what ingest learnt (id/item empty)
    std::vector<v1::Document> documents; // attached now, in attach order
    QSet<QString> attachedEver; // sha256 of every version ever attached
    QHash<QString, AnnotationEntry> ops; // op id -> every operation ever applied
    AnnotationBodies bodies; // their contents, on a tablet (see AnnotationBodies)
    std::vector<QString> opOrder; // op ids in seq order
    QSet<QString> erased; // ops removed by an erase or a clear-page
    QHash<QString, AnnotationUsage> usage; // "author/document" -> what they stored there
    QString presenterId; // empty: the chair presents
    std::optional<v1::Presentation> presentation;

    const v1::Document *document(const QString &id) const
    {
        for (const v1::Document &d : documents) {
            if (qstr(d.id()) == id)
                return &d;
        }
        return nullptr;
    }
};

} // namespace quorum
