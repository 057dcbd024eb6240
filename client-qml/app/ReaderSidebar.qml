pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The reader's side panel: page thumbnails, the outline, and text search with its results
// (DocumentSearch: case and diacritics do not matter, "bao cao" finds "Báo cáo").
Rectangle {
    id: side
    required property ReaderDocument document
    required property DocumentSearch search
    property var outline: []          // [{title, page, level}]
    property int currentPage: 0
    property alias searchText: searchField.text
    property alias section: tabs.currentIndex
    signal pageChosen(int page)

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

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
                    id: sideTab
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
                        text: sideTab.text
                        font: sideTab.font
                        color: tabs.currentIndex === sideTab.index ? Theme.text : Theme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 12
                    }
                    background: Rectangle {
                        radius: 6
                        color: tabs.currentIndex === sideTab.index ? Theme.current : Theme.background
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
                model: side.document.pageCount
                currentIndex: side.currentPage
                onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
                delegate: Item {
                    id: thumb
                    required property int index
                    // Bound to `status` itself: another file of as many pages keeps the delegates,
                    // and its status signal (Ready again) is what tells them; the invokables
                    // notify nothing.
                    readonly property size points: side.document.status === ReaderDocument.Ready
                                                   ? side.document.pagePointSize(index) : Qt.size(595, 842)
                    width: ListView.view.width
                    height: img.height + 30
                    Rectangle {
                        anchors.fill: img
                        anchors.margins: -3
                        color: "transparent"
                        border.width: thumb.index === side.currentPage ? 3 : 1
                        border.color: thumb.index === side.currentPage ? Theme.currentAccent : Theme.border
                    }
                    Image {
                        id: img
                        objectName: "thumbnail"
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 3
                        source: side.document.status === ReaderDocument.Ready
                                ? side.document.pageImageUrl(thumb.index) : ""
                        asynchronous: true
                        width: Math.min(150, thumb.width - 16)
                        sourceSize.width: width
                        height: width * thumb.points.height / Math.max(1, thumb.points.width)
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
                    id: outlineRow
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: 48
                    enabled: modelData.page >= 0
                    leftPadding: 8 + 18 * modelData.level
                    onClicked: side.pageChosen(modelData.page)
                    contentItem: RowLayout {
                        Text {
                            Layout.fillWidth: true
                            text: outlineRow.modelData.title
                            font.pixelSize: Theme.fontSmall
                            font.bold: outlineRow.modelData.level === 0
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            text: outlineRow.modelData.page + 1
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
                    onAccepted: side.search.next()
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: searchField.text.trim().length > 0
                    spacing: 6
                    Text {
                        objectName: "searchCount"
                        Layout.fillWidth: true
                        text: side.search.count > 0
                              ? qsTr("%1 of %n result(s)", "", side.search.count).arg(side.search.currentResult + 1)
                              : side.search.searching ? qsTr("Searching…") : qsTr("No results")
                        color: Theme.textMuted
                        font.pixelSize: 16
                        wrapMode: Text.WordWrap
                    }
                    BigButton {
                        objectName: "searchPrevious"
                        primary: false
                        implicitWidth: Theme.touch
                        leftPadding: 0
                        rightPadding: 0
                        text: "‹"
                        font.pixelSize: Theme.fontTitle
                        enabled: side.search.count > 1
                        onClicked: side.search.previous()
                    }
                    BigButton {
                        objectName: "searchNext"
                        primary: false
                        implicitWidth: Theme.touch
                        leftPadding: 0
                        rightPadding: 0
                        text: "›"
                        font.pixelSize: Theme.fontTitle
                        enabled: side.search.count > 1
                        onClicked: side.search.next()
                    }
                }
                // How far a long document has been searched.
                Rectangle {
                    objectName: "searchProgress"
                    Layout.fillWidth: true
                    implicitHeight: 4
                    radius: 2
                    color: Theme.border
                    visible: side.search.searching
                    Rectangle {
                        width: parent.width * side.search.pagesSearched / Math.max(1, side.search.pageCount)
                        height: parent.height
                        radius: 2
                        color: Theme.primary
                    }
                }
                ListView {
                    id: results
                    objectName: "searchResults"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 2
                    model: side.search
                    Connections {
                        target: side.search
                        function onCurrentResultChanged() {
                            if (side.search.currentResult >= 0)
                                results.positionViewAtIndex(side.search.currentResult, ListView.Contain)
                        }
                    }
                    delegate: ItemDelegate {
                        id: hit
                        required property int index
                        required property int page
                        required property string context
                        width: ListView.view.width
                        implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
                        padding: 6
                        highlighted: index === side.search.currentResult
                        background: Rectangle {
                            radius: 6
                            color: hit.highlighted ? Theme.current : hit.down ? Theme.pressed : "transparent"
                            border.width: hit.highlighted ? 2 : 0
                            border.color: Theme.currentAccent
                        }
                        onClicked: {
                            side.search.currentResult = index
                            side.pageChosen(page) // also when it was current already
                        }
                        contentItem: Column {
                            spacing: 2
                            Text {
                                text: qsTr("Page %1").arg(hit.page + 1)
                                font.pixelSize: 14
                                font.bold: true
                                color: Theme.textMuted
                            }
                            Text {
                                width: parent.width
                                text: hit.context
                                textFormat: Text.StyledText
                                wrapMode: Text.WordWrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                font.pixelSize: 15
                                color: Theme.text
                            }
                        }
                    }
                    ScrollBar.vertical: ScrollBar { }
                }
            }
        }
    }
}
