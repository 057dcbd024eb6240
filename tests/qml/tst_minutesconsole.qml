import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The secretary console against the real demo server: the secretary writes an item's notes
// and conclusion and the minutes' number and place, the chair's tablet shows them read-only;
// both approve (the lock shows on both), the chair reopens with a reason; the server's
// signing-key fingerprint is on screen. Two tablets side by side on one stage.
Item {
    id: stage
    width: 2560
    height: 800

    TestCase {
        id: testCase
        name: "MinutesConsole"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }

        function page(pin, device, x) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            const p = createTemporaryObject(pageComponent, stage, { client: client, x: x || 0 })
            client.joinLink(Fixture.joinLink(pin))
            tryVerify(() => client.joined, 10000)
            child(p, "meetingTabs").currentIndex = 2
            return p
        }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function click(item, name) {
            const button = child(item, name)
            tryVerify(() => button.visible && button.enabled, 5000,
                      name + " is not clickable (visible " + button.visible + ", enabled " + button.enabled + ")")
            // The left column scrolls on a short screen: bring the button into view first.
            const flick = findChild(item, "minutesWholeFlick")
            if (flick) {
                const p = button.mapToItem(flick.contentItem, 0, 0)
                if (p.y >= 0 && p.y <= flick.contentHeight) {
                    flick.contentY = Math.max(0, Math.min(p.y - 20, flick.contentHeight - flick.height))
                    wait(50)
                }
            }
            verify(button.height >= 48, name + " is a touch target")
            mouseClick(button)
        }

        function test_1_delegateHasNoMinutesTab() {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-minutes-d01")
            const p = createTemporaryObject(pageComponent, stage, { client: client })
            client.joinLink(Fixture.joinLink("310001"))
            tryVerify(() => client.joined, 10000)
            verify(!child(p, "minutesTab").visible)
            compare(child(p, "minutesLoader").item, null)
            client.leave()
        }

        function test_2_editApproveLockReopen() {
            const secretary = page("135790", "qml-minutes-secretary")
            const chair = page("246810", "qml-minutes-chair", 1280)
            const secConsole = child(secretary, "minutesConsole")
            const chairConsole = child(chair, "minutesConsole")
            verify(secConsole.visible)

            // The signing key's fingerprint: SHA-256 as hex in groups of four, joined by colons.
            tryVerify(() => /^[0-9a-f]{4}(:[0-9a-f]{4}){15}$/.test(child(secConsole, "signingFingerprint").text), 5000,
                      "fingerprint: " + child(secConsole, "signingFingerprint").text)
            compare(child(chairConsole, "signingFingerprint").text, child(secConsole, "signingFingerprint").text)
            compare(child(secConsole, "minutesLockText").text, "Draft")

            // An item's notes and conclusion, typed by the secretary, reach the chair.
            const secItem = child(secConsole, "minutesItem_opening")
            const notes = child(secItem, "notesArea")
            const conclusions = child(secItem, "conclusionsArea")
            verify(!notes.readOnly)
            notes.text = "Đồng chí Bí thư khai mạc hội nghị."
            conclusions.text = "Thống nhất chương trình hội nghị."
            click(secItem, "saveItemButton")
            const chairItem = child(chairConsole, "minutesItem_opening")
            tryCompare(child(chairItem, "notesArea"), "text", "Đồng chí Bí thư khai mạc hội nghị.", 5000)
            compare(child(chairItem, "conclusionsArea").text, "Thống nhất chương trình hội nghị.")
            verify(child(chairItem, "notesArea").readOnly, "the chair reads, the secretary writes")
            verify(!child(chairItem, "saveItemButton").visible)
            tryVerify(() => !child(secItem, "saveItemButton").enabled, 5000, "saved: nothing left to save")

            // The minutes as a whole.
            child(secConsole, "minutesNumber").text = "05/BB-ĐTN"
            child(secConsole, "minutesLocality").text = "Hà Nội"
            click(secConsole, "saveWholeButton")
            tryCompare(chair.client.minutes, "number", "05/BB-ĐTN", 5000)
            compare(chair.client.minutes.locality, "Hà Nội")
            compare(child(chairConsole, "minutesNumber").text, "05/BB-ĐTN")

            // The secretary approves: half of the pair, not locked yet.
            click(secConsole, "approveButton")
            tryVerify(() => chair.client.minutes.secretaryApproved, 5000)
            compare(child(chairConsole, "approval_secretary").text, "Secretary: Approved by Trần Thị B")
            compare(child(chairConsole, "approval_chair").text, "Chair: Not approved yet")
            verify(!chair.client.minutes.locked)
            tryVerify(() => !child(secConsole, "approveButton").enabled)
            // Typed after approving, not saved (saving would withdraw the approval): a draft.
            conclusions.text = "Bản nháp chưa lưu"

            // The chair completes the pair: locked on both tablets, nothing editable.
            click(chairConsole, "approveButton")
            tryVerify(() => secretary.client.minutes.locked, 5000)
            // Issue 11: locked minutes show what was approved, not the draft (failed before).
            tryCompare(conclusions, "text", "Thống nhất chương trình hội nghị.", 5000)
            compare(child(secConsole, "minutesLockText").text, "🔒 Approved and locked")
            compare(child(chairConsole, "minutesLockText").text, "🔒 Approved and locked")
            verify(notes.readOnly)
            verify(!child(secItem, "saveItemButton").enabled)

            // Vietnamese.
            Language.current = "vi"
            compare(child(secConsole, "minutesLockText").text, "🔒 Đã duyệt và khóa")
            compare(child(chairConsole, "approval_secretary").text, "Thư ký: Đã duyệt bởi Trần Thị B")
            Language.current = "en"

            // A reopening needs a reason; it withdraws every approval.
            verify(!child(chairConsole, "reopenButton").enabled)
            child(chairConsole, "reopenReason").text = "Bổ sung ý kiến của đại biểu"
            click(chairConsole, "reopenButton")
            tryVerify(() => !secretary.client.minutes.locked, 5000)
            compare(secretary.client.minutes.reopenings, 1)
            compare(child(secConsole, "minutesLockText").text, "Draft")
            compare(child(secConsole, "reopenings").text, "Reopenings: 1 (last reason: “Bổ sung ý kiến của đại biểu”)")
            verify(!notes.readOnly)
            verify(child(secConsole, "approveButton").enabled)
            // The draft was kept: open again, it shows again (lose no typed word).
            tryCompare(conclusions, "text", "Bản nháp chưa lưu", 5000)
            // Other edits stayed.
            compare(secretary.client.minutes.notesOf("opening"), "Đồng chí Bí thư khai mạc hội nghị.")
            secretary.client.leave()
            chair.client.leave()
        }

        // The secretary asks for the files: the server makes them, the tablet fetches them.
        function test_3_exportAndDownload() {
            const secretary = page("135790", "qml-minutes-secretary-3")
            const console_ = child(secretary, "minutesConsole")
            verify(!child(console_, "openPdfButton").visible)
            click(console_, "exportButton")
            tryVerify(() => child(console_, "openPdfButton").visible, 120000,
                      "export status: " + child(console_, "exportStatus").text)
            verify(secretary.client.minutes.exported)
            verify(!secretary.client.minutes.exportApproved, "reopened in test 2: a draft")
            verify(child(console_, "exportStatus").text.startsWith("Draft (DỰ THẢO)"), child(console_, "exportStatus").text)
            const archive = child(console_, "archivePath").text
            verify(/\/minutes\/demo-[0-9-]+\.quorum\.zip$/.test(archive), archive)
            secretary.client.leave()
        }
    }
}
