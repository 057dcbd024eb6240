import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import Quorum.Tablet

// The frame the tablet's dialogs share (the desk's, "Are you sure?"): over the whole window,
// centred, modal, `maxWidth` wide where the window leaves 20 px on each side, a framed surface.
// What goes in it is the dialog's own.
Popup {
    id: frame
    property real maxWidth: 640

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(frame.maxWidth, (parent ? parent.width : frame.maxWidth) - 40)
    modal: true
    focus: true
    padding: 24
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border; border.width: 2 }
}
