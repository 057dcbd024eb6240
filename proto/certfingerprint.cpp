#include "certfingerprint.h"

#include <QCryptographicHash>
#include <QStringList>

namespace quorum {

QString certificateFingerprint(const QByteArray &der)
{
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper());
}

QString normalizeCertificateFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F'));
        if (!hexDigit)
            return {};
        hex += c.toUpper();
    }
    return hex.size() == 64 ? hex : QString();
}

QString groupedFingerprint(const QString &fingerprint)
{
    const QString hex = normalizeCertificateFingerprint(fingerprint);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace quorum
