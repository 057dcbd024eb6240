#pragma once

#include <QByteArray>
#include <QString>

namespace quorum {

/**
 * Turns a PIN or token into what the store keeps: HMAC-SHA256 under the server's own secret
 * key. A copied database alone does not reveal PINs (short PINs would fall to a brute force
 * of a plain hash), and the lookup stays one indexed query.
 */
class SecretHasher
{
public:
    explicit SecretHasher(QByteArray key)
        : m_key(std::move(key))
    { }
    QByteArray hash(const QString &meetingId, const QString &secret) const;
    /** A device token's hash: in a domain of its own, never equal to a PIN's. */
    QByteArray hashToken(const QString &meetingId, const QString &token) const;

private:
    QByteArray m_key;
};

} // namespace quorum
