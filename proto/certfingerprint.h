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
 * form; empty when it is not 64 hex digits.
 */
QString normalizeCertificateFingerprint(const QString &text);

/**
 * For people comparing two screens: groups of four hex digits ("AB12 CD34 …"), 16 groups, the
 * same form as the archive signing key's fingerprint.
 */
QString groupedFingerprint(const QString &fingerprint);

} // namespace quorum
