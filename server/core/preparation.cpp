#include "preparation.h"

#include "bodies.h"
#include "lifecycle.h"
#include "rules.h"

#include <QSet>

namespace quorum {

namespace {

using Refusal = std::pair<v1::DeskRefusal, QString>;

Decision refuse(v1::ErrorCode code, v1::DeskRefusal reason, const QString &detail)
{
    return Decision::reject(code, reason, detail);
}

Decision refuse(const Refusal &r)
{
    const v1::ErrorCode code = r.first == v1::DESK_REFUSAL_FIELD_TOO_LONG ? v1::ERROR_FIELD_TOO_LONG
        : r.first == v1::DESK_REFUSAL_PARTICIPANT_EXISTS
            || r.first == v1::DESK_REFUSAL_PARTICIPANT_IN_USE
            || r.first == v1::DESK_REFUSAL_ITEM_EXISTS || r.first == v1::DESK_REFUSAL_ITEM_IN_USE
            || r.first == v1::DESK_REFUSAL_NOT_READY
        ? v1::ERROR_INVALID_STATE
        : v1::ERROR_INVALID_ARGUMENT;
    return refuse(code, r.first, r.second);
}

bool tooLong(const std::string &text, int maxChars)
{
    return qstr(text).size() > maxChars;
}

/**
 * Participants, agenda and fields are frozen once convened: a change then is a recorded one,
 * with its reason in the event. A draft changes freely; a closed meeting not at all.
 */
std::optional<Refusal> frozen(const MeetingState &state, const std::string &reason)
{
    const v1::MeetingPhase phase = phaseOf(state);
    if (phase == v1::MEETING_PHASE_CLOSED || phase == v1::MEETING_PHASE_ARCHIVED)
        return Refusal{ v1::DESK_REFUSAL_CLOSED, QStringLiteral("The meeting is over") };
    if (tooLong(reason, MaxReasonChars))
        return Refusal{ v1::DESK_REFUSAL_FIELD_TOO_LONG,
            QStringLiteral("A reason over %1 characters").arg(MaxReasonChars) };
    if (phase != v1::MEETING_PHASE_DRAFT && qstr(reason).trimmed().isEmpty())
        return Refusal{ v1::DESK_REFUSAL_FROZEN,
            QStringLiteral("The meeting is convened: a change needs a reason") };
    return std::nullopt;
}

std::optional<Refusal> badParticipant(const v1::Participant &p)
{
    const QString id = qstr(p.id());
    if (p.id().empty() || p.id().size() > size_t(MaxIdBytes) || id.startsWith(QLatin1Char('@')))
        return Refusal{ v1::DESK_REFUSAL_BAD_PARTICIPANT,
            QStringLiteral("Participant id '%1': 1 to 64 bytes, not starting with '@'").arg(id) };
    if (qstr(p.name()).trimmed().isEmpty())
        return Refusal{ v1::DESK_REFUSAL_BAD_PARTICIPANT,
            QStringLiteral("Participant '%1' has no name").arg(id) };
    if (p.role() < v1::ROLE_CHAIR || p.role() > v1::ROLE_OBSERVER)
        return Refusal{ v1::DESK_REFUSAL_BAD_PARTICIPANT,
            QStringLiteral("Participant '%1' has no role").arg(id) };
    if (tooLong(p.name(), MaxNameChars) || tooLong(p.title(), MaxNameChars)
        || tooLong(p.unit(), MaxNameChars))
        return Refusal{ v1::DESK_REFUSAL_FIELD_TOO_LONG,
            QStringLiteral("Participant '%1': name, title or unit over %2 characters")
                .arg(id)
                .arg(MaxNameChars) };
    if (p.weight() > rules::MaxTotalWeight)
        return Refusal{ v1::DESK_REFUSAL_BAD_PARTICIPANT,
            QStringLiteral("Participant '%1': weight %2 is more than %3")
                .arg(id)
                .arg(p.weight())
                .arg(rules::MaxTotalWeight) };
    return std::nullopt;
}

/** The meeting's participants with `changed` added or put in place of theirs: whether their
 *  weights still add up to at most rules::MaxTotalWeight (so that no count wraps). */
std::optional<Refusal> weightOverflows(
    const MeetingState &state, const std::vector<v1::Participant> &changed, bool replaceAll = false)
{
    google::protobuf::RepeatedPtrField<v1::Participant> after;
    QSet<QString> ids;
    for (const v1::Participant &p : changed)
        ids.insert(qstr(p.id()));
    if (!replaceAll) {
        for (const v1::Participant &p : state.definition.participants()) {
            if (!ids.contains(qstr(p.id())))
                *after.Add() = p;
        }
    }
    for (const v1::Participant &p : changed)
        *after.Add() = p;
    const quint64 total = rules::totalWeight(after);
    if (total <= rules::MaxTotalWeight)
        return std::nullopt;
    return Refusal{ v1::DESK_REFUSAL_BAD_PARTICIPANT,
        QStringLiteral("Participant '%1': weight: the participants' weights would add up to %2, "
                       "more than %3")
            .arg(qstr(changed.front().id()))
            .arg(total)
            .arg(rules::MaxTotalWeight) };
}

/** Whether removing a participant, or changing their role or vote, would rewrite what happened. */
bool inUse(const MeetingState &state, const QString &id)
{
    const ParticipantState *p = state.participant(id);
    if (!p)
        return false;
    if (p->present || p->attending() || state.floor.queuePosition(id) >= 0
        || (state.floor.speech.active && state.floor.speech.participantId == id))
        return true;
    for (auto it = state.floor.proxies.cbegin(); it != state.floor.proxies.cend(); ++it) {
        if (it.key() == id || it.value() == id)
            return true;
    }
    for (const BallotRecord &b : state.floor.ballots) {
        if (b.votedSet.contains(id))
            return true;
    }
    // What the record names them in: the presenter, a speech, a device, an approval.
    if (state.documents.presenterId == id)
        return true;
    for (const auto &[key, total] : state.floor.totals) {
        if (key.first == id)
            return true;
    }
    for (const v1::EnrolledDevice &device : state.devices) {
        if (qstr(device.participant_id()) == id)
            return true;
    }
    for (const v1::MinutesApproved &approval : state.minutes.approvals) {
        if (qstr(approval.participant_id()) == id)
            return true;
    }
    return false;
}

bool wouldLeaveNoChair(const MeetingState &state, const QString &id, v1::Role newRole)
{
    if (phaseOf(state) == v1::MEETING_PHASE_DRAFT || newRole == v1::ROLE_CHAIR)
        return false;
    for (const ParticipantState &p : state.participants) {
        if (p.role == v1::ROLE_CHAIR && p.id != id)
            return false;
    }
    return true;
}

v1::Participant cleaned(v1::Participant p)
{
    p.clear_present(); // presence is never part of a definition
    p.clear_pin_issues(); // kept by the fold alone
    return p;
}

std::optional<Refusal> badItem(const v1::AgendaItem &item)
{
    const QString id = qstr(item.id());
    if (item.id().empty() || item.id().size() > size_t(MaxIdBytes)
        || qstr(item.title()).trimmed().isEmpty())
        return Refusal{ v1::DESK_REFUSAL_BAD_ITEM,
            QStringLiteral("Agenda item '%1' needs an id of 1 to 64 bytes and a title").arg(id) };
    if (item.duration_minutes() > 24 * 60 || item.speaking_seconds() > 24 * 3600)
        return Refusal{ v1::DESK_REFUSAL_BAD_ITEM,
            QStringLiteral("Agenda item '%1': a duration over a day").arg(id) };
    if (tooLong(item.title(), MaxTitleChars) || tooLong(item.presenter(), MaxNameChars)
        || tooLong(item.description(), 4 * MaxTitleChars))
        return Refusal{ v1::DESK_REFUSAL_FIELD_TOO_LONG,
            QStringLiteral("Agenda item '%1': a text over its limit").arg(id) };
    return std::nullopt;
}

/** state.participants follows the definition's list; who is present and attending stays. */
void syncParticipants(MeetingState &state)
{
    std::vector<ParticipantState> old = std::move(state.participants);
    QHash<QString, int> oldIndex = std::move(state.participantIndex);
    state.participants.clear();
    state.participantIndex.clear();
    for (const v1::Participant &p : state.definition.participants()) {
        const QString id = qstr(p.id());
        const auto it = oldIndex.constFind(id);
        ParticipantState ps = it == oldIndex.cend() ? ParticipantState() : old[size_t(*it)];
        ps.id = id;
        ps.name = qstr(p.name());
        ps.title = qstr(p.title());
        ps.role = p.role();
        ps.voting = p.voting();
        ps.weight = p.weight() ? p.weight() : 1;
        state.participantIndex.insert(id, int(state.participants.size()));
        state.participants.push_back(std::move(ps));
    }
}

int participantRow(const MeetingState &state, const std::string &id)
{
    for (int i = 0; i < state.definition.participants_size(); ++i) {
        if (state.definition.participants(i).id() == id)
            return i;
    }
    return -1;
}

/** Moves element `from` of a repeated field to `to`, the others keeping their order. */
template <typename Repeated> void moveRow(Repeated &rows, int from, int to)
{
    for (; from < to; ++from)
        rows.SwapElements(from, from + 1);
    for (; from > to; --from)
        rows.SwapElements(from, from - 1);
}

template <typename Body, typename Set> Decision event(const Body &body, Set set)
{
    return Events{ makeEvent([&](v1::Event &e) { *set(e) = body; }) };
}

} // namespace

Decision decideEditMeeting(const MeetingState &state, const v1::EditMeeting &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    if (qstr(command.title()).trimmed().isEmpty())
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
            QStringLiteral("The meeting needs a title"));
    for (const std::string *text : { &command.title(), &command.organisation(),
             &command.parent_organisation(), &command.place() }) {
        if (tooLong(*text, MaxTitleChars))
            return refuse(v1::ERROR_FIELD_TOO_LONG, v1::DESK_REFUSAL_FIELD_TOO_LONG,
                QStringLiteral("A meeting field over %1 characters").arg(MaxTitleChars));
    }
    if (!v1::BodyKind_IsValid(command.body_kind()))
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
            QStringLiteral("Unknown kind of body %1").arg(int(command.body_kind())));
    for (const std::string *text :
        { &command.language(), &command.minutes_number(), &command.minutes_place() }) {
        if (tooLong(*text, MaxNameChars))
            return refuse(v1::ERROR_FIELD_TOO_LONG, v1::DESK_REFUSAL_FIELD_TOO_LONG,
                QStringLiteral("A meeting field over %1 characters").arg(MaxNameChars));
    }
    if (command.has_quorum_rule()) {
        const v1::QuorumRule &q = command.quorum_rule();
        if (q.base() != v1::BASE_MEMBERS_CONVENED && q.base() != v1::BASE_ALL_MEMBERS)
            return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
                QStringLiteral("A quorum counts the members convened or all members"));
        if (const auto error = rules::validate(q)) // every condition and convening
            return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
                QStringLiteral("Quorum rule: ") + *error);
    }
    // Luật Doanh nghiệp 2020, Điều 145: a meeting is convened at most three times; a rule that
    // names a later convening (the meeting file's "convenings") allows up to that one.
    quint32 lastConvening = MaxConvenings;
    for (const v1::ReconvenedQuorum &r : command.quorum_rule().reconvened())
        lastConvening = std::max(lastConvening, r.convening());
    if (command.convening() > lastConvening)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
            QStringLiteral("Convening %1: at most %2").arg(command.convening()).arg(lastConvening));
    if (command.total_member_weight() > rules::MaxTotalWeight)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
            QStringLiteral("total_member_weight: %1 is more than %2")
                .arg(command.total_member_weight())
                .arg(rules::MaxTotalWeight));
    if (!command.ballot_rule_preset().empty() && !rules::preset(qstr(command.ballot_rule_preset())))
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_FIELD,
            QStringLiteral("Unknown ballot rule '%1'").arg(qstr(command.ballot_rule_preset())));
    return event(command, [](v1::Event &e) { return e.mutable_meeting_edited(); });
}

