#pragma once

// From the meeting's annotation operations to what Poppler writes into a PDF: shared by the
// tablet's ExportDocument (server/net) and the signed archive (server/archive). No Poppler
// here: quorum_pdf keeps it to itself.
#include "meetingstate.h"
#include "pdfexport.h"

#include <QString>

#include <vector>

namespace quorum {

/**
 * The annotations written into one document (ExportDocument, the archive): its shared
 * layer and, when `privateOf` names a participant, that participant's private layer, without
 * the erased ones, in seq order. Their entries: the caller gets the bodies by seq (the log on
 * the server, AnnotationEntry::seq) and hands them to annotationsToExport.
 */
std::vector<const AnnotationEntry *> annotationsToWrite(
    const MeetingState &state, const v1::Document &document, const QString &privateOf);

/**
 * Operations (annotationsToWrite's, in that order) converted for Poppler: ink width in
 * points, the author's name. Erasures and clear-pages are already folded out.
 */
std::vector<pdf::ExportAnnotation> annotationsToExport(const MeetingState &state,
    const v1::Document &document, const std::vector<v1::AnnotationOp> &operations);

} // namespace quorum
