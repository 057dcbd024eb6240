#include "pdfingest.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>

#include <poppler-qt6.h>

namespace quorum::pdf {

namespace {
// The PDF spec lets the header sit within the first 1024 bytes and "%%EOF" within the last.
constexpr qint64 HeaderWindow = 1024;
constexpr qint64 TrailerWindow = 1024;

IngestResult fail(IngestError error, const QString &detail)
{
    IngestResult result;
    result.error = error;
    result.detail = detail;
    return result;
}

void flattenOutline(const QVector<Poppler::OutlineItem> &items, int level,
    const IngestLimits &limits, std::vector<OutlineEntry> &out)
{
    for (const Poppler::OutlineItem &item : items) {
        if (out.size() >= size_t(limits.maxOutlineEntries))
            return; // the rest is left out (IngestLimits)
        if (item.isNull())
            continue;
        OutlineEntry entry;
        entry.title = item.name().left(limits.maxOutlineTitleChars);
        entry.level = level;
        if (const auto destination = item.destination())
            entry.page = destination->pageNumber() - 1; // Poppler counts from 1; 0: none
        out.push_back(entry);
        // Outlines can be cyclic in a hostile file: depth is bounded.
        if (item.hasChildren() && level < 16)
            flattenOutline(item.children(), level + 1, limits, out);
    }
}

QByteArray thumbnail(const Poppler::Page &page, const QSizeF &size, int width)
{
    if (size.width() <= 0)
        return {};
    const double dpi = 72.0 * width / size.width();
    const QImage image = page.renderToImage(dpi, dpi);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB888).save(&buffer, "PNG");
    return png;
}
} // namespace

QString ingestErrorName(IngestError error)
{
    switch (error) {
    case IngestError::None:
        return QStringLiteral("none");
    case IngestError::Unreadable:
        return QStringLiteral("unreadable");
    case IngestError::TooLarge:
        return QStringLiteral("too large");
    case IngestError::NotPdf:
        return QStringLiteral("not a PDF");
    case IngestError::Truncated:
        return QStringLiteral("truncated");
    case IngestError::Encrypted:
        return QStringLiteral("encrypted");
    case IngestError::Corrupt:
        return QStringLiteral("corrupt");
    }
    return QStringLiteral("unknown");
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

IngestResult ingestFile(const QString &path, const IngestLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(IngestError::Unreadable,
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > limits.maxBytes)
        return fail(IngestError::TooLarge,
            QStringLiteral("%1 bytes, more than the limit of %2").arg(size).arg(limits.maxBytes));
    if (!file.peek(HeaderWindow).contains("%PDF-"))
        return fail(IngestError::NotPdf, QStringLiteral("the file has no PDF header"));
    // Poppler repairs a cut file silently (it rebuilds the cross-reference table), but the
    // bytes after the cut are gone: refuse it so the secretary uploads it again.
    file.seek(qMax<qint64>(0, size - TrailerWindow));
    if (!file.read(TrailerWindow).contains("%%EOF"))
        return fail(
            IngestError::Truncated, QStringLiteral("the file ends before the PDF's end marker"));
    file.close();

    IngestResult result;
    IngestedDocument &doc = result.document;
    doc.size = size;
    doc.sha256 = sha256OfFile(path);
    if (doc.sha256.isEmpty())
        return fail(IngestError::Unreadable, QStringLiteral("cannot read %1").arg(path));

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf)
        return fail(
            IngestError::Corrupt, QStringLiteral("Poppler cannot read the document structure"));
    // Also a document with an owner password only: the export writes into it, and tablets
    // should never have to care.
    if (pdf->isLocked() || pdf->isEncrypted())
        return fail(IngestError::Encrypted,
            QStringLiteral("the document is encrypted or password-protected"));
    const int pages = pdf->numPages();
    if (pages <= 0)
        return fail(IngestError::Corrupt, QStringLiteral("the document has no readable pages"));
    if (pages > limits.maxPages)
        return fail(IngestError::TooLarge,
            QStringLiteral("%1 pages, more than the limit of %2").arg(pages).arg(limits.maxPages));
    doc.title = pdf->info(QStringLiteral("Title")).trimmed();
    doc.pages.reserve(size_t(pages));
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            return fail(IngestError::Corrupt, QStringLiteral("page %1 cannot be read").arg(i + 1));
        PageInfo info;
        info.sizePoints = page->pageSizeF(); // rotation applied
        if (!(info.sizePoints.width() > 0 && info.sizePoints.height() > 0))
            return fail(IngestError::Corrupt, QStringLiteral("page %1 has no size").arg(i + 1));
        info.text = page->text(QRectF());
        if (limits.thumbnails)
            info.thumbnailPng = thumbnail(*page, info.sizePoints, limits.thumbnailWidth);
        doc.pages.push_back(std::move(info));
    }
    flattenOutline(pdf->outline(), 0, limits, doc.outline);
    return result;
}

} // namespace quorum::pdf
