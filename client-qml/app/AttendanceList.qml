pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The members with a vote, as the chair and the secretary see them: attending or not (absent
// with the reason), who voted in an open ballot, and proxies (grantor → holder). A tap on "…"
// opens a small dialog: in the room, online, or absent with a reason. The chair can revoke a
// proxy.
ListView {
    id: list
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected
    property bool canRevokeProxies: client !== null && client.role === MeetingClient.Chair
    readonly property alias dialog: attendanceDialog

    // A named vote's choices in the page's language: the standard options (Agree, Disagree,
    // Abstain) translated, the others as the meeting wrote them. The list shows the same
    // ballot as floor.ballot (FloorReplica::shownBallot).
    function choiceWords(indices) {
        const options = list.floor.ballot.options
        return Array.from(indices).map(i => Texts.optionText(options.kindAt(i), options.labelAt(i))).join(", ")
    }

    objectName: "attendanceView"
    clip: true
    spacing: 4
    model: floor ? floor.attendance : null
    ScrollBar.vertical: ScrollBar { }

    delegate: Rectangle {
        id: member
        required property string participantId
        required property string name
        required property bool voting
        required property int attendance
        required property string absenceReason
        required property bool attending
        required property int checkInMethod
        required property date checkInTime
        required property string proxyHolderId
        required property string proxyHolderName
        required property bool hasVoted
        required property var choiceIndices // QList<int>: a named vote's options, by index
        readonly property bool choiceShown: hasVoted && choiceIndices.length > 0 && list.floor !== null
                                            && list.floor.ballot.phase === BallotView.Open
        objectName: "attendance_" + participantId
        visible: voting
        width: ListView.view.width
        height: voting ? Theme.touch : 0
        radius: 8
        color: attending ? Theme.surface : Theme.background
        border.color: Theme.border
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 4
            spacing: 6
            Rectangle {
                width: 12; height: 12; radius: 6
                color: member.attending ? Theme.ok : Theme.absent
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: member.name
                    elide: Text.ElideRight
                    font.pixelSize: 17
                    font.bold: true
                    color: member.attending ? Theme.text : Theme.textMuted
                }
                Text {
                    objectName: "attendanceDetail"
                    Layout.fillWidth: true
                    // In an open named vote, what the member chose: on its own line, where it is
                    // read whole (beside the name it cut both short).
                    text: member.choiceShown ? list.choiceWords(member.choiceIndices)
                          : member.proxyHolderName.length > 0 ? "→ " + member.proxyHolderName
                          : member.attendance === AttendanceModel.Absent && member.absenceReason.length > 0
                            ? qsTr("Absent: %1").arg(member.absenceReason)
                          : member.attending && !isNaN(member.checkInTime.getTime())
                            ? qsTr("%1 · %2, %3").arg(Texts.presenceWord(member.attendance))
                                  .arg(Qt.formatTime(member.checkInTime, "HH:mm"))
                                  .arg(Texts.checkInMethodText(member.checkInMethod))
                          : Texts.attendanceText(member.attendance)
                    elide: Text.ElideRight
                    font.pixelSize: 14
                    font.bold: member.choiceShown
                    color: member.choiceShown ? Theme.ok
                         : member.proxyHolderName.length > 0 ? Theme.primary : Theme.textMuted
                }
            }
            Text {
                objectName: "votedMark"
                visible: list.floor !== null && list.floor.ballot.phase === BallotView.Open
                // Readable across the table: at least 20 px, a tick or an empty circle.
                text: member.hasVoted ? "✓" : "○"
                font.pixelSize: 20
                font.bold: member.hasVoted
                color: member.hasVoted ? Theme.ok : Theme.absent
            }
            BigButton {
                objectName: "revokeProxyButton"
                visible: list.canRevokeProxies && member.proxyHolderId.length > 0
                implicitHeight: 48
                leftPadding: 8
                rightPadding: 8
                primary: false
                tone: Theme.bad
                enabled: list.online
                font.pixelSize: 14
                text: qsTr("Revoke")
                Accessible.name: qsTr("Revoke the proxy of %1").arg(member.name)
                onClicked: list.floor.revokeProxy(member.participantId)
            }
            BigButton {
                objectName: "attendanceButton"
                implicitHeight: 48
                implicitWidth: 48
                leftPadding: 0
                rightPadding: 0
                primary: false
                enabled: list.online
                text: "…"
                Accessible.name: qsTr("Attendance of %1").arg(member.name)
                onClicked: attendanceDialog.show(member.participantId, member.name, member.attendance, member.absenceReason)
            }
        }
    }

    // The secretary's dialog: where is this member?
    Popup {
        id: attendanceDialog
        objectName: "attendanceDialog"
        property string participantId
        property string name
        property string reason // what the reason field shows and sends
        parent: list.Window.contentItem
        anchors.centerIn: parent
        width: 460
        modal: true
        focus: true
        padding: 20
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

        function show(id, name, state, reason) {
            participantId = id
            attendanceDialog.name = name
            attendanceDialog.reason = state === AttendanceModel.Absent ? reason : ""
            open()
        }
        function set(state) {
            list.floor.setAttendance(participantId, state, state === AttendanceModel.Absent ? attendanceDialog.reason.trim() : "")
            close()
        }

        contentItem: ColumnLayout {
            spacing: 12
            Text {
                Layout.fillWidth: true
                text: attendanceDialog.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BigButton {
                    objectName: "markInRoomButton"
                    Layout.fillWidth: true
                    primary: false
                    tone: Theme.ok
                    text: qsTr("In the room")
                    onClicked: attendanceDialog.set(AttendanceModel.InRoom)
                }
                BigButton {
                    objectName: "markOnlineButton"
                    Layout.fillWidth: true
                    primary: false
                    tone: Theme.ok
                    text: qsTr("Online")
                    onClicked: attendanceDialog.set(AttendanceModel.Online)
                }
            }
            TextField {
                objectName: "absenceReasonInput"
                text: attendanceDialog.reason
                onTextChanged: attendanceDialog.reason = text
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Reason for absence")
                font.pixelSize: Theme.fontBody
                maximumLength: 500
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BigButton {
                    objectName: "attendanceDialogCancel"
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: attendanceDialog.close()
                }
                BigButton {
                    objectName: "markAbsentButton"
                    Layout.fillWidth: true
                    tone: Theme.bad
                    text: qsTr("Mark absent")
                    onClicked: attendanceDialog.set(AttendanceModel.Absent)
                }
            }
        }
    }
}
