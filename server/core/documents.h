#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * Documents of a meeting: bytes the server ingested (DocumentIngested), attached to agenda
 * items, replaced by a new version, removed; and who presents which page.
 */

/** The server ingested bytes for this meeting (meeting file, command line, upload). */
Decision decideDocumentIngested(const MeetingState &state, const v1::Document &ingested);
Decision decideAttachDocument(const MeetingState &state, const v1::AttachDocument &command);
Decision decideRemoveDocument(const MeetingState &state, const v1::RemoveDocument &command);
Decision decideSetPresenter(const MeetingState &state, const v1::SetPresenter &command);
Decision decidePresent(
    const MeetingState &state, const QString &actorId, const v1::Present &command);

void applyDocumentIngested(MeetingState &state, const v1::DocumentIngested &event);
void applyDocumentAttached(MeetingState &state, const v1::DocumentAttached &event);
void applyDocumentRemoved(MeetingState &state, const v1::DocumentRemoved &event);
void applyPresenterChanged(MeetingState &state, const v1::PresenterChanged &event);
void applyPresentationChanged(MeetingState &state, const v1::PresentationChanged &event);

/** Whether a participant presents now (the named presenter, or the chair when none is). */
bool isPresenter(const MeetingState &state, const QString &participantId);

/** Adds documents and the presentation to a snapshot. */
void fillDocumentsSnapshot(const MeetingState &state, v1::Snapshot &snapshot);

} // namespace quorum
