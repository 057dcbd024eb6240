#include "snapshotpages.h"

namespace quorum {

namespace {
bool followsInPages(const v1::ServerMessage &message)
{
    return message.has_welcome()
        && (message.welcome().snapshot_pages() > 0 || message.welcome().meetings_follow());
}
} // namespace

std::vector<v1::ServerMessage> SnapshotPages::take(v1::ServerMessage message)
{
    std::vector<v1::ServerMessage> now;
    if (followsInPages(message)) {
        reset();
        m_gathering = true;
        m_welcome = std::move(message);
        return now;
    }
    const bool isPage = message.has_snapshot_page() || message.has_meetings_page();
    if (!m_gathering) {
        if (isPage)
            m_broken = true; // a page without its Welcome
        else
            now.push_back(std::move(message));
        return now;
    }
    if (!isPage) {
        m_between.push_back(std::move(message));
        return now;
    }
    v1::Welcome *welcome = m_welcome.mutable_welcome();
    if (message.has_meetings_page()) {
        if (!welcome->meetings_follow()) {
            reset();
            m_broken = true; // meetings for a Welcome that said none follow
            return now;
        }
        v1::MeetingsPage *page = message.mutable_meetings_page();
        for (v1::MeetingSummary &meeting : *page->mutable_meetings())
            *welcome->add_meetings() = std::move(meeting);
        if (page->last())
            welcome->clear_meetings_follow();
    } else {
        if (welcome->snapshot_pages() == 0) {
            reset();
            m_broken = true; // a snapshot for a Welcome that said none follows
            return now;
        }
        m_bytes += message.snapshot_page().part();
        if (message.snapshot_page().last()) {
            if (!welcome->mutable_snapshot()->ParseFromString(m_bytes)) {
                reset();
                m_broken = true;
                return now;
            }
            welcome->clear_snapshot_pages();
        }
    }
    if (welcome->snapshot_pages() > 0 || welcome->meetings_follow())
        return now; // more pages to come
    now.push_back(std::move(m_welcome));
    std::move(m_between.begin(), m_between.end(), std::back_inserter(now));
    reset();
    return now;
}

void SnapshotPages::reset()
{
    m_gathering = false;
    m_welcome.Clear();
    m_between.clear();
    m_bytes.clear();
    m_bytes.shrink_to_fit();
    m_broken = false;
}

} // namespace quorum
