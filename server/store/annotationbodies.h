#pragma once

#include "eventstore.h"
#include "protocol.h"

#include <QHash>

#include <vector>

namespace quorum {

/**
 * The bodies of annotation operations read back from the log by the seq of the
 * AnnotationApplied that stored them (AnnotationEntry::seq): the server keeps only what it
 * decides with in memory (docs/architecture.md, "Annotations out of RAM"). Consecutive seqs
 * are read in one query. Returns seq -> operation; a seq that is not (yet) in the log, or is
 * not an annotation, is missing from the result.
 */
QHash<quint64, v1::AnnotationOp> readAnnotationBodies(
    EventStore &store, const QString &meetingId, std::vector<quint64> seqs);

} // namespace quorum
