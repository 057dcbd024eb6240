import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// "Are you sure?" for what cannot be taken back (closing a vote early, leaving the meeting,
// withdrawing approvals): the question in words, Cancel, and the action named on its button.
// The children's objectNames are the dialog's objectName + "Text", "Cancel", "Confirm".
DialogFrame {
    id: dialog
    maxWidth: 560
    property string text
    property string confirmText
    property color tone: Theme.bad
    signal confirmed()

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
