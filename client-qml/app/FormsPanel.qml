pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// Forms and workflows (docs/forms.md): the forms of the meeting on the left; on the right the
// selected form - filled in by a delegate (a draft kept on this tablet, offline too, then sent),
// consolidated for the chair and the secretary - and below it the motions, amendments and
// questions with the steps this participant may take. The logic is FormsDesk's (C++).
RowLayout {
    id: panel
    property MeetingClient client
    readonly property bool organiser: client !== null && client.canRunAgenda
    property string selectedId: ""
    // revision: the dependency that wakes the bindings that call FormsDesk's functions (an
    // expression statement alone is compiled away).
    readonly property var selected: {
        if (desk.revision < 0)
            return null
        for (const f of desk.forms)
            if (f.id === selectedId)
                return f
        return null
    }

    objectName: "formsPanel"
    spacing: Theme.spacing

    FormsDesk {
        id: desk
        objectName: "formsDesk"
        client: panel.client
        language: Language.current
    }

    function phaseText(phase) {
        return phase === 2 ? qsTr("Open") : phase === 3 ? qsTr("Closed") : qsTr("Not open yet")
    }

    // The forms, and for the organiser the built-in forms to add on the current item.
    ColumnLayout {
        Layout.preferredWidth: 2
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 8

        Label {
            text: qsTr("Forms")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: panel.organiser
            Repeater {
                model: [
                    { purpose: FormsDesk.Feedback, vi: "Phiếu góp ý dự thảo", en: "Feedback on the draft", text: qsTr("Feedback"), anonymous: false },
                    { purpose: FormsDesk.Feedback, vi: "Phiếu góp ý dự thảo (ẩn danh)", en: "Feedback on the draft (anonymous)", text: qsTr("Anonymous feedback"), anonymous: true },
                    { purpose: FormsDesk.Speak, vi: "Đăng ký phát biểu", en: "Registration to speak", text: qsTr("Registration to speak"), anonymous: false },
                    { purpose: FormsDesk.Question, vi: "Phiếu chất vấn", en: "Written questions", text: qsTr("Written questions"), anonymous: false },
                    { purpose: FormsDesk.Motion, vi: "Kiến nghị", en: "Motions", text: qsTr("Motions"), anonymous: false },
                    { purpose: FormsDesk.Amendment, vi: "Đề xuất sửa đổi dự thảo", en: "Amendments to the draft", text: qsTr("Amendments"), anonymous: false }
                ]
                delegate: Button {
                    required property var modelData
                    required property int index
                    objectName: "addForm" + index
                    text: "+ " + modelData.text
                    font.pixelSize: Theme.fontSmall
                    onClicked: {
                        const id = "f-" + Date.now().toString(36)
                        desk.defineBuiltin(id, modelData.purpose, modelData.vi, modelData.en,
                                           modelData.anonymous, desk.draftDocumentId())
                        panel.selectedId = id
                    }
                }
            }
        }
        // ---- formsout16: the form builder and the export of a form's results (FormBuilder.qml,
        // FormExportDialog.qml) ----
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: panel.organiser
            BigButton {
                objectName: "newFormButton"
                text: qsTr("New form")
                onClicked: formBuilder.open()
            }
            BigButton {
                objectName: "exportFormButton"
                primary: false
                enabled: panel.selected !== null && panel.selected.phase >= 2
                text: qsTr("Export the results")
                onClicked: formExport.open()
            }
            FormBuilder {
                id: formBuilder
                client: panel.client
                onCreated: formId => panel.selectedId = formId
            }
            FormExportDialog {
                id: formExport
                client: panel.client
                formId: panel.selectedId
                formTitle: panel.selected ? panel.selected.title : ""
            }
        }
        // ---- end formsout16 ----
        ListView {
            id: formList
            objectName: "formList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: desk.forms
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                objectName: "formRow" + index
                width: ListView.view.width
                height: Math.max(Theme.touch, rowColumn.implicitHeight + 16)
                radius: Theme.radius
                color: panel.selectedId === modelData.id ? Theme.current : Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: rowColumn
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.title
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        text: panel.phaseText(row.modelData.phase)
                              + " · " + qsTr("%n answered", "", row.modelData.respondents)
                              + (row.modelData.anonymous ? " · " + qsTr("anonymous") : "")
                              + (row.modelData.answered ? " · " + qsTr("you answered") : "")
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: panel.selectedId = row.modelData.id
                }
            }
        }
    }

    // The selected form: open/close, fill in, or its consolidation; then the cases.
    ColumnLayout {
        Layout.preferredWidth: 3
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            visible: panel.selected !== null
            Label {
                Layout.fillWidth: true
                text: panel.selected ? panel.selected.title : ""
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "openForm"
                visible: panel.organiser && panel.selected !== null && panel.selected.phase === 1
                text: qsTr("Open the form")
                onClicked: desk.open(panel.selectedId)
            }
            Button {
                objectName: "closeForm"
                visible: panel.organiser && panel.selected !== null && panel.selected.phase === 2
                text: qsTr("Close the form")
                onClicked: desk.close(panel.selectedId)
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            clip: true
            visible: panel.selected !== null
            contentWidth: availableWidth

            ColumnLayout {
                width: parent.width
                spacing: 8

                // Filling in: a delegate's draft, field by field.
                Repeater {
                    model: panel.selected && panel.selected.phase === 2 && !panel.organiser
                           ? desk.fields(panel.selectedId) : []
                    delegate: ColumnLayout {
                        id: field
                        required property var modelData
                        Layout.fillWidth: true
                        readonly property string value: desk.revision >= 0 ? desk.draft(panel.selectedId, modelData.id) : ""
                        Label {
                            Layout.fillWidth: true
                            text: field.modelData.label + (field.modelData.required ? " *" : "")
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        TextArea {
                            objectName: "field-" + field.modelData.id
                            Layout.fillWidth: true
                            visible: field.modelData.kind === 1 || field.modelData.kind === 2 || field.modelData.kind === 6
                            wrapMode: TextEdit.Wrap
                            font.pixelSize: Theme.fontBody
                            placeholderText: field.modelData.kind === 6 ? "2026-12-07" : ""
                            // The Basic style draws no frame: a field must look like one.
                            background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                            text: field.value
                            onTextChanged: if (text !== field.value) desk.setDraft(panel.selectedId, field.modelData.id, text)
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 6
                            visible: field.modelData.kind === 3 || field.modelData.kind === 4
                            Repeater {
                                model: field.modelData.choices
                                delegate: Button {
                                    required property string modelData
                                    required property int index
                                    readonly property var chosen: field.value === "" ? [] : field.value.split(",")
                                    checkable: true
                                    checked: chosen.indexOf(String(index)) >= 0
                                    text: modelData
                                    onClicked: {
                                        let next = field.modelData.kind === 3 ? [] : chosen.filter(c => c !== String(index))
                                        if (checked)
                                            next.push(String(index))
                                        desk.setDraft(panel.selectedId, field.modelData.id, next.join(","))
                                    }
                                }
                            }
                        }
                        SpinBox {
                            visible: field.modelData.kind === 5 || field.modelData.kind === 7
                            from: field.modelData.kind === 7 ? 1 : Math.max(0, field.modelData.min)
                            to: field.modelData.max > 0 ? field.modelData.max : (field.modelData.kind === 7 ? 5 : 100000)
                            value: Number(field.value)
                            onValueModified: desk.setDraft(panel.selectedId, field.modelData.id, String(value))
                        }
                        // A page and the passage selected in the reader.
                        RowLayout {
                            Layout.fillWidth: true
                            visible: field.modelData.kind === 8
                            Label { text: qsTr("Page") }
                            SpinBox {
                                id: pageBox
                                objectName: "page-" + field.modelData.id
                                from: 1
                                to: 9999
                                value: Math.max(1, Number(field.value.split("|")[0]))
                                onValueModified: desk.setDraftReference(panel.selectedId, field.modelData.id, value, passageField.text)
                            }
                            TextField {
                                id: passageField
                                objectName: "passage-" + field.modelData.id
                                Layout.fillWidth: true
                                placeholderText: qsTr("Passage (the selected text)")
                                text: field.value.indexOf("|") >= 0 ? field.value.substring(field.value.indexOf("|") + 1) : ""
                                onEditingFinished: desk.setDraftReference(panel.selectedId, field.modelData.id, pageBox.value, text)
                            }
                        }
                    }
                }
                RowLayout {
                    visible: panel.selected !== null && panel.selected.phase === 2 && !panel.organiser
                    Button {
                        objectName: "sendAnswer"
                        text: panel.selected && panel.selected.answered && !panel.selected.workflow ? qsTr("Send the correction") : qsTr("Send")
                        enabled: desk.revision >= 0 && desk.hasDraft(panel.selectedId) && !desk.draftSent(panel.selectedId)
                        onClicked: desk.submit(panel.selectedId)
                    }
                    Label {
                        objectName: "draftState"
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: {
                            if (desk.revision < 0)
                                return ""
                            if (desk.draftSent(panel.selectedId))
                                return panel.client && panel.client.connectionState === MeetingClient.Connected
                                       ? qsTr("Sending…") : qsTr("Kept on this tablet: it is sent when the connection is back.")
                            return desk.hasDraft(panel.selectedId) ? qsTr("Draft kept on this tablet.") : ""
                        }
                    }
                }

                // The consolidation, for the chair and the secretary.
                Repeater {
                    model: desk.revision >= 0 && panel.organiser && panel.selected ? desk.consolidation(panel.selectedId) : []
                    delegate: Label {
                        required property var modelData
                        required property int index
                        objectName: "consolidation" + index
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        font.bold: modelData.kind === "group" || modelData.kind === "count"
                        leftPadding: modelData.kind === "entry" || modelData.kind === "choice" ? 24 : 0
                        text: modelData.kind === "pending" ? qsTr("%n answered. Anonymous answers are shown when the form closes.", "", modelData.count)
                              : modelData.kind === "count" ? qsTr("%n answers", "", modelData.count)
                              : modelData.kind === "group" ? (modelData.page ? qsTr("Page %1").arg(modelData.page) + (modelData.text ? " — " + modelData.text : "") : modelData.text)
                                                             + (modelData.count >= 0 ? " (" + modelData.count + ")" : "")
                              : modelData.kind === "choice" ? modelData.text + ": " + modelData.count
                              : "– " + modelData.text
                    }
                }
            }
        }

        // Motions, amendments and questions, with the steps this participant may take.
        Label {
            text: qsTr("Motions, amendments and questions")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        ListView {
            objectName: "caseList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            clip: true
            spacing: 6
            model: desk.cases
            delegate: Rectangle {
                id: caseRow
                required property var modelData
                width: ListView.view.width
                height: caseColumn.implicitHeight + 16
                radius: Theme.radius
                color: Theme.surface
                border.color: modelData.adopted ? Theme.ok : Theme.border
                ColumnLayout {
                    id: caseColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        text: caseRow.modelData.formTitle + " " + caseRow.modelData.number + ": " + caseRow.modelData.summary
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: caseRow.modelData.author + " · " + caseRow.modelData.stateLabel
                              + (caseRow.modelData.amendedText ? " · " + caseRow.modelData.amendedText : "")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: caseRow.modelData.steps
                            delegate: Button {
                                required property var modelData
                                text: modelData.label
                                font.pixelSize: Theme.fontSmall
                                onClicked: desk.takeStep(caseRow.modelData.formId, caseRow.modelData.number, modelData.to,
                                                         modelData.needsBallot && panel.client.floor.ballot ? panel.client.floor.ballot.ballotId : "")
                            }
                        }
                    }
                }
            }
        }
    }
}
