pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Quorum.Tablet

// The organiser's and the secretary's form builder (issue 16): a survey of their own, field by
// field, in Vietnamese and English. A view of FormDraft (C++), which checks every change with
// the server's own rules: the key that creates the form is enabled only when the server would
// take it, and the first problem is shown in words, its field framed in red.
Popup {
    id: builder
    property MeetingClient client
    /** The form just created (the panel selects it). */
    signal created(string formId)

    objectName: "formBuilder"
    // Over the whole window wherever it is declared (a panel's column, a key's row).
    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 1100) : 900
    height: parent ? parent.height - 32 : 760
    modal: true
    padding: 20
    background: Rectangle { radius: Theme.radius; color: Theme.background; border.color: Theme.border }

    FormDraft {
        id: draft
        objectName: "formDraft"
        client: builder.client
    }

    function kindName(kind) {
        switch (kind) {
        case FormDraft.Text: return qsTr("Short text")
        case FormDraft.LongText: return qsTr("Long text")
        case FormDraft.SingleChoice: return qsTr("One choice")
        case FormDraft.MultipleChoice: return qsTr("Several choices")
        case FormDraft.Number: return qsTr("Number")
        case FormDraft.Date: return qsTr("Date")
        case FormDraft.Rating: return qsTr("Rating")
        case FormDraft.Reference: return qsTr("Page or passage")
        }
        return ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTr("New form")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 8
            TextField {
                objectName: "builderTitleVi"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Title in Vietnamese")
                background: Rectangle { color: Theme.surface; radius: 6; border.color: draft.problem === Refusal.FormNoTitle ? Theme.bad : Theme.border }
                text: draft.titleVi
                onTextEdited: draft.titleVi = text
            }
            TextField {
                objectName: "builderTitleEn"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Title in English")
                background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
                text: draft.titleEn
                onTextEdited: draft.titleEn = text
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            BigButton {
                objectName: "builderNamed"
                primary: !draft.anonymous
                text: qsTr("Named")
                onClicked: draft.anonymous = false
            }
            BigButton {
                objectName: "builderAnonymous"
                primary: draft.anonymous
                text: qsTr("Anonymous")
                onClicked: draft.anonymous = true
            }
            Item { width: 24; height: 1 }
            BigButton {
                objectName: "builderOnItem"
                visible: builder.client !== null && builder.client.currentItemId !== ""
                primary: draft.itemId !== ""
                text: qsTr("On the current item")
                onClicked: draft.itemId = builder.client.currentItemId
            }
            BigButton {
                objectName: "builderBeforeMeeting"
                primary: draft.itemId === ""
                text: qsTr("Before the meeting")
                onClicked: draft.itemId = ""
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Add a field:")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [FormDraft.Text, FormDraft.LongText, FormDraft.SingleChoice, FormDraft.MultipleChoice,
                        FormDraft.Number, FormDraft.Date, FormDraft.Rating, FormDraft.Reference]
                delegate: BigButton {
                    required property int modelData
                    objectName: "builderAdd" + modelData
                    primary: false
                    text: "+ " + builder.kindName(modelData)
                    onClicked: {
                        draft.addField(modelData)
                        fieldList.positionViewAtEnd()
                    }
                }
            }
        }

        ListView {
            id: fieldList
            objectName: "builderFields"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: draft
            delegate: Rectangle {
                id: fieldBox
                required property int index
                required property int kind
                required property string labelVi
                required property string labelEn
                required property bool isRequired
                required property string choices
                required property double min
                required property double max
                required property bool hasProblem
                objectName: "builderField" + index
                width: ListView.view.width
                height: fieldColumn.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.width: hasProblem ? 3 : 1
                border.color: hasProblem ? Theme.bad : Theme.border

                ColumnLayout {
                    id: fieldColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                    spacing: 8
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: (fieldBox.index + 1) + ". " + builder.kindName(fieldBox.kind)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Switch {
                            objectName: "builderRequired" + fieldBox.index
                            implicitHeight: Theme.touch
                            text: qsTr("Required")
                            font.pixelSize: Theme.fontSmall
                            checked: fieldBox.isRequired
                            onToggled: draft.setField(fieldBox.index, "isRequired", checked)
                        }
                        BigButton {
                            primary: false
                            enabled: fieldBox.index > 0
                            text: "↑"
                            Accessible.name: qsTr("Move up")
                            onClicked: draft.moveField(fieldBox.index, fieldBox.index - 1)
                        }
                        BigButton {
                            primary: false
                            enabled: fieldBox.index < draft.count - 1
                            text: "↓"
                            Accessible.name: qsTr("Move down")
                            onClicked: draft.moveField(fieldBox.index, fieldBox.index + 1)
                        }
                        BigButton {
                            objectName: "builderRemove" + fieldBox.index
                            primary: false
                            tone: Theme.bad
                            text: qsTr("Remove")
                            onClicked: draft.removeField(fieldBox.index)
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        TextField {
                            objectName: "builderLabelVi" + fieldBox.index
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontBody
                            placeholderText: qsTr("Question in Vietnamese")
                            background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
                            text: fieldBox.labelVi
                            onTextEdited: draft.setField(fieldBox.index, "labelVi", text)
                        }
                        TextField {
                            objectName: "builderLabelEn" + fieldBox.index
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontBody
                            placeholderText: qsTr("Question in English")
                            background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
                            text: fieldBox.labelEn
                            onTextEdited: draft.setField(fieldBox.index, "labelEn", text)
                        }
                    }
                    TextArea {
                        objectName: "builderChoices" + fieldBox.index
                        Layout.fillWidth: true
                        visible: fieldBox.kind === FormDraft.SingleChoice || fieldBox.kind === FormDraft.MultipleChoice
                        font.pixelSize: Theme.fontBody
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("One choice a line: Vietnamese | English")
                        background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
                        // Set once: re-binding while typing would move the cursor.
                        Component.onCompleted: text = fieldBox.choices
                        onTextChanged: if (activeFocus) draft.setField(fieldBox.index, "choices", text)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: fieldBox.kind === FormDraft.Number || fieldBox.kind === FormDraft.Rating
                        spacing: 8
                        Label {
                            text: fieldBox.kind === FormDraft.Rating ? qsTr("Stars (1 to 10):") : qsTr("From")
                            font.pixelSize: Theme.fontSmall
                        }
                        TextField {
                            objectName: "builderMin" + fieldBox.index
                            visible: fieldBox.kind === FormDraft.Number
                            implicitWidth: 120
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontBody
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
                            text: String(fieldBox.min)
                            onTextEdited: draft.setField(fieldBox.index, "min", Number(text))
                        }
                        Label {
                            visible: fieldBox.kind === FormDraft.Number
                            text: qsTr("to")
                            font.pixelSize: Theme.fontSmall
                        }
                        TextField {
                            objectName: "builderMax" + fieldBox.index
                            implicitWidth: 120
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontBody
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
                            text: String(fieldBox.max)
                            onTextEdited: draft.setField(fieldBox.index, "max", Number(text))
                        }
                    }
                }
            }
        }

        Label {
            objectName: "builderProblem"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.bad
            visible: draft.problem !== 0
            text: (draft.problemRow >= 0 ? qsTr("Field %1: ").arg(draft.problemRow + 1) : "")
                  + Texts.refusalText(draft.problem, 0)
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 12
            BigButton {
                objectName: "builderCancel"
                primary: false
                text: qsTr("Cancel")
                onClicked: builder.close()
            }
            BigButton {
                objectName: "builderCreate"
                enabled: draft.problem === 0 && builder.client !== null
                         && builder.client.connectionState === MeetingClient.Connected
                text: qsTr("Create the form")
                onClicked: {
                    if (draft.send() !== "") {
                        builder.created(draft.sentFormId)
                        draft.clear()
                        builder.close()
                    }
                }
            }
        }
    }
}
