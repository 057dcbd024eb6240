#pragma once

#include <QByteArray>
#include <QString>

namespace quorum {

/**
 * The identity a tablet pins: the SHA-256 of the room server's TLS certificate (DER), as 64
 * upper-case hex digits. Join links and QR codes carry it (`fp=`), the server prints it at
 * start and the join cards show it (docs/protocol.md, "Transport").
 */
QString certificateFingerprint(const QByteArray &der);

/**
 * A fingerprint as typed, scanned or printed (any case, with spaces or colons) in canonical
 * form: 64 hex digits, or the 52 base32 characters of a join link; empty when it is neither.
 */
QString normalizeCertificateFingerprint(const QString &text);

/**
 * The same 32 bytes in RFC 4648 base32 without padding (52 characters, A-Z and 2-7, as
 * Syncthing's device ids): what join links carry as `fp=`. A shorter link is a smaller QR
 * code (version 5 instead of 6 for the demo's links), with larger modules on the same card.
 */
QString linkFingerprint(const QString &fingerprint);

/**
 * For people comparing two screens: groups of four hex digits ("AB12 CD34 …"), 16 groups, the
 * same form as the archive signing key's fingerprint.
 */
QString groupedFingerprint(const QString &fingerprint);

} // namespace quorum
