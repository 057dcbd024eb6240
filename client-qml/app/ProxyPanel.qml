pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// A delegate's proxy, when the meeting allows them: hand one's vote to another member with a
// vote (pick from the list, confirm), see to whom it went and take it back; and the votes one
// holds for others.
Rectangle {
    id: proxyPanel
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected
    readonly property bool granted: floor !== null && floor.selfProxyHolderId.length > 0
    readonly property bool holding: floor !== null && floor.selfProxyGrantorIds.length > 0
    property bool choosing: false
    property string pickedId
    property string pickedName

    objectName: "proxyPanel"
    visible: floor !== null && floor.allowProxies && floor.selfVoting
    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    readonly property alias dialog: chooser

    onGrantedChanged: if (granted) { choosing = false; pickedId = ""; pickedName = "" }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Text {
            Layout.fillWidth: true
            text: qsTr("Proxy")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        // Given: to whom, and take it back.
        Text {
            objectName: "proxyGivenText"
            Layout.fillWidth: true
            visible: proxyPanel.granted
            text: proxyPanel.floor ? qsTr("You have given your vote to %1").arg(proxyPanel.floor.selfProxyHolderName) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }
        BigButton {
            objectName: "revokeProxyButton"
            Layout.fillWidth: true
            visible: proxyPanel.granted
            enabled: proxyPanel.online
            primary: false
            tone: Theme.bad
            text: qsTr("Take my vote back")
            onClicked: proxyPanel.floor.revokeProxy("")
        }
        // Held: whose votes this delegate casts.
        Text {
            objectName: "proxiesHeldText"
            Layout.fillWidth: true
            visible: proxyPanel.holding
            text: proxyPanel.floor && proxyPanel.holding
                  ? qsTr("You also vote for: %1").arg(Array.from(proxyPanel.floor.selfProxyGrantorIds).map(id => proxyPanel.floor.attendance.nameOf(id)).join(", "))
                  : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }
        BigButton {
            objectName: "giveProxyButton"
            Layout.fillWidth: true
            visible: !proxyPanel.granted && !proxyPanel.holding
            enabled: proxyPanel.online
            primary: false
            text: qsTr("Give my vote by proxy…")
            onClicked: proxyPanel.choosing = true
        }
    }

    // Choosing the holder, in a small dialog over the page.
    Popup {
        id: chooser
        objectName: "proxyDialog"
        parent: proxyPanel.Window.contentItem
        anchors.centerIn: parent
        width: 480
        modal: true
        focus: true
        padding: 20
        visible: proxyPanel.choosing && !proxyPanel.granted
        onClosed: proxyPanel.choosing = false
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
        contentItem: ColumnLayout {
            spacing: 10
            Text {
                Layout.fillWidth: true
                text: qsTr("Who votes for you?")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            ListView {
                objectName: "proxyHolderList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 6 * (Theme.touch + 4))
                clip: true
                spacing: 4
                model: proxyPanel.floor ? proxyPanel.floor.attendance : null
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    required property string participantId
                    required property string name
                    required property bool voting
                    required property bool isSelf
                    required property string proxyHolderId
                    // Another member with a vote who has not given his or her own vote away.
                    readonly property bool possible: voting && !isSelf && proxyHolderId.length === 0
                    objectName: "proxyHolder_" + participantId
                    width: ListView.view.width
                    height: possible ? Theme.touch : 0
                    visible: possible
                    highlighted: proxyPanel.pickedId === participantId
                    text: name
                    font.pixelSize: Theme.fontBody
                    onClicked: {
                        proxyPanel.pickedId = participantId
                        proxyPanel.pickedName = name
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BigButton {
                    objectName: "proxyCancelButton"
                    primary: false
                    text: qsTr("Back")
                    onClicked: { proxyPanel.choosing = false; proxyPanel.pickedId = ""; proxyPanel.pickedName = "" }
                }
                BigButton {
                    objectName: "proxyConfirmButton"
                    Layout.fillWidth: true
                    enabled: proxyPanel.online && proxyPanel.pickedId.length > 0
                    text: proxyPanel.pickedName.length > 0 ? qsTr("Give to %1").arg(proxyPanel.pickedName) : qsTr("Give")
                    onClicked: proxyPanel.floor.grantProxy(proxyPanel.pickedId)
                }
            }
        }
    }
}
