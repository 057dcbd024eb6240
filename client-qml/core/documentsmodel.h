#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QString>

#include <vector>

#include "meetingdocuments.h"
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The meeting's documents as a list for QML, optionally only those of one agenda item, with
 * each one's download progress. Setting `documents` starts the tablet's document cache.
 */
class DocumentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        MeetingDocuments *documents READ documents WRITE setDocuments NOTIFY documentsChanged)
    /** Only the documents of this agenda item; empty: all of the meeting's. */
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY itemIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Every document listed here is on the tablet. */
    Q_PROPERTY(bool allReady READ allReady NOTIFY readyChanged)

public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        TitleRole,
        FileNameRole,
        ItemIdRole,
        Sha256Role,
        PageCountRole,
        SizeRole, // bytes
        VersionRole,
        ProgressRole, // 0..1
        ReadyRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString key;
        quorum::v1::Document document;
        double progress = 0;
        bool operator==(const Entry &other) const;
    };

    explicit DocumentsModel(QObject *parent = nullptr);

    MeetingDocuments *documents() const { return m_documents; }
    void setDocuments(MeetingDocuments *documents);
    QString itemId() const { return m_itemId; }
    void setItemId(const QString &itemId);
    bool allReady() const;

    Q_INVOKABLE QString documentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void documentsChanged();
    void itemIdChanged();
    void countChanged();
    void readyChanged();

private:
    void refresh();

    QPointer<MeetingDocuments> m_documents;
    QString m_itemId;
    std::vector<Entry> m_entries;
    QList<QMetaObject::Connection> m_connections;
    bool m_allReady = true;
};
