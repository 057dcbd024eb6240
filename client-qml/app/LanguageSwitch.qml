import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// Tiếng Việt / English, switched live. Each language is named in itself.
Row {
    id: root
    spacing: 6

    Repeater {
        model: Language.available
        delegate: AbstractButton {
            id: button
            required property string modelData
            required property int index
            readonly property bool selected: Language.current === modelData
            objectName: "language_" + modelData
            implicitWidth: contentItem.implicitWidth + 32
            implicitHeight: 48
            onClicked: Language.choose(modelData)
            Accessible.name: Language.nativeName(modelData)

            background: Rectangle {
                color: button.selected ? Theme.surface : "transparent"
                border.color: Theme.primaryTextMuted
                border.width: 1
                radius: 8
            }
            contentItem: Text {
                text: Language.nativeName(button.modelData)
                font.pixelSize: Theme.fontSmall
                font.bold: button.selected
                color: button.selected ? Theme.primary : Theme.primaryText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
