import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// A large on-screen number pad for the PIN: works with gloves, without a keyboard popping up
// over the form.
GridLayout {
    id: pad
    signal digit(string value)
    signal backspace()
    signal clear()

    columns: 3
    rowSpacing: 12
    columnSpacing: 12

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: BigButton {
            required property string modelData
            objectName: "pinKey" + modelData
            primary: false
            text: modelData
            font.pixelSize: Theme.fontTitle
            Layout.preferredWidth: 96
            Layout.preferredHeight: Theme.bigTouch
            onClicked: pad.digit(modelData)
        }
    }
    BigButton {
        objectName: "pinKeyClear"
        primary: false
        tone: Theme.textMuted
        text: qsTr("Clear")
        font.pixelSize: Theme.fontSmall
        Layout.preferredWidth: 96
        Layout.preferredHeight: Theme.bigTouch
        onClicked: pad.clear()
    }
    BigButton {
        objectName: "pinKey0"
        primary: false
        text: "0"
        font.pixelSize: Theme.fontTitle
        Layout.preferredWidth: 96
        Layout.preferredHeight: Theme.bigTouch
        onClicked: pad.digit("0")
    }
    BigButton {
        objectName: "pinKeyBackspace"
        primary: false
        tone: Theme.textMuted
        text: "⌫"
        Accessible.name: qsTr("Delete last digit")
        font.pixelSize: Theme.fontTitle
        Layout.preferredWidth: 96
        Layout.preferredHeight: Theme.bigTouch
        onClicked: pad.backspace()
    }
}
