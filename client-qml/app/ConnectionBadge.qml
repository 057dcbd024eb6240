import QtQuick
import Quorum.Tablet

// The link to the room server, always in the header: a coloured dot and a word.
Rectangle {
    id: badge
    property int connectionState: MeetingClient.Disconnected
    readonly property string text: Texts.connectionText(connectionState)
    readonly property color tone: connectionState === MeetingClient.Connected ? Theme.ok
                                : connectionState === MeetingClient.Disconnected ? Theme.absent
                                : Theme.warn

    implicitWidth: row.implicitWidth + 28
    implicitHeight: 44
    radius: height / 2
    color: Theme.surface
    border.color: tone
    border.width: 2

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 10
        Rectangle {
            width: 14; height: 14; radius: 7
            anchors.verticalCenter: parent.verticalCenter
            color: badge.tone
        }
        Text {
            objectName: "connectionBadgeText"
            text: badge.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
        }
    }
}
