#pragma once

#include "meetingstate.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

#include <vector>

/**
 * The open meeting's agenda on the organiser's desk (OrganiserDesk.agenda): its items in
 * order with presenter, planned minutes and the titles of the documents attached to each.
 * Follows the desk's fold row by row (an edit, a move, a new document).
 */
class DeskAgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from OrganiserDesk.agenda")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TitleRole,
        PresenterRole,
        DurationRole, // planned minutes; 0: not given
        DocumentsRole, // QStringList: titles of the documents attached to the item
    };

    struct Row
    {
        QString key; // the item id
        QString title, presenter;
        int minutes = 0;
        QStringList documents;
        bool operator==(const Row &o) const
        {
            return key == o.key && title == o.title && presenter == o.presenter
                && minutes == o.minutes && documents == o.documents;
        }
    };

    explicit DeskAgendaModel(QObject *parent = nullptr);

    void setState(const quorum::MeetingState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
};
