#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqml.h>

class PageAnnotationsModel;

/**
 * Draws a page's annotations (ink, highlights, notes; applied, pending and live) over the
 * page image. Everything is in page coordinates 0..1 scaled to the item's size, so the marks
 * stay where they belong at every zoom; the item is sized with the rendered page and repaints
 * sharp at each size (Qt PDF's views draw no annotations in 6.4, TOOLCHAIN.md).
 */
class AnnotationOverlay : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PageAnnotationsModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_MOC_INCLUDE("pageannotationsmodel.h")
    /** The user's own marks on another layer than this one are drawn fainter; 0: all alike. */
    Q_PROPERTY(int activeLayer READ activeLayer WRITE setActiveLayer NOTIFY activeLayerChanged)

public:
    explicit AnnotationOverlay(QQuickItem *parent = nullptr);

    PageAnnotationsModel *model() const { return m_model; }
    void setModel(PageAnnotationsModel *model);
    int activeLayer() const { return m_activeLayer; }
    void setActiveLayer(int layer);

    void paint(QPainter *painter) override;

signals:
    void modelChanged();
    void activeLayerChanged();

private:
    QPointer<PageAnnotationsModel> m_model;
    QMetaObject::Connection m_connection;
    int m_activeLayer = 0;
};
