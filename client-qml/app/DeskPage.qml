import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The organiser's desk (issue 13): signed in with the server's desk link and the organiser's
// secret, the meetings of the server; one open, which meeting it is, its phase and the keys of
// its life (convene, start, close, archive, remove, each confirmed), and its tabs: the meeting's
// details, the agenda and the participants (DeskParticipants.qml, loaded by URL).
Page {
    id: page
    readonly property OrganiserDesk desk: OrganiserDesk { }
    /** The open meeting's fields (OrganiserDesk.meeting), read as a plain object. */
    readonly property var meeting: desk.meeting
    /** The desk link to sign in with (the join page's, or quorum-tablet --desk). */
    property string link
    signal leave()

    function stateIndex() {
        switch (desk.state) {
        case OrganiserDesk.SignedOut: return 0
        case OrganiserDesk.Listing:
        case OrganiserDesk.List: return 1
        }
        return 2
    }
    function whatText(what) {
        switch (what) {
        case "meeting": return qsTr("The meeting's details are saved.")
        case "item": return qsTr("The agenda is saved.")
        case "upload": return qsTr("The document is on the agenda item.")
        case "convene": return qsTr("The meeting is convened: its participants may join.")
        case "start": return qsTr("The meeting has started.")
        case "close": return qsTr("The meeting is closed.")
        case "archive": return qsTr("The signed archive is made and kept on the server.")
        case "remove": return qsTr("The meeting's data is removed from the server.")
        case "pins": return qsTr("PINs issued.")
        }
        return ""
    }
    /** Asks before a step of the meeting's life that cannot be taken back. */
    function confirmStep(question, key, action) {
        stepConfirm.text = question
        stepConfirm.confirmText = key
        stepConfirm.action = action
        stepConfirm.open()
    }

    background: Rectangle { color: Theme.background }

    /** What the toast says: the last answer, worded again after a language switch. */
    property string toastWhat
    property bool toastRefused: false
    function toastText() {
        return toastRefused ? Texts.deskErrorText(desk) : whatText(toastWhat)
    }
    Connections {
        target: page.desk
        function onApplied(what) {
            page.toastWhat = what
            page.toastRefused = false
            toast.show(page.toastText())
        }
        function onRefused(what) {
            page.toastWhat = what
            page.toastRefused = true
            toast.show(page.toastText())
        }
    }
    Connections {
        target: Language
        function onCurrentChanged() {
            if (toast.visible)
                toast.show(page.toastText())
        }
    }

    header: Rectangle {
        implicitHeight: Math.max(88, headerRow.implicitHeight + 24)
        color: Theme.primary
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: 24
            anchors.rightMargin: 20
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    objectName: "deskTitle"
                    Layout.fillWidth: true
                    text: page.desk.state === OrganiserDesk.Open && page.meeting.title
                          ? page.meeting.title : qsTr("Organiser's desk")
                    color: Theme.primaryText
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.desk.state === OrganiserDesk.SignedOut ? ""
                          : !page.desk.linkUp && page.desk.state === OrganiserDesk.Open
                          ? qsTr("Connection lost: reconnecting… (changes are sent again)")
                          : qsTr("Server %1").arg(page.desk.serverLink.replace(/\?.*$/, ""))
                    color: Theme.primaryTextMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            BigButton {
                objectName: "deskToList"
                visible: page.desk.state === OrganiserDesk.Open || page.desk.state === OrganiserDesk.Opening
                primary: false
                tone: Theme.primaryText
                background: Rectangle { radius: Theme.radius; color: "transparent"; border.width: 2; border.color: Theme.primaryText }
                text: qsTr("All meetings")
                onClicked: page.desk.showList()
            }
            BigButton {
                objectName: "deskLeave"
                visible: page.desk.state !== OrganiserDesk.SignedOut
                primary: false
                tone: Theme.primaryText
                background: Rectangle { radius: Theme.radius; color: "transparent"; border.width: 2; border.color: Theme.primaryText }
                text: qsTr("Close the desk")
                onClicked: {
                    page.desk.signOut()
                    page.leave()
                }
            }
            LanguageSwitch { Layout.alignment: Qt.AlignVCenter }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.stateIndex()

        DeskSignIn {
            objectName: "deskSignIn"
            desk: page.desk
            link: page.link
            onBack: page.leave()
        }
        MeetingsList {
            objectName: "meetingsList"
            desk: page.desk
        }
        ColumnLayout {
            spacing: 0

            // Which meeting, where it is in its life, and the key to its next step.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: stepRow.implicitHeight + 20
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: stepRow
                    anchors.fill: parent
                    anchors.margins: 10
                    anchors.leftMargin: 24
                    anchors.rightMargin: 24
                    spacing: Theme.spacing
                    Rectangle {
                        objectName: "deskPhase"
                        implicitWidth: phaseLabel.implicitWidth + 24
                        implicitHeight: phaseLabel.implicitHeight + 12
                        radius: height / 2
                        color: page.desk.phase === 3 ? Theme.ok : page.desk.phase === 1 ? Theme.absent : Theme.primary
                        Text {
                            id: phaseLabel
                            anchors.centerIn: parent
                            text: Texts.meetingPhaseText(page.desk.phase)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.primaryText
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: page.desk.state === OrganiserDesk.Opening ? qsTr("Opening %1…").arg(page.desk.meetingId)
                              : qsTr("%1 · %2 participants · %3 agenda items").arg(page.desk.meetingId)
                                .arg(page.meeting.participants || 0).arg(page.meeting.agendaItems || 0)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                    BigButton {
                        objectName: "conveneMeeting"
                        visible: page.desk.phase === 1
                        enabled: !page.desk.busy
                        text: qsTr("Convene")
                        onClicked: page.confirmStep(
                            qsTr("Convene the meeting? Its participants may then join, and every later change of its participants, agenda or details is recorded with a reason."),
                            qsTr("Convene"), () => page.desk.convene())
                    }
                    BigButton {
                        objectName: "startMeeting"
                        visible: page.desk.phase === 2
                        enabled: !page.desk.busy
                        text: qsTr("Start the meeting")
                        onClicked: page.confirmStep(qsTr("Start the meeting now?"), qsTr("Start"),
                                                    () => page.desk.start())
                    }
                    BigButton {
                        objectName: "closeMeeting"
                        visible: page.desk.phase === 3
                        enabled: !page.desk.busy
                        tone: Theme.bad
                        text: qsTr("Close the meeting")
                        onClicked: page.confirmStep(qsTr("Close the meeting? The floor stops; the minutes can still be approved and exported."),
                                                    qsTr("Close"), () => page.desk.close())
                    }
                    BigButton {
                        objectName: "archiveMeeting"
                        visible: page.desk.phase === 4
                        enabled: !page.desk.busy
                        text: qsTr("Archive")
                        onClicked: page.confirmStep(qsTr("Make the signed archive of the meeting and keep it on the server? Nothing can be changed afterwards."),
                                                    qsTr("Archive"), () => page.desk.archive())
                    }
                    BigButton {
                        objectName: "removeMeeting"
                        visible: page.desk.phase === 5
                        enabled: !page.desk.busy
                        tone: Theme.bad
                        text: qsTr("Remove its data")
                        onClicked: {
                            confirmIdField.clear()
                            removeDialog.open()
                        }
                    }
                }
            }

            TabBar {
                id: tabs
                objectName: "deskTabs"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 10
                implicitWidth: 0
                background: Rectangle { color: Theme.background }
                MeetingTab { objectName: "deskMeetingTab"; bar: tabs; text: qsTr("The meeting") }
                MeetingTab { objectName: "deskAgendaTab"; bar: tabs; text: qsTr("Agenda and documents") }
                MeetingTab { objectName: "deskParticipantsTab"; bar: tabs; text: qsTr("Participants and PINs") }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex
                MeetingEditor {
                    objectName: "meetingEditor"
                    desk: page.desk
                    reasonDialog: reasonDialog
                }
                AgendaEditor {
                    objectName: "agendaEditor"
                    desk: page.desk
                    reasonDialog: reasonDialog
                }
                // The participants' page is deskpeople13's: by URL, so that this page builds
                // without it; it takes the desk's OrganiserClient.
                Loader {
                    id: participantsLoader
                    objectName: "participantsLoader"
                    Component.onCompleted: setSource("DeskParticipants.qml", { organiserClient: page.desk.client })
                }
            }
        }
    }

    DeskReason { id: reasonDialog }

    ConfirmDialog {
        id: stepConfirm
        property var action: null
        objectName: "stepConfirm"
        tone: Theme.primary
        onConfirmed: {
            const act = stepConfirm.action
            if (act)
                act()
        }
    }

    DialogFrame {
        id: removeDialog
        objectName: "removeDialog"
        // The popup's only child (not its deferred contentItem, where ids are refused by qmllint).
        ColumnLayout {
            anchors.fill: parent
            spacing: 14
            Text {
                Layout.fillWidth: true
                text: qsTr("Remove the meeting's data from the server? Its log, PINs and tokens go; the signed archive stays. Type the meeting's id, %1, to confirm.").arg(page.desk.meetingId)
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TextField {
                id: confirmIdField
                objectName: "removeConfirmId"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    Layout.fillWidth: true
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: removeDialog.close()
                }
                BigButton {
                    objectName: "removeConfirm"
                    Layout.fillWidth: true
                    tone: Theme.bad
                    text: qsTr("Remove")
                    enabled: confirmIdField.text.trim() === page.desk.meetingId
                    onClicked: {
                        removeDialog.close()
                        page.desk.remove(confirmIdField.text)
                    }
                }
            }
        }
    }

    Toast { id: toast; objectName: "deskToast" }
}
