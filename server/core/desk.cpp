#include "desk.h"

#include "lifecycle.h"
#include "preparation.h"

namespace quorum {

Decision decideDesk(const MeetingState &state, const QString &actorId, const v1::Command &command)
{
    switch (command.body_case()) {
    case v1::Command::kEditMeeting:
        return decideEditMeeting(state, command.edit_meeting());
    case v1::Command::kAddParticipant:
        return decideAddParticipant(state, command.add_participant());
    case v1::Command::kEditParticipant:
        return decideEditParticipant(state, command.edit_participant());
    case v1::Command::kRemoveParticipant:
        return decideRemoveParticipant(state, command.remove_participant());
    case v1::Command::kImportParticipants:
        return decideImportParticipants(state, command.import_participants());
    case v1::Command::kAddAgendaItem:
        return decideAddAgendaItem(state, command.add_agenda_item());
    case v1::Command::kEditAgendaItem:
        return decideEditAgendaItem(state, command.edit_agenda_item());
    case v1::Command::kRemoveAgendaItem:
        return decideRemoveAgendaItem(state, command.remove_agenda_item());
    case v1::Command::kMoveAgendaItem:
        return decideMoveAgendaItem(state, command.move_agenda_item());
    case v1::Command::kIssuePins:
        return decideIssuePins(state, command.issue_pins());
    case v1::Command::kConveneMeeting:
        return decideConvene(state);
    case v1::Command::kStartMeeting:
        return decideStart(state);
    case v1::Command::kCloseMeeting:
        return decideClose(state);
    case v1::Command::kArchiveMeeting:
        return decideArchive(state, actorId);
    case v1::Command::kRemoveMeeting:
        return decideRemove(state, actorId, command.remove_meeting());
    default:
        break;
    }
    return Decision::reject(v1::ERROR_UNSUPPORTED_MESSAGE, v1::GENERAL_REFUSAL_UNKNOWN_COMMAND,
        QStringLiteral("Not a command of the desk"));
}

} // namespace quorum
