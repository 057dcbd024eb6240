pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Quorum.Tablet

// The chair's and the secretary's documents tab: every agenda item with its documents, "Add a
// document" per item (a PDF from the tablet), and per document "Replace with a new version" and
// "Remove" (after a confirmation). One upload at a time, its progress and any error in words at
// the top. Delegates never get this page (MeetingPage shows it to chair and secretary only).
Item {
    id: manager
    property MeetingClient client
    readonly property MeetingDocuments docs: client ? client.documents : null
    readonly property DocumentUpload upload: docs ? docs.upload : null
    readonly property bool canChange: client !== null && client.canRunAgenda
                                      && client.connectionState === MeetingClient.Connected
                                      && upload !== null && !upload.busy

    // Where the picked file goes: an item, and a document to replace (empty: a new one).
    property string targetItemId
    property string targetDocumentId

    /** Opens the file picker for a new document of an item, or a new version of a document. */
    function pick(itemId, documentId) {
        targetItemId = itemId
        targetDocumentId = documentId
        fileDialog.open()
    }
    /** Starts the upload of a chosen file (the picker calls it; tests may too). */
    function uploadFile(url) {
        if (upload)
            upload.upload(url.toString(), targetItemId, targetDocumentId, "")
    }

    FileDialog {
        id: fileDialog
        objectName: "pdfFileDialog"
        title: manager.targetDocumentId.length > 0 ? qsTr("Choose the new version (PDF)") : qsTr("Choose a PDF document")
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        fileMode: FileDialog.OpenFile
        onAccepted: manager.uploadFile(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Text {
            Layout.fillWidth: true
            text: qsTr("Documents of the agenda")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        // The upload under way, or how the last one ended.
        Rectangle {
            objectName: "uploadStatus"
            Layout.fillWidth: true
            visible: manager.upload !== null && manager.upload.state !== DocumentUpload.Idle
            implicitHeight: statusColumn.implicitHeight + 24
            radius: Theme.radius
            color: manager.upload && manager.upload.state === DocumentUpload.Failed ? Theme.badSurface : Theme.surface
            border.color: manager.upload && manager.upload.state === DocumentUpload.Failed ? Theme.bad : Theme.border
            ColumnLayout {
                id: statusColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Text {
                        objectName: "uploadStateText"
                        Layout.fillWidth: true
                        text: Texts.uploadStateText(manager.upload)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: manager.upload && manager.upload.state === DocumentUpload.Failed ? Theme.bad
                               : manager.upload && manager.upload.state === DocumentUpload.Done ? Theme.ok : Theme.text
                        wrapMode: Text.WordWrap
                    }
                    BigButton {
                        objectName: "cancelUploadButton"
                        visible: manager.upload !== null && manager.upload.state === DocumentUpload.Uploading
                        primary: false
                        tone: Theme.bad
                        text: qsTr("Cancel")
                        onClicked: manager.upload.cancel()
                    }
                    BigButton {
                        objectName: "dismissUploadButton"
                        visible: manager.upload !== null && !manager.upload.busy
                        primary: false
                        text: qsTr("OK")
                        onClicked: manager.upload.dismiss()
                    }
                }
                ProgressBar {
                    objectName: "uploadProgress"
                    Layout.fillWidth: true
                    visible: manager.upload !== null && manager.upload.busy
                    value: manager.upload ? manager.upload.progress : 0
                    indeterminate: manager.upload !== null && manager.upload.state === DocumentUpload.Processing
                }
                Text {
                    objectName: "uploadErrorText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: manager.upload && manager.upload.state === DocumentUpload.Failed
                          ? Texts.uploadErrorText(manager.upload) : ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }

        ListView {
            id: items
            objectName: "documentItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: manager.client ? manager.client.agenda : null
            ScrollBar.vertical: ScrollBar { }

            delegate: Rectangle {
                id: itemCard
                required property string itemId
                required property string title
                required property int position
                required property bool isCurrent
                objectName: "documentItem_" + itemId
                width: ListView.view.width - 12
                implicitHeight: cardColumn.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: isCurrent ? Theme.currentAccent : Theme.border
                border.width: isCurrent ? 2 : 1

                DocumentsModel {
                    id: itemDocuments
                    documents: manager.docs
                    itemId: itemCard.itemId
                }

                ColumnLayout {
                    id: cardColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                    spacing: 8

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        Text {
                            Layout.fillWidth: true
                            text: itemCard.position + ". " + itemCard.title
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        BigButton {
                            objectName: "addDocumentButton"
                            text: "+ " + qsTr("Add a document")
                            enabled: manager.canChange
                            onClicked: manager.pick(itemCard.itemId, "")
                        }
                    }

                    Text {
                        visible: itemDocuments.count === 0
                        text: qsTr("No documents for this item.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }

                    Repeater {
                        model: itemDocuments
                        delegate: Rectangle {
                            id: docRow
                            required property string documentId
                            required property string title
                            required property string fileName
                            required property int pageCount
                            required property int version
                            objectName: "managedDocument_" + documentId
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touch, docLayout.implicitHeight) + 16
                            radius: 8
                            color: Theme.background

                            RowLayout {
                                id: docLayout
                                anchors { fill: parent; margins: 8 }
                                spacing: 12
                                Rectangle {
                                    implicitWidth: 44
                                    implicitHeight: 52
                                    radius: 4
                                    color: Theme.surface
                                    border.color: Theme.border
                                    Text {
                                        anchors.centerIn: parent
                                        text: "PDF"
                                        font.pixelSize: 13
                                        font.bold: true
                                        color: Theme.bad
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Text {
                                        objectName: "managedDocumentTitle"
                                        Layout.fillWidth: true
                                        text: docRow.title
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        objectName: "managedDocumentInfo"
                                        Layout.fillWidth: true
                                        text: qsTr("%n page(s)", "", docRow.pageCount) + " · "
                                              + qsTr("version %1").arg(docRow.version) + " · " + docRow.fileName
                                        font.pixelSize: 16
                                        color: Theme.textMuted
                                        elide: Text.ElideMiddle
                                    }
                                }
                                BigButton {
                                    objectName: "replaceDocumentButton"
                                    primary: false
                                    text: qsTr("Replace with a new version")
                                    enabled: manager.canChange
                                    onClicked: manager.pick(itemCard.itemId, docRow.documentId)
                                }
                                BigButton {
                                    objectName: "removeDocumentButton"
                                    primary: false
                                    tone: Theme.bad
                                    text: qsTr("Remove")
                                    enabled: manager.canChange
                                    onClicked: removeDialog.ask(docRow.documentId, docRow.title)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // "Remove" asks first: delegates lose the document from their tablets' list.
    Popup {
        id: removeDialog
        objectName: "removeDocumentDialog"
        property string documentId
        property string title
        parent: manager.Window.contentItem
        anchors.centerIn: parent
        width: 520
        modal: true
        focus: true
        padding: 20
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

        function ask(id, title) {
            documentId = id
            removeDialog.title = title
            open()
        }

        contentItem: ColumnLayout {
            spacing: 16
            Text {
                objectName: "removeDocumentQuestion"
                Layout.fillWidth: true
                text: qsTr("Remove “%1” from the agenda? Participants will no longer see it.").arg(removeDialog.title)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BigButton {
                    objectName: "removeDocumentCancel"
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: removeDialog.close()
                }
                BigButton {
                    objectName: "removeDocumentConfirm"
                    Layout.fillWidth: true
                    tone: Theme.bad
                    text: qsTr("Remove the document")
                    onClicked: {
                        manager.docs.removeDocument(removeDialog.documentId)
                        removeDialog.close()
                    }
                }
            }
        }
    }
}
