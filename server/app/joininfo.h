#pragma once

#include "meetingloader.h"

#include <QString>
#include <QTextStream>

namespace quorum {

/**
 * A join link a tablet opens (typed, or read from the QR code):
 * `quorums://HOST:PORT/MEETING?pin=PIN&fp=FINGERPRINT`, the fingerprint of the server's TLS
 * certificate that the tablet pins; `quorum://…?pin=PIN` when `fingerprint` is empty (a server
 * run --insecure).
 */
QString joinLink(const QString &host, quint16 port, const QString &meetingId, const QString &secret,
    const QString &fingerprint);

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
