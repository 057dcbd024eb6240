import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Pdf
import Quorum.Tablet

// The reader's side panel: page thumbnails, the outline, and text search with its results.
Rectangle {
    id: side
    required property PdfDocument document
    property var outline: []          // [{title, page, level}]
    property int currentPage: 0
    property alias searchModel: search
    property alias searchText: searchField.text
    property alias section: tabs.currentIndex
    readonly property alias resultCount: results.count
    signal pageChosen(int page)

    function escaped(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    PdfSearchModel {
        id: search
        // Set once the file is loaded: in 6.4 the model sizes its page list when the document
        // is set and would search no page of a document that loaded afterwards.
        document: side.document.status === PdfDocument.Ready ? side.document : null
        searchString: searchField.text
    }

    ColumnLayout {
        anchors { fill: parent; margins: 8 }
        spacing: 8

        TabBar {
            id: tabs
            Layout.fillWidth: true
            background: Rectangle { color: Theme.surface }
            Repeater {
                model: [qsTr("Pages"), qsTr("Outline"), qsTr("Search")]
                TabButton {
                    required property string modelData
                    required property int index
                    objectName: ["pagesTab", "outlineTab", "searchTab"][index]
                    text: modelData
                    implicitHeight: 48
                    leftPadding: 4
                    rightPadding: 4
                    font.pixelSize: 16
                    font.bold: tabs.currentIndex === index
                    contentItem: Text {
                        text: parent.text
                        font: parent.font
                        color: tabs.currentIndex === parent.index ? Theme.text : Theme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 12
                    }
                    background: Rectangle {
                        radius: 6
                        color: tabs.currentIndex === parent.index ? Theme.current : Theme.background
                    }
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ListView {
                id: thumbnails
                objectName: "thumbnails"
                clip: true
                spacing: 10
                model: side.document.status === PdfDocument.Ready ? side.document.pageCount : 0
                currentIndex: side.currentPage
                onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
                delegate: Item {
                    id: thumb
                    required property int index
                    width: ListView.view.width
                    height: img.height + 30
                    Rectangle {
                        anchors.fill: img
                        anchors.margins: -3
                        color: "transparent"
                        border.width: thumb.index === side.currentPage ? 3 : 1
                        border.color: thumb.index === side.currentPage ? Theme.currentAccent : Theme.border
                    }
                    PdfPageImage {
                        id: img
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 3
                        document: side.document
                        currentFrame: thumb.index
                        asynchronous: true
                        width: Math.min(150, thumb.width - 16)
                        sourceSize.width: width
                        height: width * (side.document.pagePointSize(thumb.index).height
                                         / Math.max(1, side.document.pagePointSize(thumb.index).width))
                    }
                    Text {
                        anchors { top: img.bottom; topMargin: 4; horizontalCenter: parent.horizontalCenter }
                        text: thumb.index + 1
                        font.pixelSize: 15
                        color: Theme.textMuted
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: side.pageChosen(thumb.index)
                    }
                }
                ScrollBar.vertical: ScrollBar { }
            }

            ListView {
                objectName: "outline"
                clip: true
                model: side.outline
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: 48
                    enabled: modelData.page >= 0
                    leftPadding: 8 + 18 * modelData.level
                    onClicked: side.pageChosen(modelData.page)
                    contentItem: RowLayout {
                        Text {
                            Layout.fillWidth: true
                            text: parent.parent.modelData.title
                            font.pixelSize: Theme.fontSmall
                            font.bold: parent.parent.modelData.level === 0
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            text: parent.parent.modelData.page + 1
                            font.pixelSize: 15
                            color: Theme.textMuted
                        }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    visible: side.outline.length === 0
                    text: qsTr("This document has no outline.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }

            ColumnLayout {
                spacing: 6
                TextField {
                    id: searchField
                    objectName: "searchField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    placeholderText: qsTr("Search the document")
                    font.pixelSize: Theme.fontBody
                }
                Text {
                    objectName: "searchCount"
                    visible: searchField.text.length > 0
                    text: qsTr("%n result(s)", "", results.count)
                    color: Theme.textMuted
                    font.pixelSize: 16
                }
                ListView {
                    id: results
                    objectName: "searchResults"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: search
                    currentIndex: search.currentResult
                    delegate: ItemDelegate {
                        id: hit
                        required property int index
                        required property int page
                        required property string contextBefore
                        required property string contextAfter
                        width: ListView.view.width
                        highlighted: index === search.currentResult
                        onClicked: {
                            search.currentResult = index
                            side.pageChosen(page)
                        }
                        contentItem: Text {
                            text: "<b>" + (hit.page + 1) + "</b>  …" + side.escaped(hit.contextBefore)
                                  + "<b><u>" + side.escaped(searchField.text) + "</u></b>"
                                  + side.escaped(hit.contextAfter) + "…"
                            textFormat: Text.StyledText
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.pixelSize: 15
                            color: Theme.text
                        }
                    }
                }
            }
        }
    }
}
