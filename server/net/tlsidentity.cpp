#include "tlsidentity.h"

#include "certfingerprint.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <functional>
#include <memory>

namespace quorum {

namespace {
const QString CertFile = QStringLiteral("tls-cert.pem");
const QString KeyFile = QStringLiteral("tls-key.pem");

/** Ten years: the pin is the identity, and a certificate that expires mid-meeting would lock every
 * tablet out. */
constexpr long ValiditySeconds = 10L * 365 * 24 * 3600;

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool writePrivate(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly)
        && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(bytes) == bytes.size() && out.commit();
}

/** A new P-256 key and a self-signed certificate for it, as PEM (certificate, key). */
std::optional<std::pair<QByteArray, QByteArray>> makeSelfSigned(QString *error)
{
    Key key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert) {
        *error = QStringLiteral("OpenSSL could not make an ECDSA P-256 key");
        return std::nullopt;
    }
    X509_set_version(cert.get(), 2);
    // A random serial: two servers' certificates never look alike to a tablet's cache.
    BIGNUM *bn = BN_new();
    BN_rand(bn, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // a tablet's clock a little behind
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), ValiditySeconds);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>("Quorum room server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Quorum"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        *error = QStringLiteral("OpenSSL could not sign the server certificate");
        return std::nullopt;
    }
    const QByteArray certPem = pemOf([&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); });
    const QByteArray keyPem = pemOf([&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certPem.isEmpty() || keyPem.isEmpty()) {
        *error = QStringLiteral("OpenSSL could not write the server certificate");
        return std::nullopt;
    }
    return std::make_pair(certPem, keyPem);
}
} // namespace

std::optional<TlsIdentity> TlsIdentity::loadOrCreate(const QString &dataDir, QString *error)
{
    const QDir dir(dataDir);
    const QString certPath = dir.filePath(CertFile);
    const QString keyPath = dir.filePath(KeyFile);
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        const auto made = makeSelfSigned(error);
        if (!made)
            return std::nullopt;
        // The key first: a certificate without its key would be loaded next time and fail.
        if (!writePrivate(keyPath, made->second) || !writePrivate(certPath, made->first)) {
            *error = QStringLiteral("cannot write the TLS certificate and key in %1").arg(dataDir);
            return std::nullopt;
        }
    }
    return load(certPath, keyPath, error);
}

std::optional<TlsIdentity> TlsIdentity::load(
    const QString &certPath, const QString &keyPath, QString *error)
{
    TlsIdentity identity;
    identity.chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (identity.chain.isEmpty() || identity.chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1").arg(keyPath);
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        identity.key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!identity.key.isNull())
            break;
    }
    if (identity.key.isNull()) {
        *error
            = QStringLiteral("%1 is not an unencrypted EC or RSA private key (PEM)").arg(keyPath);
        return std::nullopt;
    }
    return identity;
}

QString TlsIdentity::fingerprint() const
{
    return chain.isEmpty() ? QString() : certificateFingerprint(chain.first().toDer());
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Tablets prove who they are with a PIN or token inside the connection, not a certificate.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace quorum
