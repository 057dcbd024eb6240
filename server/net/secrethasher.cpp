#include "secrethasher.h"

#include <QMessageAuthenticationCode>

namespace quorum {

QByteArray SecretHasher::hash(const QString &meetingId, const QString &secret) const
{
    // The meeting id is part of the message: the same PIN in two meetings hashes apart.
    const QByteArray message = meetingId.toUtf8() + '\n' + secret.trimmed().toUtf8();
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
}

QByteArray SecretHasher::hashToken(const QString &meetingId, const QString &token) const
{
    const QByteArray message = "device-token\n" + meetingId.toUtf8() + '\n' + token.toUtf8();
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
}

} // namespace quorum
