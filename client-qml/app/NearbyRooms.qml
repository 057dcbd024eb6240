pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// "Rooms nearby": the meetings room servers announce on this network (RoomFinder, DNS-SD). A tap
// fills the join page's address (and which meeting) as if typed. It pins nothing: an
// announcement is not authenticated, so the server's certificate is still shown and confirmed
// on the first join (FingerprintPrompt, which says whether it is the announced one).
ColumnLayout {
    id: nearby
    /** The join page's form: a tap sets which meeting of the server to join. */
    property JoinForm form
    /** The join page's address field, which a tap fills. */
    property TextField addressField
    /** The fingerprint the picked room announced, while the address field still holds its address. */
    readonly property string announcedFingerprint:
        addressField && addressField.text === chosenAddress ? chosenFingerprint : ""
    property string chosenAddress
    property string chosenFingerprint

    spacing: 6

    // Searching only while the join page is shown; the list empties when it is hidden.
    RoomFinder {
        id: finder
        active: nearby.visible
    }

    Connections {
        target: nearby.addressField
        // Another address typed: the picked room's meeting no longer applies.
        function onTextChanged() {
            if (nearby.form && nearby.addressField.text !== nearby.chosenAddress)
                nearby.form.meetingId = ""
        }
    }

    Text {
        text: qsTr("Rooms nearby")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Text {
        objectName: "nearbyStatus"
        visible: finder.count === 0
        Layout.fillWidth: true
        text: finder.listening ? qsTr("Looking for meeting rooms on this network…")
                               : qsTr("This tablet is on no network where rooms can be looked for. Type the address.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    ListView {
        id: list
        objectName: "nearbyList"
        visible: finder.count > 0
        Layout.fillWidth: true
        // Three rooms in view, more scroll: the PIN field stays on screen.
        Layout.preferredHeight: Math.min(contentHeight, 3 * (Theme.touch + 40) + 2 * spacing)
        clip: true
        spacing: 6
        model: finder
        boundsBehavior: Flickable.StopAtBounds
        delegate: AbstractButton {
            id: room
            required property string title
            required property string meetingId
            required property string address
            required property string fingerprint
            required property bool secure
            required property bool compatible

            objectName: "nearbyRoom"
            width: ListView.view.width
            padding: 8
            implicitHeight: Math.max(Theme.touch + 8, implicitContentHeight + topPadding + bottomPadding)
            enabled: compatible
            onClicked: {
                nearby.chosenAddress = address
                nearby.chosenFingerprint = fingerprint
                nearby.addressField.text = address
                nearby.form.meetingId = meetingId
            }
            background: Rectangle {
                radius: Theme.radius
                color: room.down ? Theme.pressed
                     : nearby.addressField && nearby.addressField.text === room.address ? Theme.current
                     : Theme.surface
                border.width: 2
                border.color: room.enabled ? Theme.primary : Theme.border
            }
            contentItem: ColumnLayout {
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    text: room.title
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: room.enabled ? Theme.text : Theme.absent
                }
                Text {
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    text: !room.compatible ? qsTr("%1 — needs another version of this app").arg(room.address)
                        : !room.secure ? qsTr("%1 — not encrypted").arg(room.address)
                        : room.address
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: room.secure && room.compatible ? Theme.textMuted : Theme.bad
                }
            }
        }
    }
}
