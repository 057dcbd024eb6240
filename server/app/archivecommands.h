#pragma once

#include <QString>

namespace quorum {

/** The file in the data folder that holds the server's Ed25519 signing key. */
QString signingKeyPath(const QString &dataDir);

/** `quorum-server export MEETING --data DIR --out FILE`: the command's exit code. */
int exportCommand(int argc, char *argv[]);
/** `quorum-server verify ARCHIVE [--key FINGERPRINT]`: the command's exit code. */
int verifyCommand(int argc, char *argv[]);

} // namespace quorum
