#include "formpresets.h"

namespace quorum {

namespace {
v1::FormField *addField(v1::FormDefinition &form, const char *id, v1::FieldKind kind,
    const char *vi, const char *en, bool required)
{
    v1::FormField *f = form.add_fields();
    f->set_id(id);
    f->set_kind(kind);
    f->set_label_vi(vi);
    f->set_label_en(en);
    f->set_required(required);
    return f;
}
} // namespace

QString builtinWorkflow(v1::FormPurpose purpose)
{
    switch (purpose) {
    case v1::FORM_QUESTION:
        return QStringLiteral("question");
    case v1::FORM_MOTION:
        return QStringLiteral("motion");
    case v1::FORM_AMENDMENT:
        return QStringLiteral("amendment");
    default:
        return {};
    }
}

void fillBuiltinForm(v1::FormDefinition &form)
{
    switch (form.purpose()) {
    case v1::FORM_FEEDBACK:
        addField(
            form, "passage", v1::FIELD_REFERENCE, "Đoạn, trang góp ý", "Passage or page", true);
        addField(form, "comment", v1::FIELD_LONG_TEXT, "Ý kiến góp ý", "Comment", true);
        addField(
            form, "wording", v1::FIELD_LONG_TEXT, "Đề xuất sửa thành", "Proposed wording", false);
        break;
    case v1::FORM_SPEAK: {
        addField(form, "topic", v1::FIELD_TEXT, "Nội dung phát biểu", "Topic", true);
        v1::FormField *minutes = addField(form, "minutes", v1::FIELD_NUMBER,
            "Thời gian đề nghị (phút)", "Wanted duration (minutes)", false);
        minutes->set_min(1);
        minutes->set_max(60); // an hour: longer than any speaking time a chair grants
        break;
    }
    case v1::FORM_QUESTION:
        addField(form, "addressee", v1::FIELD_TEXT, "Người được chất vấn", "Addressed to", true);
        addField(form, "question", v1::FIELD_LONG_TEXT, "Nội dung chất vấn", "Question", true);
        break;
    case v1::FORM_MOTION:
        addField(form, "title", v1::FIELD_TEXT, "Tên kiến nghị", "Title", true);
        addField(
            form, "text", v1::FIELD_LONG_TEXT, "Nội dung kiến nghị", "Text of the motion", true);
        addField(form, "reasons", v1::FIELD_LONG_TEXT, "Lý do", "Reasons", false);
        break;
    case v1::FORM_AMENDMENT:
        addField(
            form, "passage", v1::FIELD_REFERENCE, "Đoạn đề nghị sửa", "Passage to amend", true);
        addField(
            form, "wording", v1::FIELD_LONG_TEXT, "Đề xuất sửa thành", "Proposed wording", true);
        addField(form, "reasons", v1::FIELD_LONG_TEXT, "Lý do", "Reasons", false);
        break;
    default:
        break;
    }
    if (form.workflow_id().empty())
        form.set_workflow_id(sstr(builtinWorkflow(form.purpose())));
}

const v1::FieldValue *fieldValue(const v1::FormAnswer &answer, const char *fieldId)
{
    for (const v1::FieldValue &v : answer.values()) {
        if (v.field_id() == fieldId)
            return &v;
    }
    return nullptr;
}

} // namespace quorum
