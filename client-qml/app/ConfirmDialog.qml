import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Quorum.Tablet

// "Are you sure?" for what cannot be taken back (closing a vote early, leaving the meeting,
// withdrawing approvals): the question in words, Cancel, and the action named on its button.
// The children's objectNames are the dialog's objectName + "Text", "Cancel", "Confirm".
Popup {
    id: dialog
    property string text
    property string confirmText
    property color tone: Theme.bad
    signal confirmed()

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    modal: true
    focus: true
    padding: 24
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border; border.width: 2 }

    contentItem: ColumnLayout {
        spacing: 20
        Text {
            objectName: dialog.objectName + "Text"
            Layout.fillWidth: true
            text: dialog.text
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: dialog.objectName + "Cancel"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            BigButton {
                objectName: dialog.objectName + "Confirm"
                Layout.fillWidth: true
                tone: dialog.tone
                text: dialog.confirmText
                onClicked: {
                    dialog.close()
                    dialog.confirmed()
                }
            }
        }
    }
}
