#include "annotationbodies.h"

#include <algorithm>

namespace quorum {

QHash<quint64, v1::AnnotationOp> readAnnotationBodies(
    EventStore &store, const QString &meetingId, std::vector<quint64> seqs)
{
    QHash<quint64, v1::AnnotationOp> out;
    std::sort(seqs.begin(), seqs.end());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    for (size_t i = 0; i < seqs.size();) {
        // One query per run of consecutive seqs (a page of one delegate's burst is one run);
        // never the events between two runs, which may be big strokes of other documents.
        size_t j = i;
        while (j + 1 < seqs.size() && seqs[j + 1] == seqs[j] + 1)
            ++j;
        for (const StoredEvent &stored : store.eventRange(meetingId, seqs[i], seqs[j])) {
            std::optional<v1::Event> event = decode<v1::Event>(stored.bytes);
            if (event && event->has_annotation_applied())
                out.insert(
                    stored.seq, std::move(*event->mutable_annotation_applied()->mutable_op()));
        }
        i = j + 1;
    }
    return out;
}

} // namespace quorum
