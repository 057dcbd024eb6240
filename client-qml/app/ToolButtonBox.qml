import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// A square touch button of the reader's toolbars: a symbol, a label under it, a checked state.
AbstractButton {
    id: control
    property string symbol
    property color symbolColor: Theme.text

    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 10)
    implicitHeight: Theme.touch + 8
    focusPolicy: Qt.NoFocus

    // A shape even when not checked: a tinted, outlined key reads as something to press, where
    // a bare symbol and word on the toolbar's white did not (issue 11, "buttons look like buttons").
    background: Rectangle {
        radius: 8
        color: control.checked ? Theme.current : control.down ? Theme.pressed : Theme.background
        border.width: control.checked ? 2 : 1
        border.color: control.checked ? Theme.currentAccent : Theme.border
        opacity: control.enabled ? 1 : 0.6
    }
    contentItem: Column {
        spacing: 0
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: control.symbol
            font.pixelSize: 24
            font.bold: true
            color: control.enabled ? control.symbolColor : Theme.absent
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: control.text
            font.pixelSize: 13
            color: control.enabled ? Theme.text : Theme.absent
        }
    }
}
