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

    background: Rectangle {
        radius: 8
        color: control.checked ? Theme.current : control.down ? Theme.pressed : "transparent"
        border.width: control.checked ? 2 : 0
        border.color: Theme.currentAccent
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
