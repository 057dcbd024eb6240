pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The annotation tools of the reader: browse, pen, highlighter, note, eraser; colour and
// width; undo/redo; clear the page. The layer switch is LayerSwitch.qml.
Rectangle {
    id: bar
    property Annotator annotator
    property int tool: PageCanvas.Tool.Browse
    property color inkColor: "#d32f2f"
    property real penWidth: 0.004
    /** Narrow (a tablet held upright): the widths, undo, redo and clear fold into "⋯". */
    property bool compact: false
    signal clearPageRequested()

    readonly property var penColors: ["#d32f2f", "#1565c0", "#2e7d32", "#212121"]
    readonly property var highlightColors: ["#fbc02d", "#66bb6a", "#ef5350", "#42a5f5"]
    readonly property var widths: [0.002, 0.004, 0.008]

    function pickTool(t) {
        tool = t
        if (t === PageCanvas.Tool.Highlighter && penColors.indexOf(String(inkColor)) >= 0)
            inkColor = highlightColors[0]
        else if (t === PageCanvas.Tool.Pen && highlightColors.indexOf(String(inkColor)) >= 0)
            inkColor = penColors[0]
    }

    // One pen width to pick: a line as thick as it draws.
    component WidthButton: AbstractButton {
        id: widthButton
        required property real modelData
        required property int index
        implicitWidth: 40
        implicitHeight: Theme.touch
        focusPolicy: Qt.NoFocus
        onClicked: bar.penWidth = modelData
        contentItem: Item {
            Rectangle {
                anchors.centerIn: parent
                width: 34
                height: 4 + 4 * widthButton.index
                radius: height / 2
                color: bar.penWidth === widthButton.modelData ? Theme.primary : Theme.textMuted
            }
        }
        background: Rectangle {
            radius: 6
            color: bar.penWidth === widthButton.modelData ? Theme.current : "transparent"
        }
    }

    implicitHeight: row.implicitHeight + 8
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    RowLayout {
        id: row
        anchors { fill: parent; margins: 4 }
        spacing: 2

        ToolButtonBox {
            objectName: "toolBrowse"
            symbol: "✋"
            text: qsTr("Browse")
            checked: bar.tool === PageCanvas.Tool.Browse
            onClicked: bar.pickTool(PageCanvas.Tool.Browse)
        }
        ToolButtonBox {
            objectName: "toolPen"
            symbol: "✎"
            text: qsTr("Pen")
            checked: bar.tool === PageCanvas.Tool.Pen
            onClicked: bar.pickTool(PageCanvas.Tool.Pen)
        }
        ToolButtonBox {
            objectName: "toolHighlighter"
            symbol: "▤"
            symbolColor: "#f9a825"
            text: qsTr("Highlighter")
            checked: bar.tool === PageCanvas.Tool.Highlighter
            onClicked: bar.pickTool(PageCanvas.Tool.Highlighter)
        }
        ToolButtonBox {
            objectName: "toolNote"
            symbol: "▭"
            text: qsTr("Note")
            checked: bar.tool === PageCanvas.Tool.Note
            onClicked: bar.pickTool(PageCanvas.Tool.Note)
        }
        ToolButtonBox {
            objectName: "toolEraser"
            symbol: "⌫"
            text: qsTr("Eraser")
            checked: bar.tool === PageCanvas.Tool.Eraser
            onClicked: bar.pickTool(PageCanvas.Tool.Eraser)
        }

        Rectangle { Layout.preferredWidth: 1; Layout.fillHeight: true; color: Theme.border }

        // Colours of the tool in hand.
        Repeater {
            model: bar.tool === PageCanvas.Tool.Highlighter ? bar.highlightColors : bar.penColors
            AbstractButton {
                id: colourButton
                required property string modelData
                required property int index
                objectName: "colour" + index
                implicitWidth: 40
                implicitHeight: Theme.touch
                focusPolicy: Qt.NoFocus
                onClicked: bar.inkColor = modelData
                contentItem: Item {
                    Rectangle {
                        anchors.centerIn: parent
                        width: 32
                        height: 32
                        radius: 16
                        color: colourButton.modelData
                        border.width: Qt.colorEqual(bar.inkColor, colourButton.modelData) ? 4 : 1
                        border.color: Qt.colorEqual(bar.inkColor, colourButton.modelData) ? Theme.currentAccent : Theme.border
                    }
                }
            }
        }

        Rectangle { Layout.preferredWidth: 1; Layout.fillHeight: true; color: Theme.border }

        Repeater {
            model: bar.compact ? [] : bar.widths
            WidthButton { objectName: "width" + index }
        }

        Rectangle { Layout.preferredWidth: 1; Layout.fillHeight: true; color: Theme.border; visible: !bar.compact }

        ToolButtonBox {
            objectName: "undoButton"
            visible: !bar.compact
            symbol: "↶"
            text: qsTr("Undo")
            enabled: bar.annotator !== null && bar.annotator.canUndo
            onClicked: bar.annotator.undo()
        }
        ToolButtonBox {
            objectName: "redoButton"
            visible: !bar.compact
            symbol: "↷"
            text: qsTr("Redo")
            enabled: bar.annotator !== null && bar.annotator.canRedo
            onClicked: bar.annotator.redo()
        }
        ToolButtonBox {
            objectName: "clearPageButton"
            visible: !bar.compact
            symbol: "✕"
            text: qsTr("Clear page")
            onClicked: bar.clearPageRequested()
        }
        ToolButtonBox {
            objectName: "moreToolsButton"
            visible: bar.compact
            symbol: "⋯"
            text: qsTr("More")
            onClicked: moreTools.open()
            Popup {
                id: moreTools
                objectName: "moreToolsPopup"
                y: parent.height + 4
                x: parent.width - implicitWidth
                padding: 8
                background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
                contentItem: Row {
                    spacing: 2
                    Repeater {
                        model: bar.widths
                        WidthButton { objectName: "foldedWidth" + index }
                    }
                    ToolButtonBox {
                        objectName: "undoFolded"
                        symbol: "↶"
                        text: qsTr("Undo")
                        enabled: bar.annotator !== null && bar.annotator.canUndo
                        onClicked: bar.annotator.undo()
                    }
                    ToolButtonBox {
                        objectName: "redoFolded"
                        symbol: "↷"
                        text: qsTr("Redo")
                        enabled: bar.annotator !== null && bar.annotator.canRedo
                        onClicked: bar.annotator.redo()
                    }
                    ToolButtonBox {
                        objectName: "clearPageFolded"
                        symbol: "✕"
                        text: qsTr("Clear page")
                        onClicked: {
                            moreTools.close()
                            bar.clearPageRequested()
                        }
                    }
                }
            }
        }

        Item { Layout.fillWidth: true }
    }
}
