#include "formsdesk.h"

#include "draftfile.h"

#include "ballotview.h"
#include "floorreplica.h"
#include "formpresets.h"
#include "formresults.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "replica.h"
#include "textdiff.h"
#include "workflows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace quorum;

namespace {
const QString Values = QStringLiteral("values");
const QString Receipt = QStringLiteral("receipt");
const QString Sent = QStringLiteral("sent"); // the version it was sent as (a correction: >1)
const QString Corrects = QStringLiteral("corrects");

const MeetingState *stateOf(const MeetingClient *client)
{
    return client && client->replica() ? &client->replica()->state() : nullptr;
}

/** The form `formId` as the client's replica holds it; none without a client or such a form. */
const FormRecord *formOf(const MeetingClient *client, const QString &formId)
{
    const MeetingState *state = stateOf(client);
    return state ? state->forms.form(formId) : nullptr;
}

/** "page|passage", as a reference's draft is kept: page 0 when none was chosen. */
int draftPage(const QString &value)
{
    return value.section(QLatin1Char('|'), 0, 0).toInt();
}
QString draftPassage(const QString &value)
{
    return value.section(QLatin1Char('|'), 1);
}

QString textOf(const v1::FormAnswer &answer, const char *field)
{
    const v1::FieldValue *v = fieldValue(answer, field);
    return v ? qstr(v->text()) : QString();
}

/** About `around` characters of `text` each side of `at`..`at + length`, cut at spaces. */
QString excerpt(const QString &text, qsizetype at, qsizetype length, qsizetype around = 120)
{
    qsizetype from = std::max<qsizetype>(0, at - around);
    qsizetype to = std::min<qsizetype>(text.size(), at + length + around);
    if (from > 0) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), from);
        from = space < 0 || space >= at ? from : space + 1;
    }
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to);
        to = space <= at + length ? to : space;
    }
    return (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, to - from)
        + (to < text.size() ? QStringLiteral("…") : QString());
}

/**
 * The ballot a "put to the vote" step takes: the floor's latest ballot that is not cancelled
 * and decides no other case (decideTakeStep refuses a ballot that does); null when none.
 */
const BallotRecord *ballotFor(const MeetingState &state, const QString &caseKey)
{
    for (auto it = state.floor.ballots.rbegin(); it != state.floor.ballots.rend(); ++it) {
        const QString used = state.forms.ballotCases.value(qstr(it->ballot.id()));
        if (it->phase != v1::BallotState::PHASE_CANCELLED && (used.isEmpty() || used == caseKey))
            return &*it;
    }
    return nullptr;
}

/** The latest answer of `participant` on a form without workflow (0: none). */
quint32 ownAnswer(const FormRecord &form, const QString &participant)
{
    for (const auto &[number, c] : form.cases) {
        if (c.respondentId == participant)
            return number;
    }
    return 0;
}
} // namespace

FormsDesk::FormsDesk(QObject *parent)
    : QObject(parent)
{ }

void FormsDesk::setClient(MeetingClient *client)
{
    if (m_client == client)
        return;
    if (m_client) {
        // And the parts of it followed below: an old client must not drive this one.
        disconnect(m_client, nullptr, this, nullptr);
        disconnect(m_client->documents(), nullptr, this, nullptr);
        disconnect(m_client->replica(), nullptr, this, nullptr);
        disconnect(m_client->replica()->floor()->ballot(), nullptr, this, nullptr);
    }
    m_client = client;
    m_sending.clear();
    if (client) {
        connect(client, &MeetingClient::meetingChanged, this, &FormsDesk::reload);
        connect(client, &MeetingClient::identityChanged, this, &FormsDesk::reload);
        connect(client->documents(), &MeetingDocuments::stateDirectoryChanged, this,
            &FormsDesk::reload);
        connect(client->replica(), &MeetingReplica::formsChanged, this, &FormsDesk::refresh);
        // A ballot created, opened or closed changes the steps a case offers ("Put to the vote"
        // takes the floor's ballot; "Record as adopted" waits for its result).
        connect(
            client->replica()->floor()->ballot(), &BallotView::changed, this, &FormsDesk::refresh);
        connect(client, &MeetingClient::commandFailed, this,
            [this](const QString &id, MeetingClient::ErrorCode code, const QString &, int reason) {
                onCommandFailed(id, int(code), reason);
            });
        connect(client, &MeetingClient::commandAcknowledged, this,
            [this](const QString &id) { m_sending.remove(id); });
    }
    reload();
    emit clientChanged();
}

