#include "workflows.h"

#include <QRegularExpression>
#include <QSet>

namespace quorum {

namespace {
/** A step's note: as a ballot's question (ballots.cpp). */
constexpr int MaxNoteChars = 2000;

Decision invalid(v1::WorkflowRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_ARGUMENT, reason, detail);
}
Decision refuse(v1::WorkflowRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_STATE, reason, detail);
}

void addState(v1::Workflow &w, const char *id, const char *vi, const char *en, bool final = false,
    bool adopted = false)
{
    v1::WorkflowState *s = w.add_states();
    s->set_id(id);
    s->set_label_vi(vi);
    s->set_label_en(en);
    s->set_final(final);
    s->set_adopted(adopted);
}

v1::WorkflowTransition *addStep(v1::Workflow &w, const char *from, const char *to,
    std::initializer_list<v1::Role> roles, v1::BallotCondition ballot = v1::BALLOT_CONDITION_NONE)
{
    v1::WorkflowTransition *t = w.add_transitions();
    t->set_from(from);
    t->set_to(to);
    for (v1::Role r : roles)
        t->add_roles(r);
    t->set_ballot(ballot);
    return t;
}

/** motion and amendment: OpenSlides' path, decided by a ballot with the meeting's rule. */
v1::Workflow motionLike(const char *id, const char *vi, const char *en)
{
    v1::Workflow w;
    w.set_id(id);
    w.set_name_vi(vi);
    w.set_name_en(en);
    addState(w, "submitted", "Đã nộp", "Submitted");
    addState(w, "admitted", "Đã chấp nhận xem xét", "Admitted");
    addState(w, "discussed", "Đã thảo luận", "Discussed");
    addState(w, "voted", "Đang biểu quyết", "Put to the vote");
    addState(w, "adopted", "Được thông qua", "Adopted", true, true);
    addState(w, "rejected", "Không được thông qua", "Rejected", true);
    addState(w, "withdrawn", "Đã rút", "Withdrawn", true);
    addStep(w, "submitted", "admitted", { v1::ROLE_CHAIR });
    addStep(w, "submitted", "rejected", { v1::ROLE_CHAIR });
    addStep(w, "admitted", "discussed", { v1::ROLE_CHAIR });
    addStep(w, "discussed", "voted", { v1::ROLE_CHAIR }, v1::BALLOT_CONDITION_ATTACH);
    addStep(w, "voted", "adopted", { v1::ROLE_CHAIR }, v1::BALLOT_CONDITION_PASSED);
    addStep(w, "voted", "rejected", { v1::ROLE_CHAIR }, v1::BALLOT_CONDITION_FAILED);
    addStep(w, "submitted", "withdrawn", {})->set_submitter(true);
    addStep(w, "admitted", "withdrawn", {})->set_submitter(true);
    return w;
}

v1::Workflow questionWorkflow()
{
    v1::Workflow w;
    w.set_id("question");
    w.set_name_vi("Chất vấn");
    w.set_name_en("Written question");
    addState(w, "submitted", "Đã gửi", "Submitted");
    addState(w, "assigned", "Đã giao trả lời", "Assigned");
    addState(w, "answered", "Đã trả lời", "Answered", true);
    addState(w, "rejected", "Không tiếp nhận", "Not admitted", true);
    addStep(w, "submitted", "assigned", { v1::ROLE_CHAIR })->set_assigns(true);
    addStep(w, "assigned", "answered", { v1::ROLE_CHAIR, v1::ROLE_SECRETARY })->set_assignee(true);
    addStep(w, "submitted", "rejected", { v1::ROLE_CHAIR });
    return w;
}

const std::vector<v1::Workflow> &presets()
{
    static const std::vector<v1::Workflow> all{ motionLike("motion", "Kiến nghị", "Motion"),
        motionLike("amendment", "Đề xuất sửa đổi", "Amendment"), questionWorkflow() };
    return all;
}

QString caseKey(const QString &formId, quint32 number)
{
    return formId + QLatin1Char('/') + QString::number(number);
}

QString collapsed(const QString &text)
{
    return text.simplified();
}
} // namespace

v1::Workflow presetWorkflow(const QString &id)
{
    for (const v1::Workflow &w : presets()) {
        if (qstr(w.id()) == id)
            return w;
    }
    return {};
}

const v1::Workflow *findWorkflow(const MeetingState &state, const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    for (const v1::Workflow &w : state.definition.workflows()) {
        if (qstr(w.id()) == id)
            return workflowProblem(w).isEmpty() ? &w : nullptr;
    }
    for (const v1::Workflow &w : presets()) {
        if (qstr(w.id()) == id)
            return &w;
    }
    return nullptr;
}

