#pragma once

#include <QQuickImageProvider>

/**
 * Renders PDF pages for Image items on Qt Quick's image thread, from the documents open in
 * PdfDocuments: `image://quorumpdf/<key>/<page>` (ReaderDocument::pageImageUrl), at the width
 * asked through `sourceSize` (the height follows the page's shape). Each render holds its
 * document, so closing the reader never pulls it from under a page being drawn; a request for
 * a document nobody holds any more (its reader closed before the render started) gets no
 * image, which nobody waits for.
 */
class PdfPageProvider : public QQuickImageProvider
{
public:
    /** The provider's name in `image://` URLs. */
    static constexpr char Name[] = "quorumpdf";
    /** The longest side of a page image, in pixels. The reader's 4× zoom of a page as wide as
     *  a 1280 px screen is ~4000 × 5700; 8192 (an A4 page at 5800 × 8192 is 190 MB) bounds
     *  what a bad request can cost. */
    static constexpr int MaxSide = 8192;

    PdfPageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /** The URL of `page` of the document under `key`. */
    static QUrl url(const QString &key, int page);
    /** The pixel size of a page of `pagePoints` rendered for `requested` (0 = free). */
    static QSize imageSize(const QSizeF &pagePoints, const QSize &requested);
};
