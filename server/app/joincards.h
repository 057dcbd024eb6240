#pragma once

#include "quorum.pb.h"

#include <QHash>
#include <QString>

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
 * Join cards for the delegates' desks: an A4 PDF with one card per participant of `meeting`
 * who has a PIN in `pins` (participant id -> PIN), in the meeting's order — name, title, role,
 * PIN and the join link's QR code. Needs a QGuiApplication (QPdfWriter). The server keeps PINs
 * only as hashes, so cards are printed by whoever holds the PINs in clear: `quorum-server
 * cards` from a meeting file, or the organiser's desk from an IssuePins Reply (DeskJoinCards).
 * `fingerprint` (the server certificate's) goes into each QR link and is printed on the card
 * for a person to compare; empty for a server run --insecure. False (and `error`) when nobody
 * has a PIN or the file cannot be written.
 */
bool writeJoinCards(const v1::MeetingDefined &meeting, const QHash<QString, QString> &pins,
    const QString &host, quint16 port, const QString &fingerprint, const QString &path,
    QString *error);

} // namespace quorum
