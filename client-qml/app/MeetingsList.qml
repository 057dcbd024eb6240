pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The server's meetings on the organiser's desk: upcoming, running, closed and archived, each
// with its date, place and how many participants and items; one tap opens it. "New meeting"
// creates a draft with a title (its id, which links and join cards carry, is suggested).
Item {
    id: list
    required property OrganiserDesk desk

    function groupText(group) {
        switch (group) {
        case DeskMeetingsModel.Upcoming: return qsTr("Upcoming")
        case DeskMeetingsModel.Running: return qsTr("Running")
        case DeskMeetingsModel.Closed: return qsTr("Closed")
        case DeskMeetingsModel.Archived: return qsTr("Archived")
        }
        return ""
    }
    /** Organisation · date and time · place, each when given. */
    function lineText(organisation, ms, place) {
        let line = organisation
        for (const part of [whenText(ms), place]) {
            if (part.length > 0)
                line = line.length > 0 ? line + " · " + part : part
        }
        return line
    }
    function whenText(ms) {
        return ms > 0 ? list.desk.dateText(ms) + " " + list.desk.timeText(ms) : qsTr("no date yet")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Meetings on this server")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            BigButton {
                objectName: "refreshMeetings"
                primary: false
                text: qsTr("Refresh")
                enabled: !list.desk.busy
                onClicked: list.desk.showList()
            }
            BigButton {
                objectName: "newMeeting"
                text: qsTr("New meeting")
                enabled: !list.desk.busy
                onClicked: {
                    idField.text = list.desk.suggestMeetingId()
                    titleField.clear()
                    newDialog.open()
                    titleField.forceActiveFocus()
                }
            }
        }

        Text {
            objectName: "meetingsError"
            Layout.fillWidth: true
            visible: list.desk.errorCode !== 0
            text: Texts.deskErrorText(list.desk)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.bad
        }

        Text {
            objectName: "noMeetings"
            Layout.fillWidth: true
            visible: meetingsView.count === 0 && list.desk.state === OrganiserDesk.List
            text: qsTr("No meeting on this server yet. Create the first one with \"New meeting\".")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        ListView {
            id: meetingsView
            objectName: "meetingsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: list.desk.meetings
            delegate: Column {
                id: row
                required property string meetingId
                required property string title
                required property string organisation
                required property string place
                required property double scheduledStart
                required property int phase
                required property int participants
                required property int agendaItems
                required property int group
                required property bool firstOfGroup
                objectName: "meetingRow-" + meetingId
                width: ListView.view ? ListView.view.width : 0
                spacing: 4

                // The group's heading above its first meeting.
                Text {
                    objectName: "groupHeading"
                    visible: row.firstOfGroup
                    topPadding: 8
                    bottomPadding: 4
                    text: list.groupText(row.group)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.primary
                }
                Rectangle {
                    width: row.width
                    height: Math.max(Theme.bigTouch, rowLayout.implicitHeight + 20)
                    radius: Theme.radius
                    color: tap.pressed ? Theme.pressed : Theme.surface
                    border.color: Theme.border

                    TapHandler {
                        id: tap
                        onTapped: list.desk.openMeeting(row.meetingId)
                    }
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: 10
                        anchors.leftMargin: 16
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                objectName: "meetingTitle"
                                Layout.fillWidth: true
                                text: row.title.length > 0 ? row.title : qsTr("(no title yet)")
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: list.lineText(row.organisation, row.scheduledStart, row.place)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2 participants · %3 agenda items").arg(row.meetingId)
                                      .arg(row.participants).arg(row.agendaItems)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                        }
                        Rectangle {
                            objectName: "meetingPhase"
                            Layout.alignment: Qt.AlignVCenter
                            implicitWidth: phaseText.implicitWidth + 24
                            implicitHeight: phaseText.implicitHeight + 12
                            radius: height / 2
                            color: row.phase === 3 ? Theme.ok : row.phase === 1 ? Theme.absent
                                 : row.phase === 2 ? Theme.primary : Theme.textMuted
                            Text {
                                id: phaseText
                                anchors.centerIn: parent
                                text: Texts.meetingPhaseText(row.phase)
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: Theme.primaryText
                            }
                        }
                    }
                }
            }
        }
    }

    DialogFrame {
        id: newDialog
        objectName: "newMeetingDialog"

        // The popup's only child (not its deferred contentItem, where ids are refused by
        // qmllint): the popup takes its implicit size.
        ColumnLayout {
            anchors.fill: parent
            spacing: 10
            Text {
                Layout.fillWidth: true
                text: qsTr("New meeting")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Text { text: qsTr("Title"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: titleField
                objectName: "newMeetingTitle"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("e.g. Youth Union executive committee, 5th session")
            }
            Text {
                text: qsTr("Meeting id (in links and on join cards)")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.topMargin: 6
            }
            TextField {
                id: idField
                objectName: "newMeetingId"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
            }
            Text {
                Layout.fillWidth: true
                visible: idField.text.length > 0 && !list.desk.isMeetingId(idField.text)
                text: qsTr("Letters a-z, digits, '-', '_' and '.', at most 64.")
                font.pixelSize: Theme.fontSmall
                color: Theme.bad
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 10
                spacing: Theme.spacing
                BigButton {
                    Layout.fillWidth: true
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: newDialog.close()
                }
                BigButton {
                    objectName: "createMeeting"
                    Layout.fillWidth: true
                    text: qsTr("Create the draft")
                    enabled: titleField.text.trim().length > 0 && list.desk.isMeetingId(idField.text)
                    onClicked: {
                        newDialog.close()
                        list.desk.createMeeting(idField.text, titleField.text)
                    }
                }
            }
        }
    }
}
