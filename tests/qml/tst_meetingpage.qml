import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The meeting page: agenda rows and the current item, presence, the chair's buttons by role,
// the connection badge; first from a snapshot in the replica, then against the demo server.
// TestCase itself is invisible: pages are created in this visible root so clicks reach them.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "MeetingPage"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }

        function createPage(deviceId) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, deviceId || ("qml-meeting-" + Math.random()))
            const page = createTemporaryObject(pageComponent, stage, { client: client })
            verify(page)
            return page
        }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function cleanup() {
            Language.current = "en"
        }

        function test_agendaRowsAndCurrentItem() {
            const page = createPage()
            Fixture.loadSnapshot(page.client, 1, ["chair", "d01"])
            const view = child(page, "agendaView")
            tryCompare(view, "count", 5)
            compare(child(page, "headerTitle").text, "Sinh hoạt chuyên đề: chuyển đổi số")
            compare(child(page, "agendaPosition").text, "Item 2/5")
            const current = child(view, "agendaRow_young-officials")
            verify(current.isCurrent)
            verify(child(current, "currentChip").visible)
            const other = child(view, "agendaRow_opening")
            verify(!other.isCurrent)
            verify(!child(other, "currentChip").visible)
            verify(!Qt.colorEqual(current.color, other.color), "the current row stands out")
        }

        // The chair's six tabs on a tablet held upright (768×1024, Vietnamese): every one in view,
        // each label whole on one or two lines. In a window narrower than any tablet the bar
        // scrolls and the chosen tab comes into view. (Before: the long labels were cut off.)
        function test_sixTabsHeldUpright() {
            const page = createPage("qml-meeting-tabs")
            page.client.documents.stateDirectory = Fixture.temporaryDirectory()
            page.client.joinLink(Fixture.joinLink("246810"))
            tryVerify(() => page.client.joined, 10000)
            Language.current = "vi"
            page.width = 768
            page.height = 1024
            const bar = child(page, "meetingTabs")
            const names = ["agendaTab", "floorTab", "minutesTab", "documentsTab", "devicesTab", "checkInTab"]
            tryVerify(() => names.every(n => child(page, n).visible))
            waitForRendering(page)
            const inView = tab => {
                const x = tab.mapToItem(bar, 0, 0).x
                return x >= -1 && x + tab.width <= bar.width + 1
            }
            for (const n of names) {
                const tab = child(page, n)
                verify(inView(tab), n + " out of view")
                verify(!tab.contentItem.truncated, n + " cut off")
                verify(tab.contentItem.lineCount <= 2, n + " on " + tab.contentItem.lineCount + " lines")
            }
            compare(child(page, "agendaTab").contentItem.lineCount, 2, "“Chương trình và đại biểu” on two lines")

            page.width = 480
            waitForRendering(page)
            bar.currentIndex = 5
            const last = child(page, "checkInTab")
            tryVerify(() => inView(last), 3000, "the chosen tab comes into view")
            verify(!last.contentItem.truncated)
            bar.currentIndex = 0
            tryVerify(() => inView(child(page, "agendaTab")), 3000, "and back")
            page.client.leave()
        }

        function test_highlightFollowsTheReplica() {
            const page = createPage()
            Fixture.loadSnapshot(page.client, -1, [])
            compare(child(page, "agendaPosition").text, "Not started")
            Fixture.loadSnapshot(page.client, 4, [])
            const view = child(page, "agendaView")
            tryCompare(view, "count", 5)
            compare(child(page, "agendaPosition").text, "Item 5/5")
            tryVerify(() => findChild(view, "agendaRow_closing") && findChild(view, "agendaRow_closing").isCurrent)
        }

        // Issue 11, one "present" number everywhere: the attendance as chair and secretary
        // keep it, of the participants; the room screen (an observer) is nobody's seat.
        function test_presenceCount() {
            const page = createPage()
            Fixture.loadSnapshot(page.client, 0, ["chair", "secretary", "d01", "projector"])
            compare(child(page, "presentCount").text, "3/3 present")
            Fixture.loadSnapshot(page.client, 0, ["chair", "d01"])
            compare(child(page, "presentCount").text, "2/3 present")
            Language.current = "vi"
            compare(child(page, "presentCount").text, "2/3 có mặt")
            compare(child(page, "agendaPosition").text, "Mục 1/5")
        }

        function test_badgeAndRolesAreTranslatedLive() {
            const page = createPage()
            Fixture.loadSnapshot(page.client, 0, [])
            const badge = child(page, "connectionBadge")
            compare(badge.text, "Offline")
            Language.current = "vi"
            compare(badge.text, "Ngoại tuyến")
            const secretary = child(child(page, "participantsView"), "participant_secretary")
            const detail = child(secretary, "participantDetail")
            compare(detail.text, "Thư ký · Ủy viên Ban Thường vụ")
            Language.current = "en"
            compare(badge.text, "Offline")
            compare(detail.text, "Secretary · Ủy viên Ban Thường vụ")
        }

        function test_noAgendaButtonsWithoutARole() {
            const page = createPage()
            Fixture.loadSnapshot(page.client, 0, [])
            verify(!child(page, "chairControls").visible)
        }

        function test_chairRunsTheAgenda() {
            const page = createPage("qml-chair")
            page.client.joinLink(Fixture.joinLink("246810"))
            tryVerify(() => page.client.joined, 10000)
            compare(child(page, "connectionBadge").text, "Connected")
            compare(child(page, "selfRole").text, "Chair")
            const controls = child(page, "chairControls")
            verify(controls.visible)
            const next = child(page, "nextButton")
            const previous = child(page, "previousButton")
            verify(next.height >= 48 && previous.height >= 48)
            // Work from wherever the demo server is: not started (-1) or at the last item
            // leaves one of the two moves impossible, so first get to an item in between.
            if (page.client.currentItemIndex < 0) {
                compare(next.text, "Start the agenda  ›")
                verify(!previous.enabled, "nothing to go back to")
                mouseClick(next)
                tryCompare(page.client, "currentItemIndex", 0, 5000)
            } else if (page.client.currentItemIndex >= 4) {
                verify(!next.enabled, "nothing after the last item")
                mouseClick(previous)
                tryCompare(page.client, "currentItemIndex", 3, 5000)
            }
            const from = page.client.currentItemIndex
            verify(next.enabled)
            mouseClick(next)
            tryCompare(page.client, "currentItemIndex", from + 1, 5000)
            compare(child(page, "agendaPosition").text, "Item %1/5".arg(from + 2))
            const view = child(page, "agendaView")
            const id = page.client.agenda.itemIdAt(from + 1)
            tryVerify(() => findChild(view, "agendaRow_" + id) && findChild(view, "agendaRow_" + id).isCurrent)
            verify(previous.enabled)
            mouseClick(previous)
            tryCompare(page.client, "currentItemIndex", from, 5000)
            page.client.leave()
        }

        function test_delegateSeesNoAgendaButtons() {
            const page = createPage("qml-delegate")
            page.client.joinLink(Fixture.joinLink("310001"))
            tryVerify(() => page.client.joined, 10000)
            compare(child(page, "selfRole").text, "Delegate")
            compare(child(page, "agendaView").count, 5)
            verify(!child(page, "chairControls").visible)
            verify(child(page, "presentCount").text.indexOf("/12 present") > 0)
            page.client.leave()
        }

        function test_badgeShowsReconnecting() {
            const page = createPage("qml-observer")
            page.client.joinLink(Fixture.joinLink("900000"))
            tryVerify(() => page.client.joined, 10000)
            const badge = child(page, "connectionBadge")
            compare(badge.text, "Connected")
            Fixture.killServer()
            tryCompare(badge, "text", "Reconnecting…", 10000)
            Language.current = "vi"
            compare(badge.text, "Đang kết nối lại…")
            verify(Fixture.restartServer())
            tryCompare(badge, "text", "Đã kết nối", 15000)
            page.client.leave()
        }
    }
}