Decision decideAddParticipant(const MeetingState &state, const v1::AddParticipant &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    if (const auto r = badParticipant(command.participant()))
        return refuse(*r);
    if (state.participant(qstr(command.participant().id())))
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_PARTICIPANT_EXISTS,
            QStringLiteral("A participant with id '%1' exists")
                .arg(qstr(command.participant().id())));
    if (int(state.participants.size()) >= MaxParticipants)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_TOO_MANY,
            QStringLiteral("A meeting holds at most %1 participants").arg(MaxParticipants));
    if (const auto r = weightOverflows(state, { command.participant() }))
        return refuse(*r);
    v1::AddParticipant clean = command;
    *clean.mutable_participant() = cleaned(command.participant());
    return event(clean, [](v1::Event &e) { return e.mutable_participant_added(); });
}

Decision decideEditParticipant(const MeetingState &state, const v1::EditParticipant &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    const v1::Participant &p = command.participant();
    const QString id = qstr(p.id());
    const ParticipantState *now = state.participant(id);
    if (!now)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_UNKNOWN_PARTICIPANT,
            QStringLiteral("No participant with id '%1'").arg(id));
    if (const auto r = badParticipant(p))
        return refuse(*r);
    if (const auto r = weightOverflows(state, { p }))
        return refuse(*r);
    const bool voteChanges = p.role() != now->role || p.voting() != now->voting
        || (p.weight() ? p.weight() : 1) != now->weight;
    if (voteChanges && inUse(state, id))
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_PARTICIPANT_IN_USE,
            QStringLiteral("Participant '%1' takes part already: role and vote stay").arg(id));
    if (now->role == v1::ROLE_CHAIR && wouldLeaveNoChair(state, id, p.role()))
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_NOT_READY,
            QStringLiteral("A convened meeting keeps a chair"));
    v1::EditParticipant clean = command;
    *clean.mutable_participant() = cleaned(p);
    return event(clean, [](v1::Event &e) { return e.mutable_participant_edited(); });
}

