import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// Check-in at the door (chair and secretary): the tablet at the entrance scans a delegate's
// join card, or takes its PIN typed, and marks the delegate present in the room. The last
// person checked in is shown big; a card of another meeting or an unknown one says so.
Item {
    id: page
    property MeetingClient client
    /** The camera runs only while the page is on screen. */
    property bool scanning: visible
    /** The card reader behind the page (tests hand it what a camera would read). */
    readonly property alias door: door

    DoorCheckIn {
        id: door
        client: page.client
    }

    QrScanner {
        id: scanner
        active: page.scanning
        onDecoded: (text) => door.scanned(text)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 24

        // The camera (or why not), and the PIN typed from the card.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Scan the delegate's join card")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 120
                radius: Theme.radius
                color: scanner.cameraAvailable ? "black" : Theme.surface
                border.color: Theme.border
                clip: true
                Loader {
                    id: camera
                    anchors.fill: parent
                    active: page.scanning && scanner.cameraAvailable
                    source: "CameraView.qml"
                    onLoaded: item.scanner = scanner
                }
                Text {
                    objectName: "checkInNoCamera"
                    visible: !scanner.cameraAvailable || cameraError.length > 0
                    readonly property string cameraError: camera.item ? (camera.item as CameraView).error : ""
                    anchors.fill: parent
                    anchors.margins: 16
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: scanner.cameraAvailable ? "white" : Theme.textMuted
                    text: !scanner.cameraAvailable
                          ? qsTr("This tablet has no camera. Type the PIN printed on the card below.")
                          : qsTr("The camera does not work: %1. Type the PIN printed on the card below.").arg(cameraError)
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Or type the PIN on the card:")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: pinField
                    objectName: "checkInPin"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.fontLarge
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                    placeholderText: qsTr("PIN")
                    onAccepted: checkInButton.clicked()
                }
                BigButton {
                    id: checkInButton
                    objectName: "checkInButton"
                    text: qsTr("Check in")
                    enabled: pinField.text.trim().length > 0 && !door.busy
                    onClicked: {
                        if (door.submit(pinField.text))
                            pinField.text = ""
                    }
                }
            }
        }

        // The last card: who, when, how — or why it was refused.
        Rectangle {
            objectName: "checkInResult"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            radius: Theme.radius * 1.5
            color: door.outcome === DoorCheckIn.Refused ? Theme.badSurface : Theme.surface
            border.width: 2
            border.color: door.outcome === DoorCheckIn.Refused ? Theme.bad
                          : door.outcome === DoorCheckIn.CheckedIn ? Theme.ok : Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 28
                spacing: Theme.spacing

                Text {
                    objectName: "checkInHeadline"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: door.outcome === DoorCheckIn.Refused ? Theme.bad
                           : door.outcome === DoorCheckIn.CheckedIn ? Theme.ok : Theme.textMuted
                    text: door.busy ? qsTr("Checking in…")
                          : door.outcome === DoorCheckIn.CheckedIn ? qsTr("Checked in")
                          : door.outcome === DoorCheckIn.AlreadyCheckedIn ? qsTr("Already checked in")
                          : door.outcome === DoorCheckIn.Refused ? qsTr("Not checked in")
                          : qsTr("Waiting for the first card")
                }
                Text {
                    objectName: "checkInName"
                    Layout.fillWidth: true
                    visible: door.personName.length > 0
                    text: door.personName
                    wrapMode: Text.WordWrap
                    font.pixelSize: 44
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    objectName: "checkInTitle"
                    Layout.fillWidth: true
                    visible: door.personTitle.length > 0
                    text: door.personTitle
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontTitle
                    color: Theme.textMuted
                }
                Text {
                    objectName: "checkInTime"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                    text: isNaN(door.checkInTime.getTime()) ? ""
                          : qsTr("%1 · %2").arg(Qt.formatTime(door.checkInTime, "HH:mm"))
                                           .arg(Texts.checkInMethodText(door.checkInMethod))
                }
                Text {
                    objectName: "checkInError"
                    Layout.fillWidth: true
                    visible: door.outcome === DoorCheckIn.Refused
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontLarge
                    color: Theme.bad
                    text: Texts.doorFailureText(door.failure, door.failureReason, door.failureCode)
                }
                Item { Layout.fillHeight: true }
                Text {
                    objectName: "checkInCount"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    text: qsTr("Checked in at this door: %1 · Members present: %2 of %3")
                          .arg(door.checkedInHere).arg(door.membersAttending).arg(door.members)
                }
            }
        }
    }
}
