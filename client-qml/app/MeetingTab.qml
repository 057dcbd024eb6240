import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// A tab of the meeting page: touch-sized, the current one white with a blue underline.
TabButton {
    id: tab
    property TabBar bar
    readonly property bool current: bar !== null && bar.currentIndex === TabBar.index

    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontBody
    font.bold: current
    contentItem: Text {
        text: tab.text
        font: tab.font
        color: tab.current ? Theme.primary : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Four tabs on a tablet held upright: a smaller font, never "…".
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
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
