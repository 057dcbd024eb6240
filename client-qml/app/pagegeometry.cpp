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

QList<qreal> PageGeometry::spanRect(qreal x1, qreal y1, qreal x2, qreal y2)
{
    return { std::min(x1, x2), std::min(y1, y2), std::abs(x2 - x1), std::abs(y2 - y1) };
}
