pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Dialogs
import Quorum.Tablet

// The secretary console (docs/minutes.md): per agenda item the notes and the conclusions
// (kết luận), typed while the meeting runs; the minutes as a whole (number, locality, the
// general conclusion); the approvals of the chair and the secretary, the lock, a reopening
// with its reason; and the fingerprint of the key that signs the meeting's archive. The chair
// sees the same screen read-only, with Approve and Reopen. Every edit is a command, so other
// secretaries' tablets and the chair's show it as soon as the server has it.
RowLayout {
    id: console_
    property MeetingClient client
    readonly property MinutesReplica minutes: client ? client.minutes : null
    readonly property bool online: client !== null && client.connectionState === MeetingClient.Connected
    readonly property bool isSecretary: client !== null && client.role === MeetingClient.Secretary
    readonly property bool locked: minutes !== null && minutes.locked
    readonly property bool canEdit: isSecretary && online && !locked
    readonly property bool selfApproved: minutes !== null && client !== null
        && (minutes.chairApproverId === client.participantId || minutes.secretaryApproverId === client.participantId)

    objectName: "minutesConsole"
    spacing: Theme.spacing

    // What the secretary typed, kept on this tablet until the server has it.
    MinutesDrafts {
        id: minutesDrafts
        objectName: "minutesDrafts"
        client: console_.client
    }

    /** Saves the drafts, asking first when that withdraws approvals; then approves, if asked. */
    function saveDrafts(approveAfter: bool) {
        if (minutesDrafts.savingWithdrawsApprovals) {
            withdrawConfirm.approveAfter = approveAfter
            withdrawConfirm.open()
            return
        }
        minutesDrafts.save()
        if (approveAfter)
            console_.client.approveMinutes()
    }

    ConfirmDialog {
        id: withdrawConfirm
        objectName: "withdrawConfirm"
        property bool approveAfter: false
        text: qsTr("Saving these changes withdraws the approval of %1. The minutes will need to be approved again.")
              .arg(Array.from(minutesDrafts.approverNames).join(", "))
        confirmText: qsTr("Save and withdraw the approval")
        onConfirmed: {
            minutesDrafts.save()
            if (approveAfter)
                console_.client.approveMinutes()
            approveAfter = false
        }
    }

    function approverText(approved, approverId) {
        if (!approved)
            return qsTr("Not approved yet")
        const name = console_.client ? console_.client.participants.nameOf(approverId) : ""
        return name.length > 0 ? qsTr("Approved by %1").arg(name) : qsTr("Approved")
    }

    // The minutes as a whole: state, number and locality, approvals, the signing key.
    Rectangle {
        Layout.fillHeight: true
        // 420 px, less on a tablet held upright: the items and the files keep 400 px at least.
        // (Limits, not a share of this layout's width: that would make the layout loop.)
        Layout.fillWidth: true
        Layout.preferredWidth: 420
        Layout.maximumWidth: 420
        Layout.minimumWidth: 280
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        Flickable {
            objectName: "minutesWholeFlick"
            anchors.fill: parent
            anchors.margins: 16
            contentHeight: wholeColumn.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar { }

            ColumnLayout {
                id: wholeColumn
                width: parent.width
                spacing: 10

                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Minutes")
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                    // The lock: the one thing everybody must see at once.
                    Rectangle {
                        objectName: "minutesLockBadge"
                        implicitWidth: lockText.implicitWidth + 28
                        implicitHeight: 40
                        radius: 20
                        color: console_.locked ? Theme.ok : Theme.current
                        border.color: console_.locked ? Theme.ok : Theme.currentAccent
                        Text {
                            id: lockText
                            objectName: "minutesLockText"
                            anchors.centerIn: parent
                            text: console_.locked ? "🔒 " + qsTr("Approved and locked") : qsTr("Draft")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: console_.locked ? Theme.primaryText : Theme.text
                        }
                    }
                }

                Text {
                    Layout.fillWidth: true
                    visible: console_.locked
                    text: qsTr("No further changes: reopen the minutes (with a reason) to change them.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                    color: Theme.textMuted
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 10
                    rowSpacing: 8
                    Text { text: qsTr("Number"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        id: numberField
                        objectName: "minutesNumber"
                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("e.g. 05/BB-ĐTN")
                        readOnly: !console_.canEdit
                        DraftBinding { input: numberField; drafts: minutesDrafts; field: "number" }
                    }
                    Text { text: qsTr("Place"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        id: localityField
                        objectName: "minutesLocality"
                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("e.g. Hà Nội")
                        readOnly: !console_.canEdit
                        DraftBinding { input: localityField; drafts: minutesDrafts; field: "locality" }
                    }
                }
                Text {
                    text: qsTr("General conclusion")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                TextArea {
                    id: generalConclusions
                    objectName: "minutesGeneralConclusions"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 96
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    readOnly: !console_.canEdit
                    DraftBinding { input: generalConclusions; drafts: minutesDrafts; field: "conclusions" }
                    background: Rectangle { border.color: Theme.border; radius: 6; color: Theme.background }
                }
                BigButton {
                    objectName: "saveWholeButton"
                    Layout.fillWidth: true
                    visible: console_.isSecretary
                    text: qsTr("Save")
                    enabled: console_.canEdit && minutesDrafts.revision >= 0 && minutesDrafts.isDirty("")
                    onClicked: console_.saveDrafts(false)
                }
                // Edits after an approval: say before saving what saving does.
                Text {
                    objectName: "withdrawWarning"
                    Layout.fillWidth: true
                    visible: console_.canEdit && minutesDrafts.savingWithdrawsApprovals
                    text: qsTr("Your changes are kept on this tablet. Saving them withdraws the approval of %1.")
                          .arg(Array.from(minutesDrafts.approverNames).join(", "))
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.warn
                }

                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

                Text {
                    text: qsTr("Approval")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: [
                        { role: qsTr("Chair"), key: "chair" },
                        { role: qsTr("Secretary"), key: "secretary" }
                    ]
                    delegate: RowLayout {
                        id: approval
                        required property var modelData
                        readonly property bool approved: !console_.minutes ? false
                            : modelData.key === "chair" ? console_.minutes.chairApproved : console_.minutes.secretaryApproved
                        Layout.fillWidth: true
                        Text {
                            text: approval.approved ? "✔" : "○"
                            font.pixelSize: Theme.fontLarge
                            color: approval.approved ? Theme.ok : Theme.absent
                        }
                        Text {
                            objectName: "approval_" + approval.modelData.key
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: approval.modelData.role + ": " + console_.approverText(approval.approved,
                                  !console_.minutes ? "" : approval.modelData.key === "chair" ? console_.minutes.chairApproverId
                                                                                      : console_.minutes.secretaryApproverId)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                    }
                }
                BigButton {
                    objectName: "approveButton"
                    Layout.fillWidth: true
                    tone: Theme.ok
                    text: console_.selfApproved ? qsTr("You approved") : qsTr("Approve the minutes")
                    enabled: console_.online && !console_.locked && !console_.selfApproved
                    // Unsaved edits go first: what is approved is what was typed.
                    onClicked: {
                        if (minutesDrafts.dirty)
                            console_.saveDrafts(true)
                        else
                            console_.client.approveMinutes()
                    }
                }
                TextField {
                    id: reasonField
                    objectName: "reopenReason"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Reason for reopening")
                    visible: console_.minutes !== null && (console_.minutes.chairApproved || console_.minutes.secretaryApproved)
                }
                BigButton {
                    objectName: "reopenButton"
                    Layout.fillWidth: true
                    primary: false
                    tone: Theme.bad
                    visible: reasonField.visible
                    text: qsTr("Reopen")
                    enabled: console_.online && reasonField.text.trim().length > 0
                    onClicked: {
                        console_.client.reopenMinutes(reasonField.text.trim())
                        reasonField.text = ""
                    }
                }
                Text {
                    objectName: "reopenings"
                    Layout.fillWidth: true
                    visible: console_.minutes !== null && console_.minutes.reopenings > 0
                    wrapMode: Text.WordWrap
                    text: !console_.minutes ? ""
                          : console_.minutes.lastReopenReason.length > 0
                            ? qsTr("Reopenings: %1 (last reason: “%2”)").arg(console_.minutes.reopenings).arg(console_.minutes.lastReopenReason)
                            : qsTr("Reopenings: %1").arg(console_.minutes.reopenings)
                    font.pixelSize: 16
                    color: Theme.textMuted
                }

            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumWidth: 400
        spacing: 12

    // Per agenda item: notes and conclusions.
    ListView {
        id: itemsView
        objectName: "minutesItems"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 12
        model: console_.minutes
        ScrollBar.vertical: ScrollBar { }
        // The item under discussion is the one being written: keep it in view.
        readonly property int currentRow: console_.client ? console_.client.currentItemIndex : -1
        onCurrentRowChanged: if (currentRow >= 0 && currentRow < count) positionViewAtIndex(currentRow, ListView.Beginning)
        onCountChanged: if (currentRow >= 0 && currentRow < count) positionViewAtIndex(currentRow, ListView.Beginning)
        delegate: Rectangle {
            id: card
            required property int index
            required property string itemId
            required property string title
            required property string notes
            required property string conclusions
            readonly property bool current: console_.client !== null && console_.client.currentItemId === itemId
            readonly property bool dirty: minutesDrafts.revision >= 0 && minutesDrafts.isDirty(itemId)

            objectName: "minutesItem_" + itemId
            width: ListView.view.width
            implicitHeight: cardColumn.implicitHeight + 28
            radius: Theme.radius
            color: current ? Theme.current : Theme.surface
            border.color: current ? Theme.currentAccent : Theme.border
            border.width: current ? 2 : 1

            ColumnLayout {
                id: cardColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 14 }
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: (card.index + 1) + ". " + card.title
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        visible: card.dirty
                        text: qsTr("Not saved")
                        font.pixelSize: 16
                        font.italic: true
                        color: Theme.warn
                    }
                    BigButton {
                        objectName: "saveItemButton"
                        visible: console_.isSecretary
                        text: qsTr("Save")
                        enabled: console_.canEdit && card.dirty
                        onClicked: console_.saveDrafts(false)
                    }
                }
                Text {
                    text: qsTr("Notes")
                    font.pixelSize: 16
                    color: Theme.textMuted
                }
                TextArea {
                    id: notesArea
                    objectName: "notesArea"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(80, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    readOnly: !console_.canEdit
                    placeholderText: console_.canEdit ? qsTr("Notes on this item") : ""
                    DraftBinding { input: notesArea; drafts: minutesDrafts; itemId: card.itemId; field: "notes" }
                    background: Rectangle { border.color: Theme.border; radius: 6; color: Theme.background }
                }
                Text {
                    text: qsTr("Conclusion")
                    font.pixelSize: 16
                    color: Theme.textMuted
                }
                TextArea {
                    id: conclusionsArea
                    objectName: "conclusionsArea"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(64, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    readOnly: !console_.canEdit
                    placeholderText: console_.canEdit ? qsTr("Conclusion of this item") : ""
                    DraftBinding { input: conclusionsArea; drafts: minutesDrafts; itemId: card.itemId; field: "conclusions" }
                    background: Rectangle { border.color: Theme.border; radius: 6; color: Theme.background }
                }
            }
        }
    }

    // The files for after the meeting, and the key that signs them.
    Rectangle {
        objectName: "minutesFilesCard"
        Layout.fillWidth: true
        implicitHeight: filesRow.implicitHeight + 24
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        RowLayout {
            id: filesRow
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                spacing: 6
                // The PDF and the signed archive, made by the server, fetched to this tablet.
                MinutesDownload {
                    id: download
                    client: console_.client
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Minutes PDF and archive")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                BigButton {
                    objectName: "exportButton"
                    Layout.fillWidth: true
                    primary: false
                    text: download.status === MinutesDownload.None || download.status === MinutesDownload.Failed
                          ? qsTr("Make the PDF and the archive") : qsTr("Make them again")
                    enabled: console_.online && download.status !== MinutesDownload.Exporting
                             && download.status !== MinutesDownload.Downloading
                    onClicked: download.exportNow()
                }
                Text {
                    objectName: "exportStatus"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                    color: download.status === MinutesDownload.Failed ? Theme.bad : Theme.textMuted
                    text: {
                        switch (download.status) {
                        case MinutesDownload.Exporting: return qsTr("The server is making the PDF and the signed archive…")
                        case MinutesDownload.Downloading: return qsTr("Downloading to this tablet…")
                        case MinutesDownload.Ready:
                            if (!console_.minutes)
                                return ""
                            return (console_.minutes.exportApproved ? qsTr("Approved minutes") : qsTr("Draft (DỰ THẢO)"))
                                   + " · " + Qt.formatDateTime(new Date(console_.minutes.exportTimeMs || Date.now()), "dd/MM/yyyy HH:mm")
                        case MinutesDownload.Failed:
                            return Texts.refusalText(download.errorReason, download.errorCode)
                        }
                        return qsTr("Not made yet. The server signs the archive with the key below.")
                    }
                }
                BigButton {
                    objectName: "openPdfButton"
                    Layout.fillWidth: true
                    visible: download.status === MinutesDownload.Ready
                    text: qsTr("Open the minutes (PDF)")
                    // No PDF viewer on this tablet: say so, and offer to save a copy.
                    onClicked: {
                        pdfSaveStatus.text = ""
                        if (!Qt.openUrlExternally(download.pdfUrl))
                            noViewer.open()
                    }
                }
                Text {
                    id: pdfSaveStatus
                    objectName: "pdfSaveStatus"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: 15
                    color: Theme.textMuted
                }
                ConfirmDialog {
                    id: noViewer
                    objectName: "noPdfViewer"
                    tone: Theme.primary
                    text: qsTr("This tablet has no program that opens PDF files. Save a copy of the minutes to open it elsewhere?")
                    confirmText: qsTr("Save a copy…")
                    onConfirmed: savePdfDialog.open()
                }
                FileDialog {
                    id: savePdfDialog
                    objectName: "savePdfDialog"
                    title: qsTr("Save the minutes (PDF)")
                    fileMode: FileDialog.SaveFile
                    nameFilters: [qsTr("PDF documents (*.pdf)")]
                    onAccepted: {
                        const copy = download.savePdfCopy(selectedFile)
                        pdfSaveStatus.text = copy === MinutesDownload.Saved
                            ? qsTr("Minutes saved at: %1").arg(decodeURIComponent(selectedFile.toString().replace("file://", "")))
                            : Texts.pdfCopyText(copy)
                    }
                }
                Text {
                    objectName: "archivePath"
                    Layout.fillWidth: true
                    visible: download.status === MinutesDownload.Ready
                    wrapMode: Text.WrapAnywhere
                    text: qsTr("Archive saved at: %1").arg(download.archivePath)
                    font.pixelSize: 15
                    color: Theme.textMuted
                }

            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
                spacing: 4
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Archive signing key")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    objectName: "signingFingerprint"
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                    text: console_.minutes && console_.minutes.signingFingerprint.length > 0
                          ? console_.minutes.signingFingerprint : qsTr("The server did not say.")
                    font.family: "monospace"
                    font.pixelSize: 15
                    color: Theme.textMuted
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Check an archive with: quorum-server verify ARCHIVE --key FINGERPRINT")
                    font.pixelSize: 14
                    color: Theme.textMuted
                }
            }
        }
    }
    }
}
