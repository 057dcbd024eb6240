pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// The result of a closed ballot: the outcome in words and one bar per option.
ColumnLayout {
    id: chart
    property BallotView ballot
    property real size: 1.0
    readonly property string outcome: !ballot || !ballot.hasResult ? ""
        : ballot.flagged ? qsTr("Result withheld: the ballots do not match the voters")
        : ballot.tie ? qsTr("Tie — a new vote decides")
        : ballot.kind === BallotView.YesNoAbstain ? (ballot.passed ? qsTr("Adopted") : qsTr("Not adopted"))
        : ballot.passed ? qsTr("Decided") : qsTr("Not decided")

    objectName: "resultChart"
    spacing: 10 * size

    Text {
        objectName: "resultOutcome"
        Layout.fillWidth: true
        text: chart.outcome
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontTitle * chart.size
        font.bold: true
        color: !chart.ballot ? Theme.text
             : chart.ballot.flagged || chart.ballot.tie ? Theme.warn
             : chart.ballot.passed ? Theme.ok : Theme.bad
    }
    Repeater {
        model: chart.ballot && !chart.ballot.flagged ? chart.ballot.options : null
        delegate: ColumnLayout {
            id: bar
            required property int optionIndex
            required property string label
            required property int kind
            required property real votes
            required property bool elected
            Layout.fillWidth: true
            spacing: 2 * chart.size
            objectName: "resultBar_" + optionIndex
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: Texts.optionText(bar.kind, bar.label)
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody * chart.size
                    font.bold: bar.elected
                    color: Theme.text
                }
                Text {
                    objectName: "resultVotes"
                    text: bar.votes
                    font.pixelSize: Theme.fontBody * chart.size
                    font.bold: true
                    color: Theme.text
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 28 * chart.size
                radius: 6
                color: Theme.background
                border.color: Theme.border
                Rectangle {
                    anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                    width: chart.ballot.options.maxVotes > 0 ? parent.width * bar.votes / chart.ballot.options.maxVotes : 0
                    radius: 6
                    color: bar.elected ? Theme.ok : bar.optionIndex === 1 && chart.ballot.kind === BallotView.YesNoAbstain ? Theme.bad
                         : Theme.primary
                }
            }
        }
    }
    Text {
        objectName: "resultTurnout"
        Layout.fillWidth: true
        visible: chart.ballot !== null && chart.ballot.hasResult
        text: chart.ballot ? qsTr("%1 of %2 voted").arg(chart.ballot.votedCount).arg(chart.ballot.eligible) : ""
        font.pixelSize: Theme.fontSmall * chart.size
        color: Theme.textMuted
    }
}
