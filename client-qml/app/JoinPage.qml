import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// Joining a meeting: the room server's address and a PIN, or a pasted quorums:// link.
Page {
    id: page
    property MeetingClient client
    readonly property alias form: form
    /** The organiser's desk is asked for: with the server's desk link, or empty. */
    signal deskRequested(string link)

    /**
     * Fills the link field and joins with it (quorum-tablet --join); false when not a link. A
     * server's desk link (`?desk`) opens the organiser's desk instead.
     */
    function joinLink(link) {
        if (deskLinks.isDeskLink(link)) {
            page.deskRequested(link.trim())
            return true
        }
        linkField.text = link
        return form.submit()
    }

    background: Rectangle { color: Theme.background }

    // Once joined, the page under the meeting forgets what was typed: whoever comes back to it
    // (after leaving, or the next person at this tablet) finds it clean, not someone's link and PIN.
    Connections {
        target: page.client
        function onJoinedChanged() {
            if (!page.client.joined)
                return
            addressField.clear()
            pinField.clear()
            linkField.clear()
        }
    }

    JoinForm {
        id: form
        client: page.client
        serverAddress: addressField.text
        pin: pinField.text
        link: linkField.text
    }

    // Tells a server's desk link from a join link (OrganiserDesk.isDeskLink); never signs in.
    OrganiserDesk { id: deskLinks }

    JoinScanner {
        id: scanner
        objectName: "joinScanner"
        joinWith: (link) => (form.isLink(link) || deskLinks.isDeskLink(link)) && page.joinLink(link)
    }

    header: PageHeader {
        title: qsTr("Quorum — paperless meeting room")
        subtitle: qsTr("Join the meeting with the PIN on your invitation")
        client: page.client
    }

    // Scrolls when the card is taller than the window (a room list and the fingerprint prompt
    // at 1280×800): the prompt's buttons stay reachable.
    Flickable {
        id: scroller
        objectName: "joinScroller"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height + 32)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        // The prompt appears at the card's end: bring it, and its buttons, into view.
        onContentHeightChanged: if (fingerprintPrompt.visible) contentY = Math.max(0, contentHeight - height)

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 1080)
        height: content.implicitHeight + 64
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.border

        // Upright (narrower than 1000 px) the PIN pad goes under the form: beside it, the form's
        // buttons were cut off at 800 px (tst_popupscan).
        GridLayout {
            id: content
            columns: page.width >= 1000 ? 2 : 1
            anchors.fill: parent
            anchors.margins: 32
            columnSpacing: 40
            rowSpacing: 24

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: 10

                Text {
                    text: qsTr("Join the meeting")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                NearbyRooms {
                    id: nearby
                    objectName: "nearbyRooms"
                    Layout.fillWidth: true
                    form: form
                    addressField: addressField
                }
                Text {
                    text: qsTr("Server address")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Layout.topMargin: 6
                }
                TextField {
                    id: addressField
                    objectName: "addressField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("e.g. 192.168.1.10:7450")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    enabled: !form.busy
                }
                Text {
                    text: qsTr("PIN")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Layout.topMargin: 6
                }
                TextField {
                    id: pinField
                    objectName: "pinField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 72
                    font.pixelSize: Theme.fontPin
                    font.letterSpacing: 8
                    horizontalAlignment: TextInput.AlignHCenter
                    echoMode: TextInput.Password
                    passwordCharacter: "●"
                    maximumLength: 32
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    enabled: !form.busy
                    onAccepted: if (form.canJoin) form.submit()
                }
                Text {
                    text: qsTr("or paste a join link")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    Layout.topMargin: 6
                }
                TextField {
                    id: linkField
                    objectName: "linkField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.fontSmall
                    placeholderText: "quorums://192.168.1.10:7450/…?pin=…&fp=…"
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    enabled: !form.busy
                }
                Text {
                    objectName: "linkUsedNote"
                    visible: form.typedIgnored
                    Layout.fillWidth: true
                    text: qsTr("The link is used: server %1. The address and PIN typed above are not.")
                              .arg(form.linkServer)
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }

                Rectangle {
                    id: errorBox
                    objectName: "errorBox"
                    visible: form.error !== 0 && !fingerprintPrompt.visible
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    implicitHeight: errorColumn.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.badSurface
                    border.color: Theme.bad
                    ColumnLayout {
                        id: errorColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 4
                        Text {
                            objectName: "errorText"
                            Layout.fillWidth: true
                            text: Texts.errorText(form.error)
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.bad
                        }
                        Text {
                            objectName: "errorDetail"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: form.errorDetail
                            wrapMode: Text.WordWrap
                            font.pixelSize: 15
                            color: Theme.textMuted
                        }
                    }
                }

                FingerprintPrompt {
                    id: fingerprintPrompt
                    Layout.fillWidth: true
                    client: page.client
                    error: form.error
                    announcedFingerprint: nearby.announcedFingerprint
                    onDismissed: form.cancel()
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 10
                    spacing: Theme.spacing
                    BigButton {
                        id: joinButton
                        objectName: "joinButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.bigTouch
                        text: form.busy ? Texts.connectionText(page.client.connectionState)
                                        : qsTr("Join the meeting")
                        font.pixelSize: Theme.fontLarge
                        enabled: form.canJoin && !form.busy
                        onClicked: form.submit()
                    }
                    BigButton {
                        objectName: "scanButton"
                        visible: !form.busy
                        primary: false
                        Layout.preferredHeight: Theme.bigTouch
                        text: qsTr("Scan the QR code on the card")
                        onClicked: scanner.open()
                    }
                    BigButton {
                        objectName: "cancelButton"
                        visible: form.busy
                        primary: false
                        Layout.preferredHeight: Theme.bigTouch
                        text: qsTr("Cancel")
                        onClicked: form.cancel()
                    }
                }
                // The secretary preparing meetings: the organiser's desk, with the server's desk
                // link (pasted above or scanned) and the organiser's secret.
                BigButton {
                    objectName: "deskButton"
                    visible: !form.busy
                    primary: false
                    Layout.fillWidth: true
                    text: qsTr("Organiser's desk: prepare meetings")
                    onClicked: page.deskRequested(deskLinks.isDeskLink(linkField.text) ? linkField.text.trim() : "")
                }
            }

            PinPad {
                objectName: "pinPad"
                Layout.alignment: content.columns === 1 ? Qt.AlignHCenter : Qt.AlignTop
                Layout.topMargin: 8
                enabled: !form.busy
                onDigit: (value) => { pinField.text += value }
                onBackspace: pinField.text = pinField.text.slice(0, -1)
                onClear: pinField.clear()
            }
        }
    }
    }
}
