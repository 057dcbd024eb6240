#include "formresults.h"

#include "formpresets.h"

#include <algorithm>
#include <map>

namespace quorum {

namespace {
/** One answer to count, with its author when the form is named. */
struct Counted
{
    const v1::FormAnswer *answer;
    QString respondentId;
    const AnswerCase *answerCase; // named only
};

QString text(const v1::FormAnswer &answer, const char *fieldId)
{
    const v1::FieldValue *v = fieldValue(answer, fieldId);
    return v ? qstr(v->text()) : QString();
}

void addFeedback(FormResults &results, const v1::FormDefinition &form, const Counted &c)
{
    const v1::FieldValue *ref = fieldValue(*c.answer, "passage");
    if (!ref)
        return;
    const QString document = ref->reference().document_id().empty()
        ? qstr(form.document_id())
        : qstr(ref->reference().document_id());
    const QString section = qstr(ref->reference().section()).trimmed();
    const quint32 page = ref->reference().page();
    auto it = std::find_if(
        results.feedback.begin(), results.feedback.end(), [&](const FeedbackGroup &g) {
            return g.documentId == document && g.section == section && g.page == page;
        });
    if (it == results.feedback.end()) {
        results.feedback.push_back({ document, section, page, {} });
        it = results.feedback.end() - 1;
    }
    it->entries.push_back({ c.respondentId, qstr(ref->reference().passage()),
        text(*c.answer, "comment"), text(*c.answer, "wording") });
}

void addQuestion(FormResults &results, const Counted &c)
{
    const QString addressee = text(*c.answer, "addressee").simplified();
    auto it = std::find_if(
        results.questions.begin(), results.questions.end(), [&](const QuestionGroup &g) {
            return g.addressee.compare(addressee, Qt::CaseInsensitive) == 0;
        });
    if (it == results.questions.end()) {
        results.questions.push_back({ addressee, {} });
        it = results.questions.end() - 1;
    }
    QuestionEntry q;
    q.respondentId = c.respondentId;
    q.question = text(*c.answer, "question");
    if (c.answerCase) {
        q.number = c.answerCase->number;
        q.state = c.answerCase->state;
        q.assigneeId = c.answerCase->assigneeId;
    }
    it->questions.push_back(q);
}
} // namespace

FormResults consolidate(const FormRecord &form)
{
    const v1::FormDefinition &def = form.form;
    FormResults results;
    results.respondents = form.respondents;
    std::vector<Counted> counted;
    if (def.anonymous()) {
        results.pending = form.phase != v1::FORM_PHASE_CLOSED;
        for (const v1::FormAnswer &a : form.released)
            counted.push_back({ &a, QString(), nullptr });
    } else {
        for (const auto &[number, c] : form.cases)
            counted.push_back({ &c.answer, c.respondentId, &c });
    }
    results.answers = counted.size();
    for (const v1::FormField &f : def.fields()) {
        if (f.kind() == v1::FIELD_SINGLE_CHOICE || f.kind() == v1::FIELD_MULTIPLE_CHOICE)
            results.choices.push_back(
                { qstr(f.id()), std::vector<quint64>(size_t(f.choices_size()), 0) });
        else if (f.kind() == v1::FIELD_NUMBER || f.kind() == v1::FIELD_RATING)
            results.numbers.push_back({ qstr(f.id()), 0, 0 });
    }
    for (const Counted &c : counted) {
        for (ChoiceCounts &choice : results.choices) {
            if (const v1::FieldValue *v = fieldValue(*c.answer, sstr(choice.fieldId).c_str())) {
                for (quint32 i : v->choices()) {
                    if (i < choice.counts.size())
                        ++choice.counts[i];
                }
            }
        }
        for (NumberSummary &n : results.numbers) {
            const v1::FieldValue *v = fieldValue(*c.answer, sstr(n.fieldId).c_str());
            if (v && v->number() != 0) {
                ++n.count;
                n.sum += v->number();
            }
        }
        switch (def.purpose()) {
        case v1::FORM_FEEDBACK:
            addFeedback(results, def, c);
            break;
        case v1::FORM_QUESTION:
            addQuestion(results, c);
            break;
        default:
            for (const v1::FormField &f : def.fields()) {
                if (f.kind() != v1::FIELD_TEXT && f.kind() != v1::FIELD_LONG_TEXT
                    && f.kind() != v1::FIELD_DATE)
                    continue;
                const QString t = text(*c.answer, f.id().c_str());
                if (!t.isEmpty())
                    results.texts.push_back({ qstr(f.id()), c.respondentId, t });
            }
            break;
        }
    }
    std::stable_sort(results.feedback.begin(), results.feedback.end(),
        [](const FeedbackGroup &a, const FeedbackGroup &b) {
            return std::tie(a.documentId, a.page) < std::tie(b.documentId, b.page);
        });
    return results;
}

} // namespace quorum
