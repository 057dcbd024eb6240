#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QString>

#include <vector>

#include "meetingdocuments.h"
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The annotations to draw on one page of one document, for the reader's overlay: what the
 * server applied (and this participant may see), this tablet's operations not answered yet
 * (their erasures already folded in), other people's pens moving now, and the stroke being
 * drawn here. Rows keep their order (oldest first) and change with fine-grained signals.
 */
class PageAnnotationsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        MeetingDocuments *documents READ documents WRITE setDocuments NOTIFY documentsChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY pageChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        OpIdRole = Qt::UserRole + 1,
        KindRole, // Kind
        StateRole, // State
        LayerRole, // Annotator::Layer
        AuthorRole, // participant id
        MineRole,
        ColorRole, // "#aarrggbb"
        WidthRole, // ink: fraction of the page width
        PointsRole, // ink: x0, y0, x1, y1, ... (0..1)
        RectsRole, // highlight: x, y, w, h, ... (0..1)
        TextRole, // note
        XRole, // note
        YRole, // note
        PressureRole, // ink: one 0..1 per point, or empty (drawn without pressure)
    };
    Q_ENUM(Role)
    enum Kind { Ink, Highlight, Note };
    Q_ENUM(Kind)
    enum State {
        Applied, // the server has it
        Pending, // made here, on the disk, not answered yet
        Live, // a pen moving now (here or elsewhere)
    };
    Q_ENUM(State)

    struct Entry
    {
        QString key;
        quorum::v1::AnnotationOp op;
        State state = Applied;
        bool mine = false;
        bool operator==(const Entry &other) const;
    };

    explicit PageAnnotationsModel(QObject *parent = nullptr);

    MeetingDocuments *documents() const { return m_documents; }
    void setDocuments(MeetingDocuments *documents);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &documentId);
    int page() const { return m_page; }
    void setPage(int page);

    /** The rows, for a painter (C++). */
    const std::vector<Entry> &entries() const { return m_entries; }
    /** The row of the topmost mark of one's own within `radius` of (x, y), or -1 (eraser). */
    Q_INVOKABLE int ownMarkAt(qreal x, qreal y, qreal radius) const;
    Q_INVOKABLE QString opIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void documentsChanged();
    void pageChanged();
    void countChanged();
    /** Any row changed, was added or removed: repaint. */
    void contentChanged();

private:
    void refresh();
    void onChanged(const QString &documentId, int page);
    std::vector<Entry> build() const;

    QPointer<MeetingDocuments> m_documents;
    QString m_documentId;
    int m_page = 0;
    std::vector<Entry> m_entries;
    QList<QMetaObject::Connection> m_connections;
};
