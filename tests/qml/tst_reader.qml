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

        function firstThumbnail(reader) {
            const item = child(reader, "thumbnails").itemAtIndex(0)
            return item ? findChild(item, "thumbnail") : null
        }

        function test_1_navigationAndThumbnails() {
            const client = joinedClient("310001", "qml-reader-1")
            const reader = openReader(client, {}, "công chức")
            compare(child(reader, "pageLabel").text, "1 / 3")
            mouseClick(child(reader, "nextPageButton"))
            compare(child(reader, "pageLabel").text, "2 / 3")
            compare(reader.pageIndex, 1)
            tryCompare(child(reader, "thumbnails"), "count", 3)
            tryVerify(() => firstThumbnail(reader) && firstThumbnail(reader).status === Image.Ready, 15000,
                      "the thumbnails are drawn")
            reader.goToPage(2, true)
            verify(!child(reader, "nextPageButton").enabled)
            mouseClick(child(reader, "previousPageButton"))
            compare(reader.pageIndex, 1)

            // Another document of as many pages (following a presenter who changes documents):
            // its own page and thumbnails, not the last one's.
            const thumbnail = firstThumbnail(reader).source.toString()
            const page = child(reader, "pageImage").source.toString()
            const all = createTemporaryObject(documentsComponent, testCase, { documents: client.documents })
            const first = reader.documentId
            for (let i = 0; i < all.count && reader.documentId === first; ++i) {
                if (all.documentIdAt(i) !== first && client.documents.title(all.documentIdAt(i)).indexOf("Eform") >= 0)
                    reader.documentId = all.documentIdAt(i)
            }
            verify(reader.documentId !== first, "a second demo document")
            compare(reader.pageCount, 3)
            verify(child(reader, "pageImage").source.toString() !== page)
            tryCompare(child(reader, "pageImage"), "status", Image.Ready, 15000)
            verify(firstThumbnail(reader).source.toString() !== thumbnail, "the new document's thumbnail")
            tryCompare(firstThumbnail(reader), "status", Image.Ready, 15000)
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

        /** The current search hit drawn on the page: its centre in page coordinates. */
        function currentHitCentre(reader) {
            const hit = child(reader.canvas, "currentSearchHit")
            verify(hit.visible && hit.width > 0 && hit.height > 0, "the current hit is drawn")
            const flick = child(reader, "pageFlickable")
            const inView = hit.mapToItem(flick, hit.width / 2, hit.height / 2)
            verify(inView.x >= 0 && inView.x <= flick.width && inView.y >= 0 && inView.y <= flick.height,
                   "the page is scrolled to the current hit")
            return Qt.point((hit.x + hit.width / 2) / reader.canvas.width,
                            (hit.y + hit.height / 2) / reader.canvas.height)
        }

        function test_4_searchHighlightsHits() {
            const reader = openReader(joinedClient("310004", "qml-reader-4"), {}, "công chức")
            const search = reader.search
            mouseClick(child(reader, "searchTab"))
            compare(reader.sidebar.section, 2)
            const field = child(reader, "searchField")
            const results = child(reader, "searchResults")

            // "QR" is on page 1 (pdftotext -bbox: centred at 0.484, 0.4646 of the page).
            field.text = "QR"
            tryVerify(() => !search.searching && search.count > 0, 10000, "QR is found")
            compare(results.count, search.count)
            compare(search.currentPage, 0)
            compare(reader.pageIndex, 0)
            let centre = currentHitCentre(reader)
            fuzzyCompare(centre.x, 0.484, 0.01)
            fuzzyCompare(centre.y, 0.4646, 0.01)
            verify(reader.canvas.searchRects.length >= 4)

            // Typed without diacritics: "thanh thao" is "thành thạo", once on page 1, eleven
            // times on page 2 and once on page 3.
            field.text = "thanh thao"
            tryVerify(() => !search.searching, 10000)
            compare(search.count, 13)
            compare(search.data(search.index(0, 0), DocumentSearch.MatchRole), "thành thạo")
            compare(child(reader, "searchCount").text, "1 of 13 results")
            compare(reader.pageIndex, 0)
            currentHitCentre(reader)
            compare(reader.canvas.searchRects.length, 4, "one hit on page 1")

            // The next hit is on page 2: the reader turns there and draws every hit of it.
            mouseClick(child(reader, "searchNext"))
            compare(search.currentResult, 1)
            compare(reader.pageIndex, 1)
            compare(child(reader, "pageLabel").text, "2 / 3")
            currentHitCentre(reader)
            // Every hit of the page is drawn (their boxes come over a few turns of the event loop;
            // two lines break inside the words).
            tryVerify(() => reader.canvas.searchRects.length >= 4 * 11, 5000)
            compare(child(reader, "searchCount").text, "2 of 13 results")
            mouseClick(child(reader, "searchPrevious"))
            compare(reader.pageIndex, 0)
            mouseClick(child(reader, "searchPrevious"))
            compare(search.currentResult, 12, "before the first: the last")
            compare(reader.pageIndex, 2)

            // A tap on a result in the list goes to its page, also when it is the current one.
            reader.goToPage(0, true)
            results.positionViewAtIndex(5, ListView.Beginning)
            const row = results.itemAtIndex(5)
            verify(row)
            mouseClick(row)
            compare(search.currentResult, 5)
            compare(reader.pageIndex, 1)

            // The result count in Vietnamese; nothing found says so.
            Language.current = "vi"
            compare(child(reader, "searchCount").text, "Kết quả 6/13")
            field.text = "khong co tu nay"
            tryVerify(() => !search.searching, 10000)
            compare(child(reader, "searchCount").text, "Không tìm thấy kết quả")
            compare(reader.canvas.searchRects.length, 0)
            Language.current = "en"
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

        /** The row of the page model whose op id is not among `known` ones. */
        function newRow(annotations, known) {
            for (let row = 0; row < annotations.count; ++row) {
                const id = annotations.opIdAt(row)
                if (known.indexOf(id) < 0)
                    return row
            }
            return -1
        }
        function opIds(annotations) {
            let ids = []
            for (let row = 0; row < annotations.count; ++row)
                ids.push(annotations.opIdAt(row))
            return ids
        }

        function test_8_stylusPressureIsKept() {
            const client = joinedClient("310008", "qml-reader-8")
            const reader = openReader(client)
            const annotations = reader.canvas.annotations
            const input = child(reader, "toolInput")
            mouseClick(child(reader, "toolPen"))

            // A stylus pressing harder along the stroke.
            let known = opIds(annotations)
            let xy = [], pressure = []
            for (let i = 0; i <= 10; ++i) {
                xy.push((0.2 + 0.04 * i) * input.width, 0.2 * input.height) // in view
                pressure.push(0.2 + 0.06 * i)
            }
            verify(Fixture.stylusStroke(input, xy, pressure) >= 9, "Qt Quick handles the stylus itself")
            tryCompare(annotations, "count", known.length + 1)
            let row = newRow(annotations, known)
            const points = annotations.data(annotations.index(row, 0), PageAnnotationsModel.PointsRole)
            const kept = annotations.data(annotations.index(row, 0), PageAnnotationsModel.PressureRole)
            verify(points.length >= 8)
            compare(kept.length, points.length / 2, "one pressure per point")
            fuzzyCompare(kept[0], 0.2, 0.001)
            for (let i = 1; i < kept.length; ++i)
                verify(kept[i] >= kept[i - 1] && kept[i] <= 1, "pressures as the pen gave them: " + kept)
            verify(kept[kept.length - 1] > 0.7, "harder at the end")
            // It reaches the server that way: still there once applied.
            tryCompare(client.documents.annotator, "pendingCount", 0, 10000)
            row = newRow(annotations, known)
            compare(annotations.data(annotations.index(row, 0), PageAnnotationsModel.StateRole),
                    PageAnnotationsModel.Applied)
            compare(annotations.data(annotations.index(row, 0), PageAnnotationsModel.PressureRole).length,
                    points.length / 2)

            // A mouse has no pressure: its stroke carries none.
            known = opIds(annotations)
            drawStroke(reader, 0.2, 0.25, 0.6, 0.25)
            tryCompare(annotations, "count", known.length + 1)
            row = newRow(annotations, known)
            verify(annotations.data(annotations.index(row, 0), PageAnnotationsModel.PointsRole).length >= 8)
            compare(annotations.data(annotations.index(row, 0), PageAnnotationsModel.PressureRole).length, 0)
        }

        function test_9_secondFingerPinchesInsteadOfDrawing() {
            const client = joinedClient("310009", "qml-reader-9")
            const reader = openReader(client)
            const annotations = reader.canvas.annotations
            const annotator = client.documents.annotator
            const input = child(reader, "toolInput")
            mouseClick(child(reader, "toolPen"))
            const before = annotations.count
            const y = 0.2 * input.height

            // One finger draws ...
            const touch = touchEvent(input)
            touch.press(0, input, 200, y).commit()
            touch.move(0, input, 230, y).commit()
            touch.move(0, input, 260, y).commit()
            tryVerify(() => annotator.drawing, 5000, "a finger draws with the pen")
            // ... a second one lands and the two spread: that is a pinch, it zooms and the
            // stroke is dropped.
            touch.stationary(0).press(1, input, 320, y + 80).commit()
            for (let i = 1; i <= 6; ++i)
                touch.move(0, input, 260 - 15 * i, y - 10 * i).move(1, input, 320 + 15 * i, y + 80 + 10 * i).commit()
            touch.release(0, input, 170, y - 60).release(1, input, 410, y + 140).commit()
            tryVerify(() => !annotator.drawing)
            verify(reader.zoom > 1.1, "zoomed to " + reader.zoom)
            wait(50)
            compare(annotations.count, before, "no stroke from the pinch")

            // A finger alone still draws.
            reader.setZoom(1)
            touch.press(0, input, 200, y).commit()
            for (let i = 1; i <= 8; ++i)
                touch.move(0, input, 200 + 25 * i, y).commit()
            touch.release(0, input, 400, y).commit()
            tryCompare(annotations, "count", before + 1)
            const kept = annotations.data(annotations.index(annotations.count - 1, 0), PageAnnotationsModel.PressureRole)
            compare(kept.length, 0, "a finger gives no pressure")
        }

        /** The highlight rectangles of the page model's row that is not among `known` op ids. */
        function newHighlight(annotations, known) {
            const row = newRow(annotations, known)
            verify(row >= 0)
            compare(annotations.data(annotations.index(row, 0), PageAnnotationsModel.KindRole),
                    PageAnnotationsModel.Highlight)
            return annotations.data(annotations.index(row, 0), PageAnnotationsModel.RectsRole)
        }
        /** `rect` (x, y, w, h normalized) lies on the box x1..x2, y1..y2 in page points (595 × 842),
         *  within 3 points across and 4 up and down (Qt PDF's glyph boxes are not pdftotext's). */
        function onBox(rects, i, x1, y1, x2, y2) {
            const r = rects.slice(4 * i, 4 * i + 4).map((v, k) => v * (k % 2 === 0 ? 595 : 842))
            verify(Math.abs(r[0] - x1) <= 3 && Math.abs(r[0] + r[2] - x2) <= 3
                   && Math.abs(r[1] - y1) <= 4 && Math.abs(r[1] + r[3] - y2) <= 4,
                   "rectangle " + i + " at " + r.map(v => v.toFixed(1)) + ", not on " + [x1, y1, x2, y2])
        }

        // The highlighter marks the text under the drag, line by line, as the user sees it while
        // dragging (Qt 6.4.2's PdfSelection gave no rectangles: it used to store the dragged
        // box); where there is no text, the dragged box.
        function test_11_highlighterMarksTheTextUnderTheDrag() {
            const client = joinedClient("310010", "qml-reader-11")
            const reader = openReader(client, {}, "công chức")
            const annotations = reader.canvas.annotations
            const input = child(reader, "toolInput")
            mouseClick(child(reader, "toolHighlighter"))
            const px = (x) => x / 595 * input.width   // page points to the page's pixels
            const py = (y) => y / 842 * input.height

            // Page 1, pdftotext -bbox-layout: "Năm 2023 được Đoàn khối chọn là …" is the line at
            // y 230.4-245.4 (x 64-531): "Năm" starts at x 64, "Đoàn" ends at 177.
            let known = opIds(annotations)
            mousePress(input, px(66), py(238))
            mouseMove(input, px(120), py(239))
            mouseMove(input, px(176), py(238))
            const preview = child(reader.canvas, "highlighterPreview")
            verify(preview.visible)
            fuzzyCompare(preview.y / input.height * 842, 230.4, 4)
            fuzzyCompare((preview.x + preview.width) / input.width * 595, 177, 3)
            mouseRelease(input, px(176), py(238))
            tryCompare(annotations, "count", known.length + 1)
            let rects = newHighlight(annotations, known)
            compare(rects.length, 4, "one line: " + rects)
            onBox(rects, 0, 64, 230.4, 177, 245.4)
            verify(!findChild(reader.canvas, "highlighterPreview"), "the preview goes with the drag")

            // From "Đoàn" down to "vào" on the next line ("máy tính vào …", y 245.4-260.4,
            // "vào" ends at 132.8): the rest of the first line and the start of the second.
            known = opIds(annotations)
            mouseDrag(input, px(150), py(238), px(131) - px(150), py(252) - py(238))
            tryCompare(annotations, "count", known.length + 1)
            rects = newHighlight(annotations, known)
            compare(rects.length, 8, "two lines: " + rects)
            onBox(rects, 0, 149.4, 230.4, 531, 245.4)
            onBox(rects, 1, 64, 245.4, 132.8, 260.4)

            // The top margin has no text: the dragged box is marked.
            known = opIds(annotations)
            mouseDrag(input, 0.2 * input.width, 0.012 * input.height, 0.5 * input.width, 0.04 * input.height)
            tryCompare(annotations, "count", known.length + 1)
            rects = newHighlight(annotations, known)
            compare(rects.length, 4)
            fuzzyCompare(rects[0], 0.2, 0.002)
            fuzzyCompare(rects[1], 0.012, 0.002)
            fuzzyCompare(rects[2], 0.5, 0.002)
            fuzzyCompare(rects[3], 0.04, 0.002)
            tryCompare(client.documents.annotator, "pendingCount", 0, 10000)
        }

        // Closing the reader while its page and thumbnails are still being rendered (a delegate
        // who taps back at once on a long document) must not crash the tablet: Qt 6.4's
        // PdfPageImage renders in the pixmap reader thread through the QML PdfDocument and went
        // on using it after the reader had destroyed it (QPdfDocument::error() in the qpdf
        // image plugin). No waiting for the images here, on purpose.
        function test_10_closingWhileRenderingDoesNotCrash() {
            const client = createTemporaryObject(clientComponent, testCase)
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            // Two files in turn: the next reader does not share the document of the last.
            const files = [Fixture.writePdf(300), Fixture.writePdf(300)]
            for (let round = 0; round < 12; ++round) {
                // Zoomed in: the page is a large image, long enough to render that the
                // reader goes while it is under way.
                const reader = readerComponent.createObject(stage, { client: client, source: files[round % 2],
                                                                     zoom: 4, pageIndex: 23 * round })
                verify(reader)
                tryCompare(reader, "pageCount", 300)
                compare(child(reader, "pageImage").status, Image.Loading)
                verify(child(reader, "thumbnails").count === 300)
                wait(5 * (round % 4))
                reader.destroy()
                wait(0)
            }
            // The tablet goes on: a reader opened now shows its page.
            const reader = createTemporaryObject(readerComponent, stage, { client: client, source: files[0] })
            tryCompare(child(reader, "pageImage"), "status", Image.Ready, 30000)
            compare(reader.pageCount, 300)
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

            // A search typed without diacritics: its hits on the page, one of them current.
            mouseClick(child(reader, "searchTab"))
            child(reader, "searchField").text = "chuyen doi so"
            tryVerify(() => !reader.search.searching && reader.search.count >= 5, 10000)
            reader.search.currentResult = 2
            compare(reader.pageIndex, 0)

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
