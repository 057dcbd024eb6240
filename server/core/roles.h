#pragma once

#include "protocol.h"

namespace quorum {

/**
 * Whether a role may send a command type. With the functions below, the single place where
 * roles are decided: the core's decide asks it for commands, the server's gate (server/net/gate.h)
 * asks roleMaySend for every other message, and the fan-out asks who is shown what.
 */
bool roleMay(v1::Role role, v1::Command::BodyCase command);

/**
 * Whether a role may send a message that is not a command (a Command's own type is roleMay's;
 * Hello comes before anyone has a role).
 */
bool roleMaySend(v1::Role role, v1::ClientMessage::BodyCase message);

/** Whether a participant is shown who follows the presentation: the chair, and the presenter. */
bool seesFollowers(v1::Role role, bool presents);

/** Whether a role is told of wrong PINs and unknown cards (AuthFailures). */
bool seesAuthFailures(v1::Role role);

/** Short English names for logs and error details. */
QString roleName(v1::Role role);
QString commandName(v1::Command::BodyCase command);
QString messageName(v1::ClientMessage::BodyCase message);

} // namespace quorum
