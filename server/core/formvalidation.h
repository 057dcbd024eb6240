#pragma once

#include "decision.h"
#include "meetingstate.h"

#include <optional>

namespace quorum {

/** The limits of forms and answers; docs/forms.md, "Limits", says where each comes from. */
namespace formlimits {
/** A day's agenda of ~20 items with a few forms each, twice over; bounds the snapshot. */
constexpr int MaxForms = 200;
/** The longest paper form in use (a survey sheet) has ~30 questions. */
constexpr int MaxFields = 50;
/** As a ballot's options, far below its 200: a form's choices are read, not elected. */
constexpr int MaxChoices = 50;
/** Titles, labels and one-line answers: as a ballot's question and options. */
constexpr int MaxLabelChars = 500;
constexpr int MaxTextChars = 500;
/** About three pages of comment: feedback is given per section. */
constexpr int MaxLongTextChars = 8000;
/** A reference's passage: a selection of a few paragraphs. */
constexpr int MaxPassageChars = 2000;
/** One answer serialized: an anonymous form's release holds at least 5 per 256 KiB frame. */
constexpr size_t MaxAnswerBytes = 48 * 1024;
/**
 * One form's definition, serialized (built-in fields filled in): it goes to every tablet as one
 * event, and 200 of them sit in every snapshot. 50 fields of 50 choices labelled in both
 * languages at ~100 characters is ~750 KB; the counts alone allow ~7.5 MB, above the 4 MiB
 * frame a tablet accepts.
 */
constexpr size_t MaxFormBytes = 1024 * 1024;
/** Answers and corrections per participant and form: a sitting's motions or amendments. */
constexpr quint32 MaxSubmissions = 20;
/** A rating's stars when the field gives none, and the most it may give. */
constexpr int DefaultStars = 5;
constexpr int MaxStars = 10;
} // namespace formlimits

/**
 * Checks a form's definition (after the built-in fields were filled in) against the meeting:
 * its refusal, or nothing.
 */
std::optional<Decision> checkFormDefinition(
    const MeetingState &state, const v1::FormDefinition &form);

/**
 * Checks an answer against its form: every value names a field once and has its kind, choices
 * exist, numbers and dates are in range, texts within their limit, references name a page of
 * a meeting document (an amendment's passage is in the page's text, which the server filled
 * in), required fields are there. Its refusal, or nothing. Never names a value in the detail:
 * anonymous answers must not reach the log (refusals are logged at debug level).
 */
std::optional<Decision> checkAnswer(
    const MeetingState &state, const v1::FormDefinition &form, const v1::FormAnswer &answer);

} // namespace quorum
