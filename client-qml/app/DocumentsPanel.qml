pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Quorum.Tablet

// The documents of the current agenda item on the meeting page: each with its download
// progress, "all documents ready" for the meeting, a tap opens the reader. While someone
// presents, one tap joins them ("Follow the presenter").
Rectangle {
    id: panel
    property MeetingClient client
    property T.StackView stack
    readonly property MeetingDocuments docs: client ? client.documents : null
    // An agenda item tapped to read ahead or back; empty: the current item.
    property string browsedItemId
    readonly property string shownItemId: browsedItemId.length > 0 ? browsedItemId
                                          : client ? client.currentItemId : ""
    readonly property bool browsing: browsedItemId.length > 0
    readonly property bool hasItem: shownItemId.length > 0
    signal backToCurrent()
    /** The reader's "Comment on this passage" / "Propose a change" (ReaderPage.passageChosen). */
    signal passageChosen(int purpose, string documentId, int page, string passage)

    /** Opens the reader on a document; follow = turn pages with the presenter. */
    function open(documentId, pageIndex, follow) {
        if (!stack)
            return null
        const reader = stack.push(readerComponent, { client: panel.client, documentId: documentId,
                                                     pageIndex: pageIndex, following: follow }) as ReaderPage
        reader.passageChosen.connect((purpose, page, passage) =>
                                     panel.passageChosen(purpose, reader.documentId, page, passage))
        return reader
    }

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    DocumentsModel {
        id: itemDocuments
        documents: panel.docs
        itemId: panel.shownItemId
    }

    Component {
        id: readerComponent
        ReaderPage { }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                objectName: "documentsTitle"
                Layout.fillWidth: true
                text: panel.browsing && panel.client
                      ? qsTr("Documents of item %1").arg(panel.client.agenda.indexOf(panel.browsedItemId) + 1)
                      : panel.hasItem ? qsTr("Documents of this item") : qsTr("Meeting documents")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "backToCurrentItem"
                visible: panel.browsing
                implicitHeight: 48
                primary: false
                font.pixelSize: Theme.fontSmall
                text: qsTr("Back to the current item")
                onClicked: panel.backToCurrent()
            }
            Text {
                objectName: "documentsReady"
                text: !panel.docs ? ""
                      : panel.docs.allReady ? "✓ " + qsTr("All documents ready")
                      : qsTr("Downloading documents… %1%").arg(Math.floor(panel.docs.progress * 100))
                color: panel.docs && panel.docs.allReady ? Theme.ok : Theme.warn
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }

        Text {
            visible: itemDocuments.count === 0
            text: qsTr("No documents for this item.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }

        Repeater {
            objectName: "itemDocuments"
            model: itemDocuments
            delegate: ItemDelegate {
                id: row
                required property string documentId
                required property string title
                required property int pageCount
                required property real progress
                required property bool ready
                objectName: "document_" + documentId
                Layout.fillWidth: true
                implicitHeight: Theme.touch + 8
                enabled: ready
                onClicked: panel.open(documentId, 0, false)
                background: Rectangle {
                    radius: 8
                    color: row.down ? Theme.pressed : Theme.background
                }
                contentItem: RowLayout {
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
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: row.title
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        ProgressBar {
                            objectName: "documentProgress"
                            Layout.fillWidth: true
                            visible: !row.ready
                            value: row.progress
                        }
                        Text {
                            visible: row.ready
                            text: qsTr("%n page(s)", "", row.pageCount)
                            font.pixelSize: 16
                            color: Theme.textMuted
                        }
                    }
                    // "Open" drawn as a button (outlined, as BigButton's secondary), not a bare word.
                    Rectangle {
                        objectName: "openDocumentKey"
                        // No id on the label: an id inside the deferred contentItem makes it immediate.
                        implicitWidth: childrenRect.width + 28
                        implicitHeight: 44
                        radius: Theme.radius
                        color: row.ready ? (row.down ? Theme.pressed : Theme.surface) : "transparent"
                        border.width: row.ready ? 2 : 0
                        border.color: Theme.primary
                        Text {
                            // At a fixed x (not centred): the key's width follows the label's.
                            x: 14
                            anchors.verticalCenter: parent.verticalCenter
                            text: row.ready ? qsTr("Open") + "  ›" : Math.floor(row.progress * 100) + "%"
                            font.pixelSize: Theme.fontBody
                            font.bold: row.ready
                            color: row.ready ? Theme.primary : Theme.textMuted
                        }
                    }
                }
            }
        }

        // Someone presents: follow them with one tap.
        Rectangle {
            objectName: "presentationBanner"
            Layout.fillWidth: true
            visible: panel.docs !== null && panel.docs.presenting && !panel.docs.canPresent
            implicitHeight: bannerRow.implicitHeight + 16
            radius: 8
            color: Theme.current
            RowLayout {
                id: bannerRow
                anchors { fill: parent; margins: 8 }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: !panel.docs || !panel.docs.presenting ? ""
                          : qsTr("%1 is presenting “%2”, page %3")
                            .arg(panel.docs.presenterName.length > 0 ? panel.docs.presenterName : qsTr("The chair"))
                            .arg(panel.docs.title(panel.docs.presentedDocumentId))
                            .arg(panel.docs.presentedPage + 1)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                BigButton {
                    objectName: "followButton"
                    text: qsTr("Follow the presenter")
                    height: 48
                    implicitHeight: 48
                    onClicked: panel.open(panel.docs.presentedDocumentId, panel.docs.presentedPage, true)
                }
            }
        }
    }
}
