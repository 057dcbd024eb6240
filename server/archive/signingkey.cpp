#include "signingkey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace quorum::archive {

struct SigningKey::Handle
{
    EVP_PKEY *key = nullptr;
    ~Handle() { EVP_PKEY_free(key); }
};

SigningKey::SigningKey(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{ }
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&other) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&other) noexcept = default;

std::optional<SigningKey> SigningKey::loadOrCreate(const QString &path, QString *error)
{
    auto handle = std::make_unique<Handle>();
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the signing key %1").arg(path);
            return std::nullopt;
        }
        const QByteArray pem = file.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        handle->key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!handle->key || EVP_PKEY_get_base_id(handle->key) != EVP_PKEY_ED25519) {
            *error = QStringLiteral("%1 is not an Ed25519 private key").arg(path);
            return std::nullopt;
        }
        return SigningKey(std::move(handle));
    }
    handle->key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!handle->key) {
        *error = QStringLiteral("OpenSSL could not make an Ed25519 key");
        return std::nullopt;
    }
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, handle->key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(size));
    BIO_free(bio);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(pem) != pem.size() || !out.commit()) {
        *error = QStringLiteral("cannot write the signing key %1").arg(path);
        return std::nullopt;
    }
    return SigningKey(std::move(handle));
}

QByteArray SigningKey::publicKey() const
{
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(
            m_handle->key, reinterpret_cast<unsigned char *>(raw.data()), &length)
        != 1)
        return {};
    raw.resize(qsizetype(length));
    return raw;
}

QByteArray SigningKey::sign(const QByteArray &data) const
{
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    // Ed25519 signs the message itself (no separate digest): one-shot EVP_DigestSign.
    const bool ok = EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_handle->key) == 1
        && EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
               reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? signature.left(qsizetype(length)) : QByteArray();
}

bool SigningKey::verify(
    const QByteArray &publicKey, const QByteArray &data, const QByteArray &signature)
{
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
        reinterpret_cast<const unsigned char *>(publicKey.constData()), size_t(publicKey.size()));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

QString SigningKey::fingerprintOf(const QByteArray &publicKey)
{
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(':'));
}

QString SigningKey::normalizeFingerprint(const QString &typed)
{
    QString hex;
    for (QChar c : typed.toLower()) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            hex += c;
    }
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(':'));
}

} // namespace quorum::archive
