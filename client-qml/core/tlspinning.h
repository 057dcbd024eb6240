#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace quorum {

/**
 * The server URL without its `fp=` query item (wss://HOST:PORT/?fp=FINGERPRINT, how a join
 * link's fingerprint travels inside the client), and that fingerprint in canonical form.
 */
QUrl splitPinnedFingerprint(const QUrl &url, QString *fingerprint);
/** The same URL with `fingerprint` as its `fp=` (nothing added when it is empty). */
QUrl withPinnedFingerprint(QUrl url, const QString &fingerprint);

/**
 * Makes the TLS handshake of `socket` (already open()ed on a wss:// URL, handshake not yet
 * run) complete only with a server certificate whose SHA-256 is `fingerprint`: no certificate
 * authority is trusted, and the one certificate that is must be the pinned one. With any other
 * certificate (or with `fingerprint` empty: none known yet) the handshake fails before a byte
 * of the WebSocket upgrade or of the Hello is written, and `refused` is called once with the
 * fingerprint the server presented.
 */
void pinServerCertificate(QWebSocket *socket, const QString &fingerprint,
    const std::function<void(const QString &presented)> &refused);

} // namespace quorum
