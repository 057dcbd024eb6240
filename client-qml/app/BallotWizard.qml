pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The chair's ballot: write the question, choose named or secret and the rule (in words),
// create, open, follow the count (and who has not voted yet), close or cancel; the result.
Rectangle {
    id: wizard
    property MeetingClient client
    readonly property FloorReplica floor: client ? client.floor : null
    readonly property BallotView ballot: floor ? floor.ballot : null
    readonly property int phase: ballot ? ballot.phase : BallotView.None
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected
    // The ballot being composed, its validation and creation (C++, tst_ballotdraft).
    readonly property BallotDraft draft: BallotDraft { floor: wizard.floor }

    objectName: "ballotWizard"
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Text {
            Layout.fillWidth: true
            // Composing options or candidates needs the room.
            visible: !(wizard.draft.editing && wizard.draft.withOptions)
            text: qsTr("Vote")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        // 1. The form.
        ColumnLayout {
            objectName: "ballotForm"
            Layout.fillWidth: true
            Layout.fillHeight: wizard.draft.editing
            visible: wizard.draft.editing
            spacing: wizard.draft.withOptions ? 8 : 10
            TextArea {
                id: question
                objectName: "ballotQuestionInput"
                Layout.fillWidth: true
                Layout.preferredHeight: wizard.draft.withOptions ? 72 : 110
                placeholderText: qsTr("The question to vote on")
                text: wizard.draft.question
                onTextChanged: wizard.draft.question = text
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                background: Rectangle { radius: 8; border.color: question.activeFocus ? Theme.primary : Theme.border; border.width: 2 }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                BigButton {
                    objectName: "namedButton"
                    Layout.fillWidth: true
                    implicitHeight: wizard.draft.withOptions ? 48 : Theme.touch
                    leftPadding: 6
                    rightPadding: 6
                    font.pixelSize: Theme.fontSmall
                    primary: !wizard.draft.secret
                    text: qsTr("Named vote")
                    onClicked: wizard.draft.secret = false
                }
                BigButton {
                    objectName: "secretButton"
                    Layout.fillWidth: true
                    implicitHeight: wizard.draft.withOptions ? 48 : Theme.touch
                    leftPadding: 6
                    rightPadding: 6
                    font.pixelSize: Theme.fontSmall
                    primary: wizard.draft.secret
                    text: qsTr("Secret ballot")
                    onClicked: wizard.draft.secret = true
                }
            }
            // Kind: yes/no/abstain, custom options, an election.
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                BigButton {
                    objectName: "kindYesNoButton"
                    Layout.fillWidth: true
                    implicitHeight: wizard.draft.withOptions ? 48 : Theme.touch
                    leftPadding: 6
                    rightPadding: 6
                    font.pixelSize: Theme.fontSmall
                    primary: wizard.draft.kind === BallotView.YesNoAbstain
                    text: qsTr("Yes / No")
                    onClicked: wizard.draft.kind = BallotView.YesNoAbstain
                }
                BigButton {
                    objectName: "kindChoiceButton"
                    Layout.fillWidth: true
                    implicitHeight: wizard.draft.withOptions ? 48 : Theme.touch
                    leftPadding: 6
                    rightPadding: 6
                    font.pixelSize: Theme.fontSmall
                    primary: wizard.draft.kind === BallotView.Choice
                    text: qsTr("Options")
                    onClicked: wizard.draft.kind = BallotView.Choice
                }
                BigButton {
                    objectName: "kindElectionButton"
                    Layout.fillWidth: true
                    implicitHeight: wizard.draft.withOptions ? 48 : Theme.touch
                    leftPadding: 6
                    rightPadding: 6
                    font.pixelSize: Theme.fontSmall
                    primary: wizard.draft.kind === BallotView.Election
                    text: qsTr("Election")
                    onClicked: wizard.draft.kind = BallotView.Election
                }
            }
            // The options or the candidates.
            RowLayout {
                Layout.fillWidth: true
                visible: wizard.draft.withOptions
                spacing: 6
                TextField {
                    id: newOption
                    objectName: "newOptionInput"
                    Layout.fillWidth: true
                    implicitHeight: 48
                    placeholderText: wizard.draft.kind === BallotView.Election ? qsTr("Candidate's name") : qsTr("New option")
                    font.pixelSize: Theme.fontSmall
                    maximumLength: 200
                    onAccepted: if (wizard.draft.addOption(text)) text = ""
                }
                BigButton {
                    objectName: "addOptionButton"
                    implicitHeight: 48
                    leftPadding: 12
                    rightPadding: 12
                    enabled: newOption.text.trim().length > 0
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Add")
                    onClicked: if (wizard.draft.addOption(newOption.text)) newOption.text = ""
                }
            }
            ListView {
                id: optionList
                objectName: "optionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: wizard.draft.withOptions ? 48 : 0
                visible: wizard.draft.withOptions
                clip: true
                spacing: 4
                model: wizard.draft.options
                ScrollBar.vertical: ScrollBar { }
                Text {
                    anchors.centerIn: parent
                    visible: optionList.count === 0
                    text: wizard.draft.kind === BallotView.Election ? qsTr("No candidates yet") : qsTr("No options yet")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                delegate: Rectangle {
                    id: optionRow
                    required property int index
                    required property string modelData
                    objectName: "option_" + index
                    width: ListView.view.width
                    height: 48
                    radius: 8
                    color: Theme.background
                    border.color: Theme.border
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 12
                        spacing: 6
                        Text {
                            Layout.fillWidth: true
                            text: (optionRow.index + 1) + ". " + optionRow.modelData
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        BigButton {
                            objectName: "removeOptionButton"
                            implicitHeight: 48
                            implicitWidth: 48
                            leftPadding: 0
                            rightPadding: 0
                            primary: false
                            tone: Theme.bad
                            text: "✕"
                            Accessible.name: qsTr("Remove %1").arg(optionRow.modelData)
                            onClicked: wizard.draft.removeOption(optionRow.index)
                        }
                    }
                }
            }
            // How many a voter marks (options), or how many are elected (election).
            RowLayout {
                objectName: "choicesRow"
                Layout.fillWidth: true
                visible: wizard.draft.withOptions
                spacing: 6
                Text {
                    objectName: "choicesText"
                    Layout.fillWidth: true
                    text: wizard.draft.kind === BallotView.Election ? qsTr("Seats: %1").arg(wizard.draft.seats)
                                                              : qsTr("Each voter marks at most: %1").arg(wizard.draft.maxChoices)
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                BigButton {
                    objectName: "lessChoicesButton"
                    implicitHeight: 48
                    implicitWidth: 48
                    leftPadding: 0
                    rightPadding: 0
                    primary: false
                    enabled: wizard.draft.canFewer
                    text: "−"
                    Accessible.name: qsTr("Fewer")
                    onClicked: wizard.draft.fewer()
                }
                BigButton {
                    objectName: "moreChoicesButton"
                    implicitHeight: 48
                    implicitWidth: 48
                    leftPadding: 0
                    rightPadding: 0
                    primary: false
                    enabled: wizard.draft.canMore
                    text: "+"
                    Accessible.name: qsTr("More")
                    onClicked: wizard.draft.more()
                }
            }
            // The rule, in words: the meeting's own on the first screen; every part of it
            // behind "Change the rule" (RulePanel.qml). Never blank: the words come from the
            // same place as the minutes' (RuleWords).
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Text {
                    objectName: "ruleLabel"
                    Layout.fillWidth: true
                    text: (wizard.draft.ruleIsDefault && !wizard.draft.custom
                           ? qsTr("Decided by the meeting's rule:") : qsTr("Decided by (not the meeting's rule):"))
                          + " " + wizard.draft.ruleWords + (Language.current, "")
                    wrapMode: Text.WordWrap
                    maximumLineCount: wizard.draft.withOptions ? 3 : 5
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: wizard.draft.ruleIsDefault && !wizard.draft.custom ? Theme.textMuted : Theme.warn
                }
                BigButton {
                    objectName: "changeRuleButton"
                    implicitHeight: 48
                    leftPadding: 12
                    rightPadding: 12
                    primary: false
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Change the rule")
                    onClicked: rulePanel.open()
                }
            }
            Text {
                Layout.fillWidth: true
                visible: wizard.client !== null && wizard.client.currentItemId.length === 0
                text: qsTr("A vote belongs to an agenda item: start the agenda first.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.warn
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                BigButton {
                    objectName: "composeCancel"
                    visible: wizard.draft.composing
                    primary: false
                    text: qsTr("Back")
                    onClicked: wizard.draft.composing = false
                }
                BigButton {
                    objectName: "createBallotButton"
                    Layout.fillWidth: true
                    enabled: wizard.online && wizard.draft.ready && wizard.client.currentItemId.length > 0
                    text: qsTr("Create the vote")
                    onClicked: wizard.draft.create()
                }
            }
        }

        // 2. Created, not open yet; 3. open; 4. closed or cancelled. It scrolls: a long result,
        // a tie to break or the chair's own election paper can be taller than the window.
        Flickable {
            objectName: "ballotStatusFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !wizard.draft.editing
            contentHeight: status.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            ColumnLayout {
                id: status
                objectName: "ballotStatus"
                width: parent.width
                spacing: chairVote.visible ? 6 : 10
                Text {
                    objectName: "wizardQuestion"
                    Layout.fillWidth: true
                    text: wizard.ballot ? wizard.ballot.question : ""
                    wrapMode: Text.WordWrap
                    // The chair's own vote needs the room while it is to be cast.
                    maximumLineCount: chairVote.visible ? 2 : 3
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: wizard.ballot ? (wizard.ballot.secret ? qsTr("Secret ballot") : qsTr("Named vote"))
                                          + (wizard.ballot.kind === BallotView.Choice ? " · " + qsTr("at most %1 choices").arg(wizard.ballot.maxChoices)
                                             : wizard.ballot.kind === BallotView.Election ? " · " + qsTr("election of %1").arg(wizard.ballot.seats)
                                             : "")
                                          + " · " + wizard.draft.ballotRuleWords(wizard.ballot.ballotId, Language.current) : ""
                    wrapMode: Text.WordWrap
                    // The result, a tie to break or the chair's own paper need the room: the rule
                    // in two lines then (it is in the minutes in full).
                    maximumLineCount: wizard.phase === BallotView.Closed || chairVote.visible ? 2 : 8
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Text {
                    objectName: "wizardPhase"
                    Layout.fillWidth: true
                    text: wizard.phase === BallotView.Created ? qsTr("Ready to open")
                        : wizard.phase === BallotView.Open ? qsTr("Voting is open")
                        : wizard.phase === BallotView.Cancelled ? qsTr("Cancelled") + (wizard.ballot.cancelReason.length > 0 ? ": " + wizard.ballot.cancelReason : "")
                        : ""
                    visible: text.length > 0
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: wizard.phase === BallotView.Open ? Theme.ok : wizard.phase === BallotView.Cancelled ? Theme.bad : Theme.primary
                }

                // Live count.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: wizard.phase === BallotView.Open
                    spacing: 6
                    Text {
                        objectName: "liveCount"
                        text: wizard.ballot ? qsTr("%1/%2 voted").arg(Texts.count(wizard.ballot.votedCount)).arg(Texts.count(wizard.ballot.eligible)) : ""
                        font.pixelSize: chairVote.visible ? 28 : 36
                        font.bold: true
                        color: Theme.primary
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 16
                        radius: 8
                        color: Theme.background
                        Rectangle {
                            width: wizard.ballot && wizard.ballot.eligible > 0 ? parent.width * Math.min(1, wizard.ballot.votedCount / wizard.ballot.eligible) : 0
                            height: parent.height
                            radius: 8
                            color: Theme.primary
                        }
                    }
                    Text {
                        objectName: "notVoted"
                        Layout.fillWidth: true
                        text: !wizard.ballot ? ""
                              : wizard.ballot.notVotedNames.length === 0 ? qsTr("Everyone has voted")
                              : qsTr("Not voted yet: %1").arg(Array.from(wizard.ballot.notVotedNames).join(", "))
                        wrapMode: Text.WordWrap
                        maximumLineCount: chairVote.visible ? 2 : 4
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }

                ResultChart {
                    Layout.fillWidth: true
                    visible: wizard.phase === BallotView.Closed
                    ballot: wizard.ballot
                    size: 0.8
                }
                TiePanel {
                    Layout.fillWidth: true
                    client: wizard.client
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    BigButton {
                        objectName: "openBallotButton"
                        Layout.fillWidth: true
                        visible: wizard.phase === BallotView.Created
                        enabled: wizard.online
                        text: qsTr("Open the vote")
                        onClicked: wizard.floor.openBallot(wizard.ballot.ballotId)
                    }
                    BigButton {
                        objectName: "closeBallotButton"
                        Layout.fillWidth: true
                        visible: wizard.phase === BallotView.Open
                        enabled: wizard.online
                        text: qsTr("Close the vote")
                        // Closing leaves out whoever has not voted: say how many, and ask.
                        onClicked: {
                            if (wizard.ballot.notVotedCount > 0)
                                closeConfirm.open()
                            else
                                wizard.floor.closeBallot(wizard.ballot.ballotId)
                        }
                    }
                    BigButton {
                        objectName: "cancelBallotButton"
                        visible: wizard.phase === BallotView.Created || wizard.phase === BallotView.Open
                        enabled: wizard.online
                        primary: false
                        tone: Theme.bad
                        text: qsTr("Cancel")
                        onClicked: wizard.floor.cancelBallot(wizard.ballot.ballotId, "")
                    }
                    BigButton {
                        objectName: "newBallotButton"
                        Layout.fillWidth: true
                        visible: wizard.phase === BallotView.Closed || wizard.phase === BallotView.Cancelled
                        primary: false
                        text: qsTr("New vote")
                        onClicked: wizard.draft.composing = true
                    }
                }

                // The chair is a voter too (unless the meeting file says otherwise): the same
                // panel as a delegate's, without its title and result.
                VotePanel {
                    id: chairVote
                    objectName: "chairVotePanel"
                    Layout.fillWidth: true
                    client: wizard.client
                    compact: true
                    visible: wizard.phase === BallotView.Open && wizard.ballot !== null
                             && (wizard.ballot.canVote || wizard.ballot.selfVoted)
                }
            }
        }
    }

    RulePanel {
        id: rulePanel
        objectName: "rulePanel"
        draft: wizard.draft
    }

    ConfirmDialog {
        id: closeConfirm
        objectName: "closeBallotConfirm"
        text: wizard.ballot ? qsTr("%n eligible voter(s) have not voted yet. Close the vote now?", "",
                                   wizard.ballot.notVotedCount) : ""
        confirmText: qsTr("Close the vote")
        onConfirmed: wizard.floor.closeBallot(wizard.ballot.ballotId)
    }
}
