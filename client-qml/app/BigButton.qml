import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// A touch-sized button: primary (filled) or secondary (outlined).
Button {
    id: control
    property bool primary: true
    property color tone: Theme.primary

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + leftPadding + rightPadding)
    leftPadding: 20
    rightPadding: 20
    font.pixelSize: Theme.fontBody
    font.bold: true

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.absent : control.primary ? Theme.primaryText : control.tone
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // A narrow button (a tablet held upright, longer Vietnamese words) shrinks its font
        // rather than cutting the word off. No wrapping: a height that depends on the width
        // makes the layouts around it loop.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 11
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.primary ? (control.down ? Theme.pressed : Theme.surface)
             : !control.enabled ? Theme.border
             : control.down ? Qt.darker(control.tone, 1.25) : control.tone
        border.width: control.primary ? 0 : 2
        border.color: control.enabled ? control.tone : Theme.border
    }
}
