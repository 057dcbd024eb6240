#pragma once

#include <QString>

namespace quorum {

/** The file in the data folder that holds the server's Ed25519 signing key. */
QString signingKeyPath(const QString &dataDir);

/**
 * `quorum-server export MEETING --data DIR --out FILE` and
 * `quorum-server verify ARCHIVE [--key FINGERPRINT]`: runs the command and returns its exit
 * code, or -1 when argv names neither (the server runs as usual).
 */
int runArchiveCommand(int argc, char *argv[]);

} // namespace quorum
