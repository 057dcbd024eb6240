pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// The result of a closed ballot: the outcome in words (the minutes' own, RuleWords) and one
// bar per option; invalid papers apart; a tie as the rule leaves it: sent to a new vote, or
// awaiting its tie-break (TiePanel), or broken and by what.
ColumnLayout {
    id: chart
    property BallotView ballot
    property real size: 1.0
    readonly property bool waiting: ballot !== null && ballot.outcome === BallotView.TiePending
    readonly property string outcome: !ballot || !ballot.hasResult ? ""
        : ballot.flagged ? qsTr("Result withheld: the ballots do not match the voters")
        : ballot.outcome !== BallotView.OutcomeUnspecified ? ballot.outcomeWords + (Language.current, "")
        // An older server without an outcome: its tie was always a re-vote.
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
             : chart.ballot.flagged || chart.waiting || chart.ballot.outcome === BallotView.TieRevote
               || (chart.ballot.outcome === BallotView.OutcomeUnspecified && chart.ballot.tie) ? Theme.warn
             : chart.ballot.passed ? Theme.ok : Theme.bad
    }
    // Who breaks a tie that waits, or how one was broken, and the record's note.
    Text {
        objectName: "resultTieBreak"
        Layout.fillWidth: true
        visible: text.length > 0
        text: !chart.ballot || !chart.ballot.hasResult ? ""
            : chart.waiting ? chart.ballot.tieBreakWords(chart.ballot.tieBreak, Language.current)
            : chart.ballot.tieBrokenBy !== 0
              ? qsTr("Tie broken: %1").arg(chart.ballot.tieBreakWords(chart.ballot.tieBrokenBy, Language.current))
                + (chart.ballot.tieNote.length > 0 ? " — " + chart.ballot.tieNote : "")
            : ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody * chart.size
        color: chart.waiting ? Theme.warn : Theme.textMuted
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
            // An election's place by votes, as the server ranked it (cumulative voting fills
            // the seats from the most votes: Luật Doanh nghiệp 2020, Điều 148 khoản 3).
            readonly property int rank: chart.ballot.hasResult && chart.ballot.kind === BallotView.Election
                                        ? chart.ballot.rankOf(bar.optionIndex) : 0
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "resultRank_" + bar.optionIndex
                    visible: bar.rank > 0
                    text: bar.rank + "."
                    font.pixelSize: Theme.fontBody * chart.size
                    font.bold: true
                    color: Theme.textMuted
                }
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
                    text: Texts.count(bar.votes)
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
        wrapMode: Text.WordWrap
        visible: chart.ballot !== null && chart.ballot.hasResult
        text: !chart.ballot ? ""
            : qsTr("%1 of %2 voted").arg(Texts.count(chart.ballot.votedCount)).arg(Texts.count(chart.ballot.eligible))
              + (chart.ballot.invalid > 0 ? " · " + qsTr("%1 invalid papers, counted apart").arg(Texts.count(chart.ballot.invalid)) : "")
        font.pixelSize: Theme.fontSmall * chart.size
        color: Theme.textMuted
    }
}
