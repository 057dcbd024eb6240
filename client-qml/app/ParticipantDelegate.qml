import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// One participant: a presence dot, the name, the position; the role when it is not delegate.
Item {
    id: cell
    required property string participantId
    required property string name
    required property string title
    required property int role
    required property bool present
    required property bool isSelf

    objectName: "participant_" + participantId

    Rectangle {
        anchors.fill: parent
        anchors.margins: 4
        radius: Theme.radius
        color: cell.isSelf ? "#e6eef8" : Theme.surface
        border.color: Theme.border

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 10
            spacing: 10

            Rectangle {
                objectName: "presenceDot"
                width: 14; height: 14; radius: 7
                color: cell.present ? Theme.ok : "transparent"
                border.color: cell.present ? Theme.ok : Theme.absent
                border.width: 2
                Accessible.name: cell.present ? qsTr("Present") : qsTr("Absent")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: cell.isSelf ? qsTr("%1 (you)").arg(cell.name) : cell.name
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 13
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: cell.present ? Theme.text : Theme.textMuted
                }
                Text {
                    objectName: "participantDetail"
                    Layout.fillWidth: true
                    text: cell.role === MeetingClient.Delegate ? cell.title
                          : Texts.roleName(cell.role) + " · " + cell.title
                    elide: Text.ElideRight
                    font.pixelSize: 15
                    color: Theme.textMuted
                }
            }
        }
    }
}