void FormsDesk::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    ++m_revision;
    emit changed();
}

QString FormsDesk::label(const std::string &vi, const std::string &en) const
{
    return m_language == QLatin1String("en") && !en.empty() ? qstr(en) : qstr(vi);
}

QVariantList FormsDesk::forms() const
{
    QVariantList list;
    const MeetingState *state = stateOf(m_client);
    if (!state)
        return list;
    const QString me = m_client->participantId();
    for (const FormRecord &f : state->forms.forms) {
        list.append(QVariantMap{ { "id", qstr(f.form.id()) },
            { "title", label(f.form.title_vi(), f.form.title_en()) },
            { "purpose", int(f.form.purpose()) }, { "phase", int(f.phase) },
            { "anonymous", f.form.anonymous() }, { "respondents", f.respondents },
            { "answered", f.submissions.value(me) > 0 },
            { "workflow", qstr(f.form.workflow_id()) } });
    }
    return list;
}

QVariantList FormsDesk::cases() const
{
    QVariantList list;
    const MeetingState *state = stateOf(m_client);
    if (!state)
        return list;
    const QString me = m_client->participantId();
    const ParticipantState *self = state->participant(me);
    for (const FormRecord &f : state->forms.forms) {
        const v1::Workflow *w = findWorkflow(*state, qstr(f.form.workflow_id()));
        if (!w)
            continue;
        for (const auto &[number, c] : f.cases) {
            QString summary;
            for (const char *field : { "title", "question", "wording" }) {
                if (summary.isEmpty())
                    summary = textOf(c.answer, field);
            }
            const QString key = qstr(f.form.id()) + QLatin1Char('/') + QString::number(number);
            const v1::WorkflowState *s = findState(*w, c.state);
            QVariantList steps;
            for (const v1::WorkflowTransition &t : w->transitions()) {
                if (qstr(t.from()) != c.state || !self || !mayTake(t, self->role, me, c))
                    continue;
                const StepWords words = stepWords(*w, t);
                const bool needsBallot = t.ballot() == v1::BALLOT_CONDITION_ATTACH;
                const BallotRecord *ballot = needsBallot ? ballotFor(*state, key) : nullptr;
                steps.append(QVariantMap{ { "to", qstr(t.to()) },
                    { "label", m_language == QLatin1String("en") ? words.en : words.vi },
                    { "needsBallot", needsBallot },
                    { "ballotId", ballot ? qstr(ballot->ballot.id()) : QString() },
                    { "ballotQuestion", ballot ? qstr(ballot->ballot.question()) : QString() },
                    { "assigns", t.assigns() } });
            }
            // An amendment: its passage against the proposed wording, word by word.
            QString passage;
            if (const v1::FieldValue *ref = fieldValue(c.answer, "passage"))
                passage = qstr(ref->reference().passage());
            const QString wording = textOf(c.answer, "wording");
            QVariantList diff;
            if (f.form.purpose() == v1::FORM_AMENDMENT)
                diff = textdiff::toVariant(textdiff::words(passage, wording));
            // The adopted text around the change: the page's whole text is too long for a row.
            QString amendedExcerpt;
            if (!c.amendedText.isEmpty()) {
                const qsizetype at = c.amendedText.indexOf(wording.simplified());
                amendedExcerpt = at < 0 ? excerpt(c.amendedText, 0, 0, 240)
                                        : excerpt(c.amendedText, at, wording.simplified().size());
            }
            const ParticipantState *author = state->participant(c.respondentId);
            list.append(QVariantMap{ { "formId", qstr(f.form.id()) }, { "number", number },
                { "formTitle", label(f.form.title_vi(), f.form.title_en()) },
                { "summary", summary }, { "author", author ? author->name : c.respondentId },
                { "state", c.state },
                { "stateLabel", s ? label(s->label_vi(), s->label_en()) : c.state },
                { "final", s && s->final() }, { "adopted", s && s->adopted() },
                { "passage", passage }, { "wording", wording }, { "diff", diff },
                { "amendedText", c.amendedText }, { "amendedExcerpt", amendedExcerpt },
                { "steps", steps } });
        }
    }
    return list;
}

