#pragma once

// Forms on the core fixture's meeting (meetingfixture.h): a 50-page draft attached to item "a",
// whose ingested page texts the server would fill into an amendment's reference.
#include "documents.h"
#include "fold.h"
#include "forms.h"
#include "meetingfixture.h"

namespace formfixture {

using namespace quorum;
using fixture::command;

/** The text of page `n` of the draft, as an amendment's reference carries it. */
inline std::string pageText(int n)
{
    return "Điều " + std::to_string(n) + ". Ủy ban nhân dân tỉnh có trách nhiệm\ntổ chức "
        + "thực hiện Nghị quyết này.";
}

/** fixture::meetingWith(present) and the draft "du-thao" (50 pages) on item "a". */
inline Meeting meetingWithDraft(int present = 11)
{
    Meeting m = fixture::meetingWith(present);
    v1::Document doc;
    doc.set_sha256(std::string(64, 'd'));
    doc.set_title("Dự thảo Nghị quyết");
    for (int i = 0; i < 50; ++i) {
        v1::PageSize *p = doc.add_pages();
        p->set_width(595);
        p->set_height(842);
    }
    fixture::commit(m, decideDocumentIngested(m.state(), doc));
    fixture::commit(m,
        m.decide("secretary", command([](v1::Command &c) {
            v1::AttachDocument *a = c.mutable_attach_document();
            a->set_document_id("du-thao");
            a->set_item_id("a");
            a->set_sha256(std::string(64, 'd'));
        }),
            1000));
    return m;
}

inline v1::Command defineBuiltin(const char *id, v1::FormPurpose purpose, bool anonymous = false,
    const char *documentId = "du-thao")
{
    return command([&](v1::Command &c) {
        v1::FormDefinition *f = c.mutable_define_form()->mutable_form();
        f->set_id(id);
        f->set_title_vi("Phiếu");
        f->set_purpose(purpose);
        f->set_anonymous(anonymous);
        if (purpose == v1::FORM_FEEDBACK || purpose == v1::FORM_AMENDMENT)
            f->set_document_id(documentId);
    });
}

inline v1::Command open(const char *id)
{
    return command([&](v1::Command &c) { c.mutable_open_form()->set_form_id(id); });
}
inline v1::Command close(const char *id)
{
    return command([&](v1::Command &c) { c.mutable_close_form()->set_form_id(id); });
}

/** Defines and opens a built-in form as the secretary. */
inline void openBuiltin(Meeting &m, const char *id, v1::FormPurpose purpose, bool anonymous = false)
{
    fixture::commit(m, m.decide("secretary", defineBuiltin(id, purpose, anonymous), 1000));
    fixture::commit(m, m.decide("secretary", open(id), 1000));
}

inline v1::FieldValue text(const char *field, const std::string &value)
{
    v1::FieldValue v;
    v.set_field_id(field);
    v.set_text(value);
    return v;
}

inline v1::FieldValue reference(const char *field, quint32 page, const std::string &passage,
    const std::string &section = {}, bool withPageText = false)
{
    v1::FieldValue v;
    v.set_field_id(field);
    v.mutable_reference()->set_page(page);
    v.mutable_reference()->set_passage(passage);
    v.mutable_reference()->set_section(section);
    if (withPageText) // what the server fills in before the core decides (passagecheck.h)
        v.mutable_reference()->set_page_text(pageText(int(page)));
    return v;
}

inline v1::Command submit(const char *formId, std::vector<v1::FieldValue> values,
    quint32 corrects = 0, const std::string &receipt = {})
{
    return command([&](v1::Command &c) {
        v1::SubmitAnswer *s = c.mutable_submit_answer();
        s->set_form_id(formId);
        for (const v1::FieldValue &v : values)
            *s->mutable_answer()->add_values() = v;
        s->set_corrects(corrects);
        s->set_receipt(receipt);
    });
}

inline std::vector<v1::FieldValue> feedback(
    quint32 page, const std::string &comment, const std::string &section = "Chương I")
{
    return { reference("passage", page, "tổ chức thực hiện", section), text("comment", comment),
        text("wording", "triển khai thực hiện") };
}

inline v1::Command step(const char *formId, quint32 number, const char *to,
    const char *ballotId = "", const char *assignee = "")
{
    return command([&](v1::Command &c) {
        v1::TakeStep *t = c.mutable_take_step();
        t->set_form_id(formId);
        t->set_number(number);
        t->set_to_state(to);
        t->set_ballot_id(ballotId);
        t->set_assignee_id(assignee);
    });
}

inline int reason(const Decision &d)
{
    if (d.ok())
        return 0;
    return d.error().has_form() ? int(d.error().form()) : int(d.error().workflow());
}

} // namespace formfixture
