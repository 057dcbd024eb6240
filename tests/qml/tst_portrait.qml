import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Issue 11: tablets are held upright to read. In portrait (800×1280, 768×1024) the reader opens
// with the page fitting the width, the thumbnails and outline in a drawer, the toolbars within
// the screen (what does not fit is in a menu); turning the tablet keeps the page and the
// place on it; "Fit width" fits the width.
Item {
    id: stage
    width: 1280
    height: 1280

    TestCase {
        id: testCase
        name: "Portrait"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: readerComponent; ReaderPage { } }
        Component { id: documentsComponent; DocumentsModel { } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        /** The right edge of `item` on the reader, in the reader's pixels. */
        function rightEdge(reader, item) {
            return item.mapToItem(reader, item.width, 0).x
        }

        function test_portraitReader() {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-portrait")
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            client.joinLink(Fixture.joinLink("310001"))
            tryVerify(() => client.joined, 10000)
            const docs = createTemporaryObject(documentsComponent, testCase, { documents: client.documents })
            tryVerify(() => docs.count >= 3 && docs.allReady, 30000, "the demo documents reach the tablet")

            let id = docs.documentIdAt(0)
            for (let i = 0; i < docs.count; ++i) {
                if (client.documents.title(docs.documentIdAt(i)).indexOf("công chức") >= 0)
                    id = docs.documentIdAt(i)
            }
            for (const size of [[800, 1280], [768, 1024]]) {
                const reader = createTemporaryObject(readerComponent, stage,
                        { client: client, documentId: id, width: size[0], height: size[1] })
                tryCompare(reader, "pageCount", 3, 15000)
                waitForRendering(reader)
                verify(reader.compact)
                const flick = child(reader, "pageFlickable")
                const canvas = child(reader, "pageCanvas")
                // The page fits the width: nothing of it beyond the view's right edge.
                verify(rightEdge(reader, canvas) <= rightEdge(reader, flick) + 1,
                       "page right edge " + rightEdge(reader, canvas) + " > view " + rightEdge(reader, flick))
                verify(flick.width > size[0] * 0.9, "the page has the width: " + flick.width)
                // Thumbnails and outline are in a drawer, out until asked for.
                verify(!child(reader, "readerSidebar").visible)
                mouseClick(child(reader, "drawerButton"))
                tryVerify(() => child(reader, "readerSidebar").visible && child(reader, "readerSidebar").x >= 0)
                mouseClick(child(reader, "drawerScrim"), size[0] - 20, size[1] / 2)
                tryVerify(() => !child(reader, "readerSidebar").visible)
                // Toolbars within the screen; the layer and zoom folded into "⋯".
                for (const name of ["annotationToolbar", "fitWidthButton", "moreViewButton", "nextPageButton", "backButton"])
                    verify(rightEdge(reader, child(reader, name)) <= size[0] + 1, name + " runs off the screen")
                verify(!child(reader, "layerSwitch").visible)
                const tools = child(reader, "annotationToolbar")
                verify(tools.implicitWidth <= tools.width + 1, "the toolbar needs " + tools.implicitWidth)
                verify(child(reader, "moreToolsButton").visible)

                // Zoom in, then "Fit width": the page is as wide as the view again.
                reader.setZoom(2)
                waitForRendering(reader)
                verify(canvas.width > flick.width)
                mouseClick(child(reader, "fitWidthButton"))
                tryCompare(reader, "zoom", 1)
                verify(Math.abs(canvas.width - (flick.width - 24)) <= 1)

                // Turning the tablet keeps the page and the place on it.
                mouseClick(child(reader, "nextPageButton"))
                tryCompare(reader, "pageIndex", 1)
                flick.contentY = (flick.contentHeight - flick.height) / 2
                const fraction = flick.contentY / flick.contentHeight
                reader.width = size[1]
                reader.height = size[0]
                waitForRendering(reader)
                verify(!reader.compact)
                compare(reader.pageIndex, 1)
                // The place is put back once the sizes have settled.
                tryVerify(() => Math.abs(flick.contentY / flick.contentHeight - fraction) < 0.02, 3000,
                          "place kept: " + fraction + " → " + flick.contentY / flick.contentHeight)
                verify(child(reader, "readerSidebar").visible, "landscape shows the thumbnails again")
                reader.destroy()
            }
            client.leave()
        }
    }
}