QVariantList FormsDesk::fields(const QString &formId) const
{
    QVariantList list;
    const FormRecord *form = formOf(m_client, formId);
    if (!form)
        return list;
    for (const v1::FormField &f : form->form.fields()) {
        QStringList choices;
        for (const v1::FormChoice &c : f.choices())
            choices << label(c.label_vi(), c.label_en());
        list.append(QVariantMap{ { "id", qstr(f.id()) }, { "kind", int(f.kind()) },
            { "label", label(f.label_vi(), f.label_en()) }, { "required", f.required() },
            { "choices", choices }, { "min", f.min() }, { "max", f.max() } });
    }
    return list;
}

QString FormsDesk::draft(const QString &formId, const QString &fieldId) const
{
    return m_drafts.value(formId).toObject().value(Values).toObject().value(fieldId).toString();
}

void FormsDesk::setDraft(const QString &formId, const QString &fieldId, const QString &value)
{
    QJsonObject d = m_drafts.value(formId).toObject();
    QJsonObject values = d.value(Values).toObject();
    values.insert(fieldId, value);
    d.insert(Values, values);
    d.remove(Sent); // changed after sending: to be sent again
    m_drafts.insert(formId, d);
    write();
    ++m_revision;
    emit changed();
}

void FormsDesk::setDraftReference(
    const QString &formId, const QString &fieldId, int page, const QString &passage)
{
    // "page|passage": the passage may hold anything but the first '|' is the page's.
    setDraft(formId, fieldId, QString::number(page) + QLatin1Char('|') + passage);
}

QStringList FormsDesk::missing(const QString &formId) const
{
    QStringList labels;
    const FormRecord *form = formOf(m_client, formId);
    if (!form)
        return labels;
    for (const v1::FormField &f : form->form.fields()) {
        const QString value = draft(formId, qstr(f.id()));
        // A reference names a page: the server refuses page 0, and a page the delegate never
        // chose would file the comment under page 1 of the secretary's consolidation.
        const bool empty
            = f.kind() == v1::FIELD_REFERENCE ? draftPage(value) < 1 : value.trimmed().isEmpty();
        if (f.required() && empty)
            labels << label(f.label_vi(), f.label_en());
    }
    return labels;
}

QString FormsDesk::anchorPassage(
    int purpose, const QString &documentId, int page, const QString &passage)
{
    const MeetingState *state = stateOf(m_client);
    if (!state || page < 1)
        return {};
    // The latest form opened: a meeting may have closed an earlier round on the same draft.
    for (auto it = state->forms.forms.rbegin(); it != state->forms.forms.rend(); ++it) {
        const v1::FormDefinition &form = it->form;
        if (it->phase != v1::FORM_PHASE_OPEN || int(form.purpose()) != purpose
            || qstr(form.document_id()) != documentId)
            continue;
        for (const v1::FormField &f : form.fields()) {
            if (f.kind() == v1::FIELD_REFERENCE) {
                setDraftReference(qstr(form.id()), qstr(f.id()), page, passage.simplified());
                return qstr(form.id());
            }
        }
    }
    return {};
}

bool FormsDesk::hasDraft(const QString &formId) const
{
    return m_drafts.value(formId).toObject().contains(Values);
}

bool FormsDesk::draftSent(const QString &formId) const
{
    return m_drafts.value(formId).toObject().contains(Sent);
}

