pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// Forms and workflows (docs/forms.md): the forms of the meeting on the left (for the chair and
// the secretary under the keys that add the built-in ones); on the right the selected form -
// filled in by a delegate (FormFields.qml: a draft kept on this tablet, offline too, then
// sent), consolidated for the chair and the secretary - and below it the motions, amendments
// and questions with the steps this participant may take (CaseCard.qml). The logic is
// FormsDesk's (C++).
RowLayout {
    id: panel
    property MeetingClient client
    readonly property bool organiser: client !== null && client.canRunAgenda
    property string selectedId: ""
    /** A delegate fills in the selected form (open). */
    readonly property bool filling: selected !== null && selected.phase === 2 && !organiser
    /** The reader's passage found no open form of its kind on that document. */
    property string anchorProblem: ""
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

    /** The reader's "Comment on this passage" (purpose Feedback) / "Propose a change"
     *  (Amendment): the open form on that document, filled with the page and the passage. */
    function commentOn(purpose, documentId, page, passage) {
        const id = desk.anchorPassage(purpose, documentId, page, passage)
        anchorProblem = id.length > 0 ? ""
                        : purpose === FormsDesk.Amendment ? qsTr("No amendment form is open on this document.")
                        : qsTr("No feedback form is open on this document.")
        if (id.length > 0)
            selectedId = id
        return id
    }

    // The forms, and for the organiser the built-in forms to add on the current item. The two
    // columns share the width 2:3 whatever their texts' lengths (a long hint must not squeeze
    // the keys).
    ColumnLayout {
        Layout.preferredWidth: (panel.width - panel.spacing) * 2 / 5
        Layout.maximumWidth: Layout.preferredWidth
        Layout.fillHeight: true
        spacing: 10

        Label {
            text: qsTr("Forms")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            visible: panel.organiser
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Add a form on the current item:")
        }
        GridLayout {
            objectName: "addFormKeys"
            Layout.fillWidth: true
            visible: panel.organiser
            columns: 2
            columnSpacing: 8
            rowSpacing: 8
            Repeater {
                // No qsTr in the model: a live change of language would rebuild the keys, and
                // GridLayout (Qt 6.4) stacks rebuilt children on one another.
                model: [
                    { purpose: FormsDesk.Feedback, vi: "Phiếu góp ý dự thảo", en: "Feedback on the draft", anonymous: false },
                    { purpose: FormsDesk.Feedback, vi: "Phiếu góp ý dự thảo (ẩn danh)", en: "Feedback on the draft (anonymous)", anonymous: true },
                    { purpose: FormsDesk.Speak, vi: "Đăng ký phát biểu", en: "Registration to speak", anonymous: false },
                    { purpose: FormsDesk.Question, vi: "Phiếu chất vấn", en: "Written questions", anonymous: false },
                    { purpose: FormsDesk.Motion, vi: "Kiến nghị", en: "Motions", anonymous: false },
                    { purpose: FormsDesk.Amendment, vi: "Đề xuất sửa đổi dự thảo", en: "Amendments to the draft", anonymous: false }
                ]
                delegate: BigButton {
                    required property var modelData
                    required property int index
                    objectName: "addForm" + index
                    // Two equal columns: the words shrink to fit rather than widen the column.
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    primary: false
                    text: "+ " + [qsTr("Feedback"), qsTr("Anonymous feedback"), qsTr("Registration to speak"),
                                  qsTr("Written questions"), qsTr("Motions"), qsTr("Amendments")][index]
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
            Label {
                objectName: "noForms"
                anchors { left: parent.left; right: parent.right; top: parent.top }
                visible: formList.count === 0
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: panel.organiser ? qsTr("No form yet: add one with the keys above.")
                                      : qsTr("No form yet.")
            }
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                objectName: "formRow" + index
                width: ListView.view.width
                height: Math.max(Theme.touch, rowColumn.implicitHeight + 16)
                radius: Theme.radius
                color: panel.selectedId === modelData.id ? Theme.current : Theme.surface
                border.color: panel.selectedId === modelData.id ? Theme.currentAccent : Theme.border
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
                    onClicked: {
                        panel.selectedId = row.modelData.id
                        panel.anchorProblem = ""
                    }
                }
            }
        }
    }

    // The selected form: open/close, fill in, or its consolidation; then the cases.
    ColumnLayout {
        Layout.preferredWidth: (panel.width - panel.spacing) * 3 / 5
        Layout.maximumWidth: Layout.preferredWidth
        Layout.fillHeight: true
        spacing: 10

        Label {
            objectName: "anchorProblem"
            Layout.fillWidth: true
            visible: panel.anchorProblem.length > 0
            wrapMode: Text.Wrap
            color: Theme.warn
            font.pixelSize: Theme.fontBody
            text: panel.anchorProblem
        }
        // Nothing chosen yet: what this tab is for.
        Label {
            objectName: "formsHint"
            Layout.fillWidth: true
            visible: panel.selected === null
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: panel.organiser
                  ? qsTr("Add a form with the keys on the left, open it, and the delegates fill it in on their tablets. Its answers are counted here as they arrive.")
                  : qsTr("The forms the chair opens appear on the left: feedback on the draft, registration to speak, written questions, motions and amendments. Tap one to fill it in. To comment on a passage of the draft, search it in the reader and tap “Comment on this passage”.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: panel.selected !== null
            spacing: 8
            Label {
                objectName: "selectedTitle"
                Layout.fillWidth: true
                text: panel.selected ? panel.selected.title : ""
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            BigButton {
                objectName: "openForm"
                visible: panel.organiser && panel.selected !== null && panel.selected.phase === 1
                text: qsTr("Open the form")
                onClicked: desk.open(panel.selectedId)
            }
            BigButton {
                objectName: "closeForm"
                visible: panel.organiser && panel.selected !== null && panel.selected.phase === 2
                primary: false
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

                Label {
                    Layout.fillWidth: true
                    visible: !panel.organiser && panel.selected !== null && panel.selected.phase !== 2
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    text: panel.selected && panel.selected.phase === 3 ? qsTr("This form is closed.")
                                                                        : qsTr("This form is not open yet.")
                }
                // Filling in: a delegate's draft, field by field.
                FormFields {
                    objectName: "formFields"
                    Layout.fillWidth: true
                    visible: panel.filling
                    desk: desk
                    client: panel.client
                    formId: panel.filling ? panel.selectedId : ""
                    form: panel.selected
                    onEdited: sendBar.refusal = ""
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

        // Send, always in view under the fields.
        FormSendBar {
            id: sendBar
            Layout.fillWidth: true
            visible: panel.filling
            desk: desk
            client: panel.client
            formId: panel.filling ? panel.selectedId : ""
            form: panel.selected
            onFormIdChanged: refusal = ""
        }

        // Motions, amendments and questions, with the steps this participant may take.
        Label {
            text: qsTr("Motions, amendments and questions")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        ListView {
            id: caseList
            objectName: "caseList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            clip: true
            spacing: 8
            model: desk.cases
            Label {
                anchors { left: parent.left; right: parent.right; top: parent.top }
                visible: caseList.count === 0
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Motions and amendments sent with a form appear here, with where each stands.")
            }
            delegate: CaseCard {
                width: ListView.view.width
                desk: desk
            }
            ScrollBar.vertical: ScrollBar { }
        }
    }
}
