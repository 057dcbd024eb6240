pragma ComponentBehavior: Bound

import QtQuick
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

    // The keys are 96 px wide: less side padding than BigButton's so "Xoá hết" fits.
    component Key: BigButton {
        primary: false
        leftPadding: 6
        rightPadding: 6
        font.pixelSize: Theme.fontTitle
        Layout.preferredWidth: 96
        Layout.preferredHeight: Theme.bigTouch
    }

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: Key {
            required property string modelData
            objectName: "pinKey" + modelData
            text: modelData
            onClicked: pad.digit(modelData)
        }
    }
    Key {
        objectName: "pinKeyClear"
        tone: Theme.textMuted
        text: qsTr("Clear")
        font.pixelSize: Theme.fontSmall
        onClicked: pad.clear()
    }
    Key {
        objectName: "pinKey0"
        text: "0"
        onClicked: pad.digit("0")
    }
    Key {
        objectName: "pinKeyBackspace"
        tone: Theme.textMuted
        text: "⌫"
        Accessible.name: qsTr("Delete last digit")
        onClicked: pad.backspace()
    }
}
