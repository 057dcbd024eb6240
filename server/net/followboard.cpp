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

QByteArrayList FollowBoard::pages(qint64 pageBytes) const
{
    QStringList ids = m_followers.keys();
    std::sort(ids.begin(), ids.end());
    // What a page adds around its entries: ServerMessage's tag and length (<= 6 bytes),
    // Followers' `more` (2 bytes); each entry adds its tag and length (<= 4 bytes).
    constexpr qint64 PageOverhead = 16;
    constexpr qint64 EntryOverhead = 4;
    QByteArrayList pages;
    v1::ServerMessage message;
    qint64 bytes = PageOverhead;
    auto flush = [&](bool more) {
        message.mutable_followers()->set_more(more);
        pages.append(encode(message));
        message.Clear();
        bytes = PageOverhead;
    };
    for (const QString &id : ids) {
        const v1::Follower &follower = *m_followers.constFind(id);
        const qint64 entry = qint64(follower.ByteSizeLong()) + EntryOverhead;
        if (bytes + entry > pageBytes && message.followers().followers_size() > 0)
            flush(true);
        *message.mutable_followers()->add_followers() = follower;
        bytes += entry;
    }
    flush(false);
    return pages;
}

} // namespace quorum
