#include "forms.h"

#include "formpresets.h"
#include "formvalidation.h"
#include "speakers.h"
#include "workflows.h"

#include <QCryptographicHash>

namespace quorum {

using namespace formlimits;

namespace {
Decision unknownForm(const QString &id)
{
    return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::FORM_REFUSAL_UNKNOWN_FORM,
        QStringLiteral("No form %1").arg(id));
}
Decision refuse(v1::FormRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_STATE, reason, detail);
}

/** A refusal when the form a command names does not exist or is not in the phase it needs. */
std::optional<Decision> formRefusal(
    const FormRecord *form, const std::string &formId, v1::FormPhase needed)
{
    if (!form)
        return unknownForm(qstr(formId));
    if (form->phase == needed)
        return std::nullopt;
    if (needed == v1::FORM_PHASE_OPEN)
        return refuse(
            v1::FORM_REFUSAL_NOT_OPEN, QStringLiteral("Form %1 is not open").arg(qstr(formId)));
    return refuse(v1::FORM_REFUSAL_ALREADY_USED,
        QStringLiteral("Form %1 was opened already").arg(qstr(formId)));
}

/** Refusals both kinds of answer share: one answer a participant unless the form keeps cases,
 * and at most MaxSubmissions answers and versions of one sender. */
Decision answeredAlready(const QString &formId)
{
    return refuse(v1::FORM_REFUSAL_ALREADY_SUBMITTED,
        QStringLiteral("The sender answered form %1 already").arg(formId));
}
Decision tooManyAnswers()
{
    return refuse(v1::FORM_REFUSAL_TOO_MANY_ANSWERS,
        QStringLiteral("At most %1 answers and versions on a form").arg(MaxSubmissions));
}

/** The FormAnswered event of either kind: an anonymous one has no number and no answer. */
v1::Event formAnswered(const QString &formId, const QString &actorId, quint32 number,
    quint32 version, const v1::FormAnswer *answer)
{
    return makeEvent([&](v1::Event &e) {
        v1::FormAnswered *a = e.mutable_form_answered();
        a->set_form_id(sstr(formId));
        a->set_respondent_id(sstr(actorId));
        a->set_number(number);
        a->set_version(version);
        if (answer)
            *a->mutable_answer() = *answer;
    });
}

/** Answers of one release event: well below a frame (FrameTargetBytes) with its overhead. */
constexpr size_t ReleaseBytes = 192 * 1024;

/** The first state of the form's workflow, or empty without one. */
QString initialState(const MeetingState &state, const v1::FormDefinition &form)
{
    const v1::Workflow *workflow = findWorkflow(state, qstr(form.workflow_id()));
    return workflow && workflow->states_size() ? qstr(workflow->states(0).id()) : QString();
}

Decision submitAnonymous(
    const FormRecord &form, const QString &actorId, const v1::SubmitAnswer &command)
{
    if (command.receipt().size() < 16 || command.receipt().size() > 64)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::FORM_REFUSAL_BAD_RECEIPT,
            QStringLiteral("An anonymous answer needs a receipt of 16 to 64 bytes"));
    const QString formId = qstr(form.form.id());
    const QByteArray key = formBoxKey(formId, command.receipt());
    const quint32 sent = form.submissions.value(actorId);
    // A correction names its answer by the receipt only the sender's tablet holds; another
    // receipt from someone who answered would be a second answer.
    if (sent > 0 && form.box.find(key) == form.box.end())
        return answeredAlready(formId);
    if (sent >= MaxSubmissions)
        return tooManyAnswers();
    Decision decision = Events{ formAnswered(formId, actorId, 0, sent + 1, nullptr) };
    decision.withSealedAnswer({ formId, key, command.answer() });
    return decision;
}

