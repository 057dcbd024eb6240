import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Who follows the presentation, on the chair's reader against the demo server: the badge
// counts a delegate whose reader follows, and shows the page of one who browses; the list
// opened in Vietnamese is saved as docs/screenshots/reader-followers-vi.png. Also the reader's
// "Export PDF with notes" dialog, through to the file on the tablet.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Followers"
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

        /** The 3-page demo document whose title holds `titlePart`, once it is on the tablet. */
        function documentOf(client, titlePart) {
            const model = createTemporaryObject(documentsComponent, testCase, { documents: client.documents })
            tryVerify(() => model.count >= 3 && model.allReady, 30000, "the demo documents reach the tablet")
            for (let i = 0; i < model.count; ++i) {
                if (client.documents.title(model.documentIdAt(i)).indexOf(titlePart) >= 0)
                    return model.documentIdAt(i)
            }
            fail("no document with " + titlePart)
        }

        function openReader(client, id, props) {
            const reader = createTemporaryObject(readerComponent, stage,
                                                 Object.assign({ client: client, documentId: id }, props || {}))
            verify(reader)
            tryCompare(reader, "pageCount", 3, 15000)
            // Qt 6.4's image reader thread can crash on a page image whose reader went away
            // while it loaded: let it finish first (as tst_reader does).
            tryCompare(child(reader, "pageImage"), "status", Image.Ready, 15000)
            return reader
        }

        function test_1_theChairsBadgeCountsAFollowingDelegate() {
            const chair = joinedClient("246810", "qml-followers-chair")
            const id = documentOf(chair, "công chức")
            const reader = openReader(chair, id)
            const badge = child(reader, "followersBadge")
            verify(!badge.visible, "no badge before presenting")
            chair.documents.present(id, 0)
            tryCompare(badge, "visible", true, 10000)
            const followers = chair.documents.followers
            tryCompare(followers, "available", true, 10000)

            const delegate = joinedClient("310001", "qml-followers-d1")
            documentOf(delegate, "công chức")
            // The delegate's reader, off screen: the chair's is the one tapped.
            const theirs = openReader(delegate, id, { following: true, visible: false })
            tryCompare(theirs, "pageIndex", 0, 10000)
            tryCompare(followers, "followingCount", 1, 10000)
            verify(followers.onlineCount >= 1)
            verify(badge.text.indexOf("1/") === 0, badge.text)

            // The delegate browses on their own: not counted, the list shows their page.
            theirs.goToPage(2, true)
            verify(!theirs.following)
            tryCompare(followers, "followingCount", 0, 10000)
            mouseClick(badge)
            const popup = child(badge, "followersPopup")
            tryCompare(popup, "opened", true)
            const list = child(popup.contentItem, "followersList")
            tryVerify(() => list.count >= 1)
            compare(badge.statusOf(false, true, id, 2), "On page 3")

            // Back to following with one tap: counted again.
            theirs.followPresenter()
            tryCompare(followers, "followingCount", 1, 10000)
            popup.close()
            chair.documents.stopPresenting()
            tryCompare(badge, "visible", false, 10000)
        }

        function test_2_aDelegateHasNoBadge() {
            const delegate = joinedClient("310002", "qml-followers-d2")
            const id = documentOf(delegate, "công chức")
            const reader = openReader(delegate, id)
            verify(!child(reader, "followersBadge").visible)
            compare(delegate.documents.followers.available, false)
            compare(delegate.documents.followers.count, 0)
        }

        // Also docs/screenshots/reader-export-vi.png: the dialog once the file is on the tablet.
        function test_3_exportWithNotes() {
            Language.current = "vi"
            const delegate = joinedClient("310003", "qml-followers-export")
            const id = documentOf(delegate, "công chức")
            const reader = openReader(delegate, id)
            const pen = delegate.documents.annotator
            pen.layer = Annotator.Private
            verify(pen.note(id, 0, 0.5, 0.5, "Ghi chú riêng", "#ffd54f").length > 0)
            tryCompare(pen, "pendingCount", 0, 10000)
            mouseClick(child(reader, "readerMenuButton"))
            const item = child(reader, "exportMenuItem")
            tryCompare(item, "visible", true)
            mouseClick(item)
            const dialog = reader.exportDialog
            tryCompare(dialog, "opened", true)
            mouseClick(child(dialog.contentItem, "exportPrivateSwitch"))
            verify(dialog.includePrivate)
            mouseClick(child(dialog.contentItem, "exportStartButton"))
            tryCompare(delegate.documents, "exportState", MeetingDocuments.ExportReady, 30000)
            verify(delegate.documents.exportAnnotationCount >= 1)
            verify(delegate.documents.exportUrl.toString().endsWith(".annotated.pdf"))
            verify(child(dialog.contentItem, "exportOpenButton").visible)
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                wait(300)
                waitForRendering(reader)
                grabImage(stage).save(dir + "/reader-export-vi.png")
            }
            dialog.close()
            Language.current = "en"
        }

        // An export may hold the delegate's private notes: it goes when they leave, so that the
        // next person at this tablet cannot open it. (No reader open: leaving with one open
        // would race Qt 6.4's page image thread, see docs/documents.md.)
        function test_3b_exportsGoWhenLeaving() {
            const delegate = joinedClient("310005", "qml-followers-leave")
            const id = documentOf(delegate, "công chức")
            const pen = delegate.documents.annotator
            pen.layer = Annotator.Private
            verify(pen.note(id, 0, 0.3, 0.3, "Chỉ mình tôi", "#ffd54f").length > 0)
            tryCompare(pen, "pendingCount", 0, 10000)
            verify(delegate.documents.exportAnnotated(id, true))
            tryCompare(delegate.documents, "exportState", MeetingDocuments.ExportReady, 30000)
            const file = delegate.documents.exportUrl
            verify(Fixture.fileExists(file))
            delegate.leave()
            verify(!Fixture.fileExists(file))
            compare(delegate.documents.exportState, MeetingDocuments.ExportIdle)
        }

        // Also scripts/screenshot.sh: the chair presents, most delegates follow, one reads
        // page 3 on their own, one is online without reading; the list opened, in Vietnamese.
        function test_4_followersListInVietnamese() {
            Language.current = "vi"
            const chair = joinedClient("246810", "qml-followers-shot-chair")
            const id = documentOf(chair, "công chức")
            const reader = openReader(chair, id)
            chair.documents.present(id, 0)
            const badge = child(reader, "followersBadge")
            tryCompare(badge, "visible", true, 10000)
            const pins = ["310004", "310005", "310006", "310007", "310008", "310009"]
            const tablets = []
            for (let i = 0; i < pins.length; ++i)
                tablets.push(joinedClient(pins[i], "qml-followers-shot-" + i))
            for (let i = 0; i < 4; ++i)
                tablets[i].documents.reportReading(true, id, 0)
            tablets[4].documents.reportReading(false, id, 2)
            const followers = chair.documents.followers
            tryCompare(followers, "followingCount", 4, 10000)
            tryVerify(() => followers.onlineCount >= 6, 10000)
            mouseClick(badge)
            const popup = child(badge, "followersPopup")
            tryCompare(popup, "opened", true)
            verify(badge.text.indexOf("đang theo dõi") > 0, badge.text)
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                wait(300)
                waitForRendering(reader)
                grabImage(stage).save(dir + "/reader-followers-vi.png")
            }
            popup.close()
            chair.documents.stopPresenting()
            Language.current = "en"
        }
    }
}