Decision decideRemoveParticipant(const MeetingState &state, const v1::RemoveParticipant &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    const QString id = qstr(command.participant_id());
    const ParticipantState *now = state.participant(id);
    if (!now)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_UNKNOWN_PARTICIPANT,
            QStringLiteral("No participant with id '%1'").arg(id));
    if (inUse(state, id))
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_PARTICIPANT_IN_USE,
            QStringLiteral("Participant '%1' takes part already").arg(id));
    if (now->role == v1::ROLE_CHAIR && wouldLeaveNoChair(state, id, v1::ROLE_UNSPECIFIED))
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_NOT_READY,
            QStringLiteral("A convened meeting keeps a chair"));
    return event(command, [](v1::Event &e) { return e.mutable_participant_removed(); });
}

std::vector<v1::RefusedParticipant> refusedRows(
    const MeetingState &state, const v1::ImportParticipants &command)
{
    std::vector<v1::RefusedParticipant> refused;
    QSet<QString> seen;
    for (int i = 0; i < command.participants_size(); ++i) {
        const v1::Participant &p = command.participants(i);
        const QString id = qstr(p.id());
        std::optional<Refusal> r = badParticipant(p);
        if (!r && seen.contains(id))
            r = Refusal{ v1::DESK_REFUSAL_PARTICIPANT_EXISTS,
                QStringLiteral("Id '%1' is twice in the list").arg(id) };
        if (!r && !command.replace() && state.participant(id))
            r = Refusal{ v1::DESK_REFUSAL_PARTICIPANT_EXISTS,
                QStringLiteral("A participant with id '%1' exists").arg(id) };
        seen.insert(id);
        if (r) {
            v1::RefusedParticipant row;
            row.set_index(quint32(i));
            row.set_participant_id(p.id());
            row.set_reason(r->first);
            row.set_detail(sstr(r->second));
            refused.push_back(row);
        }
    }
    return refused;
}

