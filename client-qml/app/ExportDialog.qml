import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// "Export PDF with notes": the server writes the document's shared notes (and, when asked,
// this participant's private ones) into the PDF as real PDF annotations; the tablet fetches
// the file and opens or shares it with the system's PDF reader.
Popup {
    id: dialog
    property MeetingClient client
    property string documentId
    readonly property MeetingDocuments docs: client ? client.documents : null
    readonly property bool mine: docs !== null && docs.exportDocumentId === documentId
    readonly property int exportState: mine ? docs.exportState : MeetingDocuments.ExportIdle
    property alias includePrivate: privateSwitch.checked

    anchors.centerIn: parent
    width: 560
    modal: true
    padding: 24
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        Text {
            Layout.fillWidth: true
            text: qsTr("Export PDF with notes")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("The shared notes are written into the PDF, readable in any PDF reader.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Switch {
            id: privateSwitch
            objectName: "exportPrivateSwitch"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            text: qsTr("Include my private notes")
            font.pixelSize: Theme.fontBody
        }
        Text {
            objectName: "exportStatus"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: dialog.exportState === MeetingDocuments.ExportFailed ? Theme.bad : Theme.text
            text: dialog.exportState === MeetingDocuments.ExportRendering ? qsTr("The server is writing the notes into the PDF…")
                : dialog.exportState === MeetingDocuments.ExportDownloading ? qsTr("Downloading… %1%").arg(Math.round(dialog.docs.exportProgress * 100))
                : dialog.exportState === MeetingDocuments.ExportReady ? qsTr("Ready: %1 (%n note(s))", "", dialog.docs.exportAnnotationCount).arg(dialog.docs.exportFileName)
                : dialog.exportState === MeetingDocuments.ExportFailed ? Texts.refusalText(dialog.docs.exportErrorReason, dialog.docs.exportError)
                : ""
            visible: text.length > 0
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.exportState === MeetingDocuments.ExportRendering || dialog.exportState === MeetingDocuments.ExportDownloading
            running: visible
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 12
            BigButton {
                primary: false
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            BigButton {
                objectName: "exportStartButton"
                visible: dialog.exportState !== MeetingDocuments.ExportReady
                enabled: dialog.docs !== null && dialog.client.connectionState === MeetingClient.Connected
                         && dialog.exportState !== MeetingDocuments.ExportRendering
                         && dialog.exportState !== MeetingDocuments.ExportDownloading
                text: qsTr("Export")
                onClicked: dialog.docs.exportAnnotated(dialog.documentId, privateSwitch.checked)
            }
            BigButton {
                objectName: "exportOpenButton"
                visible: dialog.exportState === MeetingDocuments.ExportReady
                text: qsTr("Open / share")
                onClicked: Qt.openUrlExternally(dialog.docs.exportUrl)
            }
        }
    }
}
