import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// A delegate's ballot: the question, one large button per option, a confirmation step, then
// "Phiếu của bạn đã được ghi nhận" (a secret ballot shows only that). One action votes for the
// delegate and for every proxy held. A ballot with several choices (custom options, an
// election) lets the voter mark up to maxChoices options, then confirm them together. A closed
// ballot shows its result.
Rectangle {
    id: panel
    property MeetingClient client
    readonly property BallotView ballot: client ? client.floor.ballot : null
    property int chosen: -1          // the option waiting for confirmation (one choice)
    property var picks: []           // the options marked (several choices)
    property bool confirming: false  // several choices: the marks wait for confirmation
    readonly property bool multi: ballot !== null && ballot.maxChoices > 1
    readonly property var choiceList: multi ? picks : (chosen >= 0 ? [chosen] : [])
    readonly property bool atConfirm: multi ? confirming : chosen >= 0
    property string pendingCommand   // the vote sent, until acknowledged or refused
    property var recordedChoice: []  // the options the last acknowledged vote chose (named ballots)
    property string errorText
    // In the chair's console: no title, question or result (the console shows them), smaller.
    property bool compact: false

    objectName: "votePanel"
    visible: ballot !== null && (ballot.phase === BallotView.Open || ballot.phase === BallotView.Closed)
    implicitHeight: layout.implicitHeight + (compact ? 16 : 40)
    radius: Theme.radius
    color: Theme.surface
    border.color: ballot && ballot.phase === BallotView.Open ? Theme.primary : Theme.border
    border.width: 2

    function labelsOf(indices) {
        return indices.map(i => Texts.optionText(ballot.options.kindAt(i), ballot.options.labelAt(i))).join(", ")
    }
    function chosenLabels() {
        return labelsOf(choiceList)
    }
    function resetChoice() {
        chosen = -1
        picks = []
        confirming = false
    }
    function togglePick(index) {
        const at = picks.indexOf(index)
        const next = picks.slice()
        if (at >= 0)
            next.splice(at, 1)
        else if (next.length < ballot.maxChoices)
            next.push(index)
        next.sort((a, b) => a - b)
        picks = next
    }

    // A new ballot starts clean.
    Connections {
        target: panel.ballot
        property string lastId
        function onChanged() {
            if (panel.ballot.ballotId !== lastId) {
                lastId = panel.ballot.ballotId
                panel.resetChoice()
                panel.pendingCommand = ""
                panel.recordedChoice = []
                panel.errorText = ""
            }
        }
    }
    Connections {
        target: panel.client
        function onCommandAcknowledged(commandId, seq) {
            if (commandId === panel.pendingCommand) {
                panel.recordedChoice = panel.choiceList.slice()
                panel.pendingCommand = ""
                panel.resetChoice()
            }
        }
        function onCommandFailed(commandId, code, detail, reason) {
            if (commandId === panel.pendingCommand) {
                panel.pendingCommand = ""
                panel.resetChoice()
                panel.errorText = Texts.refusalText(reason, code)
            }
        }
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: panel.compact ? 8 : 20
        spacing: panel.compact ? 6 : 14

        RowLayout {
            Layout.fillWidth: true
            visible: !panel.compact
            Text {
                Layout.fillWidth: true
                text: panel.ballot && panel.ballot.phase === BallotView.Closed ? qsTr("Result of the vote") : qsTr("Vote")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Rectangle {
                implicitWidth: kindLabel.implicitWidth + 24
                implicitHeight: 36
                radius: 18
                color: panel.ballot && panel.ballot.secret ? Theme.text : Theme.background
                Text {
                    id: kindLabel
                    objectName: "ballotKind"
                    anchors.centerIn: parent
                    text: panel.ballot && panel.ballot.secret ? qsTr("Secret ballot") : qsTr("Named vote")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: panel.ballot && panel.ballot.secret ? Theme.primaryText : Theme.text
                }
            }
        }
        Text {
            objectName: "ballotQuestion"
            Layout.fillWidth: true
            visible: !panel.compact
            text: panel.ballot ? panel.ballot.question : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }

        // Step 1: choose.
        Text {
            objectName: "votingFor"
            Layout.fillWidth: true
            visible: panel.ballot !== null && panel.ballot.canVote && panel.ballot.pendingVoterIds.length > 1 && !panel.atConfirm
            text: panel.ballot ? qsTr("Your vote counts for: %1").arg(panel.ballot.pendingVoterNames.join(", ")) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }
        Text {
            objectName: "choiceHint"
            Layout.fillWidth: true
            visible: panel.multi && panel.ballot.canVote && !panel.atConfirm && panel.pendingCommand === ""
            text: panel.multi ? qsTr("Choose up to %1 (%2 chosen)").arg(panel.ballot.maxChoices).arg(panel.picks.length) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        GridLayout {
            objectName: "voteOptions"
            Layout.fillWidth: true
            visible: panel.ballot !== null && panel.ballot.canVote && !panel.atConfirm && panel.pendingCommand === ""
            // Side by side when there is room for the words, else one under the other.
            columns: !panel.ballot ? 1 : panel.width < 160 * Math.min(3, panel.ballot.options.count) ? 1
                     : panel.ballot.options.count <= 3 ? panel.ballot.options.count : 2
            columnSpacing: Theme.spacing
            rowSpacing: panel.compact ? 6 : Theme.spacing
            Repeater {
                model: panel.ballot ? panel.ballot.options : null
                delegate: BigButton {
                    required property int optionIndex
                    required property string label
                    required property int kind
                    readonly property bool picked: panel.picks.indexOf(optionIndex) >= 0
                    objectName: "voteOption_" + optionIndex
                    Layout.fillWidth: true
                    Layout.preferredHeight: panel.compact ? 48 : 96
                    font.pixelSize: panel.compact ? Theme.fontBody : Theme.fontTitle
                    tone: kind === BallotOptionsModel.Yes ? Theme.ok : kind === BallotOptionsModel.No ? Theme.bad
                        : kind === BallotOptionsModel.Abstain ? Theme.textMuted : Theme.primary
                    // Several choices: a marked option is filled and ticked; once the most are
                    // marked, the others wait until one is unmarked.
                    primary: !panel.multi || picked
                    enabled: !panel.multi || picked || panel.picks.length < panel.ballot.maxChoices
                    text: (panel.multi && picked ? "✓ " : "") + Texts.optionText(kind, label)
                    onClicked: {
                        panel.errorText = ""
                        if (panel.multi)
                            panel.togglePick(optionIndex)
                        else
                            panel.chosen = optionIndex
                    }
                }
            }
        }

        BigButton {
            objectName: "voteNextButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.bigTouch
            visible: panel.multi && panel.ballot.canVote && !panel.atConfirm && panel.pendingCommand === ""
            enabled: panel.picks.length > 0
            font.pixelSize: Theme.fontLarge
            text: qsTr("Continue")
            onClicked: panel.confirming = true
        }

        // Step 2: confirm.
        ColumnLayout {
            objectName: "voteConfirm"
            Layout.fillWidth: true
            visible: panel.atConfirm && panel.pendingCommand === ""
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: panel.ballot && panel.atConfirm ? qsTr("You chose: %1. Confirm your vote?").arg(panel.chosenLabels()) : ""
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    objectName: "voteBack"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.bigTouch
                    primary: false
                    font.pixelSize: Theme.fontLarge
                    text: qsTr("Choose again")
                    onClicked: {
                        panel.chosen = -1
                        panel.confirming = false
                    }
                }
                BigButton {
                    objectName: "voteConfirmButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.bigTouch
                    font.pixelSize: Theme.fontLarge
                    text: qsTr("Confirm")
                    onClicked: panel.pendingCommand = panel.client.floor.castVote(
                                   panel.ballot.ballotId, panel.choiceList, panel.ballot.pendingVoterIds)
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: panel.pendingCommand !== ""
            text: qsTr("Sending your vote…")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }

        // Step 3: recorded.
        Rectangle {
            objectName: "voteRecorded"
            Layout.fillWidth: true
            visible: panel.ballot !== null && panel.ballot.phase === BallotView.Open && panel.ballot.selfVoted && !panel.ballot.canVote
            implicitHeight: recordedText.implicitHeight + 32
            radius: Theme.radius
            color: "#e3f4e8"
            border.color: Theme.ok
            Text {
                id: recordedText
                objectName: "voteRecordedText"
                anchors.centerIn: parent
                width: parent.width - 32
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                // A secret ballot says nothing about the choice, not even on the voter's screen.
                text: panel.ballot && !panel.ballot.secret && panel.recordedChoice.length > 0
                      ? qsTr("Your vote has been recorded: %1").arg(panel.labelsOf(panel.recordedChoice))
                      : qsTr("Your vote has been recorded")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ok
            }
        }
        Text {
            objectName: "cannotVote"
            Layout.fillWidth: true
            visible: panel.ballot !== null && panel.ballot.phase === BallotView.Open && !panel.ballot.canVote && !panel.ballot.selfVoted
            text: panel.client && panel.client.floor.selfProxyHolderName.length > 0
                  ? qsTr("You gave your vote to %1.").arg(panel.client.floor.selfProxyHolderName)
                  : qsTr("You do not vote in this ballot.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            objectName: "voteProgress"
            Layout.fillWidth: true
            visible: !panel.compact && panel.ballot !== null && panel.ballot.phase === BallotView.Open
            text: panel.ballot ? qsTr("%1 of %2 have voted").arg(panel.ballot.votedCount).arg(panel.ballot.eligible) : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            objectName: "voteError"
            Layout.fillWidth: true
            visible: panel.errorText.length > 0
            text: panel.errorText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.bad
        }

        ResultChart {
            Layout.fillWidth: true
            visible: !panel.compact && panel.ballot !== null && panel.ballot.phase === BallotView.Closed
            ballot: panel.ballot
        }
    }
}
