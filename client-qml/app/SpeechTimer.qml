import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// Who has the floor and the time left, on the server's clock; "Hết giờ" when it is up.
// `scale` grows it for the projector.
Rectangle {
    id: timer
    property FloorReplica floor
    property real size: 1.0
    readonly property bool active: floor !== null && floor.speechActive
    readonly property bool overtime: active && floor.speechOvertime
    readonly property string clockText: {
        if (!active)
            return ""
        const limited = floor.speechAllottedSeconds > 0
        const s = limited ? Math.abs(floor.speechRemainingSeconds) : floor.speechElapsedSeconds
        const text = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
        return limited && floor.speechRemainingSeconds < 0 ? "+" + text : text
    }

    objectName: "speechTimer"
    implicitHeight: layout.implicitHeight + 24 * size
    radius: Theme.radius
    color: overtime ? Theme.badSurface : Theme.surface
    border.color: overtime ? Theme.bad : Theme.border
    border.width: overtime ? 2 : 1

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12 * timer.size
        spacing: 4 * timer.size

        Text {
            Layout.fillWidth: true
            text: !timer.active ? qsTr("Nobody has the floor")
                  : timer.floor.speechPointOfOrder ? qsTr("Point of order") : qsTr("Speaking now")
            font.pixelSize: Theme.fontSmall * timer.size
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            visible: timer.active
            spacing: 16 * timer.size
            Text {
                objectName: "speakerName"
                Layout.fillWidth: true
                text: timer.active ? timer.floor.speakerName : ""
                font.pixelSize: Theme.fontLarge * timer.size
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                objectName: "speechClock"
                text: timer.clockText
                font.pixelSize: 40 * timer.size
                font.bold: true
                font.family: "Noto Sans Mono"
                color: timer.overtime ? Theme.bad
                     : timer.active && timer.floor.speechAllottedSeconds > 0 && timer.floor.speechRemainingSeconds <= 15 ? Theme.warn
                     : Theme.primary
            }
        }
        Text {
            objectName: "speechStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            text: !timer.active ? ""
                  : timer.overtime ? qsTr("Time is up")
                  : timer.floor.speechPaused ? qsTr("Paused")
                  : timer.floor.speechAllottedSeconds > 0 ? qsTr("of %1 min").arg(Math.round(timer.floor.speechAllottedSeconds / 6) / 10)
                  : qsTr("No time limit")
            font.pixelSize: (timer.overtime ? Theme.fontLarge : Theme.fontSmall) * timer.size
            font.bold: timer.overtime
            color: timer.overtime ? Theme.bad : Theme.textMuted
        }
    }
}
