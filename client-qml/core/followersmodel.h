#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>
#include <QHash>
#include <QString>

#include <QtQmlIntegration/qqmlintegration.h>
#include <vector>

class ParticipantsModel;

/**
 * Who follows the presentation, for the chair and the presenter (`client.documents.followers`):
 * every other participant with a device online, following first, then those reading on their
 * own (the document and page they are on), then those not reading. Filled from the server's
 * Followers lists; names and presence from the replica. Empty (and `available` false) for
 * anyone else: the server tells only the chair and the presenter.
 */
class FollowersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.documents.followers")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Participants following the presenter now (not counting this tablet's own). */
    Q_PROPERTY(int followingCount READ followingCount NOTIFY countsChanged)
    /** Other participants with a device online. */
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY countsChanged)
    /** A list came from the server: this participant is the chair or the presenter. */
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)

public:
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        NameRole,
        FollowingRole, // bool: turns pages with the presenter
        ReadingRole, // bool: has a document open (following or not)
        DocumentIdRole,
        PageRole, // 0-based page on screen; -1 when not reading
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString key; // participant id
        QString name;
        bool following = false;
        bool reading = false;
        QString documentId;
        int page = -1;
        bool operator==(const Entry &other) const;
    };

    FollowersModel(ParticipantsModel *participants, QObject *parent = nullptr);

    int followingCount() const { return m_followingCount; }
    int onlineCount() const { return m_onlineCount; }
    bool available() const { return m_available; }

    /** The server's list (replaces the previous one). */
    void setFollowers(const quorum::v1::Followers &followers);
    /** Forgets the list: a new connection, or no longer the chair or the presenter. */
    void clear();
    /** The participant using this tablet, left out of the list. */
    void setSelfId(const QString &participantId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void countsChanged();
    void availableChanged();

private:
    void rebuild();

    ParticipantsModel *m_participants;
    QHash<QString, quorum::v1::Follower> m_states; // participant id -> last state from the server
    std::vector<Entry> m_rows;
    QString m_selfId;
    int m_followingCount = 0;
    int m_onlineCount = 0;
    bool m_available = false;
};
