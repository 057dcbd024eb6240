pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// One motion, amendment or question (FormsDesk.cases): what it says - an amendment as its
// change against the text, once adopted the amended text - where it stands, and the steps this
// participant may take, each a touch key that says what it does ("Admit", "Put to the vote").
// A step that needs a ballot takes the floor's latest ballot that decides no other case; with
// none the key waits and says to create the ballot first.
Rectangle {
    id: card
    required property var modelData
    required property int index
    property FormsDesk desk

    objectName: "case" + index
    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius
    color: Theme.surface
    border.color: modelData.adopted ? Theme.ok : Theme.border
    border.width: modelData.adopted ? 2 : 1

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            text: card.modelData.formTitle + " " + card.modelData.number
                  + (card.modelData.diff.length > 0 ? "" : ": " + card.modelData.summary)
        }
        // An amendment: the passage against the proposed wording.
        DiffText {
            objectName: "caseDiff" + card.index
            Layout.fillWidth: true
            visible: card.modelData.diff.length > 0
            pieces: card.modelData.diff
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: card.modelData.author + " · " + card.modelData.stateLabel
        }
        // Adopted: the page's text as amended, around the change.
        Label {
            objectName: "amendedText" + card.index
            Layout.fillWidth: true
            visible: card.modelData.amendedExcerpt.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            text: qsTr("Amended text: %1").arg(card.modelData.amendedExcerpt)
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: card.modelData.steps.length > 0
            Repeater {
                model: card.modelData.steps
                delegate: Column {
                    id: step
                    required property var modelData
                    required property int index
                    spacing: 2
                    BigButton {
                        objectName: "step-" + card.modelData.number + "-" + step.modelData.to
                        primary: step.index === 0
                        text: step.modelData.label
                        enabled: !step.modelData.needsBallot || step.modelData.ballotId.length > 0
                        onClicked: card.desk.takeStep(card.modelData.formId, card.modelData.number,
                                                      step.modelData.to, step.modelData.ballotId)
                    }
                    Label {
                        visible: step.modelData.needsBallot
                        width: Math.min(implicitWidth, 420)
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        text: step.modelData.ballotId.length > 0
                              ? qsTr("Ballot: %1").arg(step.modelData.ballotQuestion)
                              : qsTr("Create the ballot on the floor first.")
                    }
                }
            }
        }
    }
}
