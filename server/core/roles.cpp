#include "roles.h"

#include "commands.h"

namespace quorum {

namespace {
bool isChairOrSecretary(v1::Role role)
{
    return role == v1::ROLE_CHAIR || role == v1::ROLE_SECRETARY;
}
} // namespace

bool roleMay(v1::Role role, v1::Command::BodyCase command)
{
    // Each command's roles stand in its rule, beside its phases and its decider.
    return commandRule(command).allows(role);
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
