#include "pagegeometry.h"

#include <algorithm>

QList<qreal> PageGeometry::normalizedRects(const QList<QPolygonF> &polygons, const QSizeF &pageSize)
{
    QList<qreal> out;
    if (pageSize.width() <= 0 || pageSize.height() <= 0)
        return out;
    for (const QPolygonF &polygon : polygons) {
        const QRectF r = polygon.boundingRect();
        if (r.isEmpty())
            continue;
        out << r.x() / pageSize.width() << r.y() / pageSize.height() << r.width() / pageSize.width()
            << r.height() / pageSize.height();
    }
    return out;
}

QList<qreal> PageGeometry::normalizedLineRects(
    const QList<QPolygonF> &polygons, const QSizeF &pageSize)
{
    QList<QPolygonF> lines;
    QRectF line;
    for (const QPolygonF &polygon : polygons) {
        const QRectF r = polygon.boundingRect();
        if (r.isEmpty())
            continue;
        if (!line.isEmpty()) {
            const qreal overlap
                = std::min(line.bottom(), r.bottom()) - std::max(line.top(), r.top());
            const qreal height = std::max(line.height(), r.height());
            const bool sameLine = overlap > 0.5 * std::min(line.height(), r.height());
            const bool follows
                = r.left() >= line.left() - 1 && r.left() <= line.right() + 2 * height;
            if (sameLine && follows) {
                line = line.united(r);
                continue;
            }
            lines << QPolygonF(line);
        }
        line = r;
    }
    if (!line.isEmpty())
        lines << QPolygonF(line);
    return normalizedRects(lines, pageSize);
}

QList<qreal> PageGeometry::spanRect(qreal x1, qreal y1, qreal x2, qreal y2)
{
    return { std::min(x1, x2), std::min(y1, y2), std::abs(x2 - x1), std::abs(y2 - y1) };
}
