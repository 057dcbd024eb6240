pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The devices of the meeting (docs/protocol.md "Devices"), for the secretary and the chair:
// every tablet that typed a PIN holds a token; a lost or shared one is revoked here, and its
// connection closes. Above the list, a warning when PINs keep failing for this meeting (someone
// may be guessing); while PIN joins are paused, only tablets that joined before get in.
ColumnLayout {
    id: console_
    property MeetingClient client
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected

    objectName: "deviceConsole"
    spacing: Theme.spacing

    Rectangle {
        objectName: "failedJoinsWarning"
        Layout.fillWidth: true
        visible: console_.client !== null && console_.client.failedJoins > 0
        implicitHeight: warningText.implicitHeight + 24
        radius: Theme.radius
        color: console_.client && console_.client.pinJoinsPaused ? Theme.badSurface : Theme.current
        border.color: console_.client && console_.client.pinJoinsPaused ? Theme.bad : Theme.warn
        Text {
            id: warningText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: !console_.client ? ""
                  : (qsTr("%n wrong PIN(s) for this meeting", "", console_.client.failedJoins)
                     + " · " + qsTr("from %n address(es)", "", console_.client.failedJoinAddresses)
                     + (console_.client.pinJoinsPaused
                        ? "\n" + qsTr("PIN joins are paused: tablets that joined before still connect. Someone may be guessing PINs.")
                        : ""))
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Devices")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }

    ListView {
        id: list
        objectName: "deviceList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 6
        model: console_.client ? console_.client.devices : null
        ScrollBar.vertical: ScrollBar { }
        delegate: Rectangle {
            id: device
            required property string deviceKey
            required property string participantName
            required property string clientName
            required property bool revoked
            required property bool thisDevice
            width: ListView.view.width
            implicitHeight: 64
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            RowLayout {
                anchors { fill: parent; leftMargin: 12; rightMargin: 12 }
                Text {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: device.revoked ? Theme.absent : Theme.text
                    font.pixelSize: Theme.fontBody
                    text: device.participantName + " · " + device.clientName + " · " + device.deviceKey
                          + (device.thisDevice ? " · " + qsTr("this tablet") : "")
                }
                Text {
                    visible: device.revoked
                    text: qsTr("Revoked")
                    color: Theme.bad
                    font.pixelSize: Theme.fontBody
                }
                BigButton {
                    objectName: "revoke-" + device.deviceKey
                    visible: !device.revoked && !device.thisDevice
                    enabled: console_.online
                    primary: false
                    height: 48
                    implicitHeight: 48
                    text: qsTr("Revoke")
                    onClicked: console_.client.revokeDevice(device.deviceKey)
                }
            }
        }
    }
}
