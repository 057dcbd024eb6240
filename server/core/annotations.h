#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * Annotation operations: ink, highlight, note, erase, clear-page, in layers. Each operation
 * has a tablet-made id and is applied once: the same id with the same content changes
 * nothing, with other content it is refused.
 */
namespace annotationlimits {
/** A long stroke: 120 Hz pen sampling for about 80 s. Beyond, the tablet splits the stroke. */
constexpr int MaxPointsPerStroke = 10'000;
/** One rectangle per line of text; a highlight across two full pages stays below. */
constexpr int MaxRectsPerHighlight = 200;
constexpr int MaxNoteChars = 4000;
constexpr int MaxOpIdBytes = 64;
/** Stroke width as a fraction of the page width: 0.1 is a 6 cm marker on A4. */
constexpr float MaxStrokeWidth = 0.1f;
} // namespace annotationlimits

Decision decideAnnotate(
    const MeetingState &state, const QString &actorId, const v1::Annotate &command);
/** Folds an operation in: its entry always, its body where the state keeps bodies. `seq` is
 * the event's (where the body is in the log). */
void applyAnnotationApplied(MeetingState &state, const v1::AnnotationApplied &event, quint64 seq);

/** Checks a live preview like the stroke it announces: its refusal, or nothing when fine. */
std::optional<v1::Error> checkStrokePreview(
    const MeetingState &state, const QString &actorId, const v1::StrokePreview &preview);

/** Whether `viewer` may see an operation (private layers: only their author). */
bool maySee(const AnnotationEntry &op, const QString &viewer);

/** What tells a resent operation from another with the same id (AnnotationEntry::digest). */
QByteArray annotationDigest(const v1::AnnotationOp &op);

/**
 * The only participant who may see an event, or empty when everyone may. The room sends
 * everyone else a Withheld event with the same seq, and keeps it out of their snapshots.
 */
QString privateOwner(const v1::Event &event);

/**
 * Adds the annotations `viewer` may see and that still show to a snapshot, in the order of
 * seq. Only the bodies the state keeps (a tablet, a test): the server's state keeps none and
 * sends them in pages read from the log (annotationGroups).
 */
void fillAnnotationsSnapshot(
    const MeetingState &state, const QString &viewer, v1::Snapshot &snapshot);

/** The annotations of one document a snapshot holds for a viewer: op ids in seq order. */
struct AnnotationGroup
{
    QString documentId;
    std::vector<QString> opIds;
};
/**
 * What fillAnnotationsSnapshot adds, as ids grouped by document: the presented document
 * first, then those of the current agenda item, then the others in attach order. A joining
 * tablet gets them in this order (pages), so what is on screen fills in first.
 */
std::vector<AnnotationGroup> snapshotAnnotationGroups(
    const MeetingState &state, const QString &viewer);

} // namespace quorum
