pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Quorum.Tablet

// Every part of a ballot's rule, behind the wizard's first screen (issue 15): a preset of any
// kind of body, or the chair's own rule part by part (base, fraction, more than / at least,
// weights, tie-break, and for elections which papers are invalid, cumulative voting and the
// turnout). The rule is always shown in words above (BallotDraft.ruleWords: the minutes' own).
// A view only: the logic is BallotDraft's (tst_ballotdraft).
Popup {
    id: panel
    required property BallotDraft draft

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, (parent ? parent.width : 640) - 40)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 40)
    modal: true
    focus: true
    padding: 20
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border; border.width: 2 }

    // The popup's only child (not its deferred contentItem, where ids are refused by qmllint):
    // the popup takes its implicit size.
    Flickable {
        anchors.fill: parent
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar { }
        ColumnLayout {
            id: column
            width: parent.width
            spacing: 10

            Text {
                objectName: "ruleWordsText"
                Layout.fillWidth: true
                text: panel.draft.ruleWords + (Language.current, "")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: panel.draft.ruleValid ? Theme.text : Theme.bad
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("A rule of a kind of body:")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            ComboBox {
                id: preset
                objectName: "rulePreset"
                Layout.fillWidth: true
                enabled: !panel.draft.custom
                implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
                readonly property string value: panel.draft.rulePreset
                model: panel.draft.presets
                currentIndex: model ? model.indexOf(panel.draft.rulePreset) : -1
                onActivated: (index) => panel.draft.rulePreset = model[index]
                font.pixelSize: Theme.fontSmall
                displayText: panel.draft.ruleIsDefault ? panel.draft.meetingRuleWords + (Language.current, "")
                                                       : panel.draft.presetWords(value, Language.current)
                contentItem: Text {
                    objectName: "rulePresetText"
                    leftPadding: 12
                    rightPadding: preset.indicator.width + 8
                    text: preset.displayText
                    font: preset.font
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
                delegate: ItemDelegate {
                    id: presetRow
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
                    highlighted: preset.highlightedIndex === index
                    contentItem: Text {
                        text: panel.draft.presetWords(presetRow.modelData, Language.current)
                        font.pixelSize: Theme.fontSmall
                        font.bold: presetRow.modelData === panel.draft.defaultRule
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                popup.width: Math.max(preset.width, 360)
            }
            CheckBox {
                objectName: "customRuleSwitch"
                text: qsTr("A rule of our own, part by part")
                font.pixelSize: Theme.fontSmall
                checked: panel.draft.custom
                onToggled: panel.draft.custom = checked
            }
            GridLayout {
                objectName: "customRule"
                Layout.fillWidth: true
                visible: panel.draft.custom
                columns: 2
                columnSpacing: 10
                rowSpacing: 8
                Text { text: qsTr("Of"); font.pixelSize: Theme.fontSmall; color: Theme.text }
                ComboBox {
                    objectName: "ruleBase"
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    font.pixelSize: Theme.fontSmall
                    model: [
                        { value: 1, text: qsTr("the votes for and against") },
                        { value: 2, text: qsTr("all ballots cast, abstentions included") },
                        { value: 250, text: qsTr("the valid ballots") },
                        { value: 3, text: qsTr("those present") },
                        { value: 4, text: qsTr("those convened") },
                        { value: 5, text: qsTr("all members of the body") }
                    ]
                    currentIndex: indexOfValue(panel.draft.base)
                    onActivated: panel.draft.base = currentValue
                }
                Text { text: qsTr("Fraction"); font.pixelSize: Theme.fontSmall; color: Theme.text }
                RowLayout {
                    spacing: 6
                    SpinBox { objectName: "ruleNumerator"; from: 1; to: 100; value: panel.draft.numerator; onValueModified: panel.draft.numerator = value }
                    Text { text: "/"; font.pixelSize: Theme.fontBody; color: Theme.text }
                    SpinBox { objectName: "ruleDenominator"; from: 1; to: 100; value: panel.draft.denominator; onValueModified: panel.draft.denominator = value }
                }
                Text { text: qsTr("Comparison"); font.pixelSize: Theme.fontSmall; color: Theme.text }
                RowLayout {
                    spacing: 6
                    BigButton { objectName: "ruleStrict"; implicitHeight: 48; font.pixelSize: Theme.fontSmall; primary: panel.draft.strict; text: qsTr("more than"); onClicked: panel.draft.strict = true }
                    BigButton { objectName: "ruleInclusive"; implicitHeight: 48; font.pixelSize: Theme.fontSmall; primary: !panel.draft.strict; text: qsTr("at least"); onClicked: panel.draft.strict = false }
                }
                Text { text: qsTr("On a tie"); font.pixelSize: Theme.fontSmall; color: Theme.text }
                ComboBox {
                    objectName: "ruleTieBreak"
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    font.pixelSize: Theme.fontSmall
                    model: [
                        { value: 0, text: qsTr("not broken (not passed)") },
                        { value: 1, text: qsTr("a new vote") },
                        { value: 2, text: qsTr("the older candidate") },
                        { value: 3, text: qsTr("the chair's casting vote") },
                        { value: 4, text: qsTr("lots drawn by the secretary") }
                    ]
                    currentIndex: indexOfValue(panel.draft.tieBreak)
                    onActivated: panel.draft.tieBreak = currentValue
                }
                CheckBox {
                    objectName: "ruleWeighted"
                    Layout.columnSpan: 2
                    text: qsTr("Count by weight (shares, mandates)")
                    font.pixelSize: Theme.fontSmall
                    checked: panel.draft.weighted
                    onToggled: panel.draft.weighted = checked
                }
                CheckBox {
                    objectName: "ruleExcessInvalid"
                    Layout.columnSpan: 2
                    visible: panel.draft.kind === BallotView.Election
                    text: qsTr("A ballot keeping more names than seats is invalid")
                    font.pixelSize: Theme.fontSmall
                    checked: panel.draft.excessInvalid
                    onToggled: panel.draft.excessInvalid = checked
                }
                CheckBox {
                    objectName: "ruleNoneKeptInvalid"
                    Layout.columnSpan: 2
                    visible: panel.draft.kind === BallotView.Election
                    text: qsTr("A ballot striking out every name is invalid")
                    font.pixelSize: Theme.fontSmall
                    checked: panel.draft.noneKeptInvalid
                    onToggled: panel.draft.noneKeptInvalid = checked
                }
                CheckBox {
                    objectName: "ruleCumulative"
                    Layout.columnSpan: 2
                    visible: panel.draft.kind === BallotView.Election
                    text: qsTr("Cumulative voting (weight × seats, spread at will)")
                    font.pixelSize: Theme.fontSmall
                    checked: panel.draft.cumulative
                    onToggled: panel.draft.cumulative = checked
                }
                CheckBox {
                    objectName: "ruleTurnout"
                    Layout.columnSpan: 2
                    text: qsTr("Valid only if more than half of the voter list take part")
                    font.pixelSize: Theme.fontSmall
                    checked: panel.draft.turnoutHalf
                    onToggled: panel.draft.turnoutHalf = checked
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                BigButton {
                    objectName: "ruleBackToMeeting"
                    primary: false
                    text: qsTr("The meeting's rule")
                    onClicked: { panel.draft.custom = false; panel.draft.rulePreset = "" }
                }
                BigButton {
                    objectName: "ruleDone"
                    Layout.fillWidth: true
                    enabled: panel.draft.ruleValid
                    text: qsTr("Done")
                    onClicked: panel.close()
                }
            }
        }
    }
}