Decision decideImportParticipants(const MeetingState &state, const v1::ImportParticipants &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    if (command.replace() && phaseOf(state) != v1::MEETING_PHASE_DRAFT)
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_FROZEN,
            QStringLiteral("The list is replaced only in a draft"));
    const int total
        = command.participants_size() + (command.replace() ? 0 : int(state.participants.size()));
    if (total > MaxParticipants)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_TOO_MANY,
            QStringLiteral("%1 participants: a meeting holds at most %2")
                .arg(total)
                .arg(MaxParticipants));
    if (const qint64 bytes = qint64(command.ByteSizeLong()); bytes > MaxImportBytes)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_TOO_MANY,
            QStringLiteral("A list of %1 bytes: one import carries at most %2; import it in parts")
                .arg(bytes)
                .arg(MaxImportBytes));
    const std::vector<v1::RefusedParticipant> refused = refusedRows(state, command);
    if (!refused.empty())
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_IMPORT_REFUSED,
            QStringLiteral("%1 rows refused, the first row %2: %3; nothing imported")
                .arg(refused.size())
                .arg(refused.front().index() + 1)
                .arg(qstr(refused.front().detail())));
    if (command.participants_size() > 0) {
        const std::vector<v1::Participant> rows(
            command.participants().begin(), command.participants().end());
        if (const auto r = weightOverflows(state, rows, command.replace()))
            return refuse(*r);
    }
    if (command.replace()) {
        // Whoever is in the room already stays (in a draft: the secretary preparing it).
        QSet<QString> kept;
        for (const v1::Participant &p : command.participants())
            kept.insert(qstr(p.id()));
        for (const ParticipantState &p : state.participants) {
            if (!kept.contains(p.id) && inUse(state, p.id))
                return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_PARTICIPANT_IN_USE,
                    QStringLiteral("Participant '%1' is connected: keep them in the list")
                        .arg(p.id));
        }
    }
    v1::ImportParticipants clean = command;
    for (v1::Participant &p : *clean.mutable_participants())
        p = cleaned(p);
    return event(clean, [](v1::Event &e) { return e.mutable_participants_imported(); });
}

