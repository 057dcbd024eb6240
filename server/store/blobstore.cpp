#include "blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace quorum {

namespace {
bool writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

bool copyWhole(const QString &from, const QString &to)
{
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    while (!in.atEnd()) {
        const QByteArray block = in.read(1 << 20);
        if (block.isEmpty() || out.write(block) != block.size())
            return false;
    }
    return out.commit(); // fsync, then rename into place
}
} // namespace

BlobStore::BlobStore(QString directory)
    : m_dir(std::move(directory))
{ }

bool BlobStore::open(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    return true;
}

QString BlobStore::path(const QString &sha256) const
{
    if (!isSha256Hex(sha256))
        return {};
    for (const char *suffix : { ".pdf", ".zip", ".csv" }) {
        const QString p = QDir(m_dir).filePath(sha256 + QLatin1String(suffix));
        if (QFileInfo::exists(p))
            return p;
    }
    return {};
}

void BlobStore::remove(const QString &sha256)
{
    if (!isSha256Hex(sha256))
        return;
    const QDir dir(m_dir);
    QFile::remove(dir.filePath(sha256 + QStringLiteral(".pdf")));
    QFile::remove(dir.filePath(sha256 + QStringLiteral(".txt.json")));
    QDir(dir.filePath(sha256 + QStringLiteral(".thumbs"))).removeRecursively();
}

QString BlobStore::addFile(const QString &path, const QString &suffix, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    const QString hex = QString::fromLatin1(hash.result().toHex());
    const QString target = QDir(m_dir).filePath(hex + QLatin1Char('.') + suffix);
    if (!QFileInfo::exists(target) && !copyWhole(path, target)) {
        *error = QStringLiteral("cannot store %1 in %2").arg(QFileInfo(path).fileName(), m_dir);
        return {};
    }
    return hex;
}

bool BlobStore::addDocument(const QString &path, const QString &sha256,
    const QStringList &pageTexts, const std::vector<QByteArray> &thumbnailsPng, QString *error)
{
    const QDir dir(m_dir);
    // Side files first, the bytes last: the bytes' presence is what counts as "held".
    QJsonArray texts;
    for (const QString &text : pageTexts)
        texts.append(text);
    bool written = writeWhole(
        dir.filePath(sha256 + QStringLiteral(".txt.json")), QJsonDocument(texts).toJson());
    if (!thumbnailsPng.empty() && written) {
        const QString thumbs = dir.filePath(sha256 + QStringLiteral(".thumbs"));
        written = QDir().mkpath(thumbs);
        for (size_t i = 0; written && i < thumbnailsPng.size(); ++i)
            written = writeWhole(
                QDir(thumbs).filePath(QStringLiteral("%1.png").arg(i)), thumbnailsPng[i]);
    }
    const QString target = dir.filePath(sha256 + QStringLiteral(".pdf"));
    if (written && !QFileInfo::exists(target))
        written = copyWhole(path, target);
    if (!written)
        *error = QStringLiteral("cannot store %1 in %2").arg(QFileInfo(path).fileName(), m_dir);
    return written;
}

} // namespace quorum
