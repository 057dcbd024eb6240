#include "followboard.h"

#include <algorithm>

namespace quorum {

void FollowBoard::set(const QString &participantId, const v1::FollowState &state)
{
    if (!state.following() && state.document_id().empty()) {
        remove(participantId);
        return;
    }
    v1::Follower follower;
    follower.set_participant_id(sstr(participantId));
    follower.set_following(state.following());
    follower.set_document_id(state.document_id());
    follower.set_page(state.page());
    const auto it = m_followers.constFind(participantId);
    if (it != m_followers.cend() && it->following() == follower.following()
        && it->document_id() == follower.document_id() && it->page() == follower.page())
        return; // the same again (another device, a resend after reconnect): nothing to tell
    m_followers.insert(participantId, std::move(follower));
    m_dirty = true;
}

void FollowBoard::remove(const QString &participantId)
{
    if (m_followers.remove(participantId) > 0)
        m_dirty = true;
}

QByteArray FollowBoard::frame() const
{
    QStringList ids = m_followers.keys();
    std::sort(ids.begin(), ids.end());
    v1::ServerMessage message;
    v1::Followers *list = message.mutable_followers();
    for (const QString &id : ids)
        *list->add_followers() = m_followers.value(id);
    return encode(message);
}

} // namespace quorum
