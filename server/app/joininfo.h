#pragma once

#include "joincards.h"
#include "meetingloader.h"

#include <QString>
#include <QTextStream>

namespace quorum {

/**
 * The organiser's desk of this server (quorums://HOST:PORT/?desk&fp=FINGERPRINT): no meeting
 * and no secret, only where the server is and its certificate. The tablet's join page opens
 * the desk with it and asks for the organiser's secret (docs/tablet.md, "The organiser's desk").
 */
QString deskLink(const QString &host, quint16 port, const QString &fingerprint);

/** A QR code drawn with Unicode half blocks, two modules per character, for a terminal. */
QString terminalQrCode(const QString &text);

/**
 * Prints, for each participant, the name, role, PIN, join link and (optionally) QR code.
 * `fingerprint`: the server certificate's (empty when the server runs --insecure).
 */
void printJoinInfo(QTextStream &out, const LoadedMeeting &meeting, const QString &host,
    quint16 port, const QString &fingerprint, bool withQrCodes);

/** The first IPv4 address of this machine that tablets on the LAN can reach, or 127.0.0.1. */
QString lanAddress();

} // namespace quorum
