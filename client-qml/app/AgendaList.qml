pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// The meeting page's agenda: every item, the current one kept in view, and the one tapped to
// read its documents ahead of (or after) its turn marked as browsed. Its own file so that the
// delegates can read the list's state (pragma ComponentBehavior: Bound), which MeetingPage
// cannot have: on Qt 6.4 a Loader refuses to instantiate a bound component.
ListView {
    id: list
    property MeetingClient client
    /** The item whose documents the page shows; empty: the current item. */
    property string browsedItemId
    /** A tap: the item to browse now, or "" to go back to the current item. */
    signal browse(string itemId)

    clip: true
    spacing: 10
    model: list.client ? list.client.agenda : null
    currentIndex: list.client ? list.client.currentItemIndex : -1
    highlightFollowsCurrentItem: false
    onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
    delegate: AgendaDelegate {
        width: list.width
        selected: itemId === list.browsedItemId
        onTapped: list.browse(isCurrent || selected ? "" : itemId)
    }
    ScrollBar.vertical: ScrollBar { }
}
