pragma ComponentBehavior: Bound

import QtQuick
import Quorum.Tablet

// One PDF page at a given width with everything drawn on it in page coordinates: search hits,
// the highlighter's text selection, annotations (AnnotationOverlay), note markers, and the
// input of the current tool. Sized by `width`; the height follows the page's shape.
Item {
    id: canvas
    required property ReaderDocument document
    property MeetingDocuments docs
    property string documentId
    property int pageIndex: 0
    property int tool: PageCanvas.Tool.Browse
    property color color: "#d32f2f"
    property real penWidth: 0.004      // fraction of the page width
    property var searchRects: []        // normalized x, y, w, h, ...
    property var currentSearchRects: [] // the current hit
    readonly property size pagePoints: document.status === ReaderDocument.Ready
                                       ? document.pagePointSize(pageIndex) : Qt.size(595, 842)
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
    }

    // Rendered on Qt Quick's image thread (PdfPageProvider), never on the GUI thread.
    Image {
        id: pageImage
        objectName: "pageImage"
        anchors.fill: parent
        source: canvas.document.status === ReaderDocument.Ready ? canvas.document.pageImageUrl(canvas.pageIndex) : ""
        asynchronous: true
        // Rendered at the size shown, so text stays sharp at every zoom.
        sourceSize.width: Math.round(canvas.width * Screen.devicePixelRatio)
        sourceSize.height: 0
        fillMode: Image.Stretch
    }
    // The page's edge, over the (opaque) image.
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.color: Theme.border
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

    // The highlighter while it drags: what it will mark (the text under the drag, line by
    // line, or the dragged box where there is none).
    Repeater {
        model: input.dragging && canvas.tool === PageCanvas.Tool.Highlighter ? input.highlightRects.length / 4 : 0
        Rectangle {
            required property int index
            objectName: "highlighterPreview"
            x: input.highlightRects[4 * index] * canvas.width
            y: input.highlightRects[4 * index + 1] * canvas.height
            width: input.highlightRects[4 * index + 2] * canvas.width
            height: input.highlightRects[4 * index + 3] * canvas.height
            color: Qt.rgba(canvas.color.r, canvas.color.g, canvas.color.b, 0.35)
        }
    }

    // The tools' input, through pointer handlers rather than a MouseArea: a stylus brings its
    // pressure (a mouse or a finger has none), and a second finger still pinches: the drag
    // gives way to the reader's PinchHandler and the stroke is dropped.
    Item {
        id: input
        objectName: "toolInput"
        anchors.fill: parent
        enabled: canvas.tool !== PageCanvas.Tool.Browse && canvas.docs !== null
        readonly property bool dragging: drag.active
        property string lastErased

        function nx(px) { return px / canvas.width }
        function ny(py) { return py / canvas.height }
        function eraseAt(px, py) {
            const row = pageModel.ownMarkAt(nx(px), ny(py), 0.012)
            // A stylus tap can arrive twice (itself, and the mouse press Qt makes of it).
            if (row >= 0 && pageModel.opIdAt(row) !== lastErased) {
                lastErased = pageModel.opIdAt(row)
                canvas.docs.annotator.erase(lastErased)
            }
        }
        /** The pressure of a handler point; -1 when its device measures none (mouse, finger). */
        function pressureOf(point) {
            const device = point.device
            const stylus = device !== null && device !== undefined
                           && (device.type === PointerDevice.Stylus || device.type === PointerDevice.Airbrush)
            return stylus && (device.capabilities & PointerDevice.Pressure) ? point.pressure : -1
        }
        // What the highlighter marks for a drag from `from` to `to` (item pixels): the text Qt
        // PDF selects between them, one rectangle per line; where the page has no text there
        // (a picture, a scan), the dragged box. Normalized x, y, w, h, ...
        property var highlightRects: []
        function updateHighlight(from, to) {
            let rects = canvas.document.textLineRects(canvas.pageIndex, Qt.point(nx(from.x), ny(from.y)),
                                                      Qt.point(nx(to.x), ny(to.y)))
            if (rects.length === 0 && Math.abs(to.y - from.y) > 4 && Math.abs(to.x - from.x) > 4)
                rects = PageGeometry.spanRect(nx(from.x), ny(from.y), nx(to.x), ny(to.y))
            highlightRects = rects
        }
        function highlight(from, to) {
            updateHighlight(from, to)
            if (highlightRects.length > 0)
                canvas.docs.annotator.highlight(canvas.documentId, canvas.pageIndex, highlightRects, canvas.color)
            highlightRects = []
        }

        // Pen, highlighter and eraser follow a drag. A DragHandler rather than a PointHandler:
        // once active it holds the point exclusively, so nothing else reacts to the stroke, a
        // stylus' events count as handled (Qt makes no mouse events of them), and a pinch can
        // still take the point over (see onGrabChanged).
        DragHandler {
            id: drag
            objectName: "toolDrag"
            target: null
            enabled: canvas.tool === PageCanvas.Tool.Pen || canvas.tool === PageCanvas.Tool.Highlighter
                     || canvas.tool === PageCanvas.Tool.Eraser
            // It becomes active after this much movement; the stroke starts where the pen went
            // down all the same (pressPosition), so the gap stays small.
            dragThreshold: 2
            property point from
            property point last
            property real pressPressure: -1
            property bool open: false     // a drag began and is not finished yet

            onActiveChanged: {
                if (!active) {
                    // Normally the grab change below has finished it already; this is for a
                    // drag that ends without one (the handler disabled under the pen).
                    Qt.callLater(() => { if (drag.open && !drag.active) drag.finish(false) })
                    return
                }
                const a = canvas.docs.annotator
                open = true
                from = centroid.pressPosition
                last = centroid.position
                switch (canvas.tool) {
                case PageCanvas.Tool.Pen:
                    a.beginStroke(canvas.documentId, canvas.pageIndex, canvas.color, canvas.penWidth)
                    a.addPoint(input.nx(from.x), input.ny(from.y), pressPressure)
                    a.addPoint(input.nx(last.x), input.ny(last.y), input.pressureOf(centroid))
                    break
                case PageCanvas.Tool.Highlighter:
                    input.updateHighlight(from, last)
                    break
                case PageCanvas.Tool.Eraser:
                    input.eraseAt(from.x, from.y)
                    input.eraseAt(last.x, last.y)
                    break
                }
            }
            // Released: the exclusive grab is given up. Taken over (a second finger's pinch):
            // it is cancelled while the point is still down. (Qt 6.4 also cancels it after a
            // release, and says onCanceled then: only the first change counts.)
            onGrabChanged: (transition, point) => {
                if (!open)
                    return
                if (transition === PointerDevice.UngrabExclusive)
                    finish(false)
                else if (transition === PointerDevice.CancelGrabExclusive)
                    finish(true)
            }
            function finish(takenOver) {
                open = false
                pressPressure = -1
                switch (canvas.tool) {
                case PageCanvas.Tool.Pen:
                    if (takenOver)
                        canvas.docs.annotator.cancelStroke()
                    else
                        canvas.docs.annotator.endStroke()
                    break
                case PageCanvas.Tool.Highlighter:
                    if (takenOver)
                        input.highlightRects = []
                    else
                        input.highlight(from, last)
                    break
                }
            }
            onCentroidChanged: {
                if (!active) {
                    // The pen went down: its pressure there, for the stroke's first point.
                    if (centroid.position.x === centroid.pressPosition.x && centroid.position.y === centroid.pressPosition.y)
                        pressPressure = input.pressureOf(centroid)
                    return
                }
                last = centroid.position
                switch (canvas.tool) {
                case PageCanvas.Tool.Pen:
                    canvas.docs.annotator.addPoint(input.nx(last.x), input.ny(last.y), input.pressureOf(centroid))
                    break
                case PageCanvas.Tool.Highlighter:
                    input.updateHighlight(from, last)
                    break
                case PageCanvas.Tool.Eraser:
                    input.eraseAt(last.x, last.y)
                    break
                }
            }
        }

        // The note tool and the eraser act on a tap.
        TapHandler {
            id: tap
            objectName: "toolTap"
            enabled: canvas.tool === PageCanvas.Tool.Note || canvas.tool === PageCanvas.Tool.Eraser
            onTapped: (eventPoint) => {
                const p = eventPoint.position
                if (canvas.tool === PageCanvas.Tool.Note)
                    canvas.noteRequested(input.nx(p.x), input.ny(p.y))
                else
                    input.eraseAt(p.x, p.y)
            }
        }
    }

    // Note markers, above the tools' input: a tap on one shows the note (browsing, or with the
    // note tool; the other tools draw or erase over it).
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
}
