#include "documents.h"

namespace quorum {

namespace {
Decision invalid(v1::DocumentRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_ARGUMENT, reason, detail);
}

bool validId(const std::string &id)
{
    return !id.empty() && id.size() <= 64;
}
} // namespace

Decision decideDocumentIngested(const MeetingState &state, const v1::Document &ingested)
{
    const QString hash = qstr(ingested.sha256());
    if (hash.size() != 64 || ingested.pages_size() == 0)
        return invalid(v1::DOCUMENT_REFUSAL_BAD_INGEST,
            QStringLiteral("An ingested document needs a SHA-256 and pages"));
    if (state.documents.ingested.contains(hash))
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        v1::Document *d = e.mutable_document_ingested()->mutable_document();
        *d = ingested;
        d->clear_id();
        d->clear_item_id();
        d->clear_version();
    }) };
}

Decision decideAttachDocument(const MeetingState &state, const v1::AttachDocument &command)
{
    if (!validId(command.document_id()))
        return invalid(
            v1::DOCUMENT_REFUSAL_BAD_ID, QStringLiteral("document_id must be 1 to 64 bytes"));
    // A title is a line on a tablet; a file name is at most 255 bytes on every file system.
    if (qstr(command.title()).size() > 500 || command.file_name().size() > 255)
        return Decision::reject(v1::ERROR_FIELD_TOO_LONG, v1::DOCUMENT_REFUSAL_TITLE_TOO_LONG,
            QStringLiteral("A title has at most 500 characters, a file name 255 bytes"));
    const QString itemId = qstr(command.item_id());
    if (state.agendaIndex(itemId) < 0)
        return invalid(v1::DOCUMENT_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item with id '%1'").arg(itemId));
    const auto ingested = state.documents.ingested.constFind(qstr(command.sha256()));
    if (ingested == state.documents.ingested.cend())
        return invalid(v1::DOCUMENT_REFUSAL_NOT_UPLOADED,
            QStringLiteral("The server holds no document with this SHA-256; upload it first"));
    const v1::Document *existing = state.documents.document(qstr(command.document_id()));
    if (existing && existing->sha256() == command.sha256()
        && existing->item_id() == command.item_id())
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        v1::Document *d = e.mutable_document_attached()->mutable_document();
        *d = *ingested;
        d->set_id(command.document_id());
        d->set_item_id(command.item_id());
        if (!command.title().empty())
            d->set_title(command.title());
        if (!command.file_name().empty())
            d->set_file_name(command.file_name());
        if (d->title().empty())
            d->set_title(d->file_name());
        d->set_version(existing ? existing->version() + 1 : 1);
    }) };
}

Decision decideRemoveDocument(const MeetingState &state, const v1::RemoveDocument &command)
{
    if (!state.documents.document(qstr(command.document_id())))
        return invalid(v1::DOCUMENT_REFUSAL_UNKNOWN_DOCUMENT,
            QStringLiteral("No document with id '%1'").arg(qstr(command.document_id())));
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_document_removed()->set_document_id(command.document_id());
    }) };
}

Decision decideSetPresenter(const MeetingState &state, const v1::SetPresenter &command)
{
    const QString id = qstr(command.participant_id());
    if (!id.isEmpty()) {
        const ParticipantState *p = state.participant(id);
        if (!p)
            return invalid(v1::DOCUMENT_REFUSAL_UNKNOWN_PRESENTER,
                QStringLiteral("No participant with id '%1'").arg(id));
        if (p->role == v1::ROLE_OBSERVER)
            return invalid(v1::DOCUMENT_REFUSAL_OBSERVER_CANNOT_PRESENT,
                QStringLiteral("An observer cannot present"));
    }
    if (id == state.documents.presenterId)
        return Decision::nothing();
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_presenter_changed()->set_participant_id(sstr(id)); }) };
}

bool isPresenter(const MeetingState &state, const QString &participantId)
{
    if (!state.documents.presenterId.isEmpty())
        return state.documents.presenterId == participantId;
    const ParticipantState *p = state.participant(participantId);
    return p && p->role == v1::ROLE_CHAIR;
}

Decision decidePresent(
    const MeetingState &state, const QString &actorId, const v1::Present &command)
{
    if (!isPresenter(state, actorId))
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::DOCUMENT_REFUSAL_NOT_PRESENTER,
            QStringLiteral("Only the presenter may present"));
    if (command.stop()) {
        if (!state.documents.presentation)
            return Decision::nothing();
        return Events{ makeEvent([](v1::Event &e) { e.mutable_presentation_changed(); }) };
    }
    const v1::Presentation &p = command.presentation();
    const v1::Document *doc = state.documents.document(qstr(p.document_id()));
    if (!doc)
        return invalid(v1::DOCUMENT_REFUSAL_UNKNOWN_DOCUMENT,
            QStringLiteral("No document with id '%1'").arg(qstr(p.document_id())));
    if (int(p.page()) >= doc->pages_size())
        return invalid(v1::DOCUMENT_REFUSAL_PAGE_OUT_OF_RANGE,
            QStringLiteral("The document has %1 pages").arg(doc->pages_size()));
    if (p.has_region()) {
        const v1::NormalizedRect &r = p.region();
        const bool inside = r.x() >= 0 && r.y() >= 0 && r.width() > 0 && r.height() > 0
            && r.x() + r.width() <= 1.0001f && r.y() + r.height() <= 1.0001f;
        if (!inside) // also false for NaN
            return invalid(v1::DOCUMENT_REFUSAL_BAD_REGION,
                QStringLiteral("The region must lie within the page (0..1)"));
    }
    return Events{ makeEvent([&](v1::Event &e) {
        v1::Presentation *out = e.mutable_presentation_changed()->mutable_presentation();
        *out = p;
        out->set_presenter_id(sstr(actorId));
    }) };
}

void applyDocumentIngested(MeetingState &state, const v1::DocumentIngested &event)
{
    state.documents.ingested.insert(qstr(event.document().sha256()), event.document());
}

void applyDocumentAttached(MeetingState &state, const v1::DocumentAttached &event)
{
    const QString id = qstr(event.document().id());
    state.documents.attachedEver.insert(qstr(event.document().sha256()));
    for (v1::Document &d : state.documents.documents) {
        if (qstr(d.id()) == id) {
            d = event.document();
            return;
        }
    }
    state.documents.documents.push_back(event.document());
}

void applyDocumentRemoved(MeetingState &state, const v1::DocumentRemoved &event)
{
    auto &docs = state.documents.documents;
    docs.erase(std::remove_if(docs.begin(), docs.end(),
                   [&](const v1::Document &d) { return d.id() == event.document_id(); }),
        docs.end());
    if (state.documents.presentation
        && state.documents.presentation->document_id() == event.document_id())
        state.documents.presentation.reset();
}

void applyPresenterChanged(MeetingState &state, const v1::PresenterChanged &event)
{
    state.documents.presenterId = qstr(event.participant_id());
}

void applyPresentationChanged(MeetingState &state, const v1::PresentationChanged &event)
{
    if (event.has_presentation())
        state.documents.presentation = event.presentation();
    else
        state.documents.presentation.reset();
}

void fillDocumentsSnapshot(const MeetingState &state, v1::Snapshot &snapshot)
{
    for (const v1::Document &d : state.documents.documents)
        *snapshot.add_documents() = d;
    snapshot.set_presenter_id(sstr(state.documents.presenterId));
    if (state.documents.presentation)
        *snapshot.mutable_presentation() = *state.documents.presentation;
}

} // namespace quorum
