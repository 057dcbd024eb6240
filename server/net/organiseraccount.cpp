#include "organiseraccount.h"

#include <QRandomGenerator>

namespace quorum {

namespace {
const QString Setting = QStringLiteral("organiser_secret_hash");
// The hash's domain: no meeting id starts with '@' (lifecycle.h), so no PIN hashes the same.
const QString Domain = QStringLiteral("@organiser");
// 16 characters of 31 without look-alikes (no 0/O, 1/I/L): about 79 bits.
constexpr int SecretChars = 16;
const char Alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

QString normalised(const QString &secret)
{
    // Typed from a printout: groups with dashes or spaces, any case.
    QString s = secret.toUpper();
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char(' '));
    return s;
}
} // namespace

bool OrganiserAccount::isSet() const
{
    return !m_store.setting(Setting).isEmpty();
}

QString OrganiserAccount::issue()
{
    QString secret;
    for (int i = 0; i < SecretChars; ++i) {
        if (i && i % 4 == 0)
            secret += QLatin1Char('-');
        secret += QLatin1Char(
            Alphabet[QRandomGenerator::system()->bounded(int(sizeof(Alphabet) - 1))]);
    }
    if (!m_store.setSetting(Setting, m_hasher.hash(Domain, normalised(secret))))
        return {};
    return secret;
}

bool OrganiserAccount::verify(const QString &secret) const
{
    const QByteArray stored = m_store.setting(Setting);
    if (stored.isEmpty() || secret.trimmed().isEmpty())
        return false;
    const QByteArray given = m_hasher.hash(Domain, normalised(secret));
    if (given.size() != stored.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ stored[i]);
    return diff == 0;
}

} // namespace quorum
