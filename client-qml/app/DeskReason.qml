import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// Once a meeting is convened every change of it is recorded with its reason (the server refuses
// one without): ask(what, action) opens this, and action(reason) runs once a reason is given.
DialogFrame {
    id: dialog
    property string what
    property var action: null

    function ask(whatText, onReason) {
        what = whatText
        action = onReason
        reasonField.clear()
        open()
        reasonField.forceActiveFocus()
    }

    objectName: "deskReason"

    // The popup's only child (not its deferred contentItem, where ids are refused by qmllint).
    ColumnLayout {
        anchors.fill: parent
        spacing: 14
        Text {
            Layout.fillWidth: true
            text: qsTr("The meeting has been convened: this change is recorded with its reason.")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: dialog.what
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        TextField {
            id: reasonField
            objectName: "deskReasonField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Reason for the change")
            onAccepted: if (text.trim().length > 0) confirm.clicked()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "deskReasonCancel"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            BigButton {
                id: confirm
                objectName: "deskReasonConfirm"
                Layout.fillWidth: true
                text: qsTr("Record the change")
                enabled: reasonField.text.trim().length > 0
                onClicked: {
                    const act = dialog.action
                    dialog.close()
                    if (act)
                        act(reasonField.text.trim())
                }
            }
        }
    }
}
