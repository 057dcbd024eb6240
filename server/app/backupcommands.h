#pragma once

namespace quorum {

/**
 * `quorum-server backup --data DIR --out FILE`: a consistent copy of a data folder, taken
 * while the server runs (the event log through SQLite's online backup API; then the keys and
 * the documents, which are never changed once written) into one tar.gz.
 * `quorum-server restore FILE --data DIR`: puts such a copy into an empty data folder and
 * checks every meeting's hash chain.
 * Returns the command's exit code, or -1 when argv names neither (the server runs as usual).
 */
int runBackupCommand(int argc, char *argv[]);

} // namespace quorum
