#include "formvalidation.h"

#include "workflows.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace quorum {

using namespace formlimits;

namespace {
Decision invalid(v1::FormRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_ARGUMENT, reason, detail);
}
Decision tooLong(const QString &detail)
{
    return Decision::reject(v1::ERROR_FIELD_TOO_LONG, v1::FORM_REFUSAL_ANSWER_TOO_LONG, detail);
}

bool badId(const std::string &id)
{
    return id.empty() || id.size() > 64;
}
bool overChars(const std::string &s, int chars)
{
    // Bytes first (cheap): UTF-8 takes at most 4 bytes a character.
    return s.size() > size_t(chars) && (s.size() > size_t(chars) * 4 || qstr(s).size() > chars);
}
bool isChoice(v1::FieldKind kind)
{
    return kind == v1::FIELD_SINGLE_CHOICE || kind == v1::FIELD_MULTIPLE_CHOICE;
}

std::optional<Decision> checkField(const v1::FormField &f)
{
    if (badId(f.id()))
        return invalid(v1::FORM_REFUSAL_BAD_ID, QStringLiteral("A field id of 1 to 64 bytes"));
    if (f.kind() == v1::FIELD_KIND_UNSPECIFIED || !v1::FieldKind_IsValid(f.kind()))
        return invalid(
            v1::FORM_REFUSAL_BAD_FIELD, QStringLiteral("Field %1 has no kind").arg(qstr(f.id())));
    if (f.label_vi().empty() || overChars(f.label_vi(), MaxLabelChars)
        || overChars(f.label_en(), MaxLabelChars))
        return invalid(v1::FORM_REFUSAL_BAD_FIELD,
            QStringLiteral("Field %1 needs a label of at most %2 characters")
                .arg(qstr(f.id()))
                .arg(MaxLabelChars));
    if (f.choices_size() > MaxChoices)
        return invalid(v1::FORM_REFUSAL_TOO_MANY_FIELDS,
            QStringLiteral("At most %1 choices in a field").arg(MaxChoices));
    if (isChoice(f.kind()) != (f.choices_size() >= 2) || (!isChoice(f.kind()) && f.choices_size()))
        return invalid(v1::FORM_REFUSAL_BAD_FIELD,
            QStringLiteral("Field %1: choice fields have 2 or more choices, others none")
                .arg(qstr(f.id())));
    for (const v1::FormChoice &c : f.choices()) {
        if (c.label_vi().empty() || overChars(c.label_vi(), MaxLabelChars)
            || overChars(c.label_en(), MaxLabelChars))
            return invalid(v1::FORM_REFUSAL_BAD_FIELD,
                QStringLiteral("Field %1: a choice without label, or too long").arg(qstr(f.id())));
    }
    if (!std::isfinite(f.min()) || !std::isfinite(f.max())
        || (f.kind() == v1::FIELD_RATING && (f.max() < 0 || f.max() > MaxStars)))
        return invalid(
            v1::FORM_REFUSAL_BAD_FIELD, QStringLiteral("Field %1: a bad range").arg(qstr(f.id())));
    if (f.max_choices() > quint32(f.choices_size()))
        return invalid(v1::FORM_REFUSAL_BAD_FIELD,
            QStringLiteral("Field %1: more choices allowed than it has").arg(qstr(f.id())));
    return std::nullopt;
}

/** Whether a value carries anything beyond its field id (an empty one counts as not given). */
bool isEmpty(const v1::FieldValue &v)
{
    return v.text().empty() && v.choices().empty() && v.number() == 0 && !v.has_reference();
}

/** Whether a value carries only what its field's kind takes. */
bool fitsKind(const v1::FieldValue &v, v1::FieldKind kind)
{
    switch (kind) {
    case v1::FIELD_TEXT:
    case v1::FIELD_LONG_TEXT:
    case v1::FIELD_DATE:
        return v.choices().empty() && v.number() == 0 && !v.has_reference();
    case v1::FIELD_SINGLE_CHOICE:
    case v1::FIELD_MULTIPLE_CHOICE:
        return v.text().empty() && v.number() == 0 && !v.has_reference();
    case v1::FIELD_NUMBER:
    case v1::FIELD_RATING:
        return v.text().empty() && v.choices().empty() && !v.has_reference();
    case v1::FIELD_REFERENCE:
        return v.text().empty() && v.choices().empty() && v.number() == 0;
    default:
        return false;
    }
}

