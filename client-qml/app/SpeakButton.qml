import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// A delegate's way to the floor: ask to speak (and see one's place, "Bạn đứng thứ 2"),
// withdraw, or raise a point of order that goes to the front of the queue.
ColumnLayout {
    id: panel
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property int position: floor ? floor.selfQueuePosition : -1
    readonly property bool queued: position >= 0
    readonly property bool speaking: floor !== null && floor.selfSpeaking
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected

    objectName: "speakButton"
    spacing: 12

    Text {
        objectName: "queueStatus"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: !panel.floor ? ""
              : panel.speaking ? qsTr("You have the floor")
              : panel.queued ? (panel.floor.selfPointOfOrder
                                ? qsTr("Point of order: you are number %1 in line").arg(panel.position + 1)
                                : qsTr("You are number %1 in line").arg(panel.position + 1))
              : panel.floor.queueOpen ? qsTr("Speakers waiting: %1").arg(panel.floor.speakers.count)
              : qsTr("The list of speakers is closed")
        font.pixelSize: Theme.fontLarge
        font.bold: panel.queued || panel.speaking
        color: panel.speaking ? Theme.ok : panel.queued ? Theme.primary : Theme.text
    }

    BigButton {
        objectName: "requestFloorButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.bigTouch
        visible: !panel.queued && !panel.speaking
        enabled: panel.online && panel.floor !== null && panel.floor.queueOpen
        font.pixelSize: Theme.fontLarge
        text: qsTr("Request the floor")
        onClicked: panel.floor.requestFloor(false)
    }
    BigButton {
        objectName: "withdrawButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.bigTouch
        visible: panel.queued
        enabled: panel.online
        primary: false
        font.pixelSize: Theme.fontLarge
        text: qsTr("Withdraw my request")
        onClicked: panel.floor.withdrawFloor()
    }
    BigButton {
        objectName: "endOwnSpeechButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.bigTouch
        visible: panel.speaking
        enabled: panel.online
        primary: false
        font.pixelSize: Theme.fontLarge
        text: qsTr("End my speech")
        onClicked: panel.floor.endSpeech()
    }
    BigButton {
        objectName: "pointOfOrderButton"
        Layout.fillWidth: true
        visible: !panel.queued && !panel.speaking
        enabled: panel.online && panel.floor !== null
        primary: false
        tone: Theme.warn
        text: qsTr("Point of order")
        onClicked: panel.floor.requestFloor(true)
    }
}
