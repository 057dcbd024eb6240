pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The open meeting's own fields on the organiser's desk: title, the issuing body and the body
// above it (the minutes' header), the kind of body with its rules in words, place, date and
// time, language, proxies, the minutes' number and place. Saved all at once; once the meeting is
// convened the save asks for the reason the record keeps (DeskReason).
Item {
    id: editor
    required property OrganiserDesk desk
    required property DeskReason reasonDialog
    /** Something typed that is not saved yet: the server's changes do not overwrite it. */
    property bool dirty: false
    /** load() is filling the fields: that is no edit. */
    property bool loading: false
    readonly property var kinds: desk.bodyKinds()
    readonly property var presets: desk.ballotPresets()
    readonly property double start: desk.parseStart(dateField.text, timeField.text)
    /** What the quorum being edited lets one set: {convenings, units, shares} (C++). */
    readonly property var settings: quorumDraft.settings
    readonly property int kind: kinds[kindBox.currentIndex].kind

    /** The quorum rule as edited: the body's preset, or every part changed (issue 15). */
    QuorumRuleDraft {
        id: quorumDraft
        onChanged: editor.edited()
    }

    function load() {
        loading = true
        const m = desk.meeting
        titleField.text = m.title || ""
        organisationField.text = m.organisation || ""
        parentField.text = m.parentOrganisation || ""
        kindBox.currentIndex = Math.max(0, kinds.findIndex(k => k.kind === (m.bodyKind || 0)))
        quorumDraft.bodyKind = m.bodyKind || 0
        quorumDraft.rule = m.quorumRule || new ArrayBuffer(0)
        presetBox.currentIndex = Math.max(0, presets.indexOf(m.ballotRulePreset || ""))
        placeField.text = m.place || ""
        dateField.text = desk.dateText(m.scheduledStart || 0)
        timeField.text = desk.timeText(m.scheduledStart || 0)
        languageBox.currentIndex = m.language === "en" ? 1 : 0
        proxiesSwitch.checked = m.allowProxies === true
        proxiesBox.value = Math.max(1, m.maxProxies || 1)
        minutesNumberField.text = m.minutesNumber || ""
        minutesPlaceField.text = m.minutesPlace || ""
        conveningBox.currentIndex = Math.min(2, Math.max(0, (m.convening || 1) - 1))
        unitsField.text = m.totalUnits ? String(m.totalUnits) : ""
        sharesField.text = m.totalMemberWeight ? String(m.totalMemberWeight) : ""
        dirty = false
        loading = false
    }
    // The combo boxes' models are counts that never change: a model worded with the language
    // would be a new model at each switch, and a ComboBox goes back to its first row then.
    function kindName(index) {
        return Language.current.length >= 0 && index >= 0 ? desk.bodyKinds()[index].name : ""
    }
    function presetName(index) {
        const preset = presets[index] || ""
        return preset.length === 0 ? qsTr("As the kind of body rules") : Texts.presetText(preset)
    }
    function conveningName(index) {
        return Language.current.length >= 0 ? qsTr("convening no. %1").arg(index + 1) : ""
    }
    function edited() {
        if (!loading)
            dirty = true
    }
    function fields() {
        return {
            title: titleField.text.trim(),
            organisation: organisationField.text.trim(),
            parentOrganisation: parentField.text.trim(),
            bodyKind: kinds[kindBox.currentIndex].kind,
            quorumRule: quorumDraft.rule,
            ballotRulePreset: presets[presetBox.currentIndex],
            place: placeField.text.trim(),
            scheduledStart: Math.max(0, start),
            language: languageBox.currentIndex === 1 ? "en" : "vi",
            allowProxies: proxiesSwitch.checked,
            maxProxies: proxiesSwitch.checked ? proxiesBox.value : 0,
            minutesNumber: minutesNumberField.text.trim(),
            minutesPlace: minutesPlaceField.text.trim(),
            convening: conveningBox.currentIndex + 1,
            totalUnits: Number(unitsField.text) || 0,
            totalMemberWeight: Number(sharesField.text) || 0
        }
    }
    function save() {
        if (desk.needsReason)
            reasonDialog.ask(qsTr("The meeting's details"), reason => desk.saveMeeting(fields(), reason))
        else
            desk.saveMeeting(fields(), "")
    }

    Component.onCompleted: load()
    Connections {
        target: editor.desk
        function onChanged() { if (!editor.dirty) editor.load() }
        // Saved: the fields show what the server keeps (08:30 for 8:30).
        function onApplied(what) { if (what === "meeting") editor.load() }
    }

    component Label: Text {
        Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
        Layout.maximumWidth: 260
        horizontalAlignment: Text.AlignRight
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    component Field: TextField {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        font.pixelSize: Theme.fontBody
        readOnly: editor.desk.readOnly
        onTextChanged: editor.edited()
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.bottomMargin: saveBar.height
        contentWidth: width
        contentHeight: grid.implicitHeight + 48
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        GridLayout {
            id: grid
            x: 24
            y: 24
            width: scroller.width - 48
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 10

            Label { text: qsTr("Title") }
            Field { id: titleField; objectName: "titleField" }
            Label { text: qsTr("Issuing body") }
            Field {
                id: organisationField
                objectName: "organisationField"
                placeholderText: qsTr("e.g. Đoàn khối các cơ quan tỉnh")
            }
            Label { text: qsTr("Body above it") }
            Field {
                id: parentField
                objectName: "parentField"
                placeholderText: qsTr("e.g. Tỉnh đoàn (in the minutes' header)")
            }
            Label { text: qsTr("Kind of body") }
            ComboBox {
                id: kindBox
                objectName: "kindBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                enabled: !editor.desk.readOnly
                model: editor.kinds.length
                displayText: editor.kindName(currentIndex)
                delegate: ItemDelegate {
                    required property int index
                    width: kindBox.width
                    text: editor.kindName(index)
                    font.pixelSize: Theme.fontBody
                    highlighted: kindBox.highlightedIndex === index
                }
                // Another kind of body: its preset's quorum (the draft says it changed).
                onCurrentIndexChanged: {
                    if (!editor.loading)
                        quorumDraft.bodyKind = editor.kinds[currentIndex].kind
                    editor.edited()
                }
            }
            Label { text: qsTr("Quorum") }
            Rectangle {
                objectName: "ruleWords"
                Layout.fillWidth: true
                implicitHeight: quorumEditor.implicitHeight + 20
                radius: Theme.radius
                color: Theme.background
                QuorumRuleEditor {
                    id: quorumEditor
                    objectName: "quorumEditor"
                    anchors.fill: parent
                    anchors.margins: 10
                    draft: quorumDraft
                    convening: conveningBox.currentIndex + 1
                    readOnly: editor.desk.readOnly
                }
            }
            // Which convening: only where the body's quorum differs at a later one (Luật Doanh
            // nghiệp 2020, Điều 145); elsewhere the choice would change nothing (or kept in view
            // while a meeting stands at a later convening, so that it can be set back).
            Label { text: qsTr("Convening"); visible: conveningBox.visible }
            ComboBox {
                id: conveningBox
                objectName: "conveningBox"
                visible: editor.settings.convenings === true || currentIndex > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                enabled: !editor.desk.readOnly
                model: 3
                displayText: editor.conveningName(currentIndex)
                delegate: ItemDelegate {
                    required property int index
                    width: conveningBox.width
                    text: editor.conveningName(index)
                    font.pixelSize: Theme.fontBody
                    highlighted: conveningBox.highlightedIndex === index
                }
                onCurrentIndexChanged: editor.edited()
            }
            // The totals a quorum counts against all members (0 or empty: the participants').
            Label { text: qsTr("Units of the body"); visible: unitsField.visible }
            Field {
                id: unitsField
                objectName: "unitsField"
                visible: editor.settings.units === true
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,9}/ }
                placeholderText: qsTr("empty: the units of the participants")
            }
            Label { text: qsTr("Shares (votes) of the body"); visible: sharesField.visible }
            Field {
                id: sharesField
                objectName: "sharesField"
                visible: editor.settings.shares === true
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,15}/ }
                placeholderText: qsTr("empty: the participants' weights")
            }
            Label { text: qsTr("Ballot rule") }
            ComboBox {
                id: presetBox
                objectName: "presetBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                enabled: !editor.desk.readOnly
                model: editor.presets.length
                displayText: editor.presetName(currentIndex)
                delegate: ItemDelegate {
                    required property int index
                    width: presetBox.width
                    text: editor.presetName(index)
                    font.pixelSize: Theme.fontBody
                    highlighted: presetBox.highlightedIndex === index
                }
                onCurrentIndexChanged: editor.edited()
            }
            Item { implicitWidth: 1; implicitHeight: 1 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Text {
                    objectName: "ballotWords"
                    Layout.fillWidth: true
                    text: qsTr("Resolutions: %1").arg(editor.desk.ballotWords(editor.kind, editor.presets[presetBox.currentIndex])
                                                      + (Language.current, ""))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "ballotArticle"
                    Layout.fillWidth: true
                    text: editor.desk.ruleArticle(editor.kind, editor.presets[presetBox.currentIndex]) + (Language.current, "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            // The election rule follows the kind of body; the ballot wizard changes it per
            // election (every part), there is no meeting-wide election setting on the wire.
            Label { text: qsTr("Elections") }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Text {
                    objectName: "electionWords"
                    Layout.fillWidth: true
                    text: editor.desk.electionWords(editor.kind) + (Language.current, "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "electionArticle"
                    Layout.fillWidth: true
                    text: editor.desk.electionArticle(editor.kind) + (Language.current, "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The chair can change it for each election in the ballot wizard.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            Label { text: qsTr("Place") }
            Field { id: placeField; objectName: "placeField" }
            Label { text: qsTr("Date and time") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Field {
                    id: dateField
                    objectName: "dateField"
                    placeholderText: qsTr("dd/mm/yyyy")
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                Field {
                    id: timeField
                    objectName: "timeField"
                    Layout.fillWidth: false
                    Layout.preferredWidth: 140
                    placeholderText: qsTr("hh:mm")
                    inputMethodHints: Qt.ImhDigitsOnly
                }
            }
            Item { implicitWidth: 1; implicitHeight: 1; visible: dateError.visible }
            Text {
                id: dateError
                objectName: "dateError"
                visible: editor.start < 0
                Layout.fillWidth: true
                text: qsTr("Write the date as 07/12/2026 and the time as 8:00.")
                font.pixelSize: Theme.fontSmall
                color: Theme.bad
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Language of the minutes") }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                enabled: !editor.desk.readOnly
                model: ["Tiếng Việt", "English"]
                onCurrentIndexChanged: editor.edited()
            }
            Label { text: qsTr("Proxies") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Switch {
                    id: proxiesSwitch
                    objectName: "proxiesSwitch"
                    enabled: !editor.desk.readOnly
                    text: checked ? qsTr("allowed, at most per holder:") : qsTr("not allowed")
                    font.pixelSize: Theme.fontBody
                    onCheckedChanged: editor.edited()
                }
                SpinBox {
                    id: proxiesBox
                    objectName: "proxiesBox"
                    visible: proxiesSwitch.checked
                    enabled: !editor.desk.readOnly
                    from: 1
                    to: 10
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touch
                    onValueChanged: editor.edited()
                }
                Item { Layout.fillWidth: true }
            }
            Label { text: qsTr("Minutes' number") }
            Field {
                id: minutesNumberField
                objectName: "minutesNumberField"
                placeholderText: qsTr("e.g. 05/BB-ĐTN")
            }
            Label { text: qsTr("Place in the minutes' date line") }
            Field {
                id: minutesPlaceField
                objectName: "minutesPlaceField"
                placeholderText: qsTr("e.g. Hà Nội")
            }
        }
    }

    Rectangle {
        id: saveBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.bigTouch + 24
        color: Theme.surface
        border.color: Theme.border
        visible: !editor.desk.readOnly
        RowLayout {
            anchors.fill: parent
            anchors.margins: 12
            anchors.leftMargin: 24
            anchors.rightMargin: 24
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: editor.dirty ? qsTr("Not saved yet") : qsTr("Saved")
                font.pixelSize: Theme.fontBody
                color: editor.dirty ? Theme.warn : Theme.textMuted
            }
            BigButton {
                objectName: "revertMeeting"
                primary: false
                visible: editor.dirty
                text: qsTr("Undo changes")
                onClicked: editor.load()
            }
            BigButton {
                objectName: "saveMeeting"
                text: qsTr("Save")
                enabled: editor.dirty && titleField.text.trim().length > 0 && editor.start >= 0 && !editor.desk.busy
                         && quorumDraft.valid
                onClicked: editor.save()
            }
        }
    }
}