std::optional<Decision> checkReference(const MeetingState &state, const v1::FormDefinition &form,
    const v1::Reference &ref, bool amendment)
{
    const QString documentId
        = ref.document_id().empty() ? qstr(form.document_id()) : qstr(ref.document_id());
    const v1::Document *doc = state.documents.document(documentId);
    if (!doc || ref.page() < 1 || ref.page() > quint32(doc->pages_size()))
        return invalid(v1::FORM_REFUSAL_UNKNOWN_PAGE,
            QStringLiteral("No page %1 in document %2").arg(ref.page()).arg(documentId));
    if (overChars(ref.passage(), MaxPassageChars) || overChars(ref.section(), MaxLabelChars))
        return tooLong(QStringLiteral("A passage of at most %1 characters").arg(MaxPassageChars));
    if (amendment && !passageInText(qstr(ref.page_text()), qstr(ref.passage())))
        return invalid(v1::FORM_REFUSAL_PASSAGE_NOT_FOUND,
            QStringLiteral("The passage is not on page %1 of %2").arg(ref.page()).arg(documentId));
    return std::nullopt;
}

std::optional<Decision> checkValue(const MeetingState &state, const v1::FormDefinition &form,
    const v1::FormField &field, const v1::FieldValue &v)
{
    if (!fitsKind(v, field.kind()))
        return invalid(v1::FORM_REFUSAL_WRONG_KIND,
            QStringLiteral("The value of %1 is not of its kind").arg(qstr(field.id())));
    switch (field.kind()) {
    case v1::FIELD_TEXT:
        if (overChars(v.text(), MaxTextChars))
            return tooLong(QStringLiteral("%1: at most %2 characters")
                               .arg(qstr(field.id()))
                               .arg(MaxTextChars));
        break;
    case v1::FIELD_LONG_TEXT:
        if (overChars(v.text(), MaxLongTextChars))
            return tooLong(QStringLiteral("%1: at most %2 characters")
                               .arg(qstr(field.id()))
                               .arg(MaxLongTextChars));
        break;
    case v1::FIELD_DATE: {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = qstr(v.text());
        if (!text.isEmpty()
            && (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid()))
            return invalid(v1::FORM_REFUSAL_OUT_OF_RANGE,
                QStringLiteral("%1: a date as YYYY-MM-DD").arg(qstr(field.id())));
        break;
    }
    case v1::FIELD_SINGLE_CHOICE:
    case v1::FIELD_MULTIPLE_CHOICE: {
        const int most = field.kind() == v1::FIELD_SINGLE_CHOICE
            ? 1
            : (field.max_choices() ? int(field.max_choices()) : field.choices_size());
        if (v.choices_size() > most)
            return invalid(v1::FORM_REFUSAL_TOO_MANY_CHOICES,
                QStringLiteral("%1: at most %2 choices").arg(qstr(field.id())).arg(most));
        QSet<quint32> seen;
        for (quint32 c : v.choices()) {
            if (c >= quint32(field.choices_size()) || seen.contains(c))
                return invalid(v1::FORM_REFUSAL_UNKNOWN_CHOICE,
                    QStringLiteral("%1: choice %2 does not exist or is given twice")
                        .arg(qstr(field.id()))
                        .arg(c));
            seen.insert(c);
        }
        break;
    }
    case v1::FIELD_NUMBER:
        if (!std::isfinite(v.number())
            || (field.max() > field.min()
                && (v.number() < field.min() || v.number() > field.max())))
            return invalid(v1::FORM_REFUSAL_OUT_OF_RANGE,
                QStringLiteral("%1: out of its range").arg(qstr(field.id())));
        break;
    case v1::FIELD_RATING: {
        const double stars = field.max() > 0 ? field.max() : DefaultStars;
        if (!std::isfinite(v.number()) || v.number() != std::floor(v.number()) || v.number() < 1
            || v.number() > stars)
            return invalid(v1::FORM_REFUSAL_OUT_OF_RANGE,
                QStringLiteral("%1: a rating of 1 to %2").arg(qstr(field.id())).arg(stars));
        break;
    }
    case v1::FIELD_REFERENCE:
        return checkReference(state, form, v.reference(), form.purpose() == v1::FORM_AMENDMENT);
    default:
        break;
    }
    return std::nullopt;
}
} // namespace

