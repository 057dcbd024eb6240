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

/** The documents of a meeting, their annotations and the presentation: a fold of events. */
struct DocumentsState
{
    QHash<QString, v1::Document> ingested; // sha256 -> what ingest learnt (id/item empty)
    std::vector<v1::Document> documents; // attached now, in attach order
    QSet<QString> attachedEver; // sha256 of every version ever attached
    QHash<QString, v1::AnnotationOp> ops; // op id -> every operation ever applied
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
