#include "readerdocument.h"

#include "pagegeometry.h"
#include "pdfpageprovider.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QQmlEngine>

#include <cmath>
#include <utility>

namespace {
// An A4 page in points: the shape of a page before its document is there.
constexpr QSizeF A4Points(595, 842);
// Two points of a drag this close in height (in points) are on one line: half a line of the
// 12 pt text of agenda documents.
constexpr qreal SameLine = 6;

QString localPath(const QUrl &source)
{
    if (source.isLocalFile())
        return source.toLocalFile();
    if (source.scheme() == QLatin1String("qrc"))
        return QLatin1Char(':') + source.path();
    return source.toString();
}
} // namespace

ReaderDocument::ReaderDocument(QObject *parent)
    : QObject(parent)
{ }

ReaderDocument::~ReaderDocument() = default;

void ReaderDocument::setSource(const QUrl &source)
{
    if (m_source == source)
        return;
    m_source = source;
    emit sourceChanged();
    if (m_complete)
        load();
}

void ReaderDocument::componentComplete()
{
    m_complete = true;
    installProvider();
    load();
}

void ReaderDocument::installProvider()
{
    // The provider belongs to the engine; the first reader of an engine adds it, so the app,
    // the tests and the screenshots need no set-up of their own.
    QQmlEngine *engine = qmlEngine(this);
    if (engine && !engine->imageProvider(QLatin1String(PdfPageProvider::Name)))
        engine->addImageProvider(QLatin1String(PdfPageProvider::Name), new PdfPageProvider);
}

void ReaderDocument::load()
{
    const Status before = m_status;
    m_document.reset();
    m_key.clear();
    m_status = Status::Null;
    if (!m_source.isEmpty()) {
        const QString path = localPath(m_source);
        m_document = PdfDocuments::open(path);
        m_key = PdfDocuments::keyOf(path);
        m_status
            = m_document->status() == QPdfDocument::Status::Ready ? Status::Ready : Status::Error;
    }
    // A new file with the same status still changes the page count and the images.
    if (m_status != before || m_status == Status::Ready)
        emit statusChanged();
}

int ReaderDocument::pageCount() const
{
    return m_status == Status::Ready ? m_document->pageCount() : 0;
}

QSizeF ReaderDocument::pagePointSize(int page) const
{
    if (page < 0 || page >= pageCount())
        return A4Points;
    const QSizeF size = m_document->pagePointSize(page);
    return size.isEmpty() ? A4Points : size;
}

QUrl ReaderDocument::pageImageUrl(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    return PdfPageProvider::url(m_key, page);
}

QList<qreal> ReaderDocument::textLineRects(int page, QPointF from, QPointF to) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const QSizeF points = m_document->pagePointSize(page);
    const auto toPoints
        = [&points](QPointF p) { return QPointF(p.x() * points.width(), p.y() * points.height()); };
    QPointF start = toPoints(from), end = toPoints(to);
    // Qt PDF (6.4) decides whether the character under the end point is in by the point given
    // as `end`, also when it swaps a backward range: a drag up or to the left would lose its
    // last character. Hand it the points in reading order.
    if (end.y() < start.y() - SameLine
        || (std::abs(end.y() - start.y()) <= SameLine && end.x() < start.x()))
        std::swap(start, end);
    const QPdfSelection selection = m_document->getSelection(page, start, end);
    if (!selection.isValid())
        return {};
    return PageGeometry::normalizedLineRects(selection.bounds(), points);
}
