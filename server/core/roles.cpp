#include "roles.h"

namespace quorum {

namespace {
bool isChairOrSecretary(v1::Role role)
{
    return role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY;
}
} // namespace

bool roleMay(v1::Role role, v1::Command::BodyCase command)
{
    switch (command) {
    case v1::Command::kSetCurrentItem:
    case v1::Command::kAdvanceAgenda:
        // The chair runs the agenda; the secretary may stand in (e.g. a chair without tablet).
        return isChairOrSecretary(role);
    case v1::Command::kSetAttendance:
        // The secretary keeps the attendance list; the chair may correct it.
        return isChairOrSecretary(role);
    case v1::Command::kCheckIn:
        // The secretary holds the tablet at the door; the chair may stand in. Never a delegate:
        // a check-in by PIN would let anyone test PINs and mark others present.
        return isChairOrSecretary(role);
    case v1::Command::kGrantProxy:
    case v1::Command::kCastVote:
        // Members with a vote; whether this participant has one is checked by the ballot rules.
        return role == v1::ROLE_CHAIR || role == v1::ROLE_DELEGATE;
    case v1::Command::kRevokeProxy:
        return role == v1::ROLE_CHAIR || role == v1::ROLE_DELEGATE;
    case v1::Command::kRequestFloor:
    case v1::Command::kWithdrawFloor:
    case v1::Command::kEndSpeech: // a speaker may end their own speech
        return role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY || role == v1::ROLE_DELEGATE;
    case v1::Command::kGiveFloor:
    case v1::Command::kNextSpeaker:
    case v1::Command::kRemoveSpeaker:
    case v1::Command::kMoveSpeaker:
    case v1::Command::kSetQueueOpen:
    case v1::Command::kSetSpeakingTime:
    case v1::Command::kPauseSpeech:
    case v1::Command::kResumeSpeech:
    case v1::Command::kCreateBallot:
    case v1::Command::kOpenBallot:
    case v1::Command::kCloseBallot:
    case v1::Command::kCancelBallot:
        return role == v1::ROLE_CHAIR;
    case v1::Command::kAttachDocument:
    case v1::Command::kRemoveDocument:
        // The secretary prepares the documents; the chair may change them during the meeting.
        return isChairOrSecretary(role);
    case v1::Command::kAnnotate:
    case v1::Command::kPresent: // whether this participant presents is checked by the core
        return role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY || role == v1::ROLE_DELEGATE;
    case v1::Command::kSetPresenter:
        return role == v1::ROLE_CHAIR;
    case v1::Command::kEditMinutes:
        // The secretary keeps the minutes; the chair reads them and approves.
        return role == v1::ROLE_SECRETARY;
    case v1::Command::kApproveMinutes:
    case v1::Command::kReopenMinutes:
    case v1::Command::kExportMinutes: // the files to sign, and to hand out after the meeting
        // Both sign the minutes (THƯ KÝ, CHỦ TỌA); either may reopen them, on the record.
        return isChairOrSecretary(role);
    case v1::Command::kRevokeDevice:
        // The secretary hands out PINs and tablets; the chair may act when a tablet is lost.
        return isChairOrSecretary(role);
    case v1::Command::kEditMeeting:
    case v1::Command::kAddParticipant:
    case v1::Command::kEditParticipant:
    case v1::Command::kRemoveParticipant:
    case v1::Command::kImportParticipants:
    case v1::Command::kAddAgendaItem:
    case v1::Command::kEditAgendaItem:
    case v1::Command::kRemoveAgendaItem:
    case v1::Command::kMoveAgendaItem:
    case v1::Command::kIssuePins:
    case v1::Command::kConveneMeeting:
        // The secretary prepares their meeting and convenes it (the organiser too: lifecycle.h).
        return role == v1::ROLE_SECRETARY;
    case v1::Command::kStartMeeting:
    case v1::Command::kCloseMeeting:
        // The chair opens and closes the meeting (the organiser too).
        return role == v1::ROLE_CHAIR;
    case v1::Command::kArchiveMeeting:
    case v1::Command::kRemoveMeeting:
        // The server's organiser alone: no participant's PIN ends a meeting's record.
        return false;
    case v1::Command::kResolveTie:
        // The chair's casting vote; lots and ages recorded by the secretary (ballots.cpp
        // checks which one the method needs).
        return isChairOrSecretary(role);
    case v1::Command::kDefineForm:
    case v1::Command::kOpenForm:
    case v1::Command::kCloseForm:
        // The organiser builds the forms (the secretary prepares the meeting); the chair runs
        // them like ballots.
        return isChairOrSecretary(role);
    case v1::Command::kSubmitAnswer:
        // Whoever sits in the meeting: an observer (the projector) answers nothing.
        return role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY || role == v1::ROLE_DELEGATE;
    case v1::Command::kTakeStep:
        // Which participant may take which step is the form's workflow's (workflows.cpp).
        return role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY || role == v1::ROLE_DELEGATE;
    case v1::Command::BODY_NOT_SET:
        return false;
    }
    return false;
}

bool roleMaySend(v1::Role role, v1::ClientMessage::BodyCase message)
{
    const bool seated = role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY
        || role == v1::ROLE_DELEGATE || role == v1::ROLE_OBSERVER;
    switch (message) {
    case v1::ClientMessage::kHello:
        return true; // who it is is what Hello says
    case v1::ClientMessage::kCommand:
        // Which command is roleMay's, decided with the rest of the command's rules.
        return seated;
    case v1::ClientMessage::kFetchDocument:
    case v1::ClientMessage::kFollowState:
    case v1::ClientMessage::kExportDocument:
        // Everyone in the room reads the documents, follows the presenter and takes a copy
        // home with the notes; an observer's projector too.
        return seated;
    case v1::ClientMessage::kStrokePreview:
        // Whoever may annotate: an observer does not draw.
        return roleMay(role, v1::Command::kAnnotate);
    case v1::ClientMessage::kExportFormResults:
        // Whoever may define forms takes their results home: the secretary writes the
        // minutes, the chair runs the room. Delegates read them in the minutes.
        return roleMay(role, v1::Command::kDefineForm);
    case v1::ClientMessage::kUploadChunk:
        // Whoever may attach a document brings its bytes: the secretary prepares the
        // documents, the chair may change them during the meeting.
        return roleMay(role, v1::Command::kAttachDocument);
    case v1::ClientMessage::BODY_NOT_SET:
        return false;
    }
    return false;
}

bool seesFollowers(v1::Role role, bool presents)
{
    // The chair runs the room and the presenter turns the pages: both see who is with them.
    return role == v1::ROLE_CHAIR || presents;
}

bool seesAuthFailures(v1::Role role)
{
    // Those who hand out the PINs and check people in at the door; a delegate is not told
    // that someone is guessing.
    return isChairOrSecretary(role);
}

QString roleName(v1::Role role)
{
    switch (role) {
    case v1::ROLE_CHAIR:
        return QStringLiteral("chair");
    case v1::ROLE_SECRETARY:
        return QStringLiteral("secretary");
    case v1::ROLE_DELEGATE:
        return QStringLiteral("delegate");
    case v1::ROLE_OBSERVER:
        return QStringLiteral("observer");
    case v1::ROLE_ORGANISER:
        return QStringLiteral("organiser");
    case v1::ROLE_UNSPECIFIED:
    case v1::Role_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Role_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return QStringLiteral("none");
}

QString commandName(v1::Command::BodyCase command)
{
    if (command == v1::Command::BODY_NOT_SET)
        return QStringLiteral("(none)");
    // The message's own name, from the generated descriptor: one source of truth.
    const auto *field = v1::Command::descriptor()->FindFieldByNumber(int(command));
    return field ? qstr(field->message_type()->name()) : QStringLiteral("(none)");
}

QString messageName(v1::ClientMessage::BodyCase message)
{
    if (message == v1::ClientMessage::BODY_NOT_SET)
        return QStringLiteral("(none)");
    const auto *field = v1::ClientMessage::descriptor()->FindFieldByNumber(int(message));
    return field ? qstr(field->message_type()->name()) : QStringLiteral("(none)");
}

} // namespace quorum
