#include "certfingerprint.h"

#include <QCryptographicHash>
#include <QStringList>

#include <cstring>

namespace quorum {

QString certificateFingerprint(const QByteArray &der)
{
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper());
}

namespace {
const char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int DigestBytes = 32;

/** 52 base32 characters (canonical upper case) to the 32 bytes they encode; empty when not. */
QByteArray fromBase32(const QString &text)
{
    if (text.size() != (DigestBytes * 8 + 4) / 5)
        return {};
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char *at = std::strchr(Base32Alphabet, c.toLatin1());
        if (!at || c.unicode() > 0x7f || c.isNull())
            return {};
        buffer = (buffer << 5) | quint32(at - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return bytes.size() == DigestBytes ? bytes : QByteArray();
}
} // namespace

QString normalizeCertificateFingerprint(const QString &text)
{
    QString cleaned;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        cleaned += c.toUpper();
    }
    if (cleaned.size() == 64) {
        for (const QChar c : cleaned) {
            const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
            if (!hexDigit)
                return {};
        }
        return cleaned;
    }
    const QByteArray bytes = fromBase32(cleaned);
    return bytes.isEmpty() ? QString() : QString::fromLatin1(bytes.toHex().toUpper());
}

QString linkFingerprint(const QString &fingerprint)
{
    const QByteArray bytes
        = QByteArray::fromHex(normalizeCertificateFingerprint(fingerprint).toLatin1());
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(Base32Alphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
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