Decision decideAddAgendaItem(const MeetingState &state, const v1::AddAgendaItem &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    if (const auto r = badItem(command.item()))
        return refuse(*r);
    if (state.agendaIndex(qstr(command.item().id())) >= 0)
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_ITEM_EXISTS,
            QStringLiteral("An agenda item with id '%1' exists").arg(qstr(command.item().id())));
    if (state.definition.agenda_size() >= MaxAgendaItems)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_TOO_MANY,
            QStringLiteral("An agenda holds at most %1 items").arg(MaxAgendaItems));
    v1::AddAgendaItem resolved = command;
    const quint32 size = quint32(state.definition.agenda_size());
    resolved.set_position(command.at_end() ? size : std::min(command.position(), size));
    resolved.clear_at_end();
    return event(resolved, [](v1::Event &e) { return e.mutable_agenda_item_added(); });
}

Decision decideEditAgendaItem(const MeetingState &state, const v1::EditAgendaItem &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    if (state.agendaIndex(qstr(command.item().id())) < 0)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item with id '%1'").arg(qstr(command.item().id())));
    if (const auto r = badItem(command.item()))
        return refuse(*r);
    return event(command, [](v1::Event &e) { return e.mutable_agenda_item_edited(); });
}

Decision decideRemoveAgendaItem(const MeetingState &state, const v1::RemoveAgendaItem &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    const QString id = qstr(command.item_id());
    if (state.agendaIndex(id) < 0)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item with id '%1'").arg(id));
    bool used = state.currentItemId == id;
    for (const v1::Document &d : state.documents.documents)
        used = used || qstr(d.item_id()) == id;
    for (const BallotRecord &b : state.floor.ballots)
        used = used || qstr(b.ballot.item_id()) == id;
    for (const auto &[key, total] : state.floor.totals)
        used = used || key.second == id;
    if (used)
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_ITEM_IN_USE,
            QStringLiteral("Agenda item '%1' is current or holds documents, ballots or speeches")
                .arg(id));
    return event(command, [](v1::Event &e) { return e.mutable_agenda_item_removed(); });
}