QString workflowProblem(const v1::Workflow &workflow)
{
    if (workflow.id().empty() || workflow.id().size() > 64)
        return QStringLiteral("a workflow needs an id of 1 to 64 bytes");
    if (workflow.states().empty())
        return QStringLiteral("workflow %1 has no states").arg(qstr(workflow.id()));
    QSet<QString> states;
    for (const v1::WorkflowState &s : workflow.states()) {
        if (s.id().empty() || states.contains(qstr(s.id())))
            return QStringLiteral("workflow %1: a state without id or twice")
                .arg(qstr(workflow.id()));
        states.insert(qstr(s.id()));
    }
    QSet<QString> steps;
    for (const v1::WorkflowTransition &t : workflow.transitions()) {
        if (!states.contains(qstr(t.from())) || !states.contains(qstr(t.to())))
            return QStringLiteral("workflow %1: a step from or to no state")
                .arg(qstr(workflow.id()));
        const QString key = qstr(t.from()) + QLatin1Char('>') + qstr(t.to());
        if (steps.contains(key))
            return QStringLiteral("workflow %1: the step %2 twice").arg(qstr(workflow.id()), key);
        steps.insert(key);
    }
    return {};
}

const v1::WorkflowTransition *findTransition(
    const v1::Workflow &workflow, const QString &from, const QString &to)
{
    for (const v1::WorkflowTransition &t : workflow.transitions()) {
        if (qstr(t.from()) == from && qstr(t.to()) == to)
            return &t;
    }
    return nullptr;
}

const v1::WorkflowState *findState(const v1::Workflow &workflow, const QString &id)
{
    for (const v1::WorkflowState &s : workflow.states()) {
        if (qstr(s.id()) == id)
            return &s;
    }
    return nullptr;
}

StepWords stepWords(const v1::Workflow &workflow, const v1::WorkflowTransition &step)
{
    // By (from, to) where one target is reached from two places with different meanings:
    // "rejected" right after submission is the chair refusing it, after the vote the result.
    struct Verb
    {
        const char *from; // nullptr: from anywhere
        const char *to;
        const char *vi;
        const char *en;
    };
    static const Verb verbs[] = {
        { nullptr, "admitted", "Chấp nhận xem xét", "Admit" },
        { "voted", "rejected", "Ghi nhận không thông qua", "Record as rejected" },
        { nullptr, "rejected", "Không chấp nhận", "Reject" },
        { nullptr, "discussed", "Kết thúc thảo luận", "Close the discussion" },
        { nullptr, "voted", "Đưa ra biểu quyết", "Put to the vote" },
        { nullptr, "adopted", "Ghi nhận thông qua", "Record as adopted" },
        { nullptr, "withdrawn", "Rút lại", "Withdraw" },
        { nullptr, "assigned", "Giao trả lời", "Assign" },
        { nullptr, "answered", "Ghi nhận đã trả lời", "Record as answered" },
    };
    for (const Verb &v : verbs) {
        if (step.to() == v.to && (!v.from || step.from() == v.from))
            return { QString::fromUtf8(v.vi), QString::fromUtf8(v.en) };
    }
    const v1::WorkflowState *to = findState(workflow, qstr(step.to()));
    if (!to)
        return { qstr(step.to()), qstr(step.to()) };
    return { qstr(to->label_vi()), qstr(to->label_en()) };
}

bool mayTake(const v1::WorkflowTransition &transition, v1::Role role, const QString &actorId,
    const AnswerCase &answerCase)
{
    for (int r : transition.roles()) {
        if (r == role)
            return true;
    }
    if (transition.submitter() && actorId == answerCase.respondentId)
        return true;
    return transition.assignee() && !answerCase.assigneeId.isEmpty()
        && actorId == answerCase.assigneeId;
}

bool passageInText(const QString &pageText, const QString &passage)
{
    const QString needle = collapsed(passage);
    return !needle.isEmpty() && collapsed(pageText).contains(needle);
}

QString amendedText(const QString &pageText, const QString &passage, const QString &wording)
{
    const QString page = collapsed(pageText);
    const QString needle = collapsed(passage);
    const int at = needle.isEmpty() ? -1 : int(page.indexOf(needle));
    if (at < 0)
        return {};
    return page.left(at) + wording.trimmed() + page.mid(at + needle.size());
}

