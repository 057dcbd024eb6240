#include "pdfexport.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace quorum::pdf {

namespace {
// A note icon's size on the page, normalized: about 20 pt on A4, the usual reader icon.
constexpr double NoteSize = 0.035;

QRectF bounds(const std::vector<QPointF> &points)
{
    if (points.empty())
        return {};
    double x0 = points[0].x(), y0 = points[0].y(), x1 = x0, y1 = y0;
    for (const QPointF &p : points) {
        x0 = qMin(x0, p.x());
        y0 = qMin(y0, p.y());
        x1 = qMax(x1, p.x());
        y1 = qMax(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

std::unique_ptr<Poppler::Annotation> make(const ExportAnnotation &a)
{
    std::unique_ptr<Poppler::Annotation> annotation;
    switch (a.kind) {
    case ExportAnnotation::Kind::Ink: {
        auto ink = std::make_unique<Poppler::InkAnnotation>();
        QVector<QPointF> path(a.points.begin(), a.points.end());
        ink->setInkPaths({ path });
        ink->setBoundary(bounds(a.points));
        annotation = std::move(ink);
        break;
    }
    case ExportAnnotation::Kind::Highlight: {
        auto highlight = std::make_unique<Poppler::HighlightAnnotation>();
        QList<Poppler::HighlightAnnotation::Quad> quads;
        QRectF all;
        for (const QRectF &r : a.rects) {
            Poppler::HighlightAnnotation::Quad q;
            // Quad points go counter-clockwise from the bottom-left, as PDF readers expect.
            q.points[0] = r.bottomLeft();
            q.points[1] = r.bottomRight();
            q.points[2] = r.topRight();
            q.points[3] = r.topLeft();
            q.capStart = q.capEnd = false;
            q.feather = 0.1;
            quads << q;
            all = all.united(r);
        }
        highlight->setHighlightQuads(quads);
        highlight->setBoundary(all);
        annotation = std::move(highlight);
        break;
    }
    case ExportAnnotation::Kind::Note: {
        auto note = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
        note->setTextIcon(QStringLiteral("Comment"));
        note->setBoundary(QRectF(a.position, QSizeF(NoteSize, NoteSize)));
        annotation = std::move(note);
        break;
    }
    }
    annotation->setAuthor(a.author);
    annotation->setContents(a.text);
    Poppler::Annotation::Style style = annotation->style();
    if (a.color.isValid())
        style.setColor(a.color);
    if (a.width > 0)
        style.setWidth(a.width);
    annotation->setStyle(style);
    return annotation;
}
} // namespace

bool exportAnnotated(const QString &source, const QString &target,
    const std::vector<ExportAnnotation> &annotations, QString *error)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(source);
    if (!pdf || pdf->isLocked()) {
        *error = QStringLiteral("cannot open %1").arg(source);
        return false;
    }
    for (const ExportAnnotation &a : annotations) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(a.page);
        if (!page) {
            *error = QStringLiteral("no page %1 in %2").arg(a.page + 1).arg(source);
            return false;
        }
        const std::unique_ptr<Poppler::Annotation> annotation = make(a);
        page->addAnnotation(annotation.get()); // Poppler copies it into the page
    }
    const std::unique_ptr<Poppler::PDFConverter> converter = pdf->pdfConverter();
    converter->setOutputFileName(target);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        *error = QStringLiteral("cannot write %1 (Poppler error %2)")
                     .arg(target)
                     .arg(int(converter->lastError()));
        return false;
    }
    return true;
}

std::vector<ExportAnnotation> readAnnotations(const QString &path, QString *error)
{
    std::vector<ExportAnnotation> out;
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf || pdf->isLocked()) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    for (int i = 0; i < pdf->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        for (const std::unique_ptr<Poppler::Annotation> &annotation : page->annotations()) {
            ExportAnnotation a;
            a.page = i;
            a.author = annotation->author();
            a.text = annotation->contents();
            a.color = annotation->style().color();
            a.width = annotation->style().width();
            switch (annotation->subType()) {
            case Poppler::Annotation::AInk: {
                a.kind = ExportAnnotation::Kind::Ink;
                for (const QVector<QPointF> &path :
                    static_cast<Poppler::InkAnnotation *>(annotation.get())->inkPaths())
                    a.points.insert(a.points.end(), path.begin(), path.end());
                break;
            }
            case Poppler::Annotation::AHighlight: {
                a.kind = ExportAnnotation::Kind::Highlight;
                const auto *h = static_cast<Poppler::HighlightAnnotation *>(annotation.get());
                for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
                    a.rects.push_back(
                        bounds({ q.points[0], q.points[1], q.points[2], q.points[3] }));
                }
                break;
            }
            case Poppler::Annotation::AText:
                a.kind = ExportAnnotation::Kind::Note;
                a.position = annotation->boundary().topLeft();
                break;
            default:
                continue;
            }
            out.push_back(std::move(a));
        }
    }
    return out;
}

} // namespace quorum::pdf
