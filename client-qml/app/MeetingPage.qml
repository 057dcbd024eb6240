import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The meeting at a glance: the agenda with the current item, who is in the room, and for the
// chair and the secretary the buttons that move the agenda on.
Page {
    id: page
    property MeetingClient client
    readonly property int currentIndex: client ? client.currentItemIndex : -1
    readonly property int itemCount: client ? client.agenda.count : 0
    // The item whose documents the panel shows: one tapped in the agenda, else the current one.
    // Moving the agenda on brings the panel back to the current item.
    property string browsedItemId
    onCurrentIndexChanged: browsedItemId = ""
    /** The vote panel (the floor tab) is what this page shows. */
    readonly property bool voteOnScreen: tabs.currentIndex === 1
    function showVote() {
        tabs.currentIndex = 1
    }
    readonly property string positionText: currentIndex >= 0
        ? qsTr("Item %1/%2").arg(currentIndex + 1).arg(itemCount)
        : qsTr("Not started")

    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.client ? page.client.meetingTitle : ""
        subtitle: !page.client ? "" : page.client.place.length > 0
                  ? page.client.organisation + " · " + page.client.place
                  : page.client.organisation
        client: page.client

        BigButton {
            objectName: "leaveButton"
            primary: false
            height: 48
            implicitHeight: 48
            text: qsTr("Leave")
            onClicked: leaveConfirm.open()
        }
    }

    // One tab for the meeting at a glance, one for the floor as this role sees it.
    // Six for the chair and the secretary: held upright, labels go on two lines or the bar
    // scrolls sideways (MeetingTab shares the width out).
    TabBar {
        id: tabs
        objectName: "meetingTabs"
        anchors { left: parent.left; right: parent.right; top: parent.top; leftMargin: 20; rightMargin: 20; topMargin: 10 }
        currentIndex: page.client && page.client.role === MeetingClient.Observer ? 1 : 0
        background: Rectangle { color: Theme.background }
        // The page's width (anchors), which the tabs share out: it must not follow their widths.
        implicitWidth: 0
        // Two fixed buttons, not a Repeater over translated words: a language switch must not
        // rebuild them (TabBar would lose its current tab).
        MeetingTab {
            objectName: "agendaTab"
            bar: tabs
            text: qsTr("Agenda and participants")
        }
        MeetingTab {
            objectName: "floorTab"
            bar: tabs
            text: !page.client ? "" : page.client.role === MeetingClient.Chair ? qsTr("Chair console")
                  : page.client.role === MeetingClient.Observer ? qsTr("Room screen")
                  : qsTr("Speaking and voting")
        }
        // The minutes (biên bản): the secretary writes, the chair reads; both approve.
        MeetingTab {
            objectName: "minutesTab"
            bar: tabs
            shown: page.client !== null && page.client.canRunAgenda
            text: qsTr("Minutes")
        }
        // Adding, replacing and removing agenda documents: chair and secretary.
        MeetingTab {
            objectName: "documentsTab"
            bar: tabs
            shown: page.client !== null && page.client.canRunAgenda
            text: qsTr("Documents")
        }
        // The devices that hold a token, and wrong PINs: chair and secretary.
        MeetingTab {
            objectName: "devicesTab"
            bar: tabs
            shown: page.client !== null && page.client.canRunAgenda
            text: page.client && page.client.failedJoins > 0 ? qsTr("Devices ⚠") : qsTr("Devices")
        }
        // Check-in at the door: the tablet at the entrance scans the delegates' cards.
        MeetingTab {
            objectName: "checkInTab"
            bar: tabs
            shown: page.client !== null && page.client.canRunAgenda
            text: qsTr("Check-in")
        }
        // Forms, motions and questions (FormsPanel.qml): everyone but the room's screen.
        MeetingTab {
            id: formsTab
            objectName: "formsTab"
            bar: tabs
            shown: page.client !== null && page.client.role !== MeetingClient.Observer
            text: qsTr("Forms")
        }
    }

    // A vote opening calls everybody to the floor tab.
    Connections {
        target: page.client ? page.client.floor.ballot : null
        property string openId
        function onChanged() {
            const ballot = page.client.floor.ballot
            if (ballot.phase === BallotView.Open && ballot.ballotId !== openId) {
                openId = ballot.ballotId
                tabs.currentIndex = 1
            }
        }
    }

    StackLayout {
        anchors { left: parent.left; right: parent.right; top: tabs.bottom; bottom: parent.bottom; margins: 20; topMargin: 12 }
        currentIndex: tabs.currentIndex

    RowLayout {
        spacing: 24

        // Agenda
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Agenda")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Rectangle {
                    implicitWidth: positionLabel.implicitWidth + 28
                    implicitHeight: 40
                    radius: 20
                    color: page.currentIndex >= 0 ? Theme.currentAccent : Theme.border
                    Text {
                        id: positionLabel
                        objectName: "agendaPosition"
                        anchors.centerIn: parent
                        text: page.positionText
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: page.currentIndex >= 0 ? Theme.primaryText : Theme.text
                    }
                }
            }

            AgendaList {
                objectName: "agendaView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                client: page.client
                browsedItemId: page.browsedItemId
                onBrowse: itemId => page.browsedItemId = itemId
            }

            // The current item's documents: download progress, open in the reader, follow.
            DocumentsPanel {
                objectName: "documentsPanel"
                Layout.fillWidth: true
                client: page.client
                stack: page.StackView.view
                browsedItemId: page.browsedItemId
                onBackToCurrent: page.browsedItemId = ""
                // Back from the reader to the forms tab, the form filled with the passage.
                onPassageChosen: (purpose, documentId, pageNumber, passage) => {
                    page.StackView.view.pop(page)
                    tabs.currentIndex = formsTab.TabBar.index
                    const forms = formsLoader.item as FormsPanel
                    if (forms)
                        forms.commentOn(purpose, documentId, pageNumber, passage)
                }
            }

            RowLayout {
                objectName: "chairControls"
                visible: page.client !== null && page.client.canRunAgenda
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    objectName: "previousButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.bigTouch
                    primary: false
                    font.pixelSize: Theme.fontLarge
                    text: "‹  " + qsTr("Previous item")
                    enabled: page.currentIndex > 0 && page.client !== null
                             && page.client.connectionState === MeetingClient.Connected
                    onClicked: page.client.advanceAgenda(-1)
                }
                BigButton {
                    objectName: "nextButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.bigTouch
                    font.pixelSize: Theme.fontLarge
                    text: (page.currentIndex < 0 ? qsTr("Start the agenda") : qsTr("Next item")) + "  ›"
                    enabled: page.currentIndex < page.itemCount - 1 && page.client !== null
                             && page.client.connectionState === MeetingClient.Connected
                    onClicked: page.client.advanceAgenda(1)
                }
            }
        }

        // Participants
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: 12

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: selfColumn.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: selfColumn
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 2
                    Text {
                        text: qsTr("You are")
                        font.pixelSize: 16
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "selfName"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: page.client ? page.client.participantName : ""
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        objectName: "selfRole"
                        text: page.client ? Texts.roleName(page.client.role) : ""
                        font.pixelSize: Theme.fontBody
                        color: Theme.primary
                        font.bold: true
                    }
                }
            }

            // The count beside the title when both fit, else under it (a portrait tablet's
            // column ran "Participants2/12 present" together).
            GridLayout {
                Layout.fillWidth: true
                columns: participantsTitle.implicitWidth + presentCount.implicitWidth + columnSpacing
                         <= width ? 2 : 1
                columnSpacing: 12
                rowSpacing: 0
                Text {
                    id: participantsTitle
                    Layout.fillWidth: true
                    text: qsTr("Participants")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    id: presentCount
                    objectName: "presentCount"
                    // The attendance (as chair and secretary keep it), not connected devices.
                    text: page.client ? qsTr("%1/%2 present").arg(page.client.floor.attendingCount)
                                                           .arg(page.client.floor.memberCount) : ""
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ok
                }
            }

            GridView {
                id: participantsView
                objectName: "participantsView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                // Two columns when names fit (about 260 px each), else one.
                cellWidth: width / (width >= 520 ? 2 : 1)
                cellHeight: Theme.touch + 6
                model: page.client ? page.client.participants : null
                delegate: ParticipantDelegate {
                    width: (GridView.view as GridView).cellWidth
                    height: Theme.touch + 6
                }
                ScrollBar.vertical: ScrollBar { }
            }
        }
    }

        TabLoader {
            objectName: "floorLoader"
            client: page.client
            sourceComponent: !page.client ? null
                             : page.client.role === MeetingClient.Chair ? chairConsole
                             : page.client.role === MeetingClient.Observer ? projectorView
                             : delegateFloor
        }

        TabLoader {
            objectName: "minutesLoader"
            client: page.client
            active: page.client !== null && page.client.canRunAgenda
            sourceComponent: MinutesConsole { client: (parent as TabLoader).client }
        }

        TabLoader {
            objectName: "documentManagerLoader"
            client: page.client
            active: page.client !== null && page.client.canRunAgenda
            sourceComponent: DocumentManager { objectName: "documentManager"; client: (parent as TabLoader).client }
        }

        TabLoader {
            objectName: "deviceConsoleLoader"
            client: page.client
            active: page.client !== null && page.client.canRunAgenda
            sourceComponent: DeviceConsole { client: (parent as TabLoader).client }
        }

        TabLoader {
            objectName: "checkInLoader"
            client: page.client
            active: page.client !== null && page.client.canRunAgenda
            sourceComponent: CheckInPage { objectName: "checkInPage"; client: (parent as TabLoader).client }
        }

        TabLoader {
            id: formsLoader
            objectName: "formsLoader"
            client: page.client
            active: page.client !== null && page.client.role !== MeetingClient.Observer
            sourceComponent: FormsPanel { client: (parent as TabLoader).client }
        }
    }

    Component { id: chairConsole; ChairConsole { client: (parent as TabLoader).client } }
    Component { id: delegateFloor; DelegateFloor { client: (parent as TabLoader).client } }
    Component { id: projectorView; ProjectorView { client: (parent as TabLoader).client } }

    // Leaving forgets the meeting on this tablet: ask first.
    ConfirmDialog {
        id: leaveConfirm
        objectName: "leaveConfirm"
        text: qsTr("Leave the meeting? This tablet forgets it; you can join again with your PIN.")
        confirmText: qsTr("Leave the meeting")
        onConfirmed: page.client.leave()
    }

    // A command the server refused: say why, in words, for a few seconds.
    Toast {
        id: toast
        objectName: "commandError"
    }

    Connections {
        target: page.client
        function onCommandFailed(commandId, code, detail, reason) {
            if (code === MeetingClient.WrongMeeting || code === MeetingClient.UnknownCard)
                return // the check-in page says it, big, beside the scanner
            toast.show(Texts.refusalText(reason, code))
        }
    }
}