Decision decideMoveAgendaItem(const MeetingState &state, const v1::MoveAgendaItem &command)
{
    if (const auto r = frozen(state, command.reason()))
        return refuse(*r);
    const int from = state.agendaIndex(qstr(command.item_id()));
    if (from < 0)
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_UNKNOWN_ITEM,
            QStringLiteral("No agenda item with id '%1'").arg(qstr(command.item_id())));
    if (command.position() >= quint32(state.definition.agenda_size()))
        return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_BAD_POSITION,
            QStringLiteral("No place %1 in an agenda of %2 items")
                .arg(command.position())
                .arg(state.definition.agenda_size()));
    if (quint32(from) == command.position())
        return Decision::nothing();
    return event(command, [](v1::Event &e) { return e.mutable_agenda_item_moved(); });
}

Decision decideIssuePins(const MeetingState &state, const v1::IssuePins &command)
{
    const v1::MeetingPhase phase = phaseOf(state);
    if (phase == v1::MEETING_PHASE_CLOSED || phase == v1::MEETING_PHASE_ARCHIVED)
        return refuse(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_CLOSED,
            QStringLiteral("The meeting is over"));
    v1::PinsIssued issued;
    QSet<QString> seen;
    if (command.participant_ids().empty()) {
        for (const v1::Participant &p : state.definition.participants()) {
            if (p.pin_issues() == 0)
                issued.add_participant_ids(p.id());
        }
    }
    for (const std::string &id : command.participant_ids()) {
        if (!state.participant(qstr(id)))
            return refuse(v1::ERROR_INVALID_ARGUMENT, v1::DESK_REFUSAL_UNKNOWN_PARTICIPANT,
                QStringLiteral("No participant with id '%1'").arg(qstr(id)));
        if (!seen.contains(qstr(id)))
            issued.add_participant_ids(id);
        seen.insert(qstr(id));
    }
    if (issued.participant_ids().empty())
        return Decision::nothing();
    return event(issued, [](v1::Event &e) { return e.mutable_pins_issued(); });
}

void applyMeetingEdited(MeetingState &state, const v1::EditMeeting &edited)
{
    v1::MeetingDefined &d = state.definition;
    // The minutes' number and place as prepared: the secretary may still change them in the
    // minutes (EditMinutes); a later edit of the meeting that changes them wins again.
    if (edited.minutes_number() != d.minutes_number())
        state.minutes.number = qstr(edited.minutes_number());
    if (edited.minutes_place() != d.minutes_place())
        state.minutes.locality = qstr(edited.minutes_place());
    d.set_title(edited.title());
    d.set_organisation(edited.organisation());
    d.set_parent_organisation(edited.parent_organisation());
    // Another kind of body brings its own rules: those of the old kind's preset go; a preset
    // named by the editor replaces the full ballot rule (which would otherwise win over it).
    if (edited.body_kind() != d.body_kind()) {
        d.clear_ballot_rule();
        d.clear_election_rule();
    }
    if (!edited.ballot_rule_preset().empty())
        d.clear_ballot_rule();
    d.set_body_kind(edited.body_kind());
    d.set_place(edited.place());
    d.set_scheduled_start_ms(edited.scheduled_start_ms());
    d.set_language(edited.language());
    if (edited.has_quorum_rule())
        *d.mutable_quorum_rule() = edited.quorum_rule();
    else
        d.clear_quorum_rule();
    d.set_ballot_rule_preset(edited.ballot_rule_preset());
    d.set_allow_proxies(edited.allow_proxies());
    d.set_max_proxies_per_holder(edited.max_proxies_per_holder());
    d.set_minutes_number(edited.minutes_number());
    d.set_minutes_place(edited.minutes_place());
    // Convening 0: an EditMeeting from before these fields (a log replayed after an upgrade, an
    // older desk): the convening and both totals stay as they are. The desk always sends 1-3.
    if (edited.convening() > 0) {
        d.set_convening(edited.convening());
        d.set_total_units(edited.total_units());
        d.set_total_member_weight(edited.total_member_weight());
    }
    bodies::applyPreset(d);
}

