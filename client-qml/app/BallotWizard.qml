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
    property bool composing: false
    property bool secret: false
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected
    readonly property bool showForm: phase === BallotView.None || composing

    objectName: "ballotWizard"
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Connections {
        target: wizard.ballot
        function onChanged() {
            if (wizard.ballot.ballotId === wizard.floor.lastCreatedBallotId && wizard.ballot.phase === BallotView.Created)
                wizard.composing = false
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Text {
            Layout.fillWidth: true
            text: qsTr("Vote")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        // 1. The form.
        ColumnLayout {
            objectName: "ballotForm"
            Layout.fillWidth: true
            visible: wizard.showForm
            spacing: 10
            TextArea {
                id: question
                objectName: "ballotQuestionInput"
                Layout.fillWidth: true
                Layout.preferredHeight: 110
                placeholderText: qsTr("Question, e.g. Thông qua kế hoạch áp dụng biểu mẫu điện tử?")
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
                    primary: !wizard.secret
                    text: qsTr("Named vote")
                    onClicked: wizard.secret = false
                }
                BigButton {
                    objectName: "secretButton"
                    Layout.fillWidth: true
                    primary: wizard.secret
                    text: qsTr("Secret ballot")
                    onClicked: wizard.secret = true
                }
            }
            ComboBox {
                id: preset
                objectName: "rulePreset"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                readonly property string value: currentIndex >= 0 && model ? model[currentIndex] : "simple-majority"
                model: wizard.floor ? wizard.floor.rulePresets() : []
                font.pixelSize: Theme.fontSmall
                displayText: Texts.presetText(value)
                delegate: ItemDelegate {
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    height: Theme.touch
                    text: Texts.presetText(modelData)
                    font.pixelSize: Theme.fontSmall
                    highlighted: preset.highlightedIndex === index
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
                    visible: wizard.composing
                    primary: false
                    text: qsTr("Back")
                    onClicked: wizard.composing = false
                }
                BigButton {
                    objectName: "createBallotButton"
                    Layout.fillWidth: true
                    enabled: wizard.online && question.text.trim().length > 0 && wizard.client.currentItemId.length > 0
                    text: qsTr("Create the vote")
                    onClicked: {
                        wizard.floor.createBallot(question.text, wizard.secret, preset.value)
                        question.text = ""
                    }
                }
            }
        }

        // 2. Created, not open yet; 3. open; 4. closed or cancelled.
        ColumnLayout {
            objectName: "ballotStatus"
            Layout.fillWidth: true
            visible: !wizard.showForm
            spacing: 10
            Text {
                objectName: "wizardQuestion"
                Layout.fillWidth: true
                text: wizard.ballot ? wizard.ballot.question : ""
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: wizard.ballot ? (wizard.ballot.secret ? qsTr("Secret ballot") : qsTr("Named vote"))
                                      + " · " + Texts.presetText(wizard.ballot.rulePreset) : ""
                wrapMode: Text.WordWrap
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
                    text: wizard.ballot ? qsTr("%1/%2 voted").arg(wizard.ballot.votedCount).arg(wizard.ballot.eligible) : ""
                    font.pixelSize: 36
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
                          : qsTr("Not voted yet: %1").arg(wizard.ballot.notVotedNames.join(", "))
                    wrapMode: Text.WordWrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }

            ResultChart {
                Layout.fillWidth: true
                visible: wizard.phase === BallotView.Closed
                ballot: wizard.ballot
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
                    onClicked: wizard.floor.closeBallot(wizard.ballot.ballotId)
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
                    onClicked: wizard.composing = true
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
