pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// A delegate's ballot: the question, one large button per option, a confirmation step, then
// "Phiếu của bạn đã được ghi nhận" (a secret ballot shows only that). One action votes for the
// delegate and for every proxy held. A ballot with several choices (custom options, an
// election) lets the voter mark up to maxChoices options, then confirm them together. An
// election's paper is marked by striking out names (StrikeOutPaper), a cumulative one by giving
// votes (CumulativePaper); a paper the rule counts invalid is warned about in the confirmation
// and can still be cast. A closed ballot shows its result.
Rectangle {
    id: panel
    property MeetingClient client
    readonly property BallotView ballot: client ? client.floor.ballot : null
    // The steps: choose, confirm, sending, recorded (C++, tst_voteflow).
    readonly property VoteFlow vote: VoteFlow { client: panel.client }
    // In the chair's console: no title, question or result (the console shows them), smaller.
    property bool compact: false
    // The tie panel, for the floor page to scroll it into view when a tie waits.
    readonly property Item tieItem: floorTie

    objectName: "votePanel"
    visible: ballot !== null && (ballot.phase === BallotView.Open || ballot.phase === BallotView.Closed)
    implicitHeight: layout.implicitHeight + (compact ? 16 : 40)
    radius: Theme.radius
    color: Theme.surface
    border.color: ballot && ballot.phase === BallotView.Open ? Theme.primary : Theme.border
    border.width: 2

    // What the confirmation says of the paper: the names kept, or the choice.
    readonly property string confirmText: !ballot || !vote.confirming ? ""
        : vote.agreeForm ? qsTr("You agreed to %1 of %2 names. Confirm your vote?").arg(vote.kept).arg(vote.seats)
        : vote.strikeOut ? qsTr("You kept %1 names for %2 seats. Confirm your vote?").arg(vote.kept).arg(vote.seats)
        : vote.cumulative && vote.choice.length === 0 ? qsTr("You give no votes: a blank paper. Confirm your vote?")
        : vote.cumulative ? qsTr("You give %1 of your %2 votes: %3. Confirm your vote?").arg(votes(vote.givenVotes)).arg(votes(vote.totalVotes)).arg(amountsText(vote.choice, Array.from(vote.choice).map(i => vote.amountOf(i))))
        : qsTr("You chose: %1. Confirm your vote?").arg(labelsOf(vote.choice))
    readonly property bool invalidPaper: (vote.strikeOut || vote.cumulative) && vote.paper === VoteFlow.Invalid

    function votes(n: real): string {
        return Texts.count(n)
    }
    // A cumulative paper: "Name 300, Name 150".
    function amountsText(indices: list<int>, amounts: list<real>): string {
        return indices.map((i, k) => qsTr("%1: %2").arg(panel.ballot.options.labelAt(i)).arg(panel.votes(amounts[k]))).join(", ")
    }
    function labelsOf(indices: list<int>): string {
        return indices.map(i => Texts.optionText(panel.ballot.options.kindAt(i), panel.ballot.options.labelAt(i))).join(", ")
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
        // The ballot's rule in words and the article it comes from (issue 15): what the delegate
        // votes under, before choosing.
        BallotArticle {
            id: ballotArticle
            floor: panel.client ? panel.client.floor : null
        }
        Text {
            objectName: "ballotRuleLine"
            Layout.fillWidth: true
            // Not over a cumulative paper: at 1280x800 its pad needs the height (tst_cumulative).
            visible: !panel.compact && !panel.vote.cumulative && text.length > 0
            text: ballotArticle.words + (Language.current, "")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Text {
            objectName: "ballotRuleArticle"
            Layout.fillWidth: true
            visible: !panel.compact && !panel.vote.cumulative && text.length > 0
            text: ballotArticle.article + (Language.current, "")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }

        // Step 1: choose.
        Text {
            objectName: "votingFor"
            Layout.fillWidth: true
            visible: panel.vote.votingForOthers
            text: panel.ballot ? qsTr("Your vote counts for: %1").arg(Array.from(panel.ballot.pendingVoterNames).join(", ")) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }
        Text {
            objectName: "choiceHint"
            Layout.fillWidth: true
            visible: panel.vote.multi && panel.vote.choosing && !panel.vote.strikeOut && !panel.vote.cumulative
            text: panel.vote.multi ? qsTr("Choose up to %1 (%2 chosen)").arg(panel.ballot.maxChoices).arg(panel.vote.picks.length) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        GridLayout {
            objectName: "voteOptions"
            Layout.fillWidth: true
            visible: panel.vote.choosing && !panel.vote.strikeOut && !panel.vote.cumulative
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
                    readonly property bool picked: Array.from(panel.vote.picks).includes(optionIndex)
                    objectName: "voteOption_" + optionIndex
                    Layout.fillWidth: true
                    Layout.preferredHeight: panel.compact ? 48 : 96
                    font.pixelSize: panel.compact ? Theme.fontBody : Theme.fontTitle
                    tone: kind === BallotOptionsModel.Yes ? Theme.ok : kind === BallotOptionsModel.No ? Theme.bad
                        : kind === BallotOptionsModel.Abstain ? Theme.textMuted : Theme.primary
                    // Several choices: a marked option is filled and ticked; once the most are
                    // marked, the others wait until one is unmarked.
                    primary: !panel.vote.multi || picked
                    enabled: !panel.vote.multi || picked || !panel.vote.full
                    text: (panel.vote.multi && picked ? "✓ " : "") + Texts.optionText(kind, label)
                    onClicked: panel.vote.pick(optionIndex)
                }
            }
        }

        StrikeOutPaper {
            Layout.fillWidth: true
            visible: panel.vote.strikeOut && panel.vote.choosing
            vote: panel.vote
            compact: panel.compact
            // What the window leaves the list once the rest of the panel is drawn; a longer
            // list scrolls under the count, which stays in sight.
            // The chair's compact panel shares the wizard's column: three names at a time.
            listHeight: panel.compact ? 3 * Theme.touch : Math.max(3 * Theme.touch, panel.Window.height * 0.42)
        }

        CumulativePaper {
            Layout.fillWidth: true
            visible: panel.vote.cumulative && panel.vote.choosing
            vote: panel.vote
            compact: panel.compact
            listHeight: panel.compact ? 3 * Theme.touch : Math.max(4 * Theme.touch, panel.Window.height * 0.42)
        }

        BigButton {
            objectName: "voteNextButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.bigTouch
            visible: panel.vote.multi && panel.vote.choosing
            enabled: panel.vote.strikeOut || panel.vote.cumulative ? panel.vote.paper !== VoteFlow.Refused : panel.vote.picks.length > 0
            font.pixelSize: Theme.fontLarge
            text: qsTr("Continue")
            onClicked: panel.vote.next()
        }

        // Step 2: confirm.
        ColumnLayout {
            objectName: "voteConfirm"
            Layout.fillWidth: true
            visible: panel.vote.confirming
            spacing: Theme.spacing
            Text {
                objectName: "voteConfirmText"
                Layout.fillWidth: true
                text: panel.confirmText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            // A paper the rule counts invalid: said plainly before it is cast (Luật Bầu cử 2015).
            Rectangle {
                objectName: "invalidPaperWarning"
                Layout.fillWidth: true
                visible: panel.invalidPaper
                implicitHeight: warningText.implicitHeight + 24
                radius: Theme.radius
                color: Theme.badSurface
                border.color: Theme.bad
                border.width: 2
                Text {
                    id: warningText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
                    text: panel.vote.cumulative
                          ? qsTr("This paper gives %1 votes, more than the %2 you hold: it is invalid, counted apart, and elects nobody. Cast it anyway?").arg(panel.votes(panel.vote.givenVotes)).arg(panel.votes(panel.vote.totalVotes))
                          : panel.vote.kept === 0
                          ? qsTr("This paper strikes out every name: it is invalid, counted apart, and elects nobody. Cast it anyway?")
                          : qsTr("This paper keeps %1 names for %2 seats: it is invalid, counted apart, and elects nobody. Cast it anyway?").arg(panel.vote.kept).arg(panel.vote.seats)
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.bad
                }
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
                    onClicked: panel.vote.back()
                }
                BigButton {
                    objectName: "voteConfirmButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.bigTouch
                    font.pixelSize: Theme.fontLarge
                    tone: panel.invalidPaper ? Theme.bad : Theme.primary
                    text: panel.invalidPaper ? qsTr("Cast the invalid paper") : qsTr("Confirm")
                    onClicked: panel.vote.confirm()
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: panel.vote.sending
            text: qsTr("Sending your vote…")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }

        // Step 3: recorded.
        Rectangle {
            objectName: "voteRecorded"
            Layout.fillWidth: true
            visible: panel.vote.recorded
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
                text: !panel.ballot || panel.ballot.secret || panel.vote.recordedChoice.length === 0
                      ? qsTr("Your vote has been recorded")
                      : panel.vote.cumulative && panel.vote.recordedAmounts.length === panel.vote.recordedChoice.length
                      ? qsTr("Your vote has been recorded: %1").arg(panel.amountsText(panel.vote.recordedChoice, panel.vote.recordedAmounts))
                      : panel.vote.strikeOut && panel.vote.recordedChoice.length > 5
                      ? qsTr("Your vote has been recorded: %1 names kept").arg(panel.vote.recordedChoice.length)
                      : qsTr("Your vote has been recorded: %1").arg(panel.labelsOf(panel.vote.recordedChoice))
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ok
            }
        }
        Text {
            objectName: "cannotVote"
            Layout.fillWidth: true
            visible: panel.vote.excluded
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
            text: panel.ballot ? qsTr("%1 of %2 have voted").arg(Texts.count(panel.ballot.votedCount)).arg(Texts.count(panel.ballot.eligible)) : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            objectName: "voteError"
            Layout.fillWidth: true
            visible: panel.vote.refused
            text: panel.vote.refused ? Texts.refusalText(panel.vote.errorReason, panel.vote.errorCode) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.bad
        }

        ResultChart {
            Layout.fillWidth: true
            visible: !panel.compact && panel.ballot !== null && panel.ballot.phase === BallotView.Closed
            ballot: panel.ballot
        }
        // A tie the rule leaves to a person, on the floor page too: the secretary, who records
        // the lots or the older candidate, has no ballot wizard (seen in a real window: the
        // tie waited with nowhere to record it). The chair's wizard has its own.
        TiePanel {
            id: floorTie
            Layout.fillWidth: true
            visible: !panel.compact && floorTie.tie.pending
            client: panel.client
        }
    }
}
