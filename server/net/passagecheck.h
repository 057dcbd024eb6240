#pragma once

#include "meetingstate.h"

namespace quorum {

class BlobStore;

/**
 * Fills the page texts of an answer's references from what the server ingested (the blob
 * store's `<sha256>.txt.json`), before the core decides: an amendment's passage is checked
 * against them and its amended text made from them (docs/forms.md, "Amendments"). Whatever a
 * tablet put there is dropped first; only answers to amendment forms get the text (the others
 * need none, and it would only grow the log). A page the store has no text for stays empty:
 * the core then refuses the passage as not found.
 */
void fillPageTexts(const MeetingState &state, const BlobStore *blobs, v1::SubmitAnswer &command);

} // namespace quorum
