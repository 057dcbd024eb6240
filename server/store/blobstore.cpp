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

BlobStore::BlobStore(QString directory) : m_dir(std::move(directory)) {}

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
    for (const char *suffix : {".pdf", ".zip"}) {
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

std::optional<v1::Document> BlobStore::add(const QString &path, pdf::IngestError *code, QString *error,
                                           const pdf::IngestLimits &limits)
{
    const pdf::IngestResult r = pdf::ingestFile(path, limits);
    *code = r.error;
    if (!r.ok()) {
        *error = QStringLiteral("%1: %2 (%3)").arg(QFileInfo(path).fileName(), pdf::ingestErrorName(r.error), r.detail);
        return std::nullopt;
    }
    const pdf::IngestedDocument &in = r.document;
    const QString hex = QString::fromLatin1(in.sha256.toHex());
    const QDir dir(m_dir);
    // Side files first, the bytes last: the bytes' presence is what counts as "held".
    QJsonArray texts;
    for (const pdf::PageInfo &page : in.pages)
        texts.append(page.text);
    bool written = writeWhole(dir.filePath(hex + QStringLiteral(".txt.json")), QJsonDocument(texts).toJson());
    if (limits.thumbnails && written) {
        const QString thumbs = dir.filePath(hex + QStringLiteral(".thumbs"));
        written = QDir().mkpath(thumbs);
        for (size_t i = 0; written && i < in.pages.size(); ++i)
            written = writeWhole(QDir(thumbs).filePath(QStringLiteral("%1.png").arg(i)), in.pages[i].thumbnailPng);
    }
    const QString target = dir.filePath(hex + QStringLiteral(".pdf"));
    if (written && !QFileInfo::exists(target))
        written = copyWhole(path, target);
    if (!written) {
        *code = pdf::IngestError::Unreadable;
        *error = QStringLiteral("cannot store %1 in %2").arg(QFileInfo(path).fileName(), m_dir);
        return std::nullopt;
    }

    v1::Document doc;
    doc.set_sha256(sstr(hex));
    doc.set_size(quint64(in.size));
    doc.set_file_name(sstr(QFileInfo(path).fileName()));
    doc.set_title(sstr(in.title));
    for (const pdf::PageInfo &page : in.pages) {
        v1::PageSize *s = doc.add_pages();
        s->set_width(float(page.sizePoints.width()));
        s->set_height(float(page.sizePoints.height()));
    }
    for (const pdf::OutlineEntry &entry : in.outline) {
        v1::OutlineEntry *o = doc.add_outline();
        o->set_title(sstr(entry.title));
        o->set_page(entry.page);
        o->set_level(quint32(entry.level));
    }
    return doc;
}

} // namespace quorum
