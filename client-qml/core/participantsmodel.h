#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The people of the meeting as the room server defined them, with who is in the room now.
 * Rows follow the order of the meeting definition. Filled by MeetingReplica.
 */
class ParticipantsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.participants")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY presentCountChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TitleRole,
        RoleRole, // int, same numbers as MeetingClient::Role and quorum.v1.Role
        PresentRole,
        IsSelfRole,
    };
    Q_ENUM(Roles)

    /** One row; a plain struct so the model does not expose Protobuf types. */
    struct Entry
    {
        QString id;
        QString name;
        QString title;
        int role = 0;
        bool present = false;
    };

    explicit ParticipantsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    int presentCount() const { return m_presentCount; }

    /** Row of a participant, -1 when unknown. */
    Q_INVOKABLE int indexOf(const QString &participantId) const;
    /** Display name of a participant, empty when unknown. */
    Q_INVOKABLE QString nameOf(const QString &participantId) const;
    bool isPresent(const QString &participantId) const;
    const Entry *entry(const QString &participantId) const;

    /** Replaces every row (a new definition or snapshot): one model reset. */
    void setEntries(const QList<Entry> &entries);
    /** Changes one participant's presence; false when the id is unknown. */
    bool setPresent(const QString &participantId, bool present);
    /** Marks which row is the participant using this client. */
    void setSelfId(const QString &participantId);

signals:
    void countChanged();
    void presentCountChanged();

private:
    void recountPresent();

    QList<Entry> m_entries;
    QHash<QString, int> m_rowById;
    QString m_selfId;
    int m_presentCount = 0;
};
