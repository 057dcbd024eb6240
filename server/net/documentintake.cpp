#include "documentintake.h"

#include "blobstore.h"

#include <QFileInfo>
#include <QStringList>

#include <vector>

namespace quorum {

namespace {
v1::Document describe(const pdf::IngestedDocument &in, const QString &hex, const QString &path)
{
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
} // namespace

std::optional<v1::Document> ingestDocument(BlobStore &blobs, const QString &path,
    pdf::IngestError *code, QString *error, const pdf::IngestLimits &limits)
{
    const pdf::IngestResult r = pdf::ingestFile(path, limits);
    *code = r.error;
    if (!r.ok()) {
        *error = QStringLiteral("%1: %2 (%3)")
                     .arg(QFileInfo(path).fileName(), pdf::ingestErrorName(r.error), r.detail);
        return std::nullopt;
    }
    const pdf::IngestedDocument &in = r.document;
    const QString hex = QString::fromLatin1(in.sha256.toHex());
    QStringList texts;
    std::vector<QByteArray> thumbnails;
    for (const pdf::PageInfo &page : in.pages) {
        texts.append(page.text);
        if (limits.thumbnails)
            thumbnails.push_back(page.thumbnailPng);
    }
    if (!blobs.addDocument(path, hex, texts, thumbnails, error)) {
        *code = pdf::IngestError::Unreadable;
        return std::nullopt;
    }
    return describe(in, hex, path);
}

} // namespace quorum
