#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace quorum {

/**
 * The room server's TLS identity: its certificate (and chain) and private key. Made on first
 * run (ECDSA P-256, self-signed, OpenSSL) in the data folder with mode 0600, or an office's
 * own pair from --tls-cert/--tls-key. Tablets do not trust a certificate authority: they pin
 * the certificate's SHA-256 fingerprint from the join link (docs/architecture.md, "Trust").
 */
struct TlsIdentity
{
    QList<QSslCertificate> chain; // the server's certificate first
    QSslKey key;

    /** `<data>/tls-cert.pem` and `<data>/tls-key.pem`, made on first use. */
    static std::optional<TlsIdentity> loadOrCreate(const QString &dataDir, QString *error);
    /** An existing PEM certificate (chain) and key, e.g. the office's own. */
    static std::optional<TlsIdentity> load(
        const QString &certPath, const QString &keyPath, QString *error);

    /** SHA-256 of the certificate (certfingerprint.h): what join links carry. */
    QString fingerprint() const;
    /** The server side of a TLS 1.2+ handshake with this identity. */
    QSslConfiguration serverConfiguration() const;
};

} // namespace quorum
