#include "snapshotpages.h"

namespace quorum {

std::vector<v1::ServerMessage> SnapshotPages::take(v1::ServerMessage message)
{
    std::vector<v1::ServerMessage> now;
    if (message.has_welcome() && message.welcome().snapshot_pages() > 0) {
        reset();
        m_gathering = true;
        m_welcome = std::move(message);
        return now;
    }
    if (!m_gathering) {
        if (message.has_snapshot_page())
            m_broken = true; // a page without its Welcome
        else
            now.push_back(std::move(message));
        return now;
    }
    if (!message.has_snapshot_page()) {
        m_between.push_back(std::move(message));
        return now;
    }
    m_bytes += message.snapshot_page().part();
    if (!message.snapshot_page().last())
        return now;
    v1::Welcome *welcome = m_welcome.mutable_welcome();
    if (!welcome->mutable_snapshot()->ParseFromString(m_bytes)) {
        reset();
        m_broken = true;
        return now;
    }
    welcome->clear_snapshot_pages();
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
