#pragma once

#include "decision.h"
#include "meetingstate.h"
#include "protocol.h"

namespace quorum {

/**
 * Preparing a meeting from the organiser's desk: its fields, participants, agenda and PINs
 * (docs/protocol.md, "The organiser's desk"). In a draft freely; once convened (and while
 * running) only as a recorded change with a reason; closed: never. Each command becomes the
 * event of the same name, folded here.
 */

/** The most participants a meeting holds: a congress of a few thousand delegates, with room
 * (tst_bigmeeting runs 2,000 tablets); a 50,000-row list is refused whole. */
constexpr int MaxParticipants = 10'000;
/** The most agenda items: a long congress has some tens. */
constexpr int MaxAgendaItems = 500;
/** Texts a person types: a name or unit fits a line of the minutes' attendance list. */
constexpr int MaxNameChars = 200;
constexpr int MaxTitleChars = 500; // a meeting's or an item's title, as in the minutes' header
constexpr int MaxReasonChars = 1000; // as ReopenMinutes' reason
constexpr int MaxIdBytes = 64; // participant and item ids, as a command id
/**
 * The most an ImportParticipants may weigh, serialized: its event repeats it to every tablet,
 * wrapped in an Event (seq, time, actor) and an EventBatch, and that frame must stay within
 * MaxMessageBytes, the most a tablet accepts (the desk's own frame stops there already, and
 * the wrapping is larger than the desk's: a list at the very edge made a frame ~150 bytes too
 * big). 4 KiB is left for the wrapping, which is under 200 bytes.
 */
constexpr qint64 MaxImportBytes = MaxMessageBytes - 4 * 1024;
constexpr quint32 MaxConvenings
    = 3; // Luật Doanh nghiệp 2020, Điều 145: the 3rd convening needs no quorum

Decision decideEditMeeting(const MeetingState &state, const v1::EditMeeting &command);
Decision decideAddParticipant(const MeetingState &state, const v1::AddParticipant &command);
Decision decideEditParticipant(const MeetingState &state, const v1::EditParticipant &command);
Decision decideRemoveParticipant(const MeetingState &state, const v1::RemoveParticipant &command);
Decision decideImportParticipants(const MeetingState &state, const v1::ImportParticipants &command);
/** Every row an ImportParticipants refuses, and why (empty: none); what the Reply names. */
std::vector<v1::RefusedParticipant> refusedRows(
    const MeetingState &state, const v1::ImportParticipants &command);
Decision decideAddAgendaItem(const MeetingState &state, const v1::AddAgendaItem &command);
Decision decideEditAgendaItem(const MeetingState &state, const v1::EditAgendaItem &command);
Decision decideRemoveAgendaItem(const MeetingState &state, const v1::RemoveAgendaItem &command);
Decision decideMoveAgendaItem(const MeetingState &state, const v1::MoveAgendaItem &command);
Decision decideIssuePins(const MeetingState &state, const v1::IssuePins &command);

void applyMeetingEdited(MeetingState &state, const v1::EditMeeting &edited);
void applyParticipantAdded(MeetingState &state, const v1::AddParticipant &added);
void applyParticipantEdited(MeetingState &state, const v1::EditParticipant &edited);
void applyParticipantRemoved(MeetingState &state, const v1::RemoveParticipant &removed);
void applyParticipantsImported(MeetingState &state, const v1::ImportParticipants &imported);
void applyAgendaItemAdded(MeetingState &state, const v1::AddAgendaItem &added);
void applyAgendaItemEdited(MeetingState &state, const v1::EditAgendaItem &edited);
void applyAgendaItemRemoved(MeetingState &state, const v1::RemoveAgendaItem &removed);
void applyAgendaItemMoved(MeetingState &state, const v1::MoveAgendaItem &moved);
void applyPinsIssued(MeetingState &state, const v1::PinsIssued &issued);

} // namespace quorum