Decision submitNamed(const MeetingState &state, const FormRecord &form, const QString &actorId,
    const v1::SubmitAnswer &command)
{
    const QString formId = qstr(form.form.id());
    const bool cases = !form.form.workflow_id().empty();
    const quint32 sent = form.submissions.value(actorId);
    quint32 number = 0;
    quint32 version = 1;
    if (command.corrects() != 0) {
        const AnswerCase *own = form.answerCase(command.corrects());
        if (!own || own->respondentId != actorId)
            return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::FORM_REFUSAL_UNKNOWN_ANSWER,
                QStringLiteral("Answer %1 of form %2 is not the sender's")
                    .arg(command.corrects())
                    .arg(formId));
        if (cases && own->state != initialState(state, form.form))
            return refuse(v1::FORM_REFUSAL_CASE_MOVED,
                QStringLiteral("Case %1 of form %2 has moved on").arg(own->number).arg(formId));
        number = own->number;
        version = own->version + 1;
    } else if (!cases && sent > 0) {
        return answeredAlready(formId);
    } else {
        number = form.cases.empty() ? 1 : form.cases.rbegin()->first + 1;
    }
    if (sent >= MaxSubmissions)
        return tooManyAnswers();
    Events events{ formAnswered(formId, actorId, number, version, &command.answer()) };
    // A registration to speak puts its author on the list when it may (the list open, not on
    // it already); otherwise it stays a registration the chair reads.
    if (form.form.purpose() == v1::FORM_SPEAK && command.corrects() == 0) {
        const Decision queued = decideRequestFloor(state, actorId, v1::RequestFloor());
        if (queued.ok())
            events.insert(events.end(), queued.events().begin(), queued.events().end());
    }
    return events;
}
} // namespace

QByteArray formBoxKey(const QString &formId, const std::string &receipt)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(formId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArrayView(receipt.data(), qsizetype(receipt.size())));
    return hash.result();
}

Decision decideDefineForm(const MeetingState &state, const v1::DefineForm &command)
{
    v1::FormDefinition form = command.form();
    if (form.purpose() != v1::FORM_SURVEY && form.purpose() != v1::FORM_PURPOSE_UNSPECIFIED) {
        // A built-in purpose's fields are its own: the consolidation and the workflows read them.
        if (!form.fields().empty())
            return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::FORM_REFUSAL_BAD_FIELD,
                QStringLiteral("A built-in form's fields are its own: send none"));
        fillBuiltinForm(form);
    }
    if (const auto refusal = checkFormDefinition(state, form))
        return *refusal;
    return Events{ makeEvent(
        [&](v1::Event &e) { *e.mutable_form_defined()->mutable_form() = form; }) };
}

Decision decideOpenForm(const MeetingState &state, const v1::OpenForm &command)
{
    const FormRecord *form = state.forms.form(qstr(command.form_id()));
    if (const auto refusal = formRefusal(form, command.form_id(), v1::FORM_PHASE_DEFINED))
        return *refusal;
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_form_opened()->set_form_id(command.form_id()); }) };
}

Decision decideCloseForm(const MeetingState &state, const v1::CloseForm &command)
{
    const FormRecord *form = state.forms.form(qstr(command.form_id()));
    if (const auto refusal = formRefusal(form, command.form_id(), v1::FORM_PHASE_OPEN))
        return *refusal;
    Events events;
    // The box is ordered by its keys, SHA-256 of receipts: an order nobody chose and that
    // says nothing of the order of arrival.
    v1::AnswersReleased release;
    size_t bytes = 0;
    auto flush = [&] {
        events.push_back(makeEvent([&](v1::Event &e) { *e.mutable_answers_released() = release; }));
        release.clear_answers();
        bytes = 0;
    };
    release.set_form_id(command.form_id());
    for (const auto &[key, answer] : form->box) {
        const size_t size = answer.ByteSizeLong() + 8;
        if (bytes > 0 && bytes + size > ReleaseBytes)
            flush();
        *release.add_answers() = answer;
        bytes += size;
    }
    if (release.answers_size() > 0)
        flush();
    events.push_back(makeEvent([&](v1::Event &e) {
        v1::FormClosed *c = e.mutable_form_closed();
        c->set_form_id(command.form_id());
        c->set_respondents(form->respondents);
    }));
    return events;
}

