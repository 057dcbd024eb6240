import QtQuick
import QtMultimedia
import Quorum.Tablet

// The camera's picture for the QR scanner; its frames go to the scanner. Loaded only when the
// tablet has a camera (JoinScanner), so that QtMultimedia is not needed to show the join page.
Item {
    id: view
    required property QrScanner scanner
    readonly property string error: camera.errorString

    CaptureSession {
        camera: Camera {
            id: camera
            active: true
        }
        videoOutput: output
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }
    Component.onCompleted: view.scanner.videoSink = output.videoSink
    Component.onDestruction: view.scanner.videoSink = null
}