void applyParticipantAdded(MeetingState &state, const v1::AddParticipant &added)
{
    *state.definition.add_participants() = added.participant();
    syncParticipants(state);
}

void applyParticipantEdited(MeetingState &state, const v1::EditParticipant &edited)
{
    const int row = participantRow(state, edited.participant().id());
    if (row < 0)
        return;
    v1::Participant *p = state.definition.mutable_participants(row);
    const quint32 pins = p->pin_issues();
    *p = edited.participant();
    p->set_pin_issues(pins);
    syncParticipants(state);
}

void applyParticipantRemoved(MeetingState &state, const v1::RemoveParticipant &removed)
{
    const int row = participantRow(state, removed.participant_id());
    if (row < 0)
        return;
    state.definition.mutable_participants()->DeleteSubrange(row, 1);
    syncParticipants(state);
}

void applyParticipantsImported(MeetingState &state, const v1::ImportParticipants &imported)
{
    if (imported.replace()) {
        // PINs issued to someone kept in the list stay theirs.
        QHash<QString, quint32> pins;
        for (const v1::Participant &p : state.definition.participants())
            pins.insert(qstr(p.id()), p.pin_issues());
        state.definition.clear_participants();
        for (const v1::Participant &p : imported.participants()) {
            v1::Participant *row = state.definition.add_participants();
            *row = p;
            row->set_pin_issues(pins.value(qstr(p.id())));
        }
    } else {
        for (const v1::Participant &p : imported.participants())
            *state.definition.add_participants() = p;
    }
    syncParticipants(state);
}

void applyAgendaItemAdded(MeetingState &state, const v1::AddAgendaItem &added)
{
    auto *agenda = state.definition.mutable_agenda();
    *agenda->Add() = added.item();
    moveRow(*agenda, agenda->size() - 1, std::min(int(added.position()), agenda->size() - 1));
}

void applyAgendaItemEdited(MeetingState &state, const v1::EditAgendaItem &edited)
{
    const int row = state.agendaIndex(qstr(edited.item().id()));
    if (row >= 0)
        *state.definition.mutable_agenda(row) = edited.item();
}

void applyAgendaItemRemoved(MeetingState &state, const v1::RemoveAgendaItem &removed)
{
    const int row = state.agendaIndex(qstr(removed.item_id()));
    if (row >= 0)
        state.definition.mutable_agenda()->DeleteSubrange(row, 1);
}

void applyAgendaItemMoved(MeetingState &state, const v1::MoveAgendaItem &moved)
{
    const int row = state.agendaIndex(qstr(moved.item_id()));
    auto *agenda = state.definition.mutable_agenda();
    if (row >= 0)
        moveRow(*agenda, row, std::min(int(moved.position()), agenda->size() - 1));
}

void applyPinsIssued(MeetingState &state, const v1::PinsIssued &issued)
{
    for (const std::string &id : issued.participant_ids()) {
        const int row = participantRow(state, id);
        if (row >= 0) {
            v1::Participant *p = state.definition.mutable_participants(row);
            p->set_pin_issues(p->pin_issues() + 1);
        }
    }
}

} // namespace quorum
