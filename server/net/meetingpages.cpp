// The organiser's list of meetings (docs/protocol.md, "The organiser's desk"): in its Welcome
// when it fits a frame, else in MeetingsPages after it, as fast as the desk reads.
#include "meetingpages.h"

#include "lifecycle.h"
#include "rooms.h"

namespace quorum {

namespace {
/** What a summary adds to a message's repeated field: its bytes, tag and length. */
qint64 entryBytes(const v1::MeetingSummary &summary)
{
    return qint64(summary.ByteSizeLong()) + 4;
}
} // namespace

bool fillMeetingList(const Rooms &rooms, v1::ServerMessage &welcome)
{
    v1::Welcome *w = welcome.mutable_welcome();
    qint64 bytes = qint64(welcome.ByteSizeLong()) + 16;
    for (const auto &[id, room] : rooms.all()) {
        v1::MeetingSummary summary = summarise(room->meeting().state());
        bytes += entryBytes(summary);
        if (bytes > FrameTargetBytes) {
            w->clear_meetings();
            w->set_meetings_follow(true);
            return false;
        }
        *w->add_meetings() = std::move(summary);
    }
    return true;
}

QByteArray nextMeetingsPage(const Rooms &rooms, Session::MeetingList &list)
{
    v1::ServerMessage message;
    v1::MeetingsPage *page = message.mutable_meetings_page();
    qint64 bytes = 0;
    while (list.next < list.ids.size()) {
        const Room *room = rooms.room(list.ids.at(list.next));
        if (!room) {
            ++list.next; // removed since the Welcome
            continue;
        }
        v1::MeetingSummary summary = summarise(room->meeting().state());
        const qint64 entry = entryBytes(summary);
        if (page->meetings_size() > 0 && bytes + entry > MeetingsPageBytes)
            break;
        bytes += entry;
        *page->add_meetings() = std::move(summary);
        ++list.next;
    }
    page->set_last(list.next >= list.ids.size());
    return encode(message);
}

} // namespace quorum
