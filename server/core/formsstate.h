#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <map>
#include <vector>

namespace quorum {

/** A named answer as it stands (its latest version) and, on a form with a workflow, its case. */
struct AnswerCase
{
    QString respondentId;
    quint32 number = 0;
    quint32 version = 0;
    v1::FormAnswer answer; // the latest version
    QString state; // workflow state id; empty without a workflow
    QString ballotId; // the ballot that decides the case (BALLOT_CONDITION_ATTACH)
    QString assigneeId; // the participant it was assigned to (a question's official)
    QString amendedText; // an adopted amendment: the page's text with the passage replaced
};

/** One form of the meeting: the fold of its events. */
struct FormRecord
{
    v1::FormDefinition form;
    v1::FormPhase phase = v1::FORM_PHASE_DEFINED;
    std::vector<v1::FormAnswered> answered; // every answer and correction, in order
    std::vector<v1::StepTaken> steps; // every workflow step, in order
    std::vector<v1::FormAnswer> released; // anonymous, closed: the answers, in no order of arrival
    std::map<quint32, AnswerCase> cases; // named answers by number
    QHash<QString, quint32> submissions; // respondent -> answers and corrections sent
    quint32 respondents = 0; // participants who answered
    // Server only, anonymous forms while open: the form box, answers by SHA-256(form, receipt).
    // Never in an event, a snapshot or on a tablet; in the store's form_box table.
    std::map<QByteArray, v1::FormAnswer> box;

    const AnswerCase *answerCase(quint32 number) const
    {
        const auto it = cases.find(number);
        return it == cases.end() ? nullptr : &it->second;
    }
};

/** The forms of a meeting, in the order they were defined. */
struct FormsState
{
    std::vector<FormRecord> forms;
    QHash<QString, int> index; // form id -> index in forms
    QHash<QString, QString> ballotCases; // ballot id -> "form/number" of the case it decides

    const FormRecord *form(const QString &id) const
    {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &forms[size_t(*it)];
    }
    FormRecord *form(const QString &id)
    {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &forms[size_t(*it)];
    }
};

/**
 * An anonymous answer on its way to the form box (like a SecretVote to the ballot box): it
 * never becomes part of an event. `key` is SHA-256(form id, receipt): random to everyone.
 */
struct SealedAnswer
{
    QString formId;
    QByteArray key;
    v1::FormAnswer answer;
};

} // namespace quorum
