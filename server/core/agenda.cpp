#include "agenda.h"

namespace quorum {

namespace {
Decision changeTo(const MeetingState &state, const QString &itemId)
{
    if (itemId == state.currentItemId)
        return Decision::nothing();
    Events events{ makeEvent(
        [&](v1::Event &e) { e.mutable_current_item_changed()->set_item_id(sstr(itemId)); }) };
    // The presentation follows the agenda (issue 11): a document of another item stops being
    // presented, so no tablet keeps announcing it; tablets stay on the page they are on.
    if (const auto &shown = state.documents.presentation) {
        const v1::Document *doc = state.documents.document(qstr(shown->document_id()));
        if (!doc || qstr(doc->item_id()) != itemId)
            events.push_back(makeEvent([](v1::Event &e) { e.mutable_presentation_changed(); }));
    }
    return events;
}
} // namespace

Decision decideSetCurrentItem(const MeetingState &state, const v1::SetCurrentItem &command)
{
    const QString itemId = qstr(command.item_id());
    if (!itemId.isEmpty() && state.agendaIndex(itemId) < 0)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::AGENDA_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item with id '%1'").arg(itemId));
    return changeTo(state, itemId);
}

Decision decideAdvanceAgenda(const MeetingState &state, const v1::AdvanceAgenda &command)
{
    if (command.delta() != 1 && command.delta() != -1)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::AGENDA_REFUSAL_BAD_STEP,
            QStringLiteral("delta must be 1 or -1, not %1").arg(command.delta()));
    const int count = state.definition.agenda_size();
    if (count == 0)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::AGENDA_REFUSAL_EMPTY,
            QStringLiteral("The agenda is empty"));
    const int current = state.agendaIndex(state.currentItemId); // -1: none yet
    const int next = current + command.delta();
    if (current < 0 && command.delta() < 0)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::AGENDA_REFUSAL_NONE_CURRENT,
            QStringLiteral("No agenda item is current"));
    if (next < 0)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::AGENDA_REFUSAL_AT_FIRST,
            QStringLiteral("The first item is already current"));
    if (next >= count)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::AGENDA_REFUSAL_AT_LAST,
            QStringLiteral("The last item is already current"));
    return changeTo(state, qstr(state.definition.agenda(next).id()));
}

void applyCurrentItemChanged(
    MeetingState &state, const v1::CurrentItemChanged &event, qint64 timeMs)
{
    const QString item = qstr(event.item_id());
    state.currentItemId = item;
    if (!item.isEmpty() && !state.itemStartedMs.contains(item))
        state.itemStartedMs.insert(item, timeMs);
    if (!item.isEmpty() && state.startedMs == 0)
        state.startedMs = timeMs;
    // The agenda ran past its last item: the meeting is over, until an item is made current.
    state.ended = item.isEmpty() && state.startedMs != 0;
    if (state.ended)
        state.endedMs = timeMs;
}

} // namespace quorum
