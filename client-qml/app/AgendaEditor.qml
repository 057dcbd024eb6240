pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Quorum.Tablet

// The open meeting's agenda on the organiser's desk: its items in order with presenter and
// planned minutes, moved up and down by keys, edited and removed, each with its documents (a
// PDF from this tablet through the upload path). Once convened, every change asks its reason.
Item {
    id: editor
    required property OrganiserDesk desk
    required property DeskReason reasonDialog
    /** The item a document is being chosen for. */
    property string uploadItem

    /** Runs `action(reason)`, with the reason asked for once the meeting is convened. */
    function withReason(what, action) {
        if (desk.needsReason)
            reasonDialog.ask(what, action)
        else
            action("")
    }
    function detailText(presenter, minutes) {
        const who = presenter.length > 0 ? qsTr("Presenter: %1").arg(presenter) : ""
        const planned = minutes > 0 ? qsTr("%n minute(s)", "", minutes) : ""
        return who.length > 0 && planned.length > 0 ? who + " · " + planned : who + planned
    }
    function minutesOf(text) {
        const n = parseInt(text, 10)
        return isNaN(n) ? 0 : Math.max(0, n)
    }
    function openForm(itemId, title, presenter, minutes) {
        itemForm.itemId = itemId
        formTitle.text = title
        formPresenter.text = presenter
        formMinutes.text = minutes > 0 ? String(minutes) : ""
        itemForm.open()
        formTitle.forceActiveFocus()
    }

    FileDialog {
        id: fileDialog
        objectName: "agendaFileDialog"
        title: qsTr("Choose a PDF for the agenda item")
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        fileMode: FileDialog.OpenFile
        onAccepted: editor.desk.uploadDocument(editor.uploadItem, selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Agenda")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "uploadState"
                visible: editor.desk.uploading
                text: qsTr("Uploading the document…")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            BigButton {
                objectName: "addItem"
                visible: !editor.desk.readOnly
                text: qsTr("Add an item")
                onClicked: editor.openForm("", "", "", 0)
            }
        }

        Text {
            objectName: "noItems"
            Layout.fillWidth: true
            visible: itemsView.count === 0
            text: qsTr("No agenda item yet.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        ListView {
            id: itemsView
            objectName: "agendaView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: editor.desk.agenda
            delegate: Rectangle {
                id: row
                required property int index
                required property string itemId
                required property string title
                required property string presenter
                required property int minutes
                required property var documents
                objectName: "agendaRow-" + index
                width: ListView.view ? ListView.view.width : 0
                height: rowLayout.implicitHeight + 20
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 10
                    anchors.leftMargin: 16
                    spacing: 12
                    Text {
                        Layout.alignment: Qt.AlignTop
                        text: (row.index + 1) + "."
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.primary
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            objectName: "itemTitle"
                            Layout.fillWidth: true
                            text: row.title
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: editor.detailText(row.presenter, row.minutes)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                        Repeater {
                            model: row.documents
                            delegate: Text {
                                required property string modelData
                                objectName: "itemDocument"
                                Layout.fillWidth: true
                                text: "• " + modelData
                                font.pixelSize: Theme.fontSmall
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                        }
                    }
                    Row {
                        Layout.alignment: Qt.AlignVCenter
                        spacing: 8
                        visible: !editor.desk.readOnly
                        BigButton {
                            objectName: "itemUp"
                            primary: false
                            text: "▲"
                            enabled: row.index > 0 && !editor.desk.busy
                            onClicked: editor.withReason(qsTr("Move “%1” up").arg(row.title),
                                                         reason => editor.desk.moveItem(row.itemId, -1, reason))
                        }
                        BigButton {
                            objectName: "itemDown"
                            primary: false
                            text: "▼"
                            enabled: row.index < itemsView.count - 1 && !editor.desk.busy
                            onClicked: editor.withReason(qsTr("Move “%1” down").arg(row.title),
                                                         reason => editor.desk.moveItem(row.itemId, 1, reason))
                        }
                        BigButton {
                            objectName: "itemEdit"
                            primary: false
                            text: qsTr("Edit")
                            onClicked: editor.openForm(row.itemId, row.title, row.presenter, row.minutes)
                        }
                        BigButton {
                            objectName: "itemDocumentAdd"
                            primary: false
                            text: qsTr("Add a PDF")
                            enabled: !editor.desk.uploading
                            onClicked: {
                                editor.uploadItem = row.itemId
                                fileDialog.open()
                            }
                        }
                        BigButton {
                            objectName: "itemRemove"
                            primary: false
                            tone: Theme.bad
                            text: qsTr("Remove")
                            enabled: row.documents.length === 0 && !editor.desk.busy
                            onClicked: editor.withReason(qsTr("Remove “%1”").arg(row.title),
                                                         reason => editor.desk.removeItem(row.itemId, reason))
                        }
                    }
                }
            }
        }
    }

    DialogFrame {
        id: itemForm
        property string itemId
        objectName: "itemForm"

        // The popup's only child (not its deferred contentItem, where ids are refused by
        // qmllint): the popup takes its implicit size.
        ColumnLayout {
            anchors.fill: parent
            spacing: 10
            Text {
                Layout.fillWidth: true
                text: itemForm.itemId.length > 0 ? qsTr("Agenda item") : qsTr("New agenda item")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Text { text: qsTr("Title"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: formTitle
                objectName: "itemTitleField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            Text { text: qsTr("Presenter"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: formPresenter
                objectName: "itemPresenterField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            Text { text: qsTr("Planned minutes"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: formMinutes
                objectName: "itemMinutesField"
                Layout.preferredWidth: 160
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 1440 }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 10
                spacing: Theme.spacing
                BigButton {
                    Layout.fillWidth: true
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: itemForm.close()
                }
                BigButton {
                    objectName: "itemSave"
                    Layout.fillWidth: true
                    text: itemForm.itemId.length > 0 ? qsTr("Save the item") : qsTr("Add the item")
                    enabled: formTitle.text.trim().length > 0
                    onClicked: {
                        itemForm.close()
                        const id = itemForm.itemId, t = formTitle.text, p = formPresenter.text
                        const m = editor.minutesOf(formMinutes.text)
                        if (id.length > 0)
                            editor.withReason(qsTr("Change “%1”").arg(t), reason => editor.desk.editItem(id, t, p, m, reason))
                        else
                            editor.withReason(qsTr("Add “%1”").arg(t), reason => editor.desk.addItem(t, p, m, reason))
                    }
                }
            }
        }
    }
}
