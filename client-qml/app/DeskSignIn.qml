import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The way into the organiser's desk: the server's desk link (printed at its start, or any join
// link of that server) and the organiser's secret (printed once at the server's first start).
Item {
    id: signIn
    required property OrganiserDesk desk
    property alias link: linkField.text
    signal back()

    function submit() {
        if (signIn.desk.signIn(linkField.text, secretField.text))
            secretField.clear()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 760)
        height: column.implicitHeight + 64
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 32
            spacing: 10

            Text {
                Layout.fillWidth: true
                text: qsTr("Open the organiser's desk")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The server prints its desk link at every start, and the organiser's secret once, at its first start.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Text {
                text: qsTr("Desk link of the server")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.topMargin: 6
            }
            TextField {
                id: linkField
                objectName: "deskLinkField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontSmall
                placeholderText: "quorums://192.168.1.10:7450/?desk&fp=…"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                enabled: !signIn.desk.busy
            }
            Text {
                text: qsTr("Organiser's secret")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.topMargin: 6
            }
            TextField {
                id: secretField
                objectName: "deskSecretField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                echoMode: TextInput.Password
                passwordCharacter: "●"
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                enabled: !signIn.desk.busy
                onAccepted: signIn.submit()
            }
            Text {
                objectName: "deskSignInError"
                Layout.fillWidth: true
                visible: signIn.desk.errorCode !== 0
                text: Texts.deskErrorText(signIn.desk)
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.bad
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 10
                spacing: Theme.spacing
                BigButton {
                    objectName: "deskBack"
                    primary: false
                    Layout.preferredHeight: Theme.bigTouch
                    text: qsTr("Back")
                    onClicked: signIn.back()
                }
                BigButton {
                    objectName: "deskOpen"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.bigTouch
                    text: signIn.desk.busy ? qsTr("Connecting…") : qsTr("Open the desk")
                    enabled: !signIn.desk.busy && linkField.text.length > 0 && secretField.text.length > 0
                    onClicked: signIn.submit()
                }
            }
        }
    }
}
