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
                        color: modelData
                        border.width: Qt.colorEqual(bar.inkColor, modelData) ? 4 : 1
                        border.color: Qt.colorEqual(bar.inkColor, modelData) ? Theme.currentAccent : Theme.border
                    }
                }
            }
        }

        Rectangle { Layout.preferredWidth: 1; Layout.fillHeight: true; color: Theme.border }

        Repeater {
            model: bar.widths
            AbstractButton {
                required property real modelData
                required property int index
                objectName: "width" + index
                implicitWidth: 40
                implicitHeight: Theme.touch
                focusPolicy: Qt.NoFocus
                onClicked: bar.penWidth = modelData
                contentItem: Item {
                    Rectangle {
                        anchors.centerIn: parent
                        width: 34
                        height: 4 + 4 * parent.parent.index
                        radius: height / 2
                        color: bar.penWidth === parent.parent.modelData ? Theme.primary : Theme.textMuted
                    }
                }
                background: Rectangle {
                    radius: 6
                    color: bar.penWidth === parent.modelData ? Theme.current : "transparent"
                }
            }
        }

        Rectangle { Layout.preferredWidth: 1; Layout.fillHeight: true; color: Theme.border }

        ToolButtonBox {
            objectName: "undoButton"
            symbol: "↶"
            text: qsTr("Undo")
            enabled: bar.annotator !== null && bar.annotator.canUndo
            onClicked: bar.annotator.undo()
        }
        ToolButtonBox {
            objectName: "redoButton"
            symbol: "↷"
            text: qsTr("Redo")
            enabled: bar.annotator !== null && bar.annotator.canRedo
            onClicked: bar.annotator.redo()
        }
        ToolButtonBox {
            objectName: "clearPageButton"
            symbol: "✕"
            text: qsTr("Clear page")
            onClicked: bar.clearPageRequested()
        }

        Item { Layout.fillWidth: true }
    }
}
