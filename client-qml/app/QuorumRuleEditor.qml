pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The meeting's quorum rule on the organiser's desk (issue 15): the body's preset in words with
// the article it comes from, and every part of it changeable — each condition's fraction
// (more than / at least N of M), of those convened or of all members, counted in people,
// weights (shares) or units; further conditions that must all hold; and the quorum of each
// convening (as the first, its own, or no minimum). A rule of the meeting's own is said to be
// one and can go back to the preset. A view only: the logic is QuorumRuleDraft's
// (tst_quorumruledraft).
ColumnLayout {
    id: editor
    required property QuorumRuleDraft draft
    /** The convening the words are said for (1 the first). */
    property int convening: 1
    property bool readOnly: false
    spacing: 8

    function conditionName(index) {
        return index === 0 ? qsTr("Condition") : qsTr("and also")
    }
    function comparisonName(atLeast) {
        return atLeast ? qsTr("at least") : qsTr("more than")
    }
    function countName(count) {
        return count === QuorumRuleDraft.Units ? qsTr("units")
             : count === QuorumRuleDraft.Weights ? qsTr("weights (shares)") : qsTr("people")
    }
    function baseName(allMembers) {
        return allMembers ? qsTr("of all members of the body") : qsTr("of those convened")
    }
    function modeName(mode) {
        return mode === QuorumRuleDraft.NoMinimum ? qsTr("no minimum")
             : mode === QuorumRuleDraft.OwnThreshold ? qsTr("its own quorum") : qsTr("as above")
    }

    component Small: Text {
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    component Fraction: SpinBox {
        from: 1
        to: 100
        editable: !editor.readOnly
        enabled: !editor.readOnly
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touch
        implicitWidth: 136
    }
    // Two or three choices as buttons side by side (a ComboBox's popup hides the words below).
    component Choice: BigButton {
        implicitHeight: 48
        font.pixelSize: Theme.fontSmall
        enabled: !editor.readOnly
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            objectName: "quorumWords"
            Layout.fillWidth: true
            text: qsTr("Quorum: %1").arg(editor.draft.conveningWords[Math.max(0, editor.convening - 1)] + (Language.current, ""))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: editor.draft.valid ? Theme.text : Theme.bad
            wrapMode: Text.WordWrap
        }
        Rectangle {
            objectName: "quorumCustomBadge"
            visible: editor.draft.custom
            radius: Theme.radius
            color: Theme.current
            border.color: Theme.currentAccent
            implicitWidth: badgeText.implicitWidth + 20
            implicitHeight: badgeText.implicitHeight + 10
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: qsTr("This meeting's own rule")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
        }
        BigButton {
            objectName: "quorumToPreset"
            visible: editor.draft.custom && !editor.readOnly
            primary: false
            implicitHeight: 48
            font.pixelSize: Theme.fontSmall
            text: qsTr("Back to the preset")
            onClicked: editor.draft.resetToPreset()
        }
    }
    Small {
        objectName: "quorumArticle"
        Layout.fillWidth: true
        text: editor.draft.article + (Language.current, "")
        color: Theme.textMuted
    }

    Repeater {
        model: editor.draft.conditions
        delegate: Flow {
            id: row
            required property var modelData
            required property int index
            objectName: "quorumCondition_" + index
            Layout.fillWidth: true
            spacing: 8
            Small {
                width: 110
                height: Theme.touch
                verticalAlignment: Text.AlignVCenter
                text: editor.conditionName(row.index)
                font.bold: true
            }
            Choice {
                objectName: "atLeast"
                // One width for "more than" and "at least": the number boxes stay under the finger.
                implicitWidth: 130
                primary: false
                text: editor.comparisonName(row.modelData.atLeast)
                onClicked: editor.draft.setThreshold(row.index, row.modelData.numerator,
                                                     row.modelData.denominator, !row.modelData.atLeast)
            }
            Fraction {
                objectName: "numerator"
                value: row.modelData.numerator
                onValueModified: editor.draft.setThreshold(row.index, value, row.modelData.denominator,
                                                           row.modelData.atLeast)
            }
            Small { height: Theme.touch; verticalAlignment: Text.AlignVCenter; text: "/" }
            Fraction {
                objectName: "denominator"
                value: row.modelData.denominator
                onValueModified: editor.draft.setThreshold(row.index, row.modelData.numerator, value,
                                                           row.modelData.atLeast)
            }
            Choice {
                objectName: "count"
                primary: false
                text: editor.countName(row.modelData.count)
                // People, weights, units in turn (the rule's own condition: people or weights).
                onClicked: editor.draft.setCount(row.index, (row.modelData.count + 1) % (row.index === 0 ? 2 : 3))
            }
            Choice {
                objectName: "allMembers"
                primary: false
                text: editor.baseName(row.modelData.allMembers)
                onClicked: editor.draft.setAllMembers(row.index, !row.modelData.allMembers)
            }
            Choice {
                objectName: "removeCondition"
                visible: row.index > 0 && !editor.readOnly
                primary: false
                tone: Theme.bad
                text: qsTr("Remove")
                onClicked: editor.draft.removeCondition(row.index)
            }
        }
    }
    BigButton {
        objectName: "addQuorumCondition"
        visible: !editor.readOnly && editor.draft.canAddCondition
        primary: false
        implicitHeight: 48
        font.pixelSize: Theme.fontSmall
        text: qsTr("+ A further condition (e.g. two thirds of the units)")
        onClicked: editor.draft.addCondition()
    }

    // The quorum of each convening (Luật Doanh nghiệp 2020, Điều 145: 33 % at the second, no
    // minimum at the third; a state election has none at the first).
    Small {
        Layout.fillWidth: true
        text: qsTr("If the meeting is convened again:")
        color: Theme.textMuted
    }
    Repeater {
        model: editor.draft.convenings
        delegate: Flow {
            id: again
            required property var modelData
            required property int index
            objectName: "quorumConvening_" + modelData.convening
            Layout.fillWidth: true
            spacing: 8
            Small {
                width: 110
                height: Theme.touch
                verticalAlignment: Text.AlignVCenter
                text: qsTr("convening no. %1").arg(again.modelData.convening)
                font.bold: true
            }
            Repeater {
                model: 3
                delegate: Choice {
                    required property int index
                    objectName: "mode_" + index
                    // The first convening has no quorum of its own beside the rule's above.
                    visible: again.modelData.convening > 1 || index !== QuorumRuleDraft.OwnThreshold
                    primary: again.modelData.mode === index
                    text: editor.modeName(index)
                    onClicked: editor.draft.setConvening(again.modelData.convening, index,
                                                         again.modelData.numerator,
                                                         again.modelData.denominator,
                                                         again.modelData.atLeast)
                }
            }
            Choice {
                objectName: "atLeast"
                // One width for "more than" and "at least": the number boxes stay under the finger.
                implicitWidth: 130
                visible: again.modelData.mode === QuorumRuleDraft.OwnThreshold
                primary: false
                text: editor.comparisonName(again.modelData.atLeast)
                onClicked: editor.draft.setConvening(again.modelData.convening, QuorumRuleDraft.OwnThreshold,
                                                     again.modelData.numerator,
                                                     again.modelData.denominator, !again.modelData.atLeast)
            }
            Fraction {
                objectName: "numerator"
                visible: again.modelData.mode === QuorumRuleDraft.OwnThreshold
                value: again.modelData.numerator
                onValueModified: editor.draft.setConvening(again.modelData.convening, QuorumRuleDraft.OwnThreshold,
                                                           value, again.modelData.denominator,
                                                           again.modelData.atLeast)
            }
            Small {
                visible: again.modelData.mode === QuorumRuleDraft.OwnThreshold
                height: Theme.touch
                verticalAlignment: Text.AlignVCenter
                text: "/"
            }
            Fraction {
                objectName: "denominator"
                visible: again.modelData.mode === QuorumRuleDraft.OwnThreshold
                value: again.modelData.denominator
                onValueModified: editor.draft.setConvening(again.modelData.convening, QuorumRuleDraft.OwnThreshold,
                                                           again.modelData.numerator, value,
                                                           again.modelData.atLeast)
            }
        }
    }
    Small {
        objectName: "quorumProblem"
        Layout.fillWidth: true
        visible: !editor.draft.valid
        text: qsTr("A quorum's fraction must be above 0 and at most 1 (e.g. 2 of 3).")
        color: Theme.bad
    }
}
