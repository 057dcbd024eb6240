#pragma once

#include "formresults.h"
#include "meetingstate.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace quorum::minutes {

class Words;

/** One step of a case's path, as the minutes tell it. */
struct CaseStepRow
{
    QString fromVi, fromEn; // state labels
    QString toVi, toEn;
    QString note;
};

/** One motion, amendment or question and its path through its workflow. */
struct CaseRow
{
    quint32 number = 0;
    QString authorName;
    QString summary; // a motion's title, a question, an amendment's passage
    QString detail; // a motion's text, an amendment's proposed wording, a question's addressee
    QString stateVi, stateEn; // where it ended
    bool adopted = false;
    std::vector<CaseStepRow> steps;
    QString ballotQuestion; // the ballot that decided it, when one did
    v1::BallotResult ballotResult;
    bool ballotClosed = false;
    QString assigneeName; // a question's official
    QString amendedText; // an adopted amendment's text
};

/** One form opened in the meeting: its results consolidated, and its cases. */
struct FormMinutes
{
    v1::FormDefinition form;
    v1::FormPhase phase = v1::FORM_PHASE_DEFINED;
    QString itemTitle; // empty: before the meeting
    FormResults results; // respondent ids replaced by names (named forms only)
    std::vector<CaseRow> cases;
};

/** Every form that was opened, in the order they were defined, with names resolved. */
std::vector<FormMinutes> formsMinutes(const MeetingState &state);

/** A form's title, a field's label (its id when there is none), a choice's label, in the
 *  language of `words` (Vietnamese when the English one is missing). Plain text. */
QString formTitleText(const v1::FormDefinition &form, const Words &words);
QString fieldLabelText(const v1::FormDefinition &form, const QString &fieldId, const Words &words);
QString choiceLabelText(const v1::FormChoice &choice, const Words &words);

/** A case's closed ballot, as the minutes and the form's export both print it after its
 *  question: " — 5 / 2 / 1 (passed)"; empty while it is not closed. Plain text. */
QString caseBallotResultText(const CaseRow &c, const Words &words);

/**
 * One form's part of that section, under its title: the consolidated results of a form
 * without workflow, the cases of one with. The export of a form (formsexport.h) prints the
 * same HTML, so that its PDF says what the signed minutes say.
 */
QString formBodyHtml(const FormMinutes &form, const Words &words);

/**
 * The minutes' section of forms and workflows: each form's consolidated results (anonymous
 * ones as counts and texts, never a name), each case's path with its ballot, questions with
 * who answered, adopted amended texts.
 */
QString formsHtml(
    const std::vector<FormMinutes> &forms, const Words &words, const QString &numeral);

} // namespace quorum::minutes
