#pragma once

#include "formsstate.h"

#include <vector>

namespace quorum {

/** One piece of feedback (or a text answer) as the consolidation shows it. */
struct FeedbackEntry
{
    QString respondentId; // empty on anonymous forms
    QString passage; // the selected text (may be empty: the whole page)
    QString comment;
    QString wording; // the proposed wording
};

/** The feedback on one page of a draft, under its section. */
struct FeedbackGroup
{
    QString documentId;
    QString section; // the outline entry the tablet named; empty: none
    quint32 page = 0;
    std::vector<FeedbackEntry> entries;
};

/** A written question as the consolidation shows it. */
struct QuestionEntry
{
    quint32 number = 0;
    QString respondentId;
    QString question;
    QString state; // workflow state id
    QString assigneeId;
};

struct QuestionGroup
{
    QString addressee; // as written (trimmed); questions to the same official together
    std::vector<QuestionEntry> questions;
};

/** Counts of one choice field: one per choice, in order. */
struct ChoiceCounts
{
    QString fieldId;
    std::vector<quint64> counts;
};

/** A number or rating field: how many gave one, their sum. */
struct NumberSummary
{
    QString fieldId;
    quint64 count = 0;
    double sum = 0;
    double mean() const { return count ? sum / double(count) : 0; }
};

/** A text answer of a survey field. */
struct TextAnswer
{
    QString fieldId;
    QString respondentId; // empty on anonymous forms
    QString text;
};

/**
 * A form's answers consolidated (docs/forms.md, "Consolidation"): every answer counted once
 * (a named answer's latest version; an anonymous form's released answers, none while it is
 * open), choices as counts, numbers summed, feedback by section and page, questions by
 * addressee. The secretary's view and the minutes both read it.
 */
struct FormResults
{
    quint64 answers = 0; // answers counted
    quint32 respondents = 0; // participants who answered (anonymous: also while open)
    bool pending = false; // an anonymous form still open: its answers come at the close
    std::vector<ChoiceCounts> choices;
    std::vector<NumberSummary> numbers;
    std::vector<TextAnswer> texts;
    std::vector<FeedbackGroup> feedback; // by page, then section
    std::vector<QuestionGroup> questions; // by addressee, in order of the first question
};

FormResults consolidate(const FormRecord &form);

} // namespace quorum
