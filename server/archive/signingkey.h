#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace quorum::archive {

/**
 * The server's Ed25519 key pair (OpenSSL 3 EVP), made on first run and kept as a PKCS#8 PEM
 * file readable by its owner only. It signs the manifest of every archive; its fingerprint
 * (SHA-256 of the raw public key, hex) is what a verifier compares with `--key`.
 */
class SigningKey
{
public:
    ~SigningKey();
    SigningKey(SigningKey &&other) noexcept;
    SigningKey &operator=(SigningKey &&other) noexcept;

    /** Loads the key at `path`, or makes one and writes it there (mode 0600). */
    static std::optional<SigningKey> loadOrCreate(const QString &path, QString *error);

    /** The raw 32-byte public key. */
    QByteArray publicKey() const;
    QString fingerprint() const { return fingerprintOf(publicKey()); }
    /** A 64-byte Ed25519 signature of `data`. */
    QByteArray sign(const QByteArray &data) const;

    /** Hex SHA-256 of a raw public key, grouped in fours for reading aloud. */
    static QString fingerprintOf(const QByteArray &publicKey);
    /** A fingerprint as typed (any case, with or without separators) in canonical form. */
    static QString normalizeFingerprint(const QString &typed);
    static bool verify(
        const QByteArray &publicKey, const QByteArray &data, const QByteArray &signature);

private:
    struct Handle;
    explicit SigningKey(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

} // namespace quorum::archive
