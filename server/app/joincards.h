#pragma once

#include "meetingfile.h"

#include <QString>

namespace quorum {

/**
 * Join cards for the delegates' desks: an A4 PDF with one card per participant — name,
 * title, role, PIN and the join link's QR code. Needs a QGuiApplication (QPdfWriter).
 * Every participant needs a PIN in the file: the server keeps PINs only as hashes, so cards
 * for PINs it generated can only be printed when it prints them (its terminal output).
 * `fingerprint` (the server certificate's) goes into each QR link and is printed on the card
 * for a person to compare; empty for a server run --insecure.
 */
bool writeJoinCards(const MeetingFile &meeting, const QString &host, quint16 port,
    const QString &fingerprint, const QString &path, QString *error);

/**
 * `quorum-server cards FILE --out PDF [--host H] [--port P] [--data DIR | --tls-cert PEM |
 * --insecure]`: the fingerprint is the server's in DIR (made there now if the server never ran), or
 * of the office's certificate. -1 when argv is another command.
 */
int runCardsCommand(int argc, char *argv[]);

} // namespace quorum
