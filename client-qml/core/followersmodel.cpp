#include "followersmodel.h"

#include "listsync.h"
#include "participantsmodel.h"
#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

bool FollowersModel::Entry::operator==(const Entry &other) const
{
    return key == other.key && name == other.name && following == other.following
        && reading == other.reading && documentId == other.documentId && page == other.page;
}

FollowersModel::FollowersModel(ParticipantsModel *participants, QObject *parent)
    : QAbstractListModel(parent)
    , m_participants(participants)
{
    // Presence and names come from the replica: someone joining shows as "not reading" at once.
    connect(participants, &QAbstractItemModel::modelReset, this, &FollowersModel::rebuild);
    connect(participants, &QAbstractItemModel::dataChanged, this, &FollowersModel::rebuild);
    connect(participants, &QAbstractItemModel::rowsInserted, this, &FollowersModel::rebuild);
    connect(participants, &QAbstractItemModel::rowsRemoved, this, &FollowersModel::rebuild);
}

void FollowersModel::setFollowers(const v1::Followers &followers)
{
    m_states.clear();
    for (const v1::Follower &f : followers.followers())
        m_states.insert(qstr(f.participant_id()), f);
    if (!m_available) {
        m_available = true;
        emit availableChanged();
    }
    rebuild();
}

void FollowersModel::clear()
{
    m_states.clear();
    if (m_available) {
        m_available = false;
        emit availableChanged();
    }
    rebuild();
}

void FollowersModel::setSelfId(const QString &participantId)
{
    if (m_selfId == participantId)
        return;
    m_selfId = participantId;
    rebuild();
}

void FollowersModel::rebuild()
{
    std::vector<Entry> following;
    std::vector<Entry> reading;
    std::vector<Entry> idle;
    for (int row = 0; row < m_participants->count(); ++row) {
        const QModelIndex index = m_participants->index(row);
        const QString id = index.data(ParticipantsModel::IdRole).toString();
        if (id == m_selfId || !index.data(ParticipantsModel::PresentRole).toBool())
            continue;
        Entry e;
        e.key = id;
        e.name = index.data(ParticipantsModel::NameRole).toString();
        const auto state = m_states.constFind(id);
        if (state != m_states.cend()) {
            e.following = state->following();
            e.documentId = qstr(state->document_id());
            e.reading = e.following || !e.documentId.isEmpty();
            e.page = e.reading ? int(state->page()) : -1;
        }
        (e.following ? following : e.reading ? reading : idle).push_back(std::move(e));
    }
    const int followingCount = m_available ? int(following.size()) : 0;
    const int onlineCount = int(following.size() + reading.size() + idle.size());
    std::vector<Entry> next;
    if (m_available) {
        next = std::move(following);
        std::move(reading.begin(), reading.end(), std::back_inserter(next));
        std::move(idle.begin(), idle.end(), std::back_inserter(next));
    }
    const int before = rowCount();
    syncRows(this, m_rows, std::move(next));
    if (rowCount() != before)
        emit countChanged();
    if (followingCount != m_followingCount || onlineCount != m_onlineCount) {
        m_followingCount = followingCount;
        m_onlineCount = onlineCount;
        emit countsChanged();
    }
}

int FollowersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FollowersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case ParticipantIdRole:
        return e.key;
    case FollowingRole:
        return e.following;
    case ReadingRole:
        return e.reading;
    case DocumentIdRole:
        return e.documentId;
    case PageRole:
        return e.page;
    }
    return {};
}

QHash<int, QByteArray> FollowersModel::roleNames() const
{
    return {
        { ParticipantIdRole, "participantId" },
        { NameRole, "name" },
        { FollowingRole, "following" },
        { ReadingRole, "reading" },
        { DocumentIdRole, "documentId" },
        { PageRole, "page" },
    };
}
