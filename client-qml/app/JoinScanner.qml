import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// "Scan the QR code": the camera over the join card; a join link read joins at once. Says so
// in words when the tablet has no camera (or the camera fails), and what to do instead.
Popup {
    id: popup
    /** Called with a join link read from a card; returns whether joining started. */
    property var joinWith: function (link) { return false }
    property string notice
    readonly property bool cameraAvailable: scanner.cameraAvailable

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 760, 760)
    padding: 24
    onOpened: notice = ""

    QrScanner {
        id: scanner
        active: popup.visible
        onDecoded: (text) => {
            if (popup.joinWith(text))
                popup.close()
            else
                popup.notice = qsTr("This QR code is not a meeting link. Scan the code on your join card.")
        }
    }

    background: Rectangle {
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Scan the QR code on your join card")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: scanner.cameraAvailable ? 420 : noCamera.implicitHeight + 32
            radius: Theme.radius
            color: scanner.cameraAvailable ? "black" : Theme.badSurface
            border.color: scanner.cameraAvailable ? Theme.border : Theme.bad
            clip: true
            Loader {
                id: camera
                anchors.fill: parent
                active: popup.opened && scanner.cameraAvailable
                source: "CameraView.qml"
                onLoaded: item.scanner = scanner
            }
            Text {
                id: noCamera
                objectName: "noCameraMessage"
                visible: !scanner.cameraAvailable || cameraError.length > 0
                readonly property string cameraError: camera.item ? (camera.item as CameraView).error : ""
                anchors.fill: parent
                anchors.margins: 16
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: scanner.cameraAvailable ? "white" : Theme.bad
                text: !scanner.cameraAvailable
                      ? qsTr("This tablet has no camera. Type the server address and the PIN printed on your join card instead.")
                      : qsTr("The camera does not work: %1. Type the server address and the PIN printed on your join card instead.").arg(cameraError)
            }
        }
        Text {
            objectName: "scanNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: popup.notice.length > 0 ? popup.notice
                  : scanner.cameraAvailable ? qsTr("Hold the card's QR code in front of the camera.") : ""
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "scanCloseButton"
            Layout.alignment: Qt.AlignRight
            primary: false
            text: qsTr("Close")
            onClicked: popup.close()
        }
    }
}
