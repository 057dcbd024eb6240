import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// A delegate's floor: who speaks and the time left, the speak button with one's place in
// line, the quorum; and the vote when there is one. Side by side in landscape; on a tablet held
// upright the vote on top, the rest under it.
GridLayout {
    id: floorPane
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property bool narrow: width < 1000

    objectName: "delegateFloor"
    columns: narrow ? 1 : 2
    columnSpacing: 24
    rowSpacing: Theme.spacing

    ColumnLayout {
        Layout.row: floorPane.narrow ? 1 : 0
        Layout.column: 0
        Layout.fillWidth: floorPane.narrow
        Layout.preferredWidth: floorPane.narrow ? -1 : 440
        Layout.fillHeight: true
        spacing: Theme.spacing
        SpeechTimer {
            Layout.fillWidth: true
            floor: floorPane.floor
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: speak.implicitHeight + 32
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            visible: floorPane.client !== null && floorPane.client.role !== MeetingClient.Observer
            SpeakButton {
                id: speak
                anchors.fill: parent
                anchors.margins: 16
                client: floorPane.client
            }
        }
        QuorumBadge {
            Layout.fillWidth: true
            floor: floorPane.floor
        }
        ProxyPanel {
            Layout.fillWidth: true
            client: floorPane.client
        }
        // The secretary keeps the attendance: who is here, who is absent and why.
        Rectangle {
            objectName: "secretaryAttendance"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: floorPane.client !== null && floorPane.client.role === MeetingClient.Secretary
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 10
                Text {
                    text: qsTr("Attendance")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                AttendanceList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    client: floorPane.client
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: floorPane.client === null || floorPane.client.role !== MeetingClient.Secretary
        }
    }

    // The vote, scrolled when it is taller than the page (a closed election's result with the
    // tie panel under it: seen in a real window at 1280×800, the secretary's note and button fell
    // below the window). The papers' own lists keep scrolling themselves. Upright, the column is
    // as tall as the panel and the page around it scrolls, as before.
    Flickable {
        id: voteScroll
        objectName: "voteScroll"
        Layout.row: 0
        Layout.column: floorPane.narrow ? 0 : 1
        Layout.fillWidth: true
        Layout.fillHeight: !floorPane.narrow
        Layout.preferredHeight: floorPane.narrow ? (votePanel.visible ? votePanel.implicitHeight : 64) : -1
        contentWidth: width
        contentHeight: votePanel.visible ? votePanel.implicitHeight : height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        ScrollIndicator.vertical: ScrollIndicator { }

        // Brings the tie panel into view when it shows: all of it when it fits, else from its heading
        // (never scrolls back up).
        function revealTie() {
            const tie = votePanel.tieItem
            if (!tie.visible || contentHeight <= height)
                return
            const top = tie.mapToItem(votePanel, 0, 0).y
            const wanted = Math.min(top - Theme.spacing, top + tie.height + Theme.spacing - height)
            contentY = Math.max(contentY, Math.min(wanted, contentHeight - height))
        }
        onContentHeightChanged: {
            if (contentY > Math.max(0, contentHeight - height))
                contentY = Math.max(0, contentHeight - height)
            revealLater.restart()
        }
        onHeightChanged: revealLater.restart()

        // Once, after the layout has placed the panel.
        Timer {
            id: revealLater
            interval: 0
            onTriggered: voteScroll.revealTie()
        }
        VotePanel {
            id: votePanel
            width: voteScroll.width
            client: floorPane.client
        }
        Connections {
            target: votePanel.tieItem
            // The layout places the panel after it shows: follow its place and size too.
            function onVisibleChanged() { revealLater.restart() }
            function onYChanged() { revealLater.restart() }
            function onHeightChanged() { revealLater.restart() }
        }
        Text {
            objectName: "noBallot"
            anchors.centerIn: parent
            visible: !votePanel.visible
            text: qsTr("No vote at the moment")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }
    }
}