std::optional<Decision> checkFormDefinition(
    const MeetingState &state, const v1::FormDefinition &form)
{
    if (badId(form.id()))
        return invalid(v1::FORM_REFUSAL_BAD_ID, QStringLiteral("A form id of 1 to 64 bytes"));
    if (state.forms.form(qstr(form.id())))
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::FORM_REFUSAL_ID_EXISTS,
            QStringLiteral("Form %1 exists").arg(qstr(form.id())));
    if (state.forms.forms.size() >= size_t(MaxForms))
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::FORM_REFUSAL_TOO_MANY_FORMS,
            QStringLiteral("At most %1 forms in a meeting").arg(MaxForms));
    if (form.title_vi().empty() || overChars(form.title_vi(), MaxLabelChars)
        || overChars(form.title_en(), MaxLabelChars))
        return invalid(v1::FORM_REFUSAL_NO_TITLE,
            QStringLiteral("A title of 1 to %1 characters").arg(MaxLabelChars));
    if (form.purpose() == v1::FORM_PURPOSE_UNSPECIFIED || !v1::FormPurpose_IsValid(form.purpose()))
        return invalid(v1::FORM_REFUSAL_BAD_FIELD, QStringLiteral("The form has no purpose"));
    if (!form.item_id().empty() && state.agendaIndex(qstr(form.item_id())) < 0)
        return invalid(v1::FORM_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item %1").arg(qstr(form.item_id())));
    const bool needsDocument
        = form.purpose() == v1::FORM_FEEDBACK || form.purpose() == v1::FORM_AMENDMENT;
    if ((needsDocument || !form.document_id().empty())
        && !state.documents.document(qstr(form.document_id())))
        return invalid(v1::FORM_REFUSAL_UNKNOWN_DOCUMENT,
            QStringLiteral("No document %1 in the meeting").arg(qstr(form.document_id())));
    if (!form.workflow_id().empty() && !findWorkflow(state, qstr(form.workflow_id())))
        return invalid(v1::FORM_REFUSAL_UNKNOWN_WORKFLOW,
            QStringLiteral("No valid workflow %1").arg(qstr(form.workflow_id())));
    // A step names its case's author, and a registration to speak puts its author on the list.
    if (form.anonymous() && (!form.workflow_id().empty() || form.purpose() == v1::FORM_SPEAK))
        return invalid(v1::FORM_REFUSAL_ANONYMOUS_WORKFLOW,
            QStringLiteral("An anonymous form follows no workflow and registers no speaker"));
    if (form.fields().empty() || form.fields_size() > MaxFields)
        return invalid(
            v1::FORM_REFUSAL_TOO_MANY_FIELDS, QStringLiteral("1 to %1 fields").arg(MaxFields));
    QSet<QString> ids;
    for (const v1::FormField &f : form.fields()) {
        if (const auto refusal = checkField(f))
            return refusal;
        if (ids.contains(qstr(f.id())))
            return invalid(
                v1::FORM_REFUSAL_BAD_ID, QStringLiteral("Field %1 twice").arg(qstr(f.id())));
        ids.insert(qstr(f.id()));
    }
    if (form.ByteSizeLong() > MaxFormBytes)
        return invalid(v1::FORM_REFUSAL_TOO_MANY_FIELDS,
            QStringLiteral("A form of %1 bytes: at most %2")
                .arg(form.ByteSizeLong())
                .arg(MaxFormBytes));
    return std::nullopt;
}

std::optional<Decision> checkAnswer(
    const MeetingState &state, const v1::FormDefinition &form, const v1::FormAnswer &answer)
{
    if (answer.ByteSizeLong() > MaxAnswerBytes)
        return tooLong(QStringLiteral("An answer of at most %1 bytes").arg(MaxAnswerBytes));
    QSet<QString> seen;
    QSet<QString> given; // fields with a value (an empty one counts as not given)
    for (const v1::FieldValue &v : answer.values()) {
        const v1::FormField *field = nullptr;
        for (const v1::FormField &f : form.fields()) {
            if (f.id() == v.field_id())
                field = &f;
        }
        if (!field || seen.contains(qstr(v.field_id())))
            return invalid(v1::FORM_REFUSAL_UNKNOWN_FIELD,
                QStringLiteral("No field %1 in the form, or given twice").arg(qstr(v.field_id())));
        if (const auto refusal = checkValue(state, form, *field, v))
            return refusal;
        seen.insert(qstr(v.field_id()));
        if (!isEmpty(v))
            given.insert(qstr(v.field_id()));
    }
    for (const v1::FormField &f : form.fields()) {
        if (f.required() && !given.contains(qstr(f.id())))
            return invalid(v1::FORM_REFUSAL_MISSING_REQUIRED,
                QStringLiteral("Field %1 is required").arg(qstr(f.id())));
    }
    return std::nullopt;
}

} // namespace quorum
