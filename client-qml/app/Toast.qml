import QtQuick
import Quorum.Tablet

// Why the server refused something, in words, for a few seconds, over the bottom of a page
// (the meeting page's commands, the reader's annotations): show(Texts.refusalText(...)).
Rectangle {
    id: toast
    property alias text: toastText.text
    function show(message) {
        toastText.text = message
        toastTimer.restart()
    }
    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: 110
    width: Math.min(parent.width - 80, toastText.implicitWidth + 48)
    height: toastText.implicitHeight + 28
    radius: Theme.radius
    color: Theme.text
    visible: toastTimer.running
    Text {
        id: toastText
        anchors.centerIn: parent
        width: Math.min(implicitWidth, toast.parent.width - 128)
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.primaryText
    }
    Timer { id: toastTimer; interval: 5000 }
}
