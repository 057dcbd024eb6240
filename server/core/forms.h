#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * Forms (docs/forms.md): defined by the chair or the secretary (a built-in purpose without
 * fields gets the built-in's), opened, answered once by each participant (a correction is a new
 * version) and closed, like a ballot. An anonymous form's answers never enter an event while
 * it is open: `decideSubmitAnswer` hands them over as a SealedAnswer for the form box, and
 * `decideCloseForm` releases them, sorted by their random key, with the close.
 */
Decision decideDefineForm(const MeetingState &state, const v1::DefineForm &command);
Decision decideOpenForm(const MeetingState &state, const v1::OpenForm &command);
Decision decideCloseForm(const MeetingState &state, const v1::CloseForm &command);
Decision decideSubmitAnswer(
    const MeetingState &state, const QString &actorId, const v1::SubmitAnswer &command);

void applyFormDefined(MeetingState &state, const v1::FormDefined &event);
void applyFormOpened(MeetingState &state, const v1::FormOpened &event);
void applyFormClosed(MeetingState &state, const v1::FormClosed &event);
void applyFormAnswered(MeetingState &state, const v1::FormAnswered &event);
void applyAnswersReleased(MeetingState &state, const v1::AnswersReleased &event);

/** Puts an anonymous answer into its form's box (server only). */
void addToFormBox(MeetingState &state, const SealedAnswer &answer);

/** The form box key of a receipt: SHA-256 of the form id, a zero byte and the receipt. */
QByteArray formBoxKey(const QString &formId, const std::string &receipt);

void snapshotForms(const MeetingState &state, v1::Snapshot &snapshot);
void loadForms(MeetingState &state, const v1::FormsSnapshot &snapshot);

} // namespace quorum
