import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// The document reader: one page at a time from the tablet's cached PDF (works with the
// server unreachable), page navigation, pinch and button zoom, thumbnails, outline, search
// with hits highlighted, the annotation tools, and follow-the-presenter.
Page {
    id: reader
    property MeetingClient client
    property string documentId
    property int pageIndex: 0
    /** Turn pages with the presenter. Any page turn of one's own stops following. */
    property bool following: false
    /** Zoom against "page width fits the view" (1). */
    property real zoom: 1
    /** The PDF shown: the cached file of `documentId` (a test may name another file). */
    property url source: cacheTick >= 0 && docs ? docs.localUrl(documentId) : ""
    readonly property MeetingDocuments docs: client ? client.documents : null
    readonly property int pageCount: pdf.pageCount
    /** This tablet presents, and this document is what it shows. */
    readonly property bool presentingHere: docs !== null && docs.canPresent && docs.presenting
                                           && docs.presentedDocumentId === documentId
    property int cacheTick: 0
    property alias tool: toolbar.tool
    property alias canvas: pageCanvas
    property alias sidebar: sideBar
    property alias search: docSearch
    /** A tablet held upright (or a narrow window): the thumbnails and outline fold into a
     *  drawer, the toolbars fold what does not fit into a menu, the page fits the width. */
    readonly property bool compact: width < height || width < 900
    /** Under 1200 px the toolbars fold what does not fit beside the thumbnails into "⋯". */
    readonly property bool foldTools: compact || width < 1200
    /** Compact: the drawer with thumbnails, outline and search is out. */
    property bool drawerOpen: false
    onCompactChanged: drawerOpen = false
    onWidthChanged: refitTimer.restart()
    onHeightChanged: refitTimer.restart()

    function goToPage(p, byUser) {
        const next = Math.max(0, Math.min(p, Math.max(0, pageCount - 1)))
        if (byUser && following && (next !== pageIndex || documentId !== docs.presentedDocumentId))
            following = false
        pageIndex = next
        if (byUser && presentingHere)
            docs.present(documentId, pageIndex)
    }
    function followPresenter() {
        if (!docs || !docs.presenting)
            return
        following = true
        documentId = docs.presentedDocumentId
        pageIndex = docs.presentedPage
    }
    /** Tells the server where this tablet reads (the presenter's "who is following"). */
    function reportReading() {
        if (docs && documentId.length > 0)
            docs.reportReading(following, documentId, pageIndex)
    }
    onFollowingChanged: reportReading()
    onPageIndexChanged: reportReading()
    onDocumentIdChanged: reportReading()
    Component.onDestruction: if (docs) docs.stopReading()
    /** "Comment on this passage" / "Propose a change" on the current search hit: `purpose` a
     *  FormsDesk.Purpose, `page` 1-based, `passage` as written on the page. The meeting page
     *  opens the form (MeetingPage.qml). */
    signal passageChosen(int purpose, int page, string passage)
    function setZoom(z) {
        zoom = Math.max(0.5, Math.min(4, z))
    }

    background: Rectangle { color: Theme.background }

    // The file's pages, drawn on Qt Quick's image thread; the reader may close while they render.
    ReaderDocument {
        id: pdf
        source: reader.source
    }
    // Text search in the same file (the same shared QPdfDocument, see DocumentSearch).
    DocumentSearch {
        id: docSearch
        source: pdf.source
        page: reader.pageIndex
        searchString: sideBar.searchText
        onCurrentHitChanged: {
            if (currentPage < 0)
                return
            reader.goToPage(currentPage, true)
            reader.showSearchHit()
        }
    }
    /** Scrolls the page so that the current search hit is in view (the page may be taller
     *  and, zoomed, wider than the window). */
    function showSearchHit() {
        const r = docSearch.currentRects
        if (r.length < 4)
            return
        const top = pageCanvas.y + r[1] * pageCanvas.height
        const left = pageCanvas.x + r[0] * pageCanvas.width
        if (top < flick.contentY || top + r[3] * pageCanvas.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, top - flick.height / 3))
        if (left < flick.contentX || left + r[2] * pageCanvas.width > flick.contentX + flick.width)
            flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, left - flick.width / 3))
        flick.keepPlace()
    }
    Connections {
        target: reader.docs
        function onCacheChanged() { reader.cacheTick++ }
        function onPresentationChanged() {
            if (reader.following)
                reader.followPresenter()
        }
    }
    Component.onCompleted: {
        if (following)
            followPresenter()
        reportReading()
    }

    header: PageHeader {
        title: reader.docs ? reader.docs.title(reader.documentId) : ""
        subtitle: reader.pageCount > 0 ? qsTr("Page %1 of %2").arg(reader.pageIndex + 1).arg(reader.pageCount) : ""
        client: reader.client

        BigButton {
            objectName: "followPresenterButton"
            visible: reader.docs !== null && reader.docs.presenting && !reader.docs.canPresent && !reader.following
            height: 48
            implicitHeight: 48
            tone: Theme.currentAccent
            text: qsTr("Follow the presenter")
            onClicked: reader.followPresenter()
        }
        Rectangle {
            objectName: "followingBadge"
            visible: reader.following && reader.docs !== null && reader.docs.presenting
            height: 48
            width: followingText.implicitWidth + 28
            radius: 24
            color: Theme.current
            Text {
                id: followingText
                anchors.centerIn: parent
                text: qsTr("Following the presenter")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
        }
        FollowersBadge {
            id: followersBadge
            objectName: "followersBadge"
            visible: reader.presentingHere
            client: reader.client
            documentId: reader.documentId
        }
        BigButton {
            objectName: "presentButton"
            visible: reader.docs !== null && reader.docs.canPresent
            height: 48
            implicitHeight: 48
            primary: !reader.presentingHere
            text: reader.presentingHere ? qsTr("Stop presenting") : qsTr("Present this page")
            onClicked: reader.presentingHere ? reader.docs.stopPresenting()
                                             : reader.docs.present(reader.documentId, reader.pageIndex)
        }
        BigButton {
            objectName: "readerMenuButton"
            primary: false
            height: 48
            implicitHeight: 48
            text: "⋮"
            onClicked: readerMenu.open()
            Menu {
                id: readerMenu
                objectName: "readerMenu"
                y: parent.height
                // As wide as its words (Menu's default 200 px cuts "Xuất PDF kèm ghi chú"),
                // opening leftwards from the button at the window's right.
                width: Math.max(200, exportItem.implicitWidth)
                x: parent.width - width
                MenuItem {
                    id: exportItem
                    objectName: "exportMenuItem"
                    text: qsTr("Export PDF with notes")
                    font.pixelSize: Theme.fontBody
                    implicitHeight: Theme.touch
                    onTriggered: exportDialog.open()
                }
            }
        }
        BigButton {
            objectName: "backButton"
            primary: false
            height: 48
            implicitHeight: 48
            text: "‹  " + qsTr("Meeting")
            onClicked: reader.StackView.view.pop()
        }
    }

    // Thumbnails, outline and search: a column on the left, or in compact a drawer over the
    // page (one instance either way, so the search and the thumbnails keep their state).
    MouseArea {
        objectName: "drawerScrim"
        anchors.fill: parent
        z: 9
        visible: reader.compact && reader.drawerOpen
        onClicked: reader.drawerOpen = false
        Rectangle { anchors.fill: parent; color: "#000000"; opacity: 0.25 }
    }
    ReaderSidebar {
        id: sideBar
        objectName: "readerSidebar"
        z: 10
        y: 12
        height: parent.height - 24
        width: reader.compact ? Math.min(320, reader.width - 80) : 220
        x: !reader.compact ? 12 : reader.drawerOpen ? 0 : -width - 24
        visible: !reader.compact || reader.drawerOpen
        document: pdf
        search: docSearch
        outline: reader.docs && reader.cacheTick >= 0 ? reader.docs.outline(reader.documentId) : []
        currentPage: reader.pageIndex
        onPageChosen: (p) => {
            reader.goToPage(p, true)
            reader.drawerOpen = false
        }
    }

    RowLayout {
        anchors { fill: parent; margins: 12; leftMargin: reader.compact ? 12 : 12 + sideBar.width + 12 }
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            AnnotationToolbar {
                id: toolbar
                objectName: "annotationToolbar"
                Layout.fillWidth: true
                annotator: reader.docs ? reader.docs.annotator : null
                compact: reader.foldTools
                onClearPageRequested: reader.docs.annotator.clearPage(reader.documentId, reader.pageIndex)
            }

            // The passage found by the search (the words as the page writes them): feedback and
            // amendments are anchored to it (docs/forms.md, "Anchored to the text").
            Rectangle {
                objectName: "passageBar"
                Layout.fillWidth: true
                visible: docSearch.currentPage >= 0 && docSearch.currentMatch.length > 0
                implicitHeight: passageRow.implicitHeight + 16
                radius: Theme.radius
                color: Theme.current
                border.color: Theme.currentAccent
                RowLayout {
                    id: passageRow
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 8 }
                    spacing: 8
                    Text {
                        objectName: "passageText"
                        Layout.fillWidth: true
                        text: qsTr("Page %1: «%2»").arg(docSearch.currentPage + 1).arg(docSearch.currentMatch)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    BigButton {
                        objectName: "commentPassageButton"
                        text: qsTr("Comment on this passage")
                        onClicked: reader.passageChosen(FormsDesk.Feedback, docSearch.currentPage + 1, docSearch.currentMatch)
                    }
                    BigButton {
                        objectName: "amendPassageButton"
                        primary: false
                        text: qsTr("Propose a change")
                        onClicked: reader.passageChosen(FormsDesk.Amendment, docSearch.currentPage + 1, docSearch.currentMatch)
                    }
                }
            }

            Flickable {
                id: flick
                objectName: "pageFlickable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                // Browsing pans; a drawing tool draws (a pinch still zooms).
                interactive: toolbar.tool === PageCanvas.Tool.Browse
                contentWidth: Math.max(width, pageCanvas.width + 24)
                contentHeight: Math.max(height, pageCanvas.height + 24)
                boundsBehavior: Flickable.StopAtBounds
                // Turning the tablet (or zooming) keeps the place on the page: the same fraction
                // of the page stays at the top.
                // While the window turns, sizes settle over a few polishes: the place is put
                // back once they have (refitTimer), and nothing in between counts as scrolling.
                property real fraction: 0
                property bool refitting: false
                /** A scroll of our own (a search hit): this is the place now, whatever settles. */
                function keepPlace() {
                    refitTimer.stop()
                    seenContentHeight = contentHeight
                    seenWidth = width
                    seenHeight = height
                    fraction = contentHeight > 0 ? contentY / contentHeight : 0
                }
                function refit() {
                    seenWidth = width
                    seenHeight = height
                    refitting = true
                    contentY = Math.max(0, Math.min(fraction * contentHeight, contentHeight - height))
                    refitting = false
                }
                property real seenContentHeight: 0
                property real seenWidth: 0
                property real seenHeight: 0
                // Only a scroll moves the place (not the clamp that follows a smaller page or a
                // resized view, nor a page that fits): a move within the same content in the same
                // view, or while the view settles a move that stops short of both ends (a clamp
                // puts the page at one of them).
                onContentYChanged: {
                    if (refitting || contentHeight <= height)
                        return
                    const settled = !refitTimer.running && contentHeight === seenContentHeight
                                    && width === seenWidth && height === seenHeight
                    if (settled || (contentY > 0.5 && contentY < contentHeight - height - 0.5))
                        fraction = contentY / contentHeight
                }
                // A new page or zoom in the same view is put back at once; while the view is
                // resized the timer does it. Restarting the timer here let a page change put off
                // the first refit, and a scroll made meanwhile was not taken as the place.
                onContentHeightChanged: {
                    seenContentHeight = contentHeight
                    if (!refitTimer.running)
                        refit()
                }
                onWidthChanged: refitTimer.restart()
                onHeightChanged: refitTimer.restart()
                Timer {
                    id: refitTimer
                    interval: 50
                    onTriggered: flick.refit()
                }

                PageCanvas {
                    id: pageCanvas
                    objectName: "pageCanvas"
                    x: Math.max(12, (flick.width - width) / 2)
                    y: 12
                    width: Math.max(200, (flick.width - 24) * reader.zoom)
                    document: pdf
                    docs: reader.docs
                    documentId: reader.documentId
                    pageIndex: reader.pageIndex
                    tool: toolbar.tool
                    color: toolbar.inkColor
                    penWidth: toolbar.tool === PageCanvas.Tool.Highlighter ? 0.02 : toolbar.penWidth
                    searchRects: docSearch.pageRects
                    currentSearchRects: docSearch.currentPage === reader.pageIndex ? docSearch.currentRects : []
                    onNoteRequested: (x, y) => noteEditor.openNew(x, y)
                    onNoteOpened: (text, author, x, y) => noteViewer.show(text, author)
                }

                PinchHandler {
                    id: pinch
                    target: null
                    property real startZoom: 1
                    onActiveChanged: if (active) startZoom = reader.zoom
                    onActiveScaleChanged: if (active) reader.setZoom(startZoom * activeScale)
                }
                ScrollBar.vertical: ScrollBar { }
                ScrollBar.horizontal: ScrollBar { }
            }

            // Page navigation and zoom.
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BigButton {
                    objectName: "drawerButton"
                    visible: reader.compact
                    primary: false
                    text: "☰"
                    Accessible.name: qsTr("Pages, outline and search")
                    onClicked: reader.drawerOpen = !reader.drawerOpen
                }
                BigButton {
                    objectName: "previousPageButton"
                    primary: false
                    text: "‹"
                    font.pixelSize: Theme.fontTitle
                    enabled: reader.pageIndex > 0
                    onClicked: reader.goToPage(reader.pageIndex - 1, true)
                }
                Text {
                    objectName: "pageLabel"
                    text: reader.pageCount > 0 ? qsTr("%1 / %2").arg(reader.pageIndex + 1).arg(reader.pageCount)
                          : reader.docs && reader.docs.progressOf(reader.documentId) < 1 ? qsTr("The document is still downloading…")
                          : ""
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                BigButton {
                    objectName: "nextPageButton"
                    primary: false
                    text: "›"
                    font.pixelSize: Theme.fontTitle
                    enabled: reader.pageIndex < reader.pageCount - 1
                    onClicked: reader.goToPage(reader.pageIndex + 1, true)
                }
                Item { Layout.fillWidth: true }
                LayerSwitch {
                    objectName: "layerSwitch"
                    visible: !reader.foldTools
                    annotator: reader.docs ? reader.docs.annotator : null
                }
                Text {
                    objectName: "pendingAnnotations"
                    visible: reader.docs !== null && reader.docs.annotator.pendingCount > 0
                             && reader.client.connectionState !== MeetingClient.Connected
                    text: qsTr("%n mark(s) saved on this tablet, sent when the connection returns", "",
                               reader.docs ? reader.docs.annotator.pendingCount : 0)
                    font.pixelSize: 15
                    color: Theme.warn
                    wrapMode: Text.WordWrap
                    Layout.maximumWidth: 220
                }
                BigButton {
                    objectName: "zoomOutButton"
                    visible: !reader.foldTools
                    primary: false
                    text: "−"
                    onClicked: reader.setZoom(reader.zoom / 1.25)
                }
                Text {
                    objectName: "zoomLabel"
                    visible: !reader.foldTools
                    text: Math.round(reader.zoom * 100) + "%"
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Layout.preferredWidth: 64
                    horizontalAlignment: Text.AlignHCenter
                }
                BigButton {
                    objectName: "zoomInButton"
                    visible: !reader.foldTools
                    primary: false
                    text: "+"
                    onClicked: reader.setZoom(reader.zoom * 1.25)
                }
                BigButton {
                    objectName: "fitWidthButton"
                    primary: false
                    text: qsTr("Fit width")
                    onClicked: reader.setZoom(1)
                }
                // Compact: the layer and the zoom steps, folded.
                BigButton {
                    objectName: "moreViewButton"
                    visible: reader.foldTools
                    primary: false
                    text: "⋯"
                    Accessible.name: qsTr("More")
                    onClicked: moreView.open()
                    Popup {
                        id: moreView
                        objectName: "moreViewPopup"
                        y: -implicitHeight - 8
                        x: parent.width - implicitWidth
                        padding: 12
                        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
                        contentItem: Column {
                            spacing: 12
                            LayerSwitch {
                                objectName: "layerSwitchFolded"
                                annotator: reader.docs ? reader.docs.annotator : null
                            }
                            Row {
                                spacing: 8
                                BigButton {
                                    objectName: "zoomOutFolded"
                                    primary: false
                                    text: "−"
                                    onClicked: reader.setZoom(reader.zoom / 1.25)
                                }
                                Text {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: Math.round(reader.zoom * 100) + "%"
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                                BigButton {
                                    objectName: "zoomInFolded"
                                    primary: false
                                    text: "+"
                                    onClicked: reader.setZoom(reader.zoom * 1.25)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    property alias followersBadge: followersBadge
    property alias exportDialog: exportDialog
    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        client: reader.client
        documentId: reader.documentId
    }

    // A new note: where the user tapped with the note tool.
    Popup {
        id: noteEditor
        objectName: "noteEditor"
        property real noteX
        property real noteY
        function openNew(x, y) {
            noteX = x
            noteY = y
            noteText.text = ""
            open()
            noteText.forceActiveFocus()
        }
        anchors.centerIn: parent
        width: 520
        modal: true
        padding: 20
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
        ColumnLayout {
            anchors.fill: parent
            spacing: 12
            Text {
                text: qsTr("New note")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            TextArea {
                id: noteText
                objectName: "noteText"
                Layout.fillWidth: true
                Layout.preferredHeight: 160
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Write your note")
                background: Rectangle { border.color: Theme.border; radius: 6 }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 12
                BigButton {
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: noteEditor.close()
                }
                BigButton {
                    objectName: "saveNoteButton"
                    text: qsTr("Save note")
                    enabled: noteText.text.trim().length > 0
                    onClicked: {
                        reader.docs.annotator.note(reader.documentId, reader.pageIndex, noteEditor.noteX,
                                                   noteEditor.noteY, noteText.text, "#ffd54f")
                        noteEditor.close()
                    }
                }
            }
        }
    }

    // A note on the page, read.
    Popup {
        id: noteViewer
        objectName: "noteViewer"
        property string text
        property string author
        function show(t, a) {
            text = t
            author = a
            open()
        }
        anchors.centerIn: parent
        width: 480
        padding: 20
        background: Rectangle { radius: Theme.radius; color: "#fff8d6"; border.color: Theme.currentAccent }
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Text {
                Layout.fillWidth: true
                text: reader.client ? reader.client.participants.nameOf(noteViewer.author) : ""
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                text: noteViewer.text
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
    }

    // An annotation the server refused (another's stroke to erase, too many, ...): say why.
    Toast {
        objectName: "annotationError"
        id: annotationError
    }
    Connections {
        target: reader.docs ? reader.docs.annotator : null
        function onOperationRefused(opId, code, reason) {
            annotationError.show(Texts.refusalText(reason, code))
        }
    }

    Keys.onLeftPressed: goToPage(pageIndex - 1, true)
    Keys.onRightPressed: goToPage(pageIndex + 1, true)
}
