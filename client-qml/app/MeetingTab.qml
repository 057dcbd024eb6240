import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// A tab of the meeting page: touch-sized, the current one white with a blue underline.
// The chair and the secretary have six tabs, which do not fit a tablet held upright with each
// label on one line: every tab takes its label's width, on one line where the bar has room,
// else on two lines broken between words (the labels that need the least room go back to one
// line first), and what is left is shared out. If even two lines do not fit, the bar scrolls
// sideways and keeps the current tab in view. A label is never shrunk or cut with "…".
TabButton {
    id: tab
    property TabBar bar
    /** Whether this role has the tab (a hidden tab takes no room). */
    property bool shown: true
    readonly property bool current: bar !== null && bar.currentIndex === TabBar.index

    // Measured in bold, the current tab's font, so that choosing a tab does not change its width.
    FontMetrics {
        id: metrics
        font.family: tab.font.family
        font.pixelSize: tab.font.pixelSize
        font.bold: true
    }
    function measure(words) {
        return Math.ceil(metrics.advanceWidth(words)) + 2 // a pixel or two of rounding in the layout
    }
    /** The tab's width with its label on one line. */
    readonly property real oneLineWidth: measure(text) + leftPadding + rightPadding
    /** The narrowest the tab can be with its label on two lines broken between words. */
    readonly property real twoLineWidth: {
        const words = text.split(" ")
        let narrowest = measure(text)
        for (let i = 1; i < words.length; ++i)
            narrowest = Math.min(narrowest, Math.max(measure(words.slice(0, i).join(" ")),
                                                     measure(words.slice(i).join(" "))))
        return narrowest + leftPadding + rightPadding
    }
    /** This tab's share of the bar (see the top). */
    function allotted() {
        const all = bar.contentChildren
        const tabs = []
        for (let i = 0; i < all.length; ++i) {
            if (all[i].shown)
                tabs.push(all[i])
        }
        const room = bar.availableWidth - Math.max(0, all.length - 1) * bar.spacing
        let spare = room
        for (const t of tabs)
            spare -= t.twoLineWidth
        if (spare < 0)
            return twoLineWidth
        // One line again for as many labels as the room allows, the cheapest first.
        const byCost = tabs.slice().sort((a, b) => (a.oneLineWidth - a.twoLineWidth) - (b.oneLineWidth - b.twoLineWidth))
        let mine = twoLineWidth
        for (const t of byCost) {
            const cost = t.oneLineWidth - t.twoLineWidth
            if (cost > spare)
                break
            spare -= cost
            if (t === tab)
                mine = oneLineWidth
        }
        return Math.floor(mine + spare / tabs.length)
    }

    visible: shown
    // The measured width, not the wrapped label's: that one follows the width given (a loop).
    implicitWidth: oneLineWidth
    width: !shown ? 0 : bar ? allotted() : oneLineWidth
    leftPadding: 12
    rightPadding: 12
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBody
    font.bold: current
    contentItem: Text {
        text: tab.text
        font: tab.font
        color: tab.current ? Theme.primary : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    background: Rectangle {
        color: tab.current ? Theme.surface : Theme.background
        radius: 8
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 4
            color: tab.current ? Theme.primary : "transparent"
        }
    }
}
