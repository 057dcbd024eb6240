pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// A board election by cumulative voting (Luật Doanh nghiệp 2020, Điều 148 khoản 3): the voter
// holds weight × seats votes and gives them to the candidates marked, all on one or split. The
// votes left stay in sight above the list; a touch on a name's votes opens the number pad
// beside the list (under it where the panel is narrow), with "All here" and "+ the N left";
// "Split evenly" shares the votes among the names marked. The rules and the arithmetic are
// VoteFlow's (tst_voteflow); this is the view.
ColumnLayout {
    id: paper
    property VoteFlow vote
    // The list's height: the panel gives what its window leaves (a long list scrolls).
    property real listHeight: 360
    property bool compact: false
    // The number pad beside the list where the panel is wide enough (a delegate's 1280×800
    // window), else under it (the chair's narrow console, which scrolls).
    readonly property bool sideBySide: width >= 640

    function votes(n: real): string {
        return Texts.count(n)
    }
    // The voter's weight (shares; heads where the rule is not weighted), proxies held included.
    readonly property string heldText: !vote ? ""
        : qsTr("You hold %1 × %2 seats = %3 votes").arg(votes(vote.votingWeight)).arg(vote.seats).arg(votes(vote.totalVotes))
    readonly property string leftText: !vote ? ""
        : qsTr("%1 left of %2 votes").arg(votes(vote.remainingVotes)).arg(votes(vote.totalVotes))
    // What the paper is, as marked: what to do next, or why it will be invalid.
    readonly property string stateText: !vote ? ""
        : vote.paper === VoteFlow.Invalid ? qsTr("%1 votes too many: this paper will be invalid").arg(votes(vote.overVotes))
        : vote.paper === VoteFlow.Refused ? qsTr("Give your votes to at least one candidate")
        : vote.remainingVotes > 0 ? qsTr("This paper is valid; %1 votes not given yet").arg(votes(vote.remainingVotes))
        : qsTr("This paper is valid: every vote given")
    readonly property bool valid: vote !== null && vote.paper === VoteFlow.Valid

    objectName: "cumulativePaper"
    spacing: 6

    Rectangle {
        objectName: "cumulativeCount"
        Layout.fillWidth: true
        implicitHeight: countColumn.implicitHeight + 16
        radius: Theme.radius
        color: paper.valid ? "#e3f4e8" : Theme.badSurface
        border.color: paper.valid ? Theme.ok : Theme.bad
        border.width: 2
        ColumnLayout {
            id: countColumn
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
            spacing: 2
            // The votes left, and beside them (under them in a narrow console) what is held.
            GridLayout {
                Layout.fillWidth: true
                columns: paper.sideBySide ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: 2
                Text {
                    objectName: "cumulativeLeftText"
                    text: paper.leftText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: !paper.sideBySide
                    font.pixelSize: paper.compact ? Theme.fontBody : Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    objectName: "cumulativeHeldText"
                    Layout.fillWidth: true
                    horizontalAlignment: paper.sideBySide ? Text.AlignRight : Text.AlignLeft
                    text: paper.heldText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
            Text {
                objectName: "cumulativeStateText"
                Layout.fillWidth: true
                text: paper.stateText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                font.bold: !paper.valid
                color: paper.valid ? Theme.ok : Theme.bad
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: paper.sideBySide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 6

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 6
            BigButton {
                objectName: "splitEvenlyButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch - 8
                primary: false
                enabled: paper.vote !== null && paper.vote.picks.length > 0
                text: paper.vote && paper.vote.picks.length > 0
                      ? qsTr("Split evenly over the %1 names marked").arg(paper.vote.picks.length)
                      : qsTr("Mark names to split the votes evenly")
                onClicked: paper.vote.splitEvenly()
            }
            ListView {
                id: list
                objectName: "cumulativeList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(paper.listHeight, contentHeight)
                Layout.minimumHeight: Math.min(contentHeight, 3 * Theme.touch)
                clip: true
                spacing: 2
                boundsBehavior: Flickable.StopAtBounds
                model: StrikeOutModel { flow: paper.vote }
                ScrollBar.vertical: ScrollBar {
                    policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    implicitWidth: 14
                }
                delegate: Rectangle {
                    id: row
                    required property int optionIndex
                    required property string label
                    required property bool kept
                    required property int number
                    required property real amount
                    readonly property bool editing: paper.vote.editing === optionIndex
                    objectName: "cumulativeRow_" + optionIndex
                    width: ListView.view.width - 18
                    // Its buttons are 48 px touch targets; the row 52 so that four names, the
                    // pad and Continue fit a 1280×800 window with a proxy's line above.
                    height: Theme.touch - 4
                    color: row.editing ? Theme.pressed : row.kept ? Theme.surface : Theme.background
                    border.color: row.editing ? Theme.primary : Theme.border
                    border.width: row.editing ? 2 : 1
                    radius: 6

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 4
                        spacing: 8
                        // Marked or not: a marked name takes part in "Split evenly".
                        BigButton {
                            objectName: "cumulativeMark_" + row.optionIndex
                            Layout.preferredHeight: Theme.touch - 8
                            Layout.preferredWidth: Theme.touch
                            primary: row.kept
                            text: row.kept ? "✓" : ""
                            Accessible.name: row.kept ? qsTr("Unmark %1").arg(row.label) : qsTr("Mark %1").arg(row.label)
                            onClicked: paper.vote.pick(row.optionIndex)
                        }
                        Text {
                            objectName: "cumulativeName"
                            Layout.fillWidth: true
                            text: row.number + ". " + row.label
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.bold: row.kept
                            color: row.kept ? Theme.text : Theme.textMuted
                        }
                        // The name's votes: a touch opens the number pad on them.
                        BigButton {
                            objectName: "cumulativeAmount_" + row.optionIndex
                            Layout.preferredHeight: Theme.touch - 8
                            Layout.preferredWidth: 140
                            primary: row.editing
                            text: paper.votes(row.amount)
                            Accessible.name: qsTr("Votes for %1").arg(row.label)
                            onClicked: paper.vote.edit(row.optionIndex)
                        }
                    }
                }
            }
        }

        // The number pad, on the name being edited: digits, ⌫, Clear, all here, the rest.
        ColumnLayout {
            objectName: "cumulativePad"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 300
            Layout.fillWidth: !paper.sideBySide
            visible: paper.sideBySide || (paper.vote !== null && paper.vote.editing >= 0)
            spacing: 6
            readonly property bool active: paper.vote !== null && paper.vote.editing >= 0
            Text {
                objectName: "cumulativeEditing"
                Layout.fillWidth: true
                // Beside the list the name being edited is the row drawn selected.
                visible: !paper.sideBySide
                text: paper.vote && paper.vote.editing >= 0
                      ? qsTr("Votes for %1").arg(paper.vote.ballot.options.labelAt(paper.vote.editing))
                      : qsTr("Touch a name's votes to type them")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                rowSpacing: 6
                columnSpacing: 6
                Repeater {
                    // -1 takes the last digit away, -2 clears (VoteFlow::typeKey).
                    model: [1, 2, 3, 4, 5, 6, 7, 8, 9, -2, 0, -1]
                    delegate: BigButton {
                        required property int modelData
                        objectName: "cumulativeKey" + (modelData === -1 ? "Backspace" : modelData === -2 ? "Clear" : modelData)
                        Layout.fillWidth: true
                        // As the rows' buttons: 48 px, a touch target still (Theme.touch's
                        // note), so the pad and "Continue" fit a 1280×800 window.
                        Layout.preferredHeight: Theme.touch - 8
                        primary: false
                        enabled: paper.vote !== null && paper.vote.editing >= 0
                        tone: modelData < 0 ? Theme.textMuted : Theme.primary
                        font.pixelSize: modelData === -2 ? Theme.fontSmall : Theme.fontLarge
                        text: modelData === -1 ? "⌫" : modelData === -2 ? qsTr("Clear") : String(modelData)
                        Accessible.name: modelData === -1 ? qsTr("Delete last digit") : text
                        onClicked: paper.vote.typeKey(modelData)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                BigButton {
                    objectName: "cumulativeAllHere"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch - 8
                    primary: false
                    enabled: paper.vote !== null && paper.vote.editing >= 0
                    text: qsTr("All here")
                    onClicked: paper.vote.allOnOne(paper.vote.editing)
                }
                BigButton {
                    objectName: "giveRestButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch - 8
                    primary: false
                    enabled: paper.vote !== null && paper.vote.editing >= 0 && paper.vote.remainingVotes > 0
                    text: qsTr("+ the %1 left").arg(paper.vote ? paper.votes(paper.vote.remainingVotes) : "")
                    onClicked: paper.vote.giveRest(paper.vote.editing)
                }
            }
        }
    }
}
