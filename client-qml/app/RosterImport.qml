pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Quorum.Tablet

// The organiser's import of the office's list (issue 13): choose a CSV or XLSX file, see every
// row that will be imported and every row refused with why (row, column, the cell, in the
// page's language), and confirm. Nothing is half-imported: the confirm button is enabled only
// when nothing is refused, and it hands the whole list over as `accepted(participants)`:
// [{id, name, role, title, unit, weight}], role as MeetingClient.Role.
Item {
    id: page

    // The names of a string list, comma separated (qmllint knows no join on a QStringList).
    function joined(list: list<string>): string {
        let text = ""
        for (let i = 0; i < list.length; ++i)
            text += (i > 0 ? ", " : "") + list[i]
        return text
    }
    /** The list being previewed (a page of its own; tests and the organiser's desk read it). */
    readonly property RosterPreview preview: RosterPreview { }
    signal accepted(var participants)
    signal cancelled()

    /** Opens the file picker. */
    function choose() { fileDialog.open() }
    /** Reads a chosen file (the picker calls it; tests may too). */
    function loadFile(url) { preview.load(url) }
    /** Hands the list over when nothing is refused; returns it (empty when refused). */
    function confirm() {
        const list = preview.confirm()
        if (list.length > 0)
            page.accepted(list)
        return list
    }

    /** One refusal in words: what is wrong, in the tablet's language. */
    function reasonText(r) {
        switch (r.reason) {
        case RosterPreview.NotATable: return qsTr("This file is not a list: choose an Excel workbook (.xlsx) or a CSV file.")
        case RosterPreview.NotUtf8: return qsTr("The CSV file is not in UTF-8: save it again as \"CSV UTF-8\".")
        case RosterPreview.CorruptFile: return qsTr("The workbook is damaged or incomplete: save it again from the spreadsheet program.")
        case RosterPreview.SheetNotFound: return qsTr("The workbook has no sheet of that name.")
        case RosterPreview.FileTooLarge: return qsTr("The file is too large for a list of participants.")
        case RosterPreview.TooManyRows: return qsTr("The list has more rows than a meeting can hold (10,000).")
        case RosterPreview.TooManyColumns: return qsTr("The sheet has cells far beyond the columns of a list.")
        case RosterPreview.NoRows: return qsTr("The list has a header but no participant.")
        case RosterPreview.MissingColumn: return qsTr("No column of names: the header needs \"Họ và tên\" or \"Name\".")
        case RosterPreview.DuplicateColumn: return qsTr("Two columns mean the same thing (\"%1\"): keep one.").arg(r.header)
        case RosterPreview.EmptyName: return qsTr("The row has no name.")
        case RosterPreview.DuplicateName: return qsTr("The same person as row %1.").arg(r.otherRow)
        case RosterPreview.DuplicateId: return qsTr("The same ID as row %1.").arg(r.otherRow)
        case RosterPreview.UnknownRole: return qsTr("\"%1\" is not a role: chair, secretary, delegate or observer.").arg(r.value)
        case RosterPreview.BadWeight: return qsTr("\"%1\" is not a positive whole number.").arg(r.value)
        case RosterPreview.BadPin: return qsTr("A PIN is 4 to 12 digits.")
        case RosterPreview.DuplicatePin: return qsTr("The same PIN as row %1.").arg(r.otherRow)
        case RosterPreview.TooLong: return qsTr("The cell is too long.")
        }
        return qsTr("This cannot be imported.")
    }
    /** Where: "Row 7, column C (Vai trò)"; without the row under a row that shows it. */
    function placeText(r, withRow) {
        let place = r.row > 0 && withRow ? qsTr("Row %1").arg(r.row) : ""
        if (r.column > 0) {
            const column = r.header.length > 0 ? qsTr("column %1 (%2)").arg(r.columnName).arg(r.header)
                                               : qsTr("column %1").arg(r.columnName)
            place = place.length > 0 ? place + ", " + column : column
        }
        return place.charAt(0).toUpperCase() + place.slice(1)
    }

    FileDialog {
        id: fileDialog
        objectName: "rosterFileDialog"
        title: qsTr("Choose the list of participants")
        nameFilters: [qsTr("Lists of participants (*.xlsx *.csv)")]
        fileMode: FileDialog.OpenFile
        onAccepted: page.loadFile(selectedFile)
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                Layout.fillWidth: true
                text: qsTr("Import the list of participants")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            BigButton {
                objectName: "chooseFile"
                primary: !page.preview.loaded
                text: page.preview.loaded ? qsTr("Choose another file") : qsTr("Choose a file")
                onClicked: page.choose()
            }
        }

        // What the file gives: its name, how many of each role, and whether it can be imported.
        Rectangle {
            objectName: "rosterSummary"
            Layout.fillWidth: true
            implicitHeight: summary.implicitHeight + 24
            radius: Theme.radius
            color: page.preview.loaded && !page.preview.canImport ? Theme.badSurface : Theme.surface
            border.color: page.preview.loaded && !page.preview.canImport ? Theme.bad : Theme.border
            ColumnLayout {
                id: summary
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                spacing: 6
                Text {
                    objectName: "summaryTitle"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    text: !page.preview.loaded ? qsTr("An Excel workbook (.xlsx) or a CSV file with a header row: Họ và tên, Chức vụ, Đơn vị, Vai trò, Số cổ phần…")
                        : page.preview.canImport ? qsTr("%1: %2 participants will be imported.").arg(page.preview.fileName).arg(page.preview.acceptedCount)
                        : qsTr("%1: nothing will be imported until the list is corrected (%2 refused rows).").arg(page.preview.fileName).arg(page.preview.refusedRowCount)
                }
                Text {
                    objectName: "roleCounts"
                    Layout.fillWidth: true
                    visible: page.preview.count > 0
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: qsTr("Chair %1 · Secretary %2 · Delegates %3 · Observers %4")
                        .arg(page.preview.chairCount).arg(page.preview.secretaryCount)
                        .arg(page.preview.delegateCount).arg(page.preview.observerCount)
                        + (page.preview.ignoredColumns.length > 0
                           ? "  ·  " + qsTr("Columns not read: %1").arg(page.joined(page.preview.ignoredColumns)) : "")
                }
                Repeater {
                    model: page.preview.fileRefusals
                    delegate: Text {
                        required property var modelData
                        objectName: "fileRefusal"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.bad
                        text: (page.placeText(modelData, true).length > 0 ? page.placeText(modelData, true) + ": " : "")
                              + page.reasonText(modelData)
                    }
                }
            }
        }

        ListView {
            id: rows
            objectName: "rosterRows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: page.preview
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: rowItem
                required property int index
                required property int row
                required property string name
                required property int participantRole
                required property string title
                required property string unit
                required property real weight
                required property bool refused
                required property var reasons
                objectName: "rosterRow-" + row
                width: ListView.view.width
                implicitHeight: rowColumn.implicitHeight + 16
                radius: Theme.radius
                color: refused ? Theme.badSurface : Theme.surface
                border.color: refused ? Theme.bad : Theme.border
                border.width: refused ? 2 : 1
                ColumnLayout {
                    id: rowColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        Text {
                            text: qsTr("Row %1").arg(rowItem.row)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            Layout.preferredWidth: 110
                        }
                        Text {
                            Layout.fillWidth: true
                            text: rowItem.name.length > 0 ? rowItem.name : qsTr("(no name)")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            text: rowItem.refused ? qsTr("Refused") : Texts.roleName(rowItem.participantRole)
                            font.pixelSize: Theme.fontBody
                            font.bold: rowItem.refused
                            color: rowItem.refused ? Theme.bad : Theme.text
                        }
                        Text {
                            visible: rowItem.weight !== 1
                            text: qsTr("weight %1").arg(Number(rowItem.weight).toLocaleString(Qt.locale(Language.current), "f", 0))
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.leftMargin: 122
                        visible: text.length > 0
                        text: rowItem.title.length > 0 && rowItem.unit.length > 0 ? rowItem.title + " · " + rowItem.unit
                              : rowItem.title + rowItem.unit
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                    Repeater {
                        model: rowItem.reasons
                        delegate: Text {
                            required property var modelData
                            objectName: "rowRefusal"
                            Layout.fillWidth: true
                            Layout.leftMargin: 122
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.bad
                            text: "⚠ " + page.placeText(modelData, false) + ": " + page.reasonText(modelData)
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "cancelImport"
                primary: false
                text: qsTr("Cancel")
                onClicked: page.cancelled()
            }
            BigButton {
                objectName: "confirmImport"
                enabled: page.preview.canImport
                text: page.preview.canImport ? qsTr("Import %1 participants").arg(page.preview.acceptedCount)
                                             : qsTr("Import")
                onClicked: page.confirm()
            }
        }
    }
}
