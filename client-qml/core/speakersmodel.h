#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <vector>

#include <QtQmlIntegration/qqmlintegration.h>
#include <functional>

/**
 * The speakers' queue as the server holds it: who waits for the floor, in order, points of
 * order marked (they stand at the front), with the topic and the time a registration to speak
 * (a form, docs/forms.md) asked for. Filled by FloorReplica.
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
        TopicRole, // what the registration to speak said they will speak about ("" without one)
        WantedMinutesRole, // the time it asked for, in minutes (0: none said)
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString participantId;
        QString name;
        bool pointOfOrder = false;
        QString topic;
        int wantedMinutes = 0;

        bool operator==(const Entry &o) const
        {
            return participantId == o.participantId && name == o.name
                && pointOfOrder == o.pointOfOrder && topic == o.topic
                && wantedMinutes == o.wantedMinutes;
        }
    };

    explicit SpeakersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    /** 0-based place of a participant, -1 when not queued. */
    Q_INVOKABLE int positionOf(const QString &participantId) const;
    Q_INVOKABLE QString idAt(int position) const;
    const std::vector<Entry> &entries() const { return m_entries; }

    /**
     * The queue as it is now (from the shared fold's FloorState): rows are inserted, removed
     * and moved one by one (listsync.h), and the places behind a change are updated.
     */
    void show(std::vector<Entry> entries);
    void setSelfId(const QString &participantId);

signals:
    void countChanged();

private:
    std::vector<Entry> m_entries;
    QString m_selfId;
};

/** Queue rows are matched by participant (listsync.h). */
inline QString syncKey(const SpeakersModel::Entry &entry)
{
    return entry.participantId;
}
