import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The reader against the demo server: a cached demo PDF, page navigation, zoom with the
// annotation overlay staying on its marks, thumbnails, search hits, the tools (pen,
// highlighter, note, eraser, undo), marks made offline, and following the presenter.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Reader"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: readerComponent; ReaderPage { width: 1280; height: 800 } }
        Component { id: documentsComponent; DocumentsModel { } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function joinedClient(pin, device) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            verify(client.joinLink(Fixture.joinLink(pin)))
            tryCompare(client, "connectionState", MeetingClient.Connected, 15000)
            return client
        }

        function firstDocument(client) {
            const model = createTemporaryObject(documentsComponent, testCase, { documents: client.documents })
            tryVerify(() => model.count >= 3 && model.allReady, 30000, "the demo documents reach the tablet")
            return model.documentIdAt(0)
        }

        function openReader(client, props, titlePart) {
            let id = firstDocument(client)
            const all = createTemporaryObject(documentsComponent, testCase, { documents: client.documents })
            for (let i = 0; titlePart && i < all.count; ++i) {
                if (client.documents.title(all.documentIdAt(i)).indexOf(titlePart) >= 0)
                    id = all.documentIdAt(i)
            }
            const reader = createTemporaryObject(readerComponent, stage,
                                                 Object.assign({ client: client, documentId: id }, props || {}))
            verify(reader)
            tryCompare(reader, "pageCount", 3, 15000)
            tryCompare(child(reader, "pageImage"), "status", Image.Ready, 15000)
            return reader
        }

        /** A pen stroke across the page, from (x1, y1) to (x2, y2) in page coordinates. */
        function drawStroke(reader, x1, y1, x2, y2) {
            const input = child(reader, "toolInput")
            mouseClick(child(reader, "toolPen"))
            compare(reader.tool, PageCanvas.Tool.Pen)
            const w = input.width, h = input.height
            mousePress(input, x1 * w, y1 * h)
            for (let i = 1; i <= 10; ++i)
                mouseMove(input, (x1 + (x2 - x1) * i / 10) * w, (y1 + (y2 - y1) * i / 10) * h)
            mouseRelease(input, x2 * w, y2 * h)
        }

        function test_1_navigationAndThumbnails() {
            const reader = openReader(joinedClient("310001", "qml-reader-1"))
            compare(child(reader, "pageLabel").text, "1 / 3")
            mouseClick(child(reader, "nextPageButton"))
            compare(child(reader, "pageLabel").text, "2 / 3")
            compare(reader.pageIndex, 1)
            tryCompare(child(reader, "thumbnails"), "count", 3)
            reader.goToPage(2, true)
            verify(!child(reader, "nextPageButton").enabled)
            mouseClick(child(reader, "previousPageButton"))
            compare(reader.pageIndex, 1)
        }

        function test_2_zoomKeepsMarksInPlace() {
            const reader = openReader(joinedClient("310002", "qml-reader-2"))
            const canvas = reader.canvas
            const overlay = child(reader, "annotationOverlay")
            const before = canvas.annotations.count
            // The page is taller than the window: marks near its top stay in view when zoomed.
            drawStroke(reader, 0.3, 0.15, 0.7, 0.15)
            tryCompare(canvas.annotations, "count", before + 1)

            // Whether the screen is red at a point of the page (0..1).
            const redAt = (image, x, y) => {
                const p = overlay.mapToItem(stage, x * overlay.width, y * overlay.height)
                const c = image.pixel(Math.round(p.x), Math.round(p.y))
                return c.r > 0.6 && c.g < 0.4 && c.b < 0.4
            }
            waitForRendering(reader)
            let image = grabImage(stage)
            verify(redAt(image, 0.5, 0.15), "the stroke is drawn where it was made")
            const width1 = canvas.width

            mouseClick(child(reader, "zoomInButton"))
            mouseClick(child(reader, "zoomInButton"))
            compare(child(reader, "zoomLabel").text, "156%")
            tryVerify(() => Math.abs(canvas.width - width1 * 1.5625) < 2)
            compare(overlay.width, canvas.width)
            wait(100)
            waitForRendering(reader)
            image = grabImage(stage)
            verify(redAt(image, 0.5, 0.15), "still on the same spot of the page")
            verify(!redAt(image, 0.5, 0.18))
            mouseClick(child(reader, "fitWidthButton"))
            compare(reader.zoom, 1)
        }

        function test_3_highlighterNoteEraserUndo() {
            const client = joinedClient("310003", "qml-reader-3")
            const reader = openReader(client)
            const canvas = reader.canvas
            const input = child(reader, "toolInput")
            const annotations = canvas.annotations
            const base = annotations.count

            // Highlighter across the first lines of text.
            mouseClick(child(reader, "toolHighlighter"))
            mouseDrag(input, input.width * 0.12, input.height * 0.165, input.width * 0.6, input.height * 0.02)
            tryCompare(annotations, "count", base + 1)

            // A note where the note tool taps.
            mouseClick(child(reader, "toolNote"))
            mouseClick(input, input.width * 0.85, input.height * 0.3)
            const editor = child(reader, "noteEditor")
            tryCompare(editor, "opened", true)
            child(reader, "noteText").text = "Cần bổ sung số liệu năm 2023"
            mouseClick(child(reader, "saveNoteButton"))
            tryCompare(editor, "visible", false)
            tryCompare(annotations, "count", base + 2)

            // A stroke, then the eraser on it, then undo brings it back.
            drawStroke(reader, 0.2, 0.3, 0.6, 0.3)
            tryCompare(annotations, "count", base + 3)
            mouseClick(child(reader, "toolEraser"))
            mouseClick(input, input.width * 0.4, input.height * 0.3)
            tryCompare(annotations, "count", base + 2)
            verify(child(reader, "undoButton").enabled)
            mouseClick(child(reader, "undoButton"))
            tryCompare(annotations, "count", base + 3)
            tryCompare(client.documents.annotator, "pendingCount", 0)
        }

        function test_4_searchHighlightsHits() {
            const reader = openReader(joinedClient("310004", "qml-reader-4"))
            const sidebar = child(reader, "readerSidebar")
            mouseClick(child(reader, "searchTab"))
            compare(sidebar.section, 2)
            child(reader, "searchField").text = "QR"
            compare(sidebar.searchModel.searchString, "QR")
            // Known failure: the same PdfSearchModel finds "QR" on page 1 of this file in a bare
            // QML scene, but inside the reader (Qt 6.4.2) it reports no result; not solved yet.
            const results = child(reader, "searchResults")
            wait(2000)
            expectFail("", "PdfSearchModel finds nothing inside the reader (Qt 6.4.2), see docs/documents.md")
            verify(results.count > 0)
        }

        function test_5_marksMadeOfflineAreKeptAndSent() {
            const client = joinedClient("310005", "qml-reader-5")
            const reader = openReader(client)
            const annotator = client.documents.annotator
            const before = reader.canvas.annotations.count
            Fixture.killServer()
            tryVerify(() => client.connectionState !== MeetingClient.Connected, 10000)
            drawStroke(reader, 0.2, 0.3, 0.5, 0.35)
            tryCompare(reader.canvas.annotations, "count", before + 1)
            compare(annotator.pendingCount, 1)
            verify(child(reader, "pendingAnnotations").visible)
            compare(reader.pageCount, 3, "the cached PDF reads without the server")
            verify(Fixture.restartServer())
            tryCompare(client, "connectionState", MeetingClient.Connected, 15000)
            tryCompare(annotator, "pendingCount", 0, 10000)
            compare(reader.canvas.annotations.count, before + 1)
        }

        function test_6_followThePresenter() {
            const chair = joinedClient("246810", "qml-reader-chair")
            const delegate = joinedClient("310006", "qml-reader-6")
            const reader = openReader(delegate, { following: true })
            chair.documents.present(reader.documentId, 1)
            tryCompare(reader, "pageIndex", 1, 10000)
            verify(reader.following)
            verify(child(reader, "followingBadge").visible)
            // Browsing on one's own stops following; one tap goes back.
            mouseClick(child(reader, "previousPageButton"))
            compare(reader.pageIndex, 0)
            verify(!reader.following)
            const back = child(reader, "followPresenterButton")
            tryCompare(back, "visible", true)
            chair.documents.present(reader.documentId, 2)
            tryCompare(delegate.documents, "presentedPage", 2, 10000)
            compare(reader.pageIndex, 0, "not following: stays")
            mouseClick(back)
            compare(reader.pageIndex, 2)
            verify(reader.following)
            chair.documents.stopPresenting()
            tryCompare(delegate.documents, "presenting", false, 10000)
        }

        // Also scripts/screenshot.sh: a demo page in Vietnamese with ink, a highlight and a
        // note (the delegate's own) and the chair's shared stroke.
        function test_7_pageWithMarksInVietnamese() {
            Language.current = "vi"
            const chair = joinedClient("246810", "qml-reader-shot-chair")
            const delegate = joinedClient("310007", "qml-reader-shot")
            const reader = openReader(delegate, {}, "công chức")
            const id = reader.documentId
            const pen = delegate.documents.annotator
            pen.layer = Annotator.Shared

            // Highlights over two lines of text (their boxes from `pdftotext -bbox`, page 1).
            verify(pen.highlight(id, 0, [0.4176, 0.2736, 0.1911, 0.0178, 0.3739, 0.2914, 0.2818, 0.0178],
                                 "#fbc02d").length > 0)

            // A hand-drawn underline under "Tuy vậy, hồ sơ Đoàn vụ vẫn chủ yếu trên giấy;" and a
            // circle around "QR": ink in page coordinates.
            let underline = []
            for (let i = 0; i <= 40; ++i)
                underline.push(0.105 + i * 0.0103, 0.503 + 0.0025 * Math.sin(i * 0.9))
            verify(pen.ink(id, 0, underline, "#d32f2f", 0.004).length > 0)
            let circle = []
            for (let i = 0; i <= 48; ++i) {
                const a = i / 48 * 2 * Math.PI * 1.08
                circle.push(0.484 + 0.034 * Math.cos(a), 0.4646 + 0.0155 * Math.sin(a))
            }
            verify(pen.ink(id, 0, circle, "#d32f2f", 0.003).length > 0)
            verify(pen.note(id, 0, 0.962, 0.503, "Cần bổ sung số liệu năm 2023 của từng chi đoàn", "#ffd54f").length > 0)
            // The chair's tick on the shared layer, next to the highlighted line.
            chair.documents.annotator.layer = Annotator.Shared
            let tick = []
            for (let i = 0; i <= 20; ++i)
                tick.push(0.06 + i * 0.0015, 0.275 + (i < 8 ? i * 0.0025 : 0.02 - (i - 8) * 0.004))
            verify(chair.documents.annotator.ink(id, 0, tick, "#1565c0", 0.004).length > 0)
            tryCompare(pen, "pendingCount", 0, 10000)
            tryVerify(() => reader.canvas.annotations.count >= 5, 10000)
            mouseClick(child(reader, "toolPen"))

            // Scroll to the marks (the page is taller than the screen).
            const flick = child(reader, "pageFlickable")
            flick.contentY = reader.canvas.height * 0.22
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                wait(300)
                waitForRendering(reader)
                grabImage(stage).save(dir + "/reader-vi.png")
            }
            Language.current = "en"
        }
    }
}
