import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// One agenda item: its number, title and plan; the current item stands out (warm background,
// accent bar, "Now" chip) so it can be found at a glance from across the table. A tap selects
// the item to read its documents ahead of (or after) its turn.
Rectangle {
    id: row
    property bool selected: false
    signal tapped()
    required property int index
    required property string itemId
    required property string title
    required property string description
    required property int durationMinutes
    required property int position
    required property bool isCurrent

    objectName: "agendaRow_" + itemId
    implicitHeight: Math.max(Theme.touch + 16, layout.implicitHeight + 24)
    radius: Theme.radius
    color: isCurrent ? Theme.current : Theme.surface
    border.color: selected ? Theme.primary : isCurrent ? Theme.currentAccent : Theme.border
    border.width: isCurrent || selected ? 2 : 1

    MouseArea {
        anchors.fill: parent
        onClicked: row.tapped()
    }

    Rectangle {
        visible: row.isCurrent
        width: 8
        radius: 4
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 6 }
        color: Theme.currentAccent
    }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.rightMargin: 16
        anchors.topMargin: 12
        anchors.bottomMargin: 12
        spacing: 14

        Rectangle {
            Layout.alignment: Qt.AlignTop
            width: 40; height: 40; radius: 20
            color: row.isCurrent ? Theme.currentAccent : Theme.background
            Text {
                anchors.centerIn: parent
                text: row.position
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: row.isCurrent ? Theme.primaryText : Theme.textMuted
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: row.title
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                font.bold: row.isCurrent
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.description
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: 16
                color: Theme.textMuted
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 6
            Rectangle {
                objectName: "currentChip"
                visible: row.isCurrent
                Layout.alignment: Qt.AlignRight
                implicitWidth: nowText.implicitWidth + 20
                implicitHeight: 30
                radius: 15
                color: Theme.currentAccent
                Text {
                    id: nowText
                    anchors.centerIn: parent
                    text: qsTr("Now")
                    font.pixelSize: 16
                    font.bold: true
                    color: Theme.primaryText
                }
            }
            Text {
                Layout.alignment: Qt.AlignRight
                visible: row.durationMinutes > 0
                text: qsTr("%1 min").arg(row.durationMinutes)
                font.pixelSize: 16
                color: Theme.textMuted
            }
        }
    }
}
