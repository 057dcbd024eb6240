#pragma once

#include "pdfdocuments.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QSizeF>
#include <QUrl>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>

/**
 * The PDF a reader shows, for QML: page count and sizes, the URL of each page's image (drawn
 * by PdfPageProvider on Qt Quick's image thread, for the page and the thumbnails) and the text
 * under a highlighter drag. It holds the file's shared QPdfDocument (PdfDocuments), which a
 * page still rendering holds too: the reader can close at any time. Replaces Qt PDF's QML
 * PdfDocument, whose images used it after it was destroyed (Qt 6.4).
 */
class ReaderDocument : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    /** The PDF file: a file: URL (MeetingDocuments::localUrl) or a path. */
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    /** Signalled for every new file, also Ready after Ready: bindings on the invokables below
     *  depend on it to follow a new document. */
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    /** 0 unless Ready. */
    Q_PROPERTY(int pageCount READ pageCount NOTIFY statusChanged)

public:
    enum class Status { Null, Ready, Error };
    Q_ENUM(Status)

    explicit ReaderDocument(QObject *parent = nullptr);
    ~ReaderDocument() override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    Status status() const { return m_status; }
    int pageCount() const;

    /** The size of `page` in points (A4 when there is no such page, so a view has a shape). */
    Q_INVOKABLE QSizeF pagePointSize(int page) const;
    /** The image of `page` for an Image's `source` (its `sourceSize` chooses the
     *  resolution); empty when the document is not ready. */
    Q_INVOKABLE QUrl pageImageUrl(int page) const;
    /**
     * The highlighter: the text Qt PDF selects between two points of `page` (normalized page
     * coordinates, like a drag's press and current position), one rectangle per line,
     * normalized: x, y, width, height, ... Empty where there is no text (a scanned page).
     */
    Q_INVOKABLE QList<qreal> textLineRects(int page, QPointF from, QPointF to) const;

    /** The shared document (null when there is no source). */
    PdfDocuments::Handle document() const { return m_document; }

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void sourceChanged();
    void statusChanged();

private:
    void load();
    void installProvider();

    QUrl m_source;
    Status m_status = Status::Null;
    PdfDocuments::Handle m_document;
    QString m_key;
    bool m_complete = true; // false while QML sets the first properties
};
