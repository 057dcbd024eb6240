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
    case v1::Command::BODY_NOT_SET:
        return false;
    }
    return false;
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
    case v1::ROLE_UNSPECIFIED:
    case v1::Role_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Role_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return QStringLiteral("none");
}

QString commandName(v1::Command::BodyCase command)
{
    switch (command) {
    case v1::Command::kSetCurrentItem:
        return QStringLiteral("SetCurrentItem");
    case v1::Command::kAdvanceAgenda:
        return QStringLiteral("AdvanceAgenda");
    case v1::Command::BODY_NOT_SET:
        break;
    }
    return QStringLiteral("(none)");
}

} // namespace quorum
