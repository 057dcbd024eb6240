#include "passagecheck.h"

#include "blobstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace quorum {

namespace {
/** One page's text (1-based) of a document held by the store, or empty. */
QString pageText(const BlobStore &blobs, const QString &sha256, quint32 page)
{
    QFile file(QDir(blobs.directory()).filePath(sha256 + QStringLiteral(".txt.json")));
    if (page == 0 || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray pages = QJsonDocument::fromJson(file.readAll()).array();
    return page <= quint32(pages.size()) ? pages.at(int(page - 1)).toString() : QString();
}
} // namespace

void fillPageTexts(const MeetingState &state, const BlobStore *blobs, v1::SubmitAnswer &command)
{
    const FormRecord *form = state.forms.form(qstr(command.form_id()));
    const bool amendment = form && form->form.purpose() == v1::FORM_AMENDMENT;
    for (v1::FieldValue &value : *command.mutable_answer()->mutable_values()) {
        if (!value.has_reference())
            continue;
        v1::Reference *ref = value.mutable_reference();
        ref->clear_page_text();
        if (!amendment || !blobs)
            continue;
        const QString documentId = ref->document_id().empty() ? qstr(form->form.document_id())
                                                              : qstr(ref->document_id());
        if (const v1::Document *doc = state.documents.document(documentId))
            ref->set_page_text(sstr(pageText(*blobs, qstr(doc->sha256()), ref->page())));
    }
}

} // namespace quorum
