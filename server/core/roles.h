#pragma once

#include "protocol.h"

namespace quorum {

/** Whether a role may send a command type. The single place where roles are checked. */
bool roleMay(v1::Role role, v1::Command::BodyCase command);

/** Short English names for logs and error details. */
QString roleName(v1::Role role);
QString commandName(v1::Command::BodyCase command);

} // namespace quorum
