#pragma once

#include <QString>

namespace quorum {

/**
 * Raises this process's open-file limit (RLIMIT_NOFILE) to its hard limit: every tablet, and
 * every connection still handshaking, holds a descriptor, and Debian's default soft limit of
 * 1,024 is below one big room. Returns the limit now in force; `warning` is set when it is
 * below `needed`.
 */
long raiseFileLimit(long needed, QString *warning);

} // namespace quorum
