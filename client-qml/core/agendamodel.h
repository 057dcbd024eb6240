#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The meeting's agenda in order, with the item the chair made current. Filled by
 * MeetingReplica.
 */
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.agenda")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        ItemIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        DurationMinutesRole,
        PositionRole, // 1-based, what a person reads ("item 2")
        IsCurrentRole,
    };
    Q_ENUM(Roles)

    /** One row; a plain struct so the model does not expose Protobuf types. */
    struct Item
    {
        QString id;
        QString title;
        QString description;
        int durationMinutes = 0;
    };

    explicit AgendaModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_items.size()); }

    /** Row of an item, -1 when unknown. */
    Q_INVOKABLE int indexOf(const QString &itemId) const;
    /** Id of the item at a row, empty when out of range. */
    Q_INVOKABLE QString itemIdAt(int row) const;
    /** Title of the item at a row, empty when out of range. */
    Q_INVOKABLE QString titleAt(int row) const;

    QString currentItemId() const { return m_currentId; }
    int currentIndex() const { return indexOf(m_currentId); }

    /** Replaces every row and the current item: one model reset. */
    void setItems(const QList<Item> &items, const QString &currentItemId);
    /** Moves the current flag; dataChanged on the old and the new row only. */
    void setCurrentItemId(const QString &itemId);

signals:
    void countChanged();

private:
    QList<Item> m_items;
    QHash<QString, int> m_rowById;
    QString m_currentId;
};
