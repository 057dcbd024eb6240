#pragma once

namespace quorum {

/**
 * `quorum-server cards FILE --out PDF [--host H] [--port P] [--data DIR | --tls-cert PEM |
 * --insecure]`: the join cards (joincards.h) of a meeting file whose every participant has a
 * PIN. The fingerprint is the server's in DIR (made there now if the server never ran), or of
 * the office's certificate. Returns the command's exit code.
 */
int cardsCommand(int argc, char *argv[]);

} // namespace quorum
