#include "pdfpageprovider.h"

#include "pdfdocuments.h"

#include <QPainter>
#include <QPdfDocument>

#include <algorithm>
#include <cmath>

PdfPageProvider::PdfPageProvider()
    // Never on the GUI thread, whatever the Image's `asynchronous` says: a page at 4× zoom
    // takes long enough to freeze a page turn.
    : QQuickImageProvider(
        QQuickImageProvider::Image, QQmlImageProviderBase::ForceAsynchronousImageLoading)
{ }

QUrl PdfPageProvider::url(const QString &key, int page)
{
    return QUrl(QStringLiteral("image://%1/%2/%3").arg(QLatin1String(Name), key).arg(page));
}

QSize PdfPageProvider::imageSize(const QSizeF &pagePoints, const QSize &requested)
{
    if (pagePoints.width() <= 0 || pagePoints.height() <= 0)
        return {};
    const qreal aspect = pagePoints.height() / pagePoints.width();
    QSizeF size = pagePoints; // 1 px per point (72 dpi) when nothing is asked
    if (requested.width() > 0 && requested.height() > 0)
        size = QSizeF(requested);
    else if (requested.width() > 0)
        size = QSizeF(requested.width(), requested.width() * aspect);
    else if (requested.height() > 0)
        size = QSizeF(requested.height() / aspect, requested.height());
    const qreal longest = std::max(size.width(), size.height());
    if (longest > MaxSide)
        size *= MaxSide / longest;
    return QSize(
        std::max(1, int(std::lround(size.width()))), std::max(1, int(std::lround(size.height()))));
}

QImage PdfPageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    bool ok = false;
    const int page = slash > 0 ? id.mid(slash + 1).toInt(&ok) : -1;
    // Held until the page is drawn, even if the reader closes meanwhile.
    const PdfDocuments::Handle document = ok ? PdfDocuments::find(id.left(slash)) : nullptr;
    if (!document || page < 0 || page >= document->pageCount())
        return {};
    const QSize pixels = imageSize(document->pagePointSize(page), requestedSize);
    if (pixels.isEmpty())
        return {};
    QImage image = document->render(page, pixels);
    if (image.isNull())
        return {};
    // PDFium leaves the paper transparent: a page is white, also as a thumbnail. Painted
    // behind the page in place (a page at 4× zoom is ~90 MB: no second copy).
    {
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_DestinationOver);
        painter.fillRect(image.rect(), Qt::white);
    }
    image.reinterpretAsFormat(QImage::Format_RGB32); // opaque now
    if (size)
        *size = image.size();
    return image;
}
