import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// Trust on first use: the tablet joined a typed address (no fingerprint from a join card or QR
// code) and the server showed a certificate it has never seen. Nothing was sent to it. The
// person compares the fingerprint with the one on the room's screen or the join card; only if
// they match does the tablet keep it and join. A changed certificate never comes here: it is an
// error (MeetingClient.CertificateChanged), shown by the join page.
Rectangle {
    id: prompt
    property MeetingClient client
    /** The join form's error: the prompt shows for CertificateUnknown of the attempt made there. */
    property int error: 0
    /** What the room picked from those nearby announced (NearbyRooms); empty for a typed address. */
    property string announcedFingerprint
    /** Cancel: the person did not confirm; the join page stays as it was. */
    signal dismissed()

    objectName: "fingerprintPrompt"
    visible: client !== null && error === MeetingClient.CertificateUnknown
    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.current
    border.color: Theme.currentAccent

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Text {
            Layout.fillWidth: true
            text: qsTr("First connection to this room server")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Compare this fingerprint with the one on the room's screen or on your join card. Join only if every group is the same.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "fingerprintText"
            Layout.fillWidth: true
            // 16 groups of four, four groups a line: easy to compare group by group.
            text: prompt.client ? prompt.client.presentedFingerprint.split(" ").reduce(
                      (lines, group, i) => lines + (i === 0 ? "" : (i % 4 === 0 ? "\n" : "  ")) + group, "") : ""
            font.family: "monospace"
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        Text {
            objectName: "announcedNote"
            readonly property bool same: prompt.client !== null
                && prompt.client.presentedFingerprint.replace(/ /g, "") === prompt.announcedFingerprint
            visible: prompt.announcedFingerprint.length > 0
            Layout.fillWidth: true
            // An announcement on the network is not authenticated: a match is no proof, a
            // difference is a warning.
            text: same ? qsTr("The room announced this same fingerprint on the network. Anyone can announce: compare it with the room's screen or your card all the same.")
                       : qsTr("This is NOT the fingerprint the room announced on the network. Do not join unless it matches the room's screen or your card.")
            font.pixelSize: Theme.fontSmall
            font.bold: !same
            color: same ? Theme.textMuted : Theme.bad
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "trustButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                text: qsTr("It matches: trust and join")
                onClicked: prompt.client.trustPresentedCertificate()
            }
            BigButton {
                objectName: "distrustButton"
                primary: false
                Layout.preferredHeight: Theme.touch
                text: qsTr("It does not match")
                onClicked: prompt.dismissed()
            }
        }
    }
}
