#include "definition.h"

#include "rules.h"

#include <QSet>

namespace quorum {

Decision decideDefinition(const MeetingState &state, const v1::MeetingDefined &definition)
{
    auto invalid = [](const QString &detail) {
        return Decision::reject(
            v1::ERROR_INVALID_ARGUMENT, v1::GENERAL_REFUSAL_BAD_DEFINITION, detail);
    };
    if (state.defined)
        return Decision::reject(v1::ERROR_INVALID_STATE, v1::GENERAL_REFUSAL_ALREADY_DEFINED,
            QStringLiteral("The meeting is already defined"));
    if (definition.meeting_id().empty())
        return invalid(QStringLiteral("The meeting needs an id"));
    if (definition.title().empty())
        return invalid(QStringLiteral("The meeting needs a title"));
    QSet<QString> ids;
    bool hasChair = false;
    for (const v1::Participant &p : definition.participants()) {
        const QString id = qstr(p.id());
        if (id.isEmpty() || ids.contains(id))
            return invalid(QStringLiteral("Participant id '%1' is empty or used twice").arg(id));
        if (p.role() < v1::ROLE_CHAIR || p.role() > v1::ROLE_OBSERVER)
            return invalid(QStringLiteral("Participant '%1' has no role").arg(id));
        if (p.name().empty())
            return invalid(QStringLiteral("Participant '%1' has no name").arg(id));
        ids.insert(id);
        hasChair = hasChair || p.role() == v1::ROLE_CHAIR;
    }
    if (!hasChair)
        return invalid(QStringLiteral("The meeting needs a chair"));
    if (definition.has_quorum_rule()) {
        const v1::QuorumRule &q = definition.quorum_rule();
        if (q.base() != v1::BASE_MEMBERS_CONVENED && q.base() != v1::BASE_ALL_MEMBERS)
            return invalid(QStringLiteral("A quorum counts the members convened or all members"));
        if (const auto error = rules::validate(q.threshold()))
            return invalid(QStringLiteral("Quorum rule: ") + *error);
    }
    if (!definition.ballot_rule_preset().empty()
        && !rules::preset(qstr(definition.ballot_rule_preset())))
        return invalid(
            QStringLiteral("Unknown ballot rule '%1'").arg(qstr(definition.ballot_rule_preset())));
    QSet<QString> itemIds;
    for (const v1::AgendaItem &item : definition.agenda()) {
        const QString id = qstr(item.id());
        if (id.isEmpty() || itemIds.contains(id))
            return invalid(QStringLiteral("Agenda item id '%1' is empty or used twice").arg(id));
        if (item.title().empty())
            return invalid(QStringLiteral("Agenda item '%1' has no title").arg(id));
        itemIds.insert(id);
    }
    v1::MeetingDefined clean = definition;
    for (v1::Participant &p : *clean.mutable_participants())
        p.clear_present(); // presence is never part of a definition
    return Events{ makeEvent([&](v1::Event &e) { *e.mutable_meeting_defined() = clean; }) };
}

void applyMeetingDefined(MeetingState &state, const v1::MeetingDefined &definition)
{
    state.defined = true;
    state.definition = definition;
    state.participants.clear();
    state.participantIndex.clear();
    for (const v1::Participant &p : definition.participants()) {
        ParticipantState ps;
        ps.id = qstr(p.id());
        ps.name = qstr(p.name());
        ps.title = qstr(p.title());
        ps.role = p.role();
        ps.voting = p.voting();
        ps.weight = p.weight() ? p.weight() : 1;
        state.participantIndex.insert(ps.id, int(state.participants.size()));
        state.participants.push_back(ps);
    }
    state.currentItemId.clear();
    state.floor = FloorState();
    state.floor.speakingSeconds = definition.default_speaking_seconds();
}

} // namespace quorum
