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
 * the erased ones, in seq order, converted for Poppler (ink width in points).
 */
std::vector<pdf::ExportAnnotation> annotationsToExport(
    const MeetingState &state, const v1::Document &document, const QString &privateOf);

} // namespace quorum
