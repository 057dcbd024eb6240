#pragma once

namespace quorum {

/**
 * `quorum-server backup --data DIR --out FILE`: a consistent copy of a data folder, taken
 * while the server runs (the event log through SQLite's online backup API; then the keys and
 * the documents, which are never changed once written) into one tar.gz.
 * `quorum-server restore FILE --data DIR`: puts such a copy into an empty data folder and
 * checks every meeting's hash chain.
 * Each returns the command's exit code.
 */
int backupCommand(int argc, char *argv[]);
int restoreCommand(int argc, char *argv[]);

} // namespace quorum
