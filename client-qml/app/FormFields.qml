pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// A delegate fills in an open form: a draft kept on this tablet as it is typed (offline too;
// FormSendBar.qml sends it). A reference's page box shows "–" until a page is chosen - the
// reader's "Comment on this passage" or the box fills it. An amendment shows its change
// against the text as its wording is typed.
ColumnLayout {
    id: fields
    property FormsDesk desk
    property MeetingClient client
    property string formId
    property var form: null // FormsDesk.forms' entry
    /** A field was changed by the delegate (FormSendBar clears the last refusal). */
    signal edited()

    spacing: 10

    Repeater {
        model: fields.desk !== null && fields.formId.length > 0 ? fields.desk.fields(fields.formId) : []
        delegate: ColumnLayout {
            id: field
            required property var modelData
            Layout.fillWidth: true
            spacing: 4
            readonly property string value: fields.desk.revision >= 0 ? fields.desk.draft(fields.formId, modelData.id) : ""
            readonly property int page: Number(value.split("|")[0]) || 0
            readonly property string passage: value.indexOf("|") >= 0 ? value.substring(value.indexOf("|") + 1) : ""
            function store(v) {
                fields.edited()
                fields.desk.setDraft(fields.formId, modelData.id, v)
            }

            Label {
                Layout.fillWidth: true
                text: field.modelData.label + (field.modelData.required ? " *" : "")
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            TextArea {
                objectName: "field-" + field.modelData.id
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                visible: field.modelData.kind === 1 || field.modelData.kind === 2 || field.modelData.kind === 6
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: field.modelData.kind === 6 ? "2026-12-07" : ""
                // The Basic style draws no frame: a field must look like one.
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                text: field.value
                onTextChanged: if (text !== field.value) field.store(text)
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                visible: field.modelData.kind === 3 || field.modelData.kind === 4
                Repeater {
                    model: field.modelData.choices
                    delegate: BigButton {
                        required property string modelData
                        required property int index
                        readonly property var chosen: field.value === "" ? [] : field.value.split(",")
                        readonly property bool isChosen: chosen.indexOf(String(index)) >= 0
                        primary: isChosen
                        text: (isChosen ? "✓ " : "") + modelData
                        onClicked: {
                            let next = field.modelData.kind === 3 ? [] : chosen.filter(c => c !== String(index))
                            if (!isChosen)
                                next.push(String(index))
                            field.store(next.join(","))
                        }
                    }
                }
            }
            SpinBox {
                objectName: "number-" + field.modelData.id
                visible: field.modelData.kind === 5 || field.modelData.kind === 7
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                from: field.modelData.kind === 7 ? 1 : Math.max(0, field.modelData.min)
                to: field.modelData.max > 0 ? field.modelData.max : (field.modelData.kind === 7 ? 5 : 100000)
                value: Number(field.value)
                onValueModified: field.store(String(value))
            }
            // A reference: a page of the document and the passage. "–" until a page is chosen
            // (the reader's "Comment on this passage" chooses both).
            RowLayout {
                Layout.fillWidth: true
                visible: field.modelData.kind === 8
                spacing: 8
                Label { text: qsTr("Page"); font.pixelSize: Theme.fontBody }
                SpinBox {
                    id: pageBox
                    objectName: "page-" + field.modelData.id
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    from: 0
                    to: 9999
                    value: field.page
                    textFromValue: (v) => v > 0 ? String(v) : "–"
                    valueFromText: (t) => Number(t) || 0
                    onValueModified: {
                        fields.edited()
                        fields.desk.setDraftReference(fields.formId, field.modelData.id, value, passageField.text)
                    }
                }
                TextField {
                    id: passageField
                    objectName: "passage-" + field.modelData.id
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Passage (search it in the reader)")
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                    text: field.passage
                    // Kept as it is typed, as every other field: Send follows the draft.
                    onTextEdited: {
                        fields.edited()
                        fields.desk.setDraftReference(fields.formId, field.modelData.id, pageBox.value, text)
                    }
                }
            }
            // An amendment's proposed wording against its passage, as it is typed.
            DiffText {
                objectName: "draftDiff-" + field.modelData.id
                Layout.fillWidth: true
                visible: fields.form !== null && fields.form.purpose === FormsDesk.Amendment
                         && field.modelData.id === "wording" && field.value.length > 0
                pieces: visible ? fields.desk.wordDiff(fields.passageOfDraft(), field.value) : []
            }
        }
    }

    function passageOfDraft() {
        const v = fields.desk.draft(fields.formId, "passage")
        return v.indexOf("|") >= 0 ? v.substring(v.indexOf("|") + 1) : ""
    }
}
