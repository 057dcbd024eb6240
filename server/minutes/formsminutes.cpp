#include "formsminutes.h"

#include "formpresets.h"
#include "minuteshtmlparts.h"
#include "minuteswords.h"
#include "workflows.h"

#include <QLocale>

namespace quorum::minutes {

namespace {
QString nameOf(const MeetingState &state, const QString &id)
{
    const ParticipantState *p = state.participant(id);
    return p ? p->name : id;
}

QString valueText(const v1::FormAnswer &answer, const char *field)
{
    const v1::FieldValue *v = fieldValue(answer, field);
    return v ? qstr(v->text()) : QString();
}

void stateLabels(const v1::Workflow *w, const QString &id, QString *vi, QString *en)
{
    const v1::WorkflowState *s = w ? findState(*w, id) : nullptr;
    *vi = s ? qstr(s->label_vi()) : id;
    *en = s && !s->label_en().empty() ? qstr(s->label_en()) : *vi;
}

CaseRow caseRow(const MeetingState &state, const FormRecord &form, const AnswerCase &c)
{
    const v1::Workflow *w = findWorkflow(state, qstr(form.form.workflow_id()));
    CaseRow row;
    row.number = c.number;
    row.authorName = nameOf(state, c.respondentId);
    switch (form.form.purpose()) {
    case v1::FORM_MOTION:
        row.summary = valueText(c.answer, "title");
        row.detail = valueText(c.answer, "text");
        break;
    case v1::FORM_AMENDMENT:
        if (const v1::FieldValue *ref = fieldValue(c.answer, "passage"))
            row.summary = qstr(ref->reference().passage());
        row.detail = valueText(c.answer, "wording");
        break;
    case v1::FORM_QUESTION:
        row.summary = valueText(c.answer, "question");
        row.detail = valueText(c.answer, "addressee");
        break;
    default:
        break;
    }
    stateLabels(w, c.state, &row.stateVi, &row.stateEn);
    const v1::WorkflowState *s = w ? findState(*w, c.state) : nullptr;
    row.adopted = s && s->adopted();
    for (const v1::StepTaken &step : form.steps) {
        if (step.number() != c.number)
            continue;
        CaseStepRow r;
        stateLabels(w, qstr(step.from_state()), &r.fromVi, &r.fromEn);
        stateLabels(w, qstr(step.to_state()), &r.toVi, &r.toEn);
        r.note = qstr(step.note());
        row.steps.push_back(r);
    }
    if (const BallotRecord *b = c.ballotId.isEmpty() ? nullptr : state.floor.ballot(c.ballotId)) {
        row.ballotQuestion = qstr(b->ballot.question());
        row.ballotClosed = b->phase == v1::BallotState::PHASE_CLOSED;
        row.ballotResult = b->result;
    }
    if (!c.assigneeId.isEmpty())
        row.assigneeName = nameOf(state, c.assigneeId);
    row.amendedText = c.amendedText;
    return row;
}

QString formTitle(const v1::FormDefinition &f, const Words &w)
{
    return htmlText(formTitleText(f, w));
}

QString fieldLabel(const v1::FormDefinition &f, const QString &id, const Words &w)
{
    return htmlText(fieldLabelText(f, id, w));
}

QString line(const QString &text, int indent = 18)
{
    return QStringLiteral("<p style=\"margin-left: %1px;\">%2</p>").arg(indent).arg(text);
}

QString resultsHtml(const FormMinutes &f, const Words &w)
{
    const FormResults &r = f.results;
    QString h;
    if (r.pending) {
        h += line(w.t("%1 người đã gửi phiếu; phiếu ẩn danh được công bố khi đóng biểu mẫu.",
                       "%1 answered; anonymous answers are released when the form closes.")
                      .arg(r.respondents));
        return h;
    }
    h += line(w.t("Số phiếu: %1 (%2 người gửi).", "Answers: %1 (from %2 participants).")
                  .arg(r.answers)
                  .arg(r.respondents));
    for (const ChoiceCounts &c : r.choices) {
        QStringList parts;
        for (const v1::FormField &field : f.form.fields()) {
            if (qstr(field.id()) != c.fieldId)
                continue;
            for (int i = 0; i < field.choices_size() && size_t(i) < c.counts.size(); ++i) {
                const v1::FormChoice &choice = field.choices(i);
                parts << QStringLiteral("%1: %2")
                             .arg(htmlText(choiceLabelText(choice, w)))
                             .arg(c.counts[size_t(i)]);
            }
        }
        h += line(fieldLabel(f.form, c.fieldId, w) + QStringLiteral(" — ")
            + parts.join(QStringLiteral("; ")));
    }
    for (const NumberSummary &n : r.numbers) {
        if (n.count)
            h += line(QStringLiteral("%1 — %2 %3, %4 %5")
                          .arg(fieldLabel(f.form, n.fieldId, w))
                          .arg(n.count)
                          .arg(w.t("phiếu", "answers"), w.t("trung bình", "mean"))
                          .arg(QLocale(w.vi() ? QLocale::Vietnamese : QLocale::English)
                                   .toString(n.mean(), 'f', 1)));
    }
    for (const TextAnswer &t : r.texts)
        h += line(QStringLiteral("%1: %2%3")
                      .arg(fieldLabel(f.form, t.fieldId, w), htmlText(t.text),
                          t.respondentId.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(htmlText(t.respondentId))));
    for (const FeedbackGroup &g : r.feedback) {
        h += line(
            QStringLiteral("<b>%1%2 %3</b> — %4 %5")
                .arg(g.section.isEmpty() ? QString() : htmlText(g.section) + QStringLiteral(", "))
                .arg(w.t("trang", "page"))
                .arg(g.page)
                .arg(g.entries.size())
                .arg(w.t("ý kiến", "comments")));
        for (const FeedbackEntry &e : g.entries) {
            QString text = htmlText(e.comment);
            if (!e.passage.isEmpty())
                text = QStringLiteral("«%1»: ").arg(htmlText(e.passage)) + text;
            if (!e.wording.isEmpty())
                text += QStringLiteral(" — %1 «%2»")
                            .arg(w.t("đề xuất sửa thành", "proposed wording"), htmlText(e.wording));
            if (!e.respondentId.isEmpty())
                text += QStringLiteral(" (%1)").arg(htmlText(e.respondentId));
            h += line(QStringLiteral("– ") + text, 36);
        }
    }
    return h;
}

QString casesHtml(const FormMinutes &f, const Words &w)
{
    QString h;
    for (const CaseRow &c : f.cases) {
        h += line(QStringLiteral("<b>%1 %2</b> (%3): %4")
                      .arg(w.t("Số", "No."))
                      .arg(c.number)
                      .arg(htmlText(c.authorName), htmlText(c.summary)));
        if (!c.detail.isEmpty()) {
            const QString label = f.form.purpose() == v1::FORM_QUESTION
                ? w.t("Người được chất vấn", "Addressed to")
                : f.form.purpose() == v1::FORM_AMENDMENT
                ? w.t("Đề xuất sửa thành", "Proposed wording")
                : w.t("Nội dung", "Text");
            h += line(QStringLiteral("%1: %2").arg(label, htmlText(c.detail)), 36);
        }
        QStringList path;
        for (const CaseStepRow &s : c.steps)
            path << htmlText(w.vi() ? s.toVi : s.toEn)
                    + (s.note.isEmpty() ? QString()
                                        : QStringLiteral(" (%1)").arg(htmlText(s.note)));
        h += line(
            QStringLiteral("%1: %2").arg(w.t("Quá trình", "Path"),
                (QStringList{ w.t("Đã nộp", "Submitted") } + path).join(QStringLiteral(" → "))),
            36);
        if (!c.ballotQuestion.isEmpty()) {
            QString ballot = QStringLiteral("%1: %2").arg(
                w.t("Biểu quyết", "Ballot"), htmlText(c.ballotQuestion));
            h += line(ballot + htmlText(caseBallotResultText(c, w)), 36);
        }
        if (!c.assigneeName.isEmpty())
            h += line(QStringLiteral("%1: %2").arg(
                          w.t("Người trả lời", "Answered by"), htmlText(c.assigneeName)),
                36);
        h += line(QStringLiteral("%1: <b>%2</b>")
                      .arg(w.t("Kết quả", "Outcome"), htmlText(w.vi() ? c.stateVi : c.stateEn)),
            36);
        if (!c.amendedText.isEmpty())
            h += line(QStringLiteral("%1: <i>%2</i>")
                          .arg(w.t("Văn bản sau khi sửa", "Amended text"), htmlText(c.amendedText)),
                36);
    }
    return h;
}
} // namespace

QString caseBallotResultText(const CaseRow &c, const Words &w)
{
    if (!c.ballotClosed)
        return {};
    QStringList votes;
    for (const v1::OptionResult &o : c.ballotResult.options())
        votes << w.number(o.votes());
    return QStringLiteral(" — %1 (%2)")
        .arg(votes.join(QStringLiteral(" / ")),
            c.ballotResult.passed() ? w.t("thông qua", "passed")
                                    : w.t("không thông qua", "not passed"));
}

QString formTitleText(const v1::FormDefinition &f, const Words &w)
{
    return w.vi() || f.title_en().empty() ? qstr(f.title_vi()) : qstr(f.title_en());
}

QString fieldLabelText(const v1::FormDefinition &f, const QString &id, const Words &w)
{
    for (const v1::FormField &field : f.fields()) {
        if (qstr(field.id()) == id)
            return w.vi() || field.label_en().empty() ? qstr(field.label_vi())
                                                      : qstr(field.label_en());
    }
    return id;
}

QString choiceLabelText(const v1::FormChoice &choice, const Words &w)
{
    return w.vi() || choice.label_en().empty() ? qstr(choice.label_vi()) : qstr(choice.label_en());
}

QString formBodyHtml(const FormMinutes &f, const Words &w)
{
    return f.form.workflow_id().empty() ? resultsHtml(f, w) : casesHtml(f, w);
}

std::vector<FormMinutes> formsMinutes(const MeetingState &state)
{
    std::vector<FormMinutes> all;
    for (const FormRecord &form : state.forms.forms) {
        if (form.phase == v1::FORM_PHASE_DEFINED)
            continue; // never opened: nothing happened
        FormMinutes f;
        f.form = form.form;
        f.phase = form.phase;
        const int item = state.agendaIndex(qstr(form.form.item_id()));
        if (item >= 0)
            f.itemTitle = qstr(state.definition.agenda(item).title());
        f.results = consolidate(form);
        // Named forms: the minutes name people, not ids. Anonymous ones have no id to name.
        for (TextAnswer &t : f.results.texts)
            t.respondentId = t.respondentId.isEmpty() ? QString() : nameOf(state, t.respondentId);
        for (FeedbackGroup &g : f.results.feedback) {
            for (FeedbackEntry &e : g.entries)
                e.respondentId
                    = e.respondentId.isEmpty() ? QString() : nameOf(state, e.respondentId);
        }
        if (!form.form.workflow_id().empty()) {
            for (const auto &[number, c] : form.cases)
                f.cases.push_back(caseRow(state, form, c));
        }
        all.push_back(std::move(f));
    }
    return all;
}

QString formsHtml(const std::vector<FormMinutes> &forms, const Words &w, const QString &numeral)
{
    QString h
        = QStringLiteral("<p style=\"margin-top: 12px;\"><b>%1. %2</b></p>")
              .arg(numeral, w.t("BIỂU MẪU, KIẾN NGHỊ VÀ CHẤT VẤN", "FORMS, MOTIONS AND QUESTIONS"));
    int n = 0;
    for (const FormMinutes &f : forms) {
        h += QStringLiteral("<p style=\"margin-top: 8px;\"><b>%1. %2</b>%3%4</p>")
                 .arg(++n)
                 .arg(formTitle(f.form, w),
                     f.itemTitle.isEmpty() ? QString()
                                           : QStringLiteral(" — ") + htmlText(f.itemTitle),
                     f.form.anonymous() ? w.t(" <i>(ẩn danh)</i>", " <i>(anonymous)</i>")
                                        : QString());
        h += formBodyHtml(f, w);
    }
    return h;
}

} // namespace quorum::minutes
