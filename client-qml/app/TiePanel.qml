pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// A tie the rule leaves to a person (ResolveTie): the chair's casting vote, or lots drawn by
// the secretary and recorded, or the older candidate where the server could not tell from the
// birth dates (the secretary records whom the papers show older). Whoever may resolve marks
// the winners among those tied, as many as the seats left, notes how, and resolves; the
// others see who decides. The rules are TieResolution's (tst_voteflow).
ColumnLayout {
    id: tiePanel
    property MeetingClient client
    readonly property TieResolution tie: TieResolution { client: tiePanel.client }
    readonly property BallotView ballot: client ? client.floor.ballot : null

    objectName: "tiePanel"
    visible: tie.pending
    spacing: 8

    Text {
        objectName: "tieHeading"
        Layout.fillWidth: true
        text: !tiePanel.ballot ? ""
            : tiePanel.tie.method === BallotView.ChairVote
              ? (tiePanel.tie.mayResolve ? qsTr("Your casting vote: choose who takes the %1 seat(s) left").arg(tiePanel.ballot.seatsLeftToTie)
                                         : qsTr("Waiting for the chair's casting vote"))
            : tiePanel.tie.method === BallotView.Lots
              ? (tiePanel.tie.mayResolve ? qsTr("Record the lots drawn: who takes the %1 seat(s) left").arg(tiePanel.ballot.seatsLeftToTie)
                                         : qsTr("Waiting for the secretary to record the lots drawn"))
            : tiePanel.tie.mayResolve ? qsTr("Record the older candidate(s), from the papers: %1 seat(s) left").arg(tiePanel.ballot.seatsLeftToTie)
            : qsTr("Waiting for the secretary to record the older candidate")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.warn
    }
    GridLayout {
        Layout.fillWidth: true
        visible: tiePanel.tie.mayResolve
        columns: 2
        columnSpacing: 8
        rowSpacing: 8
        Repeater {
            model: tiePanel.ballot ? tiePanel.ballot.tiedOptions : []
            delegate: BigButton {
                required property int modelData
                readonly property bool marked: Array.from(tiePanel.tie.winners).includes(modelData)
                objectName: "tieOption_" + modelData
                Layout.fillWidth: true
                primary: marked
                tone: tiePanel.ballot.kind === BallotView.YesNoAbstain && tiePanel.ballot.options.kindAt(modelData) === BallotOptionsModel.No
                      ? Theme.bad : Theme.ok
                text: (marked ? "✓ " : "") + Texts.optionText(tiePanel.ballot.options.kindAt(modelData), tiePanel.ballot.options.labelAt(modelData))
                onClicked: tiePanel.tie.toggle(modelData)
            }
        }
    }
    TextField {
        objectName: "tieNote"
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        visible: tiePanel.tie.mayResolve
        text: tiePanel.tie.note
        onTextEdited: tiePanel.tie.note = text
        placeholderText: tiePanel.tie.method === BallotView.Lots ? qsTr("How the lots were drawn (for the minutes)")
                         : qsTr("A note for the minutes")
        font.pixelSize: Theme.fontBody
        maximumLength: 500
    }
    BigButton {
        objectName: "tieResolveButton"
        Layout.fillWidth: true
        visible: tiePanel.tie.mayResolve
        enabled: tiePanel.tie.ready && !tiePanel.tie.sending
        text: tiePanel.tie.method === BallotView.ChairVote ? qsTr("Give the casting vote") : qsTr("Record the decision")
        onClicked: tiePanel.tie.resolve()
    }
    Text {
        objectName: "tieError"
        Layout.fillWidth: true
        visible: tiePanel.tie.refused
        text: tiePanel.tie.refused ? Texts.refusalText(tiePanel.tie.errorReason, tiePanel.tie.errorCode) : ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.bad
    }
}
