#include "annotationoverlay.h"

#include "pageannotationsmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace v1 = quorum::v1;

AnnotationOverlay::AnnotationOverlay(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    // Repaint at the new size rather than scaling a stale texture: sharp at every zoom.
    connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void AnnotationOverlay::setModel(PageAnnotationsModel *model)
{
    if (m_model == model)
        return;
    disconnect(m_connection);
    m_model = model;
    if (model)
        m_connection
            = connect(model, &PageAnnotationsModel::contentChanged, this, [this] { update(); });
    emit modelChanged();
    update();
}

void AnnotationOverlay::setActiveLayer(int layer)
{
    if (m_activeLayer == layer)
        return;
    m_activeLayer = layer;
    emit activeLayerChanged();
    update();
}

namespace {

/** A highlight: its rectangles in its colour, faint enough to let the text through. */
void paintHighlight(QPainter *painter, const v1::Highlight &highlight, qreal w, qreal h)
{
    QColor c = QColor::fromRgba(highlight.color());
    c.setAlphaF(c.alphaF() * 0.38); // a highlighter lets the text through
    for (const v1::NormalizedRect &r : highlight.rects())
        painter->fillRect(QRectF(r.x() * w, r.y() * h, r.width() * w, r.height() * h), c);
}

/** A stroke of ink in `c`: a dot for one point, else a line, its width following the pressure. */
void paintInk(QPainter *painter, const v1::InkStroke &ink, const QColor &c, qreal w, qreal h)
{
    const qreal penWidth = std::max<qreal>(1.0, ink.width() * w);
    const int n = ink.xy_size() / 2;
    if (n == 0)
        return;
    if (n == 1) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(QPointF(ink.xy(0) * w, ink.xy(1) * h), penWidth / 2, penWidth / 2);
        return;
    }
    QPen pen(c, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (ink.pressure_size() == n) {
        // Pressure varies the width segment by segment (0.4x .. 1.6x the nominal width).
        for (int i = 1; i < n; ++i) {
            const qreal p = (ink.pressure(i - 1) + ink.pressure(i)) / 2;
            pen.setWidthF(penWidth * (0.4 + 1.2 * p));
            painter->setPen(pen);
            painter->drawLine(QPointF(ink.xy(2 * i - 2) * w, ink.xy(2 * i - 1) * h),
                QPointF(ink.xy(2 * i) * w, ink.xy(2 * i + 1) * h));
        }
        return;
    }
    QPainterPath path(QPointF(ink.xy(0) * w, ink.xy(1) * h));
    for (int i = 1; i < n; ++i)
        path.lineTo(ink.xy(2 * i) * w, ink.xy(2 * i + 1) * h);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

/** A note: a small sticky-note marker of `size` with a folded corner and three lines. */
void paintNote(QPainter *painter, const v1::TextNote &note, qreal size, qreal w, qreal h)
{
    const QPointF at(note.x() * w, note.y() * h);
    QColor c = QColor::fromRgba(note.color());
    if (c.alpha() == 0)
        c = QColor(0xff, 0xd5, 0x4f);
    const QRectF box(at.x() - size / 2, at.y() - size / 2, size, size);
    QPainterPath shape;
    const qreal fold = size * 0.3;
    shape.moveTo(box.topLeft());
    shape.lineTo(box.right(), box.top());
    shape.lineTo(box.right(), box.bottom() - fold);
    shape.lineTo(box.right() - fold, box.bottom());
    shape.lineTo(box.left(), box.bottom());
    shape.closeSubpath();
    painter->setPen(QPen(c.darker(150), 1.5));
    painter->setBrush(c);
    painter->drawPath(shape);
    painter->setPen(QPen(c.darker(170), std::max(1.0, size / 14)));
    for (int line = 1; line <= 3; ++line) {
        const qreal y = box.top() + size * (0.22 * line + 0.05);
        painter->drawLine(QPointF(box.left() + size * 0.2, y),
            QPointF(box.right() - size * (line == 3 ? 0.45 : 0.2), y));
    }
}

} // namespace

void AnnotationOverlay::paint(QPainter *painter)
{
    if (!m_model || width() <= 0 || height() <= 0)
        return;
    const qreal w = width(), h = height();
    painter->setRenderHint(QPainter::Antialiasing);

    // Highlights first, under the ink, like a marker under a pen.
    for (const PageAnnotationsModel::Entry &e : m_model->entries()) {
        if (e.op.kind_case() == v1::AnnotationOp::kHighlight)
            paintHighlight(painter, e.op.highlight(), w, h);
    }
    for (const PageAnnotationsModel::Entry &e : m_model->entries()) {
        if (e.op.kind_case() != v1::AnnotationOp::kInk)
            continue;
        QColor c = QColor::fromRgba(e.op.ink().color());
        // The user's own marks on another layer than the active one: fainter.
        if (m_activeLayer && e.mine && int(e.op.layer()) != m_activeLayer)
            c.setAlphaF(c.alphaF() * 0.45);
        paintInk(painter, e.op.ink(), c, w, h);
    }
    // Notes: a marker; the text opens on tap (the QML layer above).
    const qreal size = std::clamp(w * 0.035, 18.0, 44.0);
    for (const PageAnnotationsModel::Entry &e : m_model->entries()) {
        if (e.op.kind_case() == v1::AnnotationOp::kNote)
            paintNote(painter, e.op.note(), size, w, h);
    }
}
