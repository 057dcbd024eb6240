#include "minutes.h"

namespace quorum {

namespace {
// Notes are typed on a tablet during a meeting; 64 KiB per item is pages of text and keeps
// one event well under the protocol's frame limit.
constexpr int MaxNotesChars = 64 * 1024;
// A document number ("05/BB-ĐTN") and a place name are one short line each.
constexpr int MaxLineChars = 200;
} // namespace

Decision decideEditMinutes(const MeetingState &state, const v1::EditMinutes &command)
{
    if (state.minutes.locked)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::MINUTES_REFUSAL_LOCKED,
            QStringLiteral("The minutes are approved; reopen them before changing them"));
    const QString itemId = qstr(command.item_id());
    if (!itemId.isEmpty() && state.agendaIndex(itemId) < 0)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::MINUTES_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item with id '%1'").arg(itemId));
    const QString notes = qstr(command.notes());
    const QString conclusions = qstr(command.conclusions());
    if (notes.size() > MaxNotesChars || conclusions.size() > MaxNotesChars)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::MINUTES_REFUSAL_TEXT_TOO_LONG,
            QStringLiteral("The text is too long"));
    QString number = qstr(command.number()).trimmed();
    QString locality = qstr(command.locality()).trimmed();
    if (!itemId.isEmpty() && (!number.isEmpty() || !locality.isEmpty()))
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::MINUTES_REFUSAL_HEADER_ON_ITEM,
            QStringLiteral("Number and locality belong to the minutes as a whole"));
    if (number.size() > MaxLineChars || locality.size() > MaxLineChars)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::MINUTES_REFUSAL_HEADER_TOO_LONG,
            QStringLiteral("The number or locality is too long"));
    const MinutesText current = state.minutes.items.value(itemId);
    if (itemId.isEmpty()) {
        // An empty field keeps the number and locality already set: the console sends notes
        // without repeating them.
        if (number.isEmpty())
            number = state.minutes.number;
        if (locality.isEmpty())
            locality = state.minutes.locality;
    }
    if (current.notes == notes && current.conclusions == conclusions
        && (!itemId.isEmpty()
            || (number == state.minutes.number && locality == state.minutes.locality)))
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        v1::MinutesEdited *edited = e.mutable_minutes_edited();
        edited->set_item_id(sstr(itemId));
        edited->set_notes(sstr(notes));
        edited->set_conclusions(sstr(conclusions));
        edited->set_number(sstr(number));
        edited->set_locality(sstr(locality));
    }) };
}

Decision decideApproveMinutes(const MeetingState &state, const QString &actorId)
{
    const ParticipantState *actor = state.participant(actorId);
    if (!actor)
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::GENERAL_REFUSAL_NOT_A_PARTICIPANT,
            QStringLiteral("Unknown participant"));
    if (state.minutes.locked || state.minutes.approvedBy(actorId))
        return Decision::nothing();
    const v1::Role other = actor->role == v1::ROLE_CHAIR ? v1::ROLE_SECRETARY : v1::ROLE_CHAIR;
    return Events{ makeEvent([&](v1::Event &e) {
        v1::MinutesApproved *approved = e.mutable_minutes_approved();
        approved->set_participant_id(sstr(actorId));
        approved->set_role(actor->role);
        approved->set_locked(state.minutes.approvedByRole(other));
    }) };
}

Decision decideReopenMinutes(const MeetingState &state, const v1::ReopenMinutes &command)
{
    if (state.minutes.approvals.empty())
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::MINUTES_REFUSAL_NOT_APPROVED,
            QStringLiteral("The minutes are not approved"));
    const QString reason = qstr(command.reason()).trimmed();
    if (reason.isEmpty())
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::MINUTES_REFUSAL_REASON_NEEDED,
            QStringLiteral("Reopening the minutes needs a reason"));
    if (reason.size() > MaxLineChars * 5)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::MINUTES_REFUSAL_REASON_TOO_LONG,
            QStringLiteral("The reason is too long"));
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_minutes_reopened()->set_reason(sstr(reason)); }) };
}

Decision decideExportMinutes(const MeetingState &state)
{
    if (!state.defined)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::GENERAL_REFUSAL_MEETING_NOT_DEFINED,
            QStringLiteral("The meeting is not defined yet"));
    return Decision::nothing();
}

Events makeMinutesExported(const v1::MinutesExported &exported)
{
    return Events{ makeEvent([&](v1::Event &e) { *e.mutable_minutes_exported() = exported; }) };
}

void applyMinutesEdited(MeetingState &state, const v1::MinutesEdited &event)
{
    const QString itemId = qstr(event.item_id());
    state.minutes.items.insert(itemId, { qstr(event.notes()), qstr(event.conclusions()) });
    if (itemId.isEmpty()) {
        state.minutes.number = qstr(event.number());
        state.minutes.locality = qstr(event.locality());
    }
    // What was approved has changed: a partial approval no longer holds.
    state.minutes.approvals.clear();
    state.minutes.approvedMs.clear();
}

void applyMinutesApproved(MeetingState &state, const v1::MinutesApproved &event, qint64 timeMs)
{
    state.minutes.approvals.push_back(event);
    state.minutes.approvedMs.insert(qstr(event.participant_id()), timeMs);
    if (event.locked()) {
        state.minutes.locked = true;
        state.minutes.lockedMs = timeMs;
    }
}

void applyMinutesReopened(
    MeetingState &state, const v1::MinutesReopened &event, qint64 timeMs, const QString &actorId)
{
    state.minutes.lastReopenReason = qstr(event.reason());
    state.minutes.reopened.push_back({ qstr(event.reason()), actorId, timeMs });
    state.minutes.approvals.clear();
    state.minutes.approvedMs.clear();
    state.minutes.locked = false;
    state.minutes.lockedMs = 0;
    ++state.minutes.reopenings;
}

void applyMinutesExported(MeetingState &state, const v1::MinutesExported &event, qint64 timeMs)
{
    state.minutes.lastExport = event;
    state.minutes.lastExportMs = timeMs;
    state.minutes.exportedFiles.insert(qstr(event.archive_sha256()));
    state.minutes.exportedFiles.insert(qstr(event.minutes_vi_sha256()));
}

void snapshotMinutes(const MeetingState &state, v1::Snapshot &snapshot)
{
    v1::MinutesSnapshot *minutes = snapshot.mutable_minutes();
    for (auto it = state.minutes.items.cbegin(); it != state.minutes.items.cend(); ++it) {
        v1::MinutesItem *item = minutes->add_items();
        item->set_item_id(sstr(it.key()));
        item->set_notes(sstr(it->notes));
        item->set_conclusions(sstr(it->conclusions));
    }
    // QHash order is random: sort so that two snapshots of one state are the same bytes.
    std::sort(minutes->mutable_items()->begin(), minutes->mutable_items()->end(),
        [](const v1::MinutesItem &a, const v1::MinutesItem &b) {
            return a.item_id() < b.item_id();
        });
    minutes->set_number(sstr(state.minutes.number));
    minutes->set_locality(sstr(state.minutes.locality));
    for (const v1::MinutesApproved &a : state.minutes.approvals)
        *minutes->add_approvals() = a;
    minutes->set_locked(state.minutes.locked);
    minutes->set_reopenings(state.minutes.reopenings);
    if (state.minutes.lastExport)
        *minutes->mutable_last_export() = *state.minutes.lastExport;
}

} // namespace quorum
