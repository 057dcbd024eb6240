pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Quorum.Tablet

// The participants of the meeting open at the organiser's desk (issue 13): the list (name,
// title, unit, role, weight), add, edit, remove, the office's list imported through
// RosterImport (all or nothing), PINs issued or re-issued (shown once, as the server gives
// them) and the join cards printed from them. The logic is DeskParticipants' (C++); this page
// shows it and words the server's refusals (Texts.refusalText).
Item {
    id: page

    /** The desk's OrganiserClient (set by the desk, or a test). */
    property QtObject organiserClient
    /** The server as tablets reach it, for the cards' join links (unset: the client's own). */
    property url serverUrl
    readonly property DeskParticipantsModel participants: DeskParticipantsModel {
        organiserClient: page.organiserClient
        serverUrl: page.serverUrl
    }
    readonly property DeskJoinCards cards: DeskJoinCards { participants: page.participants }
    /** The participant being edited ({id, name, ...}); null: the list shows. */
    property var editing: null
    property bool importing: false

    /** The change's reason (required once convened), from the reason field. */
    function reason(): string { return reasonField.text.trim() }
    /** Prints the cards of every PIN held to `file` (a URL); true when written. */
    function printCards(file) { return page.cards.write(file) }
    function startAdd() {
        page.editing = { id: "", name: "", title: "", unit: "", role: MeetingClient.Delegate, weight: 1 }
    }
    function startEdit(id: string) { page.editing = page.participants.participant(id) }
    /** Sends the edit form: a new participant (no id yet) or an edit. */
    function saveEditing(values) {
        const sent = values.id.length === 0 ? page.participants.add(values, page.reason())
                                            : page.participants.edit(values, page.reason())
        if (sent)
            page.editing = null
        return sent
    }
    function importList(list) {
        page.importing = false
        return page.participants.importList(list, replaceBox.checked, page.reason())
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    Connections {
        target: page.participants
        function onReplied(action, ok) {
            if (ok)
                reasonField.clear()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 12
        visible: !page.importing

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                objectName: "participantsTitle"
                Layout.fillWidth: true
                text: qsTr("Participants (%1)").arg(page.participants.count)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            BigButton {
                objectName: "addParticipant"
                primary: false
                enabled: page.participants.editable && !page.participants.busy
                text: qsTr("Add")
                onClicked: page.startAdd()
            }
            BigButton {
                objectName: "importList"
                primary: page.participants.count === 0
                enabled: page.participants.editable && !page.participants.busy
                text: qsTr("Import a list")
                onClicked: page.importing = true
            }
            BigButton {
                objectName: "issuePins"
                primary: page.participants.withoutPin > 0
                enabled: page.participants.editable && !page.participants.busy && page.participants.withoutPin > 0
                text: qsTr("Issue PINs (%1)").arg(page.participants.withoutPin)
                onClicked: page.participants.issueMissingPins()
            }
            BigButton {
                objectName: "printCards"
                enabled: page.participants.pinCount > 0
                text: qsTr("Print join cards (%1)").arg(page.participants.pinCount)
                onClicked: saveDialog.open()
            }
        }

        // Once convened, every change is on the record with its reason (the server refuses
        // one without).
        RowLayout {
            Layout.fillWidth: true
            visible: page.participants.needsReason || page.participants.phase === 1
            spacing: 12
            TextField {
                id: reasonField
                objectName: "reasonField"
                Layout.fillWidth: true
                visible: page.participants.needsReason
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Reason for the change (required once the meeting is convened)")
            }
            CheckBox {
                id: replaceBox
                objectName: "replaceBox"
                // Replacing the whole list is for a draft only.
                visible: page.participants.phase === 1 && page.participants.count > 0
                checked: false
                font.pixelSize: Theme.fontSmall
                text: qsTr("An imported list replaces this one")
            }
        }

        // The last refusal, in the page's words, with each refused row of an import.
        Rectangle {
            objectName: "refusalBox"
            Layout.fillWidth: true
            visible: page.participants.errorCode !== 0
            implicitHeight: refusalColumn.implicitHeight + 20
            radius: Theme.radius
            color: Theme.badSurface
            border.color: Theme.bad
            ColumnLayout {
                id: refusalColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
                spacing: 4
                Text {
                    objectName: "refusalText"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.bad
                    text: Texts.refusalText(page.participants.refusal, page.participants.errorCode)
                }
                Repeater {
                    model: page.participants.refusedRows
                    delegate: Text {
                        required property var modelData
                        objectName: "refusedRow"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.bad
                        text: qsTr("Row %1 (%2): %3").arg(modelData.index + 1).arg(modelData.name)
                              .arg(Texts.refusalText(modelData.reason, 0))
                    }
                }
            }
        }

        Text {
            objectName: "pinsNotice"
            Layout.fillWidth: true
            visible: page.participants.pinCount > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: qsTr("New PINs are shown only now: print the join cards or note them before leaving this page.")
        }

        ListView {
            id: list
            objectName: "participantList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: page.participants
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: rowItem
                required property string participantId
                required property string name
                required property string title
                required property string unit
                required property int participantRole
                required property real weight
                required property int pinIssues
                required property string pin
                objectName: "participant-" + participantId
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touch, rowLayout.implicitHeight) + 12
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: rowLayout
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    spacing: 12
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: rowItem.name
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: rowItem.title.length > 0 && rowItem.unit.length > 0 ? rowItem.title + " · " + rowItem.unit
                                  : rowItem.title + rowItem.unit
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        text: Texts.roleName(rowItem.participantRole)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Text {
                        visible: rowItem.weight !== 1
                        text: qsTr("weight %1").arg(Number(rowItem.weight).toLocaleString(Qt.locale(Language.current), "f", 0))
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "pin"
                        Layout.preferredWidth: 130
                        horizontalAlignment: Text.AlignHCenter
                        text: rowItem.pin.length > 0 ? rowItem.pin
                              : rowItem.pinIssues > 0 ? qsTr("PIN issued") : qsTr("no PIN")
                        font.pixelSize: rowItem.pin.length > 0 ? Theme.fontLarge : Theme.fontSmall
                        font.bold: rowItem.pin.length > 0
                        font.letterSpacing: rowItem.pin.length > 0 ? 3 : 0
                        color: rowItem.pin.length > 0 ? Theme.primary : Theme.textMuted
                    }
                    BigButton {
                        objectName: "reissue"
                        primary: false
                        enabled: page.participants.editable && !page.participants.busy
                        text: rowItem.pinIssues > 0 ? qsTr("New PIN") : qsTr("PIN")
                        onClicked: page.participants.issuePins([rowItem.participantId])
                    }
                    BigButton {
                        objectName: "edit"
                        primary: false
                        enabled: page.participants.editable && !page.participants.busy
                        text: qsTr("Edit")
                        onClicked: page.startEdit(rowItem.participantId)
                    }
                    BigButton {
                        objectName: "remove"
                        primary: false
                        tone: Theme.bad
                        enabled: page.participants.editable && !page.participants.busy
                        text: qsTr("Remove")
                        onClicked: {
                            removeDialog.participantId = rowItem.participantId
                            removeDialog.text = qsTr("Remove %1 from the participants?").arg(rowItem.name)
                            removeDialog.open()
                        }
                    }
                }
            }
        }
    }

    ConfirmDialog {
        id: removeDialog
        objectName: "removeDialog"
        property string participantId
        confirmText: qsTr("Remove")
        onConfirmed: page.participants.remove(participantId, page.reason())
    }

    FileDialog {
        id: saveDialog
        objectName: "cardsDialog"
        title: qsTr("Save the join cards")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        selectedFile: page.cards.suggestedFile()
        onAccepted: page.printCards(selectedFile)
    }

    Toast {
        id: cardsToast
        objectName: "cardsToast"
    }
    Connections {
        target: page.cards
        function onWritten() {
            cardsToast.show(page.cards.error.length > 0 ? qsTr("The join cards could not be written.")
                                                        : qsTr("Join cards saved: %1").arg(String(page.cards.writtenFile).replace("file://", "")))
        }
    }

    DeskParticipantForm {
        objectName: "participantForm"
        anchors.fill: parent
        visible: page.editing !== null
        values: page.editing
        onSaved: values => page.saveEditing(values)
        onCancelled: page.editing = null
    }

    RosterImport {
        id: rosterImport
        objectName: "rosterImport"
        anchors.fill: parent
        visible: page.importing
        onAccepted: participants => page.importList(participants)
        onCancelled: page.importing = false
    }
}
