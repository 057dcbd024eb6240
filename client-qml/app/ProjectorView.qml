import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// The room's big screen: the current agenda item, who speaks and the time left, the open
// vote's progress, then its result. Read-only, readable from the back of the room.
Rectangle {
    id: view
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property BallotView ballot: floor ? floor.ballot : null
    readonly property bool showBallot: ballot !== null && (ballot.phase === BallotView.Open || ballot.phase === BallotView.Closed)

    objectName: "projectorView"
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 20

        RowLayout {
            Layout.fillWidth: true
            spacing: 20
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Text {
                    text: view.client && view.client.currentItemIndex >= 0
                          ? qsTr("Item %1/%2").arg(view.client.currentItemIndex + 1).arg(view.client.agenda.count)
                          : qsTr("Not started")
                    font.pixelSize: Theme.fontLarge
                    color: Theme.currentAccent
                    font.bold: true
                }
                Text {
                    objectName: "projectorItem"
                    Layout.fillWidth: true
                    text: view.client ? view.client.currentItemTitle : ""
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: 30
                    font.bold: true
                    color: Theme.text
                }
            }
            QuorumBadge {
                floor: view.floor
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 24
            SpeechTimer {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: view.showBallot ? 1 : 2
                floor: view.floor
                size: 1.6
            }
            Rectangle {
                objectName: "projectorBallot"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1.4
                visible: view.showBallot
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 8
                    Text {
                        text: view.ballot && view.ballot.phase === BallotView.Closed ? qsTr("Result of the vote") : qsTr("Voting is open")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: view.ballot && view.ballot.phase === BallotView.Open ? Theme.ok : Theme.textMuted
                    }
                    Text {
                        Layout.fillWidth: true
                        text: view.ballot ? view.ballot.question : ""
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.pixelSize: 24
                        font.bold: true
                        color: Theme.text
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: view.ballot !== null && view.ballot.phase === BallotView.Open
                        Text {
                            objectName: "projectorProgress"
                            text: view.ballot ? qsTr("%1/%2 voted").arg(Texts.count(view.ballot.votedCount)).arg(Texts.count(view.ballot.eligible)) : ""
                            font.pixelSize: 56
                            font.bold: true
                            color: Theme.primary
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: 24
                            radius: 12
                            color: Theme.background
                            Rectangle {
                                width: view.ballot && view.ballot.eligible > 0 ? parent.width * Math.min(1, view.ballot.votedCount / view.ballot.eligible) : 0
                                height: parent.height
                                radius: 12
                                color: Theme.primary
                            }
                        }
                    }
                    ResultChart {
                        Layout.fillWidth: true
                        visible: view.ballot !== null && view.ballot.phase === BallotView.Closed
                        ballot: view.ballot
                        size: 0.9
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
}
