pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The chair's console: attendance and quorum (left), the floor with its timer and queue
// (middle), the vote (right). Everything a chair does during a debate, on one screen.
RowLayout {
    id: deck
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected

    objectName: "chairConsole"
    spacing: Theme.spacing

    // Attendance and quorum.
    Rectangle {
        Layout.fillHeight: true
        Layout.preferredWidth: 300
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            spacing: 10
            Text {
                text: qsTr("Attendance")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            QuorumBadge {
                id: quorumBadge
                Layout.fillWidth: true
                floor: deck.floor
            }
            Text {
                objectName: "quorumRule"
                Layout.fillWidth: true
                text: quorumBadge.ruleText
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                color: Theme.textMuted
            }
            AttendanceList {
                id: attendanceView
                Layout.fillWidth: true
                Layout.fillHeight: true
                client: deck.client
            }
        }
    }

    // The floor.
    Rectangle {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: 420
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            spacing: 10
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Speakers")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                BigButton {
                    objectName: "queueOpenButton"
                    implicitHeight: 48
                    primary: false
                    tone: deck.floor && deck.floor.queueOpen ? Theme.bad : Theme.ok
                    enabled: deck.online
                    font.pixelSize: Theme.fontSmall
                    text: deck.floor && deck.floor.queueOpen ? qsTr("Close the list") : qsTr("Reopen the list")
                    onClicked: deck.floor.setQueueOpen(!deck.floor.queueOpen)
                }
            }
            SpeechTimer {
                Layout.fillWidth: true
                floor: deck.floor
            }
            BigButton {
                objectName: "nextSpeakerButton"
                Layout.fillWidth: true
                enabled: deck.online && deck.floor !== null && deck.floor.speakers.count > 0
                text: qsTr("Next speaker")
                onClicked: deck.floor.nextSpeaker()
            }
            // The running speech.
            RowLayout {
                Layout.fillWidth: true
                visible: deck.floor !== null && deck.floor.speechActive
                spacing: 8
                BigButton {
                    objectName: "pauseButton"
                    Layout.fillWidth: true
                    enabled: deck.online
                    primary: false
                    text: deck.floor && deck.floor.speechPaused ? qsTr("Resume") : qsTr("Pause")
                    onClicked: deck.floor.speechPaused ? deck.floor.resumeSpeech() : deck.floor.pauseSpeech()
                }
                BigButton {
                    objectName: "extendSpeechButton"
                    Layout.fillWidth: true
                    primary: false
                    enabled: deck.online
                    text: qsTr("+1′ now")
                    Accessible.name: qsTr("One minute more for this speech")
                    onClicked: deck.floor.setSpeakingTime(deck.floor.speechAllottedSeconds + 60, true)
                }
                BigButton {
                    objectName: "endSpeechButton"
                    Layout.fillWidth: true
                    enabled: deck.online
                    primary: false
                    tone: Theme.bad
                    text: qsTr("End")
                    onClicked: deck.floor.endSpeech()
                }
            }
            // The time for the next speeches.
            RowLayout {
                objectName: "speakingTime"
                Layout.fillWidth: true
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: deck.floor && deck.floor.speakingSeconds > 0
                          ? qsTr("Speaking time: %1 min").arg(Math.round(deck.floor.speakingSeconds / 6) / 10)
                          : qsTr("Speaking time: no limit")
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    color: Theme.text
                }
                BigButton {
                    objectName: "lessTimeButton"
                    implicitHeight: 48
                    primary: false
                    enabled: deck.online && deck.floor !== null && deck.floor.speakingSeconds >= 60
                    text: "−1′"
                    Accessible.name: qsTr("One minute less")
                    onClicked: deck.floor.setSpeakingTime(deck.floor.speakingSeconds - 60, false)
                }
                BigButton {
                    objectName: "moreTimeButton"
                    implicitHeight: 48
                    primary: false
                    enabled: deck.online
                    text: "+1′"
                    Accessible.name: qsTr("One minute more")
                    onClicked: deck.floor.setSpeakingTime(deck.floor.speakingSeconds + 60, false)
                }
            }
            ListView {
                id: queueView
                objectName: "queueView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: deck.floor ? deck.floor.speakers : null
                ScrollBar.vertical: ScrollBar { }
                Text {
                    anchors.centerIn: parent
                    visible: queueView.count === 0
                    text: qsTr("Nobody is waiting to speak")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                delegate: Rectangle {
                    id: speaker
                    required property string participantId
                    required property string name
                    required property bool pointOfOrder
                    required property int position
                    // What a registration to speak said (FormsDesk, docs/forms.md).
                    required property string topic
                    required property int wantedMinutes
                    objectName: "queue_" + participantId
                    width: ListView.view.width
                    height: Theme.touch + 4
                    radius: 8
                    color: pointOfOrder ? "#fff1dc" : Theme.background
                    border.color: pointOfOrder ? Theme.warn : Theme.border
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 12
                        anchors.rightMargin: 4
                        spacing: 6
                        Text {
                            text: (speaker.position + 1) + "."
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.primary
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: speaker.name
                                elide: Text.ElideRight
                                font.pixelSize: 18
                                font.bold: true
                                color: Theme.text
                            }
                            Text {
                                visible: speaker.pointOfOrder
                                text: qsTr("Point of order")
                                font.pixelSize: 14
                                color: Theme.warn
                            }
                            Text {
                                objectName: "speakerTopic"
                                Layout.fillWidth: true
                                visible: speaker.topic.length > 0 || speaker.wantedMinutes > 0
                                // The minutes first: a long topic is cut at the end, not them.
                                text: (speaker.wantedMinutes > 0 ? qsTr("%n min wanted", "", speaker.wantedMinutes) : "")
                                      + (speaker.topic.length > 0 && speaker.wantedMinutes > 0 ? " · " : "") + speaker.topic
                                elide: Text.ElideRight
                                font.pixelSize: 14
                                color: Theme.textMuted
                            }
                        }
                        BigButton {
                            objectName: "giveFloorButton"
                            implicitHeight: 48
                            leftPadding: 10
                            rightPadding: 10
                            enabled: deck.online
                            font.pixelSize: Theme.fontSmall
                            text: qsTr("Give floor")
                            onClicked: deck.floor.giveFloor(speaker.participantId)
                        }
                        BigButton {
                            objectName: "moveUpButton"
                            implicitHeight: 48
                            implicitWidth: 48
                            leftPadding: 0
                            rightPadding: 0
                            primary: false
                            enabled: deck.online && speaker.position > 0
                            text: "↑"
                            Accessible.name: qsTr("Move up")
                            onClicked: deck.floor.moveSpeaker(speaker.participantId, speaker.position - 1)
                        }
                        BigButton {
                            objectName: "removeSpeakerButton"
                            implicitHeight: 48
                            implicitWidth: 48
                            leftPadding: 0
                            rightPadding: 0
                            primary: false
                            tone: Theme.bad
                            enabled: deck.online
                            text: "✕"
                            Accessible.name: qsTr("Remove from the list")
                            onClicked: deck.floor.removeSpeaker(speaker.participantId)
                        }
                    }
                }
            }
        }
    }

    BallotWizard {
        Layout.fillHeight: true
        Layout.preferredWidth: 400
        client: deck.client
    }
}
