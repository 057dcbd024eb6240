#pragma once

#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * Workflows as data (docs/forms.md): states, steps between them and who may take each. The
 * presets "motion", "amendment" and "question" are built in; a meeting's own
 * (MeetingDefined.workflows) come first, so one with a preset's id replaces it.
 */
v1::Workflow presetWorkflow(const QString &id);

/** The workflow with that id as this meeting uses it; null when there is none or it is invalid. */
const v1::Workflow *findWorkflow(const MeetingState &state, const QString &id);

/** Why a workflow is not valid (no states, duplicate ids, a step to or from no state); empty:
 * valid. */
QString workflowProblem(const v1::Workflow &workflow);

/** The transition from `from` to `to`, or null. */
const v1::WorkflowTransition *findTransition(
    const v1::Workflow &workflow, const QString &from, const QString &to);

/** A step's key as a verb, in Vietnamese and English ("Admit", not the state "Admitted"). */
struct StepWords
{
    QString vi;
    QString en;
};
/**
 * The words of the key that takes `step`: the presets' verbs by the state the step leads to
 * (a body's own workflow that uses the same state ids gets them too); any other step says the
 * label of its target state, as a Workflow carries no verbs of its own.
 */
StepWords stepWords(const v1::Workflow &workflow, const v1::WorkflowTransition &step);

/** A state by id, or null. */
const v1::WorkflowState *findState(const v1::Workflow &workflow, const QString &id);

/**
 * Whether a participant may take a transition on a case: by role, as the case's author
 * (`submitter`) or as the participant it is assigned to (`assignee`).
 */
bool mayTake(const v1::WorkflowTransition &transition, v1::Role role, const QString &actorId,
    const AnswerCase &answerCase);

/**
 * TakeStep: the case exists, the workflow has that step from the case's state, the sender may
 * take it, its ballot and its assignee are as the step needs. Reaching an adopted state of an
 * amendment records the amended text.
 */
Decision decideTakeStep(
    const MeetingState &state, const QString &actorId, const v1::TakeStep &command);
void applyStepTaken(MeetingState &state, const v1::StepTaken &event);

/**
 * An amendment's page text with its passage replaced by the proposed wording; whitespace in
 * the passage matches any run of whitespace in the page (PDF text breaks lines). Empty when the
 * passage is not in the page.
 */
QString amendedText(const QString &pageText, const QString &passage, const QString &wording);
/** Whether the passage is in the page's text (whitespace collapsed). */
bool passageInText(const QString &pageText, const QString &passage);

} // namespace quorum
