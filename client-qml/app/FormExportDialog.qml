import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Quorum.Tablet

// "Export the results": the server writes one form's consolidation as the minutes hold it, a
// PDF (with a chart per choice) and a CSV for a spreadsheet, in Vietnamese or English; the
// tablet fetches both and keeps them under their names. A view of FormResultsExport (C++).
Popup {
    id: dialog
    property MeetingClient client
    property string formId
    property string formTitle
    readonly property int status: exporter.formId === formId ? exporter.status : FormResultsExport.None

    objectName: "formExportDialog"
    // Over the whole window wherever it is declared (a panel's column, a key's row).
    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 640) : 600
    modal: true
    padding: 24
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

    FormResultsExport {
        id: exporter
        objectName: "formResultsExport"
        client: dialog.client
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        Text {
            Layout.fillWidth: true
            text: qsTr("Export the results")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: dialog.formTitle
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("A PDF laid out like the minutes, with a chart for each choice, and a CSV for a spreadsheet (one line per result, as in the minutes). Anonymous forms carry no names.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            BigButton {
                id: inVietnamese
                objectName: "exportInVietnamese"
                property bool chosen: Language.current !== "en"
                primary: chosen
                text: "Tiếng Việt"
                onClicked: { chosen = true; inEnglish.chosen = false }
            }
            BigButton {
                id: inEnglish
                objectName: "exportInEnglish"
                property bool chosen: Language.current === "en"
                primary: chosen
                text: "English"
                onClicked: { chosen = true; inVietnamese.chosen = false }
            }
        }
        Text {
            objectName: "formExportStatus"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: dialog.status === FormResultsExport.Failed ? Theme.bad : Theme.text
            text: dialog.status === FormResultsExport.Exporting ? qsTr("The server is writing the files…")
                : dialog.status === FormResultsExport.Downloading ? qsTr("Downloading…")
                : dialog.status === FormResultsExport.Ready ? qsTr("Saved on this tablet:") + "\n" + exporter.pdfPath + "\n" + exporter.csvPath
                : dialog.status === FormResultsExport.Failed ? Texts.refusalText(exporter.errorReason, exporter.errorCode)
                : ""
            visible: text.length > 0
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.status === FormResultsExport.Exporting || dialog.status === FormResultsExport.Downloading
            running: visible
        }
        Flow {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignRight
            spacing: 12
            BigButton {
                primary: false
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            BigButton {
                objectName: "formExportStart"
                enabled: dialog.client !== null && dialog.client.connectionState === MeetingClient.Connected
                         && dialog.status !== FormResultsExport.Exporting
                         && dialog.status !== FormResultsExport.Downloading
                text: dialog.status === FormResultsExport.Ready ? qsTr("Export again") : qsTr("Export")
                onClicked: exporter.exportForm(dialog.formId, inEnglish.chosen)
            }
            BigButton {
                objectName: "formExportOpenPdf"
                visible: dialog.status === FormResultsExport.Ready
                text: qsTr("Open the PDF")
                onClicked: Qt.openUrlExternally(exporter.pdfUrl)
            }
            BigButton {
                objectName: "formExportOpenCsv"
                visible: dialog.status === FormResultsExport.Ready
                primary: false
                text: qsTr("Open the CSV")
                onClicked: Qt.openUrlExternally("file://" + exporter.csvPath)
            }
        }
    }
}