QString FormsDesk::submit(const QString &formId)
{
    const FormRecord *form = formOf(m_client, formId);
    if (!form || !missing(formId).isEmpty())
        return {};
    QJsonObject d = m_drafts.value(formId).toObject();
    const QJsonObject values = d.value(Values).toObject();
    v1::Command command;
    v1::SubmitAnswer *submit = command.mutable_submit_answer();
    submit->set_form_id(sstr(formId));
    for (const v1::FormField &f : form->form.fields()) {
        const QString value = values.value(qstr(f.id())).toString();
        // A reference without a page is not given (missing() holds back a required one).
        if (value.isEmpty() || (f.kind() == v1::FIELD_REFERENCE && draftPage(value) < 1))
            continue;
        v1::FieldValue *v = submit->mutable_answer()->add_values();
        v->set_field_id(f.id());
        switch (f.kind()) {
        case v1::FIELD_SINGLE_CHOICE:
        case v1::FIELD_MULTIPLE_CHOICE:
            for (const QString &i : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                v->add_choices(i.toUInt());
            break;
        case v1::FIELD_NUMBER:
        case v1::FIELD_RATING:
            v->set_number(value.toDouble());
            break;
        case v1::FIELD_REFERENCE:
            v->mutable_reference()->set_page(quint32(draftPage(value)));
            v->mutable_reference()->set_passage(sstr(draftPassage(value)));
            break;
        default:
            v->set_text(sstr(value));
            break;
        }
    }
    if (form->form.anonymous()) {
        // The receipt is made once per draft and kept: sending again corrects the same answer.
        if (!d.contains(Receipt)) {
            QByteArray receipt(24, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(receipt.data()), 6);
            d.insert(Receipt, QString::fromLatin1(receipt.toBase64()));
        }
        submit->set_receipt(
            QByteArray::fromBase64(d.value(Receipt).toString().toLatin1()).toStdString());
    } else if (form->form.workflow_id().empty()) {
        submit->set_corrects(ownAnswer(*form, m_client->participantId()));
    }
    d.insert(Sent, int(form->submissions.value(m_client->participantId()) + 1));
    m_drafts.insert(formId, d);
    write();
    ++m_revision;
    emit changed();
    const QString id = m_client->sendCommand(command);
    m_sending.insert(id, formId);
    return id;
}

void FormsDesk::onCommandFailed(const QString &commandId, int code, int reason)
{
    const QString formId = m_sending.take(commandId);
    if (formId.isEmpty())
        return;
    // Refused: the draft stays, no longer "sending", so it can be mended and sent again.
    QJsonObject d = m_drafts.value(formId).toObject();
    d.remove(Sent);
    m_drafts.insert(formId, d);
    write();
    ++m_revision;
    emit changed();
    emit answerRefused(formId, reason, code);
}

QString FormsDesk::draftDocumentId() const
{
    const MeetingState *state = stateOf(m_client);
    if (!state || state->documents.documents.empty())
        return {};
    for (const v1::Document &d : state->documents.documents) {
        if (qstr(d.item_id()) == state->currentItemId)
            return qstr(d.id());
    }
    return qstr(state->documents.documents.front().id());
}

QString FormsDesk::defineBuiltin(const QString &formId, int purpose, const QString &titleVi,
    const QString &titleEn, bool anonymous, const QString &documentId)
{
    if (!m_client)
        return {};
    v1::Command command;
    v1::FormDefinition *f = command.mutable_define_form()->mutable_form();
    f->set_id(sstr(formId));
    f->set_title_vi(sstr(titleVi));
    f->set_title_en(sstr(titleEn));
    f->set_purpose(v1::FormPurpose(purpose));
    f->set_anonymous(anonymous);
    f->set_item_id(sstr(m_client->currentItemId()));
    f->set_document_id(sstr(documentId));
    return m_client->sendCommand(command);
}

QString FormsDesk::open(const QString &formId)
{
    v1::Command command;
    command.mutable_open_form()->set_form_id(sstr(formId));
    return m_client ? m_client->sendCommand(command) : QString();
}

QString FormsDesk::close(const QString &formId)
{
    v1::Command command;
    command.mutable_close_form()->set_form_id(sstr(formId));
    return m_client ? m_client->sendCommand(command) : QString();
}

QString FormsDesk::takeStep(const QString &formId, int number, const QString &to,
    const QString &ballotId, const QString &assigneeId)
{
    v1::Command command;
    v1::TakeStep *s = command.mutable_take_step();
    s->set_form_id(sstr(formId));
    s->set_number(quint32(number));
    s->set_to_state(sstr(to));
    s->set_ballot_id(sstr(ballotId));
    s->set_assignee_id(sstr(assigneeId));
    return m_client ? m_client->sendCommand(command) : QString();
}

QVariantList FormsDesk::wordDiff(const QString &passage, const QString &wording) const
{
    return textdiff::toVariant(textdiff::words(passage, wording));
}

QVariantList FormsDesk::consolidation(const QString &formId) const
{
    QVariantList lines;
    const MeetingState *state = stateOf(m_client);
    const FormRecord *form = state ? state->forms.form(formId) : nullptr;
    if (!form)
        return lines;
    auto line = [&](const char *kind, const QString &text, qint64 count = -1) {
        lines.append(QVariantMap{
            { "kind", QString::fromLatin1(kind) }, { "text", text }, { "count", count } });
    };
    auto nameOf = [&](const QString &id) {
        const ParticipantState *p = state->participant(id);
        return p ? p->name : id;
    };
    const FormResults r = consolidate(*form);
    if (r.pending) {
        line("pending", {}, r.respondents);
        return lines;
    }
    line("count", {}, qint64(r.answers));
    for (const ChoiceCounts &c : r.choices) {
        for (const v1::FormField &f : form->form.fields()) {
            if (qstr(f.id()) != c.fieldId)
                continue;
            line("group", label(f.label_vi(), f.label_en()));
            for (int i = 0; i < f.choices_size(); ++i)
                line("choice", label(f.choices(i).label_vi(), f.choices(i).label_en()),
                    qint64(c.counts[size_t(i)]));
        }
    }
    for (const FeedbackGroup &g : r.feedback) {
        line("group", g.section.isEmpty() ? QString() : g.section, qint64(g.entries.size()));
        lines.last() = QVariantMap{ { "kind", "group" }, { "text", g.section }, { "page", g.page },
            { "count", qint64(g.entries.size()) } };
        for (const FeedbackEntry &e : g.entries)
            line("entry",
                (e.passage.isEmpty() ? QString() : QStringLiteral("«%1» ").arg(e.passage))
                    + e.comment
                    + (e.wording.isEmpty() ? QString() : QStringLiteral(" → «%1»").arg(e.wording))
                    + (e.respondentId.isEmpty() ? QString()
                                                : QStringLiteral(" — ") + nameOf(e.respondentId)));
    }
    for (const QuestionGroup &g : r.questions) {
        line("group", g.addressee, qint64(g.questions.size()));
        for (const QuestionEntry &q : g.questions)
            line("entry", q.question + QStringLiteral(" — ") + nameOf(q.respondentId));
    }
    for (const TextAnswer &t : r.texts)
        line("entry",
            t.text
                + (t.respondentId.isEmpty() ? QString()
                                            : QStringLiteral(" — ") + nameOf(t.respondentId)));
    return lines;
}

void FormsDesk::reload()
{
    m_drafts = {};
    m_path = draftFilePath(m_client, QStringLiteral("form-drafts"));
    if (!m_path.isEmpty()) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            m_drafts = QJsonDocument::fromJson(file.readAll()).object();
    }
    refresh();
}

void FormsDesk::refresh()
{
    // A draft sent and recorded (the meeting counts that version of ours) is done.
    const MeetingState *state = stateOf(m_client);
    bool removed = false;
    if (state) {
        const QString me = m_client->participantId();
        for (const QString &formId : m_drafts.keys()) {
            const FormRecord *form = state->forms.form(formId);
            const int sent = m_drafts.value(formId).toObject().value(Sent).toInt();
            if (form && sent > 0 && int(form->submissions.value(me)) >= sent) {
                // An anonymous answer's receipt stays: it is what a correction is sent with.
                const QJsonValue receipt = m_drafts.value(formId).toObject().value(Receipt);
                if (receipt.isUndefined())
                    m_drafts.remove(formId);
                else
                    m_drafts.insert(formId, QJsonObject{ { Receipt, receipt } });
                removed = true;
            }
        }
    }
    if (removed)
        write();
    ++m_revision;
    emit changed();
}

void FormsDesk::write() const
{
    if (m_path.isEmpty())
        return;
    if (m_drafts.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(m_drafts).toJson(QJsonDocument::Compact));
        file.commit();
    }
}
