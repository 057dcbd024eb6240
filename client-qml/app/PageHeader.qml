import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// The bar on top of every page: what this is (title, subtitle), the link to the server and
// the language. Pages may add their own controls through `actions`.
Rectangle {
    id: header
    property string title
    property string subtitle
    property MeetingClient client
    default property alias actions: actionRow.data

    implicitHeight: Math.max(88, layout.implicitHeight + 24)
    color: Theme.primary

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.rightMargin: 20
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "headerTitle"
                Layout.fillWidth: true
                text: header.title
                color: Theme.primaryText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                objectName: "headerSubtitle"
                Layout.fillWidth: true
                visible: text.length > 0
                text: header.subtitle
                color: Theme.primaryTextMuted
                font.pixelSize: Theme.fontSmall
                // Upright, beside the badge and the language switch, on two lines rather than cut.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Row {
            id: actionRow
            spacing: 12
            Layout.alignment: Qt.AlignVCenter
        }
        ConnectionBadge {
            objectName: "connectionBadge"
            Layout.alignment: Qt.AlignVCenter
            connectionState: header.client ? header.client.connectionState : MeetingClient.Disconnected
        }
        LanguageSwitch {
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
