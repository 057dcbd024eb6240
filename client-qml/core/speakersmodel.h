#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <functional>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The speakers' queue as the server holds it: who waits for the floor, in order, points of
 * order marked (they stand at the front). Filled by FloorReplica.
 */
class SpeakersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.floor.speakers")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PointOfOrderRole,
        PositionRole, // 0-based place in the queue (the row)
        IsSelfRole,
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString participantId;
        QString name;
        bool pointOfOrder = false;
    };

    explicit SpeakersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    /** 0-based place of a participant, -1 when not queued. */
    Q_INVOKABLE int positionOf(const QString &participantId) const;
    Q_INVOKABLE QString idAt(int position) const;
    const QList<Entry> &entries() const { return m_entries; }

    void setEntries(const QList<Entry> &entries);
    /** Inserts at `position` (clamped to the end), as FloorRequested says. */
    void insert(int position, const Entry &entry);
    /** Removes a participant; false when not queued. */
    bool remove(const QString &participantId);
    /** Moves a participant to `position` (clamped); false when not queued. */
    bool move(const QString &participantId, int position);
    void setSelfId(const QString &participantId);
    /** Names come from the definition, which may arrive after the queue (snapshot order). */
    void setNames(const std::function<QString(const QString &)> &nameOf);

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
    QString m_selfId;
};
