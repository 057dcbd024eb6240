#pragma once

#include <QList>
#include <QObject>
#include <QPolygonF>
#include <QSizeF>
#include <QtQml/qqml.h>

/**
 * Conversions the reader needs between Qt PDF's geometry (polygons in page points) and the
 * protocol's page coordinates (0..1, origin top-left), for highlights and search hits.
 */
class PageGeometry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /** The bounding rectangle of each polygon, normalized: x, y, width, height, ... */
    Q_INVOKABLE static QList<qreal> normalizedRects(
        const QList<QPolygonF> &polygons, const QSizeF &pageSize);
    /**
     * Like normalizedRects, but one rectangle per line: Qt PDF gives a rectangle per glyph
     * for some documents (QPdfWriter's), so runs of rectangles on the same line, left to
     * right and at most about two line heights apart (word spaces), are joined.
     */
    Q_INVOKABLE static QList<qreal> normalizedLineRects(
        const QList<QPolygonF> &polygons, const QSizeF &pageSize);
    /** A rectangle between two normalized points: x, y, width, height. */
    Q_INVOKABLE static QList<qreal> spanRect(qreal x1, qreal y1, qreal x2, qreal y2);
};
