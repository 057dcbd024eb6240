#pragma once

#include "protocol.h"

namespace quorum {

/**
 * The built-in forms (docs/forms.md, "Purposes and the built-in forms"): the fields of a form
 * of that purpose, labels in Vietnamese and English, and the workflow it follows ("" for none).
 * Field ids are fixed, so that the consolidation and the workflows find them: "passage"
 * (reference), "comment", "wording", "topic", "minutes", "addressee", "question", "title",
 * "text", "reasons".
 */
void fillBuiltinForm(v1::FormDefinition &form);

/** The workflow a purpose follows unless the form names another: "motion", "amendment", "question"
 * or "". */
QString builtinWorkflow(v1::FormPurpose purpose);

/** The value of a field in an answer, or null. */
const v1::FieldValue *fieldValue(const v1::FormAnswer &answer, const char *fieldId);

} // namespace quorum
