import QtQuick
import QtQuick.Pdf
import Quorum.Tablet

// One PDF page at a given width with everything drawn on it in page coordinates: search hits,
// the highlighter's text selection, annotations (AnnotationOverlay), note markers, and the
// input of the current tool. Sized by `width`; the height follows the page's shape.
Item {
    id: canvas
    required property PdfDocument document
    property MeetingDocuments docs
    property string documentId
    property int pageIndex: 0
    property int tool: PageCanvas.Tool.Browse
    property color color: "#d32f2f"
    property real penWidth: 0.004      // fraction of the page width
    property var searchRects: []        // normalized x, y, w, h, ...
    property var currentSearchRects: [] // the current hit
    readonly property size pagePoints: document.status === PdfDocument.Ready
                                       ? document.pagePointSize(pageIndex) : Qt.size(595, 842)
    readonly property var selectionRects: PageGeometry.normalizedRects(selection.geometry, pagePoints)
    readonly property alias annotations: pageModel
    readonly property alias image: pageImage

    enum Tool { Browse, Pen, Highlighter, Note, Eraser }

    /** A tap with the note tool: where, in page coordinates. */
    signal noteRequested(real x, real y)
    /** A tap on a note marker. */
    signal noteOpened(string text, string author, real x, real y)

    height: width * pagePoints.height / Math.max(1, pagePoints.width)

    PageAnnotationsModel {
        id: pageModel
        documents: canvas.docs
        documentId: canvas.documentId
        page: canvas.pageIndex
    }

    Rectangle {
        anchors.fill: parent
        color: "white"
        border.color: Theme.border
    }

    PdfPageImage {
        id: pageImage
        objectName: "pageImage"
        anchors.fill: parent
        document: canvas.document
        currentFrame: canvas.pageIndex
        asynchronous: true
        // Rendered at the size shown, so text stays sharp at every zoom.
        sourceSize.width: Math.round(canvas.width * Screen.devicePixelRatio)
        sourceSize.height: 0
        fillMode: Image.Stretch
    }

    // Search hits on this page, the current one stronger.
    Repeater {
        model: canvas.searchRects.length / 4
        Rectangle {
            required property int index
            x: canvas.searchRects[4 * index] * canvas.width
            y: canvas.searchRects[4 * index + 1] * canvas.height
            width: canvas.searchRects[4 * index + 2] * canvas.width
            height: canvas.searchRects[4 * index + 3] * canvas.height
            color: "#5542a5f5"
            border.color: "#1e88e5"
        }
    }
    Repeater {
        model: canvas.currentSearchRects.length / 4
        Rectangle {
            required property int index
            objectName: "currentSearchHit"
            x: canvas.currentSearchRects[4 * index] * canvas.width - 2
            y: canvas.currentSearchRects[4 * index + 1] * canvas.height - 2
            width: canvas.currentSearchRects[4 * index + 2] * canvas.width + 4
            height: canvas.currentSearchRects[4 * index + 3] * canvas.height + 4
            color: "#66ff9800"
            border.color: "#e65100"
            border.width: 2
        }
    }

    AnnotationOverlay {
        id: overlay
        objectName: "annotationOverlay"
        anchors.fill: parent
        model: pageModel
        activeLayer: canvas.docs ? canvas.docs.annotator.layer : 0
    }

    // The highlighter: the text between press and release, as Qt PDF selects it.
    PdfSelection {
        id: selection
        document: canvas.document
        page: canvas.pageIndex
        hold: !input.pressed
    }
    Repeater {
        model: input.pressed && canvas.tool === PageCanvas.Tool.Highlighter ? canvas.selectionRects.length / 4 : 0
        Rectangle {
            required property int index
            x: canvas.selectionRects[4 * index] * canvas.width
            y: canvas.selectionRects[4 * index + 1] * canvas.height
            width: canvas.selectionRects[4 * index + 2] * canvas.width
            height: canvas.selectionRects[4 * index + 3] * canvas.height
            color: Qt.rgba(canvas.color.r, canvas.color.g, canvas.color.b, 0.35)
        }
    }

    // Note markers: a tap shows the note.
    Repeater {
        model: pageModel
        delegate: Item {
            required property int kind
            required property real noteX
            required property real noteY
            required property string text
            required property string author
            visible: kind === PageAnnotationsModel.Note
            readonly property real size: Math.max(Theme.touch, canvas.width * 0.035)
            x: noteX * canvas.width - size / 2
            y: noteY * canvas.height - size / 2
            width: size
            height: size
            MouseArea {
                anchors.fill: parent
                enabled: canvas.tool === PageCanvas.Tool.Browse || canvas.tool === PageCanvas.Tool.Note
                onClicked: canvas.noteOpened(parent.text, parent.author, parent.noteX, parent.noteY)
            }
        }
    }

    MouseArea {
        id: input
        objectName: "toolInput"
        anchors.fill: parent
        enabled: canvas.tool !== PageCanvas.Tool.Browse && canvas.docs !== null
        preventStealing: true
        property point start

        function nx(mx) { return mx / canvas.width }
        function ny(my) { return my / canvas.height }
        function eraseAt(mx, my) {
            const row = pageModel.ownMarkAt(nx(mx), ny(my), 0.012)
            if (row >= 0)
                canvas.docs.annotator.erase(pageModel.opIdAt(row))
        }

        onPressed: (mouse) => {
            start = Qt.point(mouse.x, mouse.y)
            const a = canvas.docs.annotator
            switch (canvas.tool) {
            case PageCanvas.Tool.Pen:
                a.beginStroke(canvas.documentId, canvas.pageIndex, canvas.color, canvas.penWidth)
                a.addPoint(nx(mouse.x), ny(mouse.y))
                break
            case PageCanvas.Tool.Highlighter:
                selection.from = Qt.point(nx(mouse.x) * canvas.pagePoints.width, ny(mouse.y) * canvas.pagePoints.height)
                selection.to = selection.from
                break
            case PageCanvas.Tool.Eraser:
                eraseAt(mouse.x, mouse.y)
                break
            }
        }
        onPositionChanged: (mouse) => {
            switch (canvas.tool) {
            case PageCanvas.Tool.Pen:
                canvas.docs.annotator.addPoint(nx(mouse.x), ny(mouse.y))
                break
            case PageCanvas.Tool.Highlighter:
                selection.to = Qt.point(nx(mouse.x) * canvas.pagePoints.width, ny(mouse.y) * canvas.pagePoints.height)
                break
            case PageCanvas.Tool.Eraser:
                eraseAt(mouse.x, mouse.y)
                break
            }
        }
        onReleased: (mouse) => {
            const a = canvas.docs.annotator
            switch (canvas.tool) {
            case PageCanvas.Tool.Pen:
                a.addPoint(nx(mouse.x), ny(mouse.y))
                a.endStroke()
                break
            case PageCanvas.Tool.Highlighter: {
                let rects = PageGeometry.normalizedRects(selection.geometry, canvas.pagePoints)
                // No text under the drag (a picture, a scan): highlight the dragged box.
                if (rects.length === 0 && Math.abs(mouse.y - start.y) > 4 && Math.abs(mouse.x - start.x) > 4)
                    rects = PageGeometry.spanRect(nx(start.x), ny(start.y), nx(mouse.x), ny(mouse.y))
                if (rects.length > 0)
                    a.highlight(canvas.documentId, canvas.pageIndex, rects, canvas.color)
                selection.clear()
                break
            }
            case PageCanvas.Tool.Note:
                canvas.noteRequested(nx(mouse.x), ny(mouse.y))
                break
            }
        }
        onCanceled: if (canvas.tool === PageCanvas.Tool.Pen) canvas.docs.annotator.cancelStroke()
    }
}