Decision decideSubmitAnswer(
    const MeetingState &state, const QString &actorId, const v1::SubmitAnswer &command)
{
    const FormRecord *form = state.forms.form(qstr(command.form_id()));
    if (const auto refusal = formRefusal(form, command.form_id(), v1::FORM_PHASE_OPEN))
        return *refusal;
    if (const auto refusal = checkAnswer(state, form->form, command.answer()))
        return *refusal;
    return form->form.anonymous() ? submitAnonymous(*form, actorId, command)
                                  : submitNamed(state, *form, actorId, command);
}

void applyFormDefined(MeetingState &state, const v1::FormDefined &event)
{
    FormRecord record;
    record.form = event.form();
    state.forms.index.insert(qstr(event.form().id()), int(state.forms.forms.size()));
    state.forms.forms.push_back(std::move(record));
}

void applyFormOpened(MeetingState &state, const v1::FormOpened &event)
{
    if (FormRecord *form = state.forms.form(qstr(event.form_id())))
        form->phase = v1::FORM_PHASE_OPEN;
}

void applyFormClosed(MeetingState &state, const v1::FormClosed &event)
{
    if (FormRecord *form = state.forms.form(qstr(event.form_id()))) {
        form->phase = v1::FORM_PHASE_CLOSED;
        form->box.clear(); // released with the close; the room deletes its rows
    }
}

void applyFormAnswered(MeetingState &state, const v1::FormAnswered &event)
{
    FormRecord *form = state.forms.form(qstr(event.form_id()));
    if (!form)
        return;
    const QString respondent = qstr(event.respondent_id());
    quint32 &sent = form->submissions[respondent];
    if (sent++ == 0)
        ++form->respondents;
    form->answered.push_back(event);
    if (form->form.anonymous() || event.number() == 0)
        return;
    AnswerCase &c = form->cases[event.number()];
    if (c.number == 0) {
        c.number = event.number();
        c.respondentId = respondent;
        c.state = initialState(state, form->form);
    }
    c.version = event.version();
    c.answer = event.answer();
}

void applyAnswersReleased(MeetingState &state, const v1::AnswersReleased &event)
{
    if (FormRecord *form = state.forms.form(qstr(event.form_id())))
        form->released.insert(form->released.end(), event.answers().begin(), event.answers().end());
}

void addToFormBox(MeetingState &state, const SealedAnswer &answer)
{
    if (FormRecord *form = state.forms.form(answer.formId))
        form->box[answer.key] = answer.answer;
}

void snapshotForms(const MeetingState &state, v1::Snapshot &snapshot)
{
    v1::FormsSnapshot *forms = snapshot.mutable_forms();
    for (const FormRecord &form : state.forms.forms) {
        v1::FormRecord *r = forms->add_forms();
        *r->mutable_form() = form.form;
        r->set_phase(form.phase);
        r->mutable_answers()->Assign(form.answered.begin(), form.answered.end());
        r->mutable_released()->Assign(form.released.begin(), form.released.end());
        r->mutable_steps()->Assign(form.steps.begin(), form.steps.end());
    }
}

void loadForms(MeetingState &state, const v1::FormsSnapshot &snapshot)
{
    for (const v1::FormRecord &r : snapshot.forms()) {
        v1::FormDefined defined;
        *defined.mutable_form() = r.form();
        applyFormDefined(state, defined);
        // Corrections come before a case's first step (CASE_MOVED): answers, then steps, fold
        // to the same state as the log's order.
        for (const v1::FormAnswered &a : r.answers())
            applyFormAnswered(state, a);
        for (const v1::StepTaken &s : r.steps())
            applyStepTaken(state, s);
        state.forms.form(qstr(r.form().id()))
            ->released.assign(r.released().begin(), r.released().end());
        state.forms.form(qstr(r.form().id()))->phase = r.phase();
    }
}

} // namespace quorum