Decision decideTakeStep(
    const MeetingState &state, const QString &actorId, const v1::TakeStep &command)
{
    const QString formId = qstr(command.form_id());
    const FormRecord *form = state.forms.form(formId);
    const AnswerCase *answerCase = form ? form->answerCase(command.number()) : nullptr;
    const v1::Workflow *workflow
        = form ? findWorkflow(state, qstr(form->form.workflow_id())) : nullptr;
    if (!answerCase || !workflow)
        return invalid(v1::WORKFLOW_REFUSAL_UNKNOWN_CASE,
            QStringLiteral("No case %1 on form %2").arg(command.number()).arg(formId));
    const QString to = qstr(command.to_state());
    const v1::WorkflowTransition *step = findTransition(*workflow, answerCase->state, to);
    if (!step)
        return refuse(v1::WORKFLOW_REFUSAL_NO_TRANSITION,
            QStringLiteral("No step from %1 to %2").arg(answerCase->state, to));
    const ParticipantState *actor = state.participant(actorId);
    if (!actor || !mayTake(*step, actor->role, actorId, *answerCase))
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::WORKFLOW_REFUSAL_ROLE,
            QStringLiteral("The sender may not take the step to %1").arg(to));
    if (command.note().size() > size_t(MaxNoteChars) * 4
        || qstr(command.note()).size() > MaxNoteChars)
        return Decision::reject(v1::ERROR_FIELD_TOO_LONG, v1::WORKFLOW_REFUSAL_NOTE_TOO_LONG,
            QStringLiteral("A note of at most %1 characters").arg(MaxNoteChars));

    v1::StepTaken taken;
    taken.set_form_id(sstr(formId));
    taken.set_number(command.number());
    taken.set_from_state(sstr(answerCase->state));
    taken.set_to_state(sstr(to));
    taken.set_note(command.note());
    switch (step->ballot()) {
    case v1::BALLOT_CONDITION_NONE:
        break;
    case v1::BALLOT_CONDITION_ATTACH: {
        const QString ballotId = qstr(command.ballot_id());
        if (ballotId.isEmpty())
            return invalid(v1::WORKFLOW_REFUSAL_NEEDS_BALLOT,
                QStringLiteral("The step to %1 names its ballot").arg(to));
        if (!state.floor.ballot(ballotId))
            return invalid(
                v1::WORKFLOW_REFUSAL_UNKNOWN_BALLOT, QStringLiteral("No ballot %1").arg(ballotId));
        const QString used = state.forms.ballotCases.value(ballotId);
        if (!used.isEmpty() && used != caseKey(formId, command.number()))
            return refuse(v1::WORKFLOW_REFUSAL_BALLOT_IN_USE,
                QStringLiteral("Ballot %1 decides %2").arg(ballotId, used));
        taken.set_ballot_id(sstr(ballotId));
        break;
    }
    case v1::BALLOT_CONDITION_PASSED:
    case v1::BALLOT_CONDITION_FAILED: {
        const BallotRecord *ballot
            = answerCase->ballotId.isEmpty() ? nullptr : state.floor.ballot(answerCase->ballotId);
        if (!ballot)
            return refuse(v1::WORKFLOW_REFUSAL_NEEDS_BALLOT,
                QStringLiteral("The case has no ballot to decide it"));
        const bool cancelled = ballot->phase == v1::BallotState::PHASE_CANCELLED;
        if (ballot->phase != v1::BallotState::PHASE_CLOSED && !cancelled)
            return refuse(v1::WORKFLOW_REFUSAL_BALLOT_NOT_CLOSED,
                QStringLiteral("Ballot %1 has no result yet").arg(answerCase->ballotId));
        // A flagged result is not published: it decides nothing either way.
        const bool passed = !cancelled && ballot->result.passed() && !ballot->result.flagged();
        const bool failed = cancelled || (!ballot->result.passed() && !ballot->result.flagged());
        if ((step->ballot() == v1::BALLOT_CONDITION_PASSED) ? !passed : !failed)
            return refuse(v1::WORKFLOW_REFUSAL_BALLOT_OUTCOME,
                QStringLiteral("The result of ballot %1 does not lead to %2")
                    .arg(answerCase->ballotId, to));
        break;
    }
    case v1::BallotCondition_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::BallotCondition_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    if (step->assigns()) {
        const ParticipantState *assignee = state.participant(qstr(command.assignee_id()));
        if (!assignee || assignee->role == v1::ROLE_OBSERVER)
            return invalid(v1::WORKFLOW_REFUSAL_NEEDS_ASSIGNEE,
                QStringLiteral("The step to %1 assigns the case to a participant").arg(to));
        taken.set_assignee_id(command.assignee_id());
    }
    const v1::WorkflowState *target = findState(*workflow, to);
    if (target && target->adopted() && form->form.purpose() == v1::FORM_AMENDMENT) {
        for (const v1::FieldValue &v : answerCase->answer.values()) {
            if (!v.has_reference())
                continue;
            QString wording;
            for (const v1::FieldValue &w : answerCase->answer.values()) {
                if (w.field_id() == "wording")
                    wording = qstr(w.text());
            }
            taken.set_amended_text(sstr(amendedText(
                qstr(v.reference().page_text()), qstr(v.reference().passage()), wording)));
            break;
        }
    }
    return Events{ makeEvent([&](v1::Event &e) { *e.mutable_step_taken() = taken; }) };
}

void applyStepTaken(MeetingState &state, const v1::StepTaken &event)
{
    FormRecord *form = state.forms.form(qstr(event.form_id()));
    if (!form)
        return;
    form->steps.push_back(event);
    const auto it = form->cases.find(event.number());
    if (it == form->cases.end())
        return;
    AnswerCase &c = it->second;
    c.state = qstr(event.to_state());
    if (!event.ballot_id().empty()) {
        c.ballotId = qstr(event.ballot_id());
        state.forms.ballotCases.insert(c.ballotId, caseKey(qstr(event.form_id()), event.number()));
    }
    if (!event.assignee_id().empty())
        c.assigneeId = qstr(event.assignee_id());
    if (!event.amended_text().empty())
        c.amendedText = qstr(event.amended_text());
}

} // namespace quorum
