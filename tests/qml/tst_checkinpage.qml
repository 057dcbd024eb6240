import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Check-in at the door (issue 11) against the real demo server: the secretary's tablet on the
// check-in tab takes a delegate's card (the link its QR code carries, as the scanner hands it
// over, or the PIN typed), shows the person big with the time and how, and says in words when
// a card is of another meeting or unknown; the chair's attendance list shows how and when.
Item {
    id: stage
    width: 2560
    height: 800

    TestCase {
        id: testCase
        name: "CheckInPage"
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
            return p
        }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function init() { Language.current = "en" }

        function test_1_delegateHasNoCheckInTab() {
            const p = page("310001", "qml-checkin-d01")
            verify(!child(p, "checkInTab").visible)
            compare(child(p, "checkInLoader").item, null)
            p.client.leave()
        }

        function test_2_typedPinChecksInAndTheChairSeesHow() {
            const secretary = page("135790", "qml-checkin-secretary")
            const chair = page("246810", "qml-checkin-chair", 1280)
            child(chair, "meetingTabs").currentIndex = 1 // the chair console, with the attendance list
            const tabs = child(secretary, "meetingTabs")
            mouseClick(child(secretary, "checkInTab"))
            tryCompare(tabs, "currentIndex", 5)
            const checkIn = child(secretary, "checkInPage")
            verify(checkIn.visible)
            compare(child(checkIn, "checkInHeadline").text, "Waiting for the first card")
            // No camera on the test machine: the page says so and to type the PIN.
            verify(child(checkIn, "checkInNoCamera").visible)
            compare(child(checkIn, "checkInNoCamera").text,
                    "This tablet has no camera. Type the PIN printed on the card below.")

            const button = child(checkIn, "checkInButton")
            verify(!button.enabled, "nothing typed, nothing to check in")
            const pin = child(checkIn, "checkInPin")
            pin.forceActiveFocus()
            keyClick(Qt.Key_3); keyClick(Qt.Key_1); keyClick(Qt.Key_0)
            keyClick(Qt.Key_0); keyClick(Qt.Key_0); keyClick(Qt.Key_7)
            verify(button.enabled)
            verify(button.height >= 48, "a touch target")
            mouseClick(button)
            tryCompare(child(checkIn, "checkInHeadline"), "text", "Checked in", 5000)
            compare(child(checkIn, "checkInName").text, "Đỗ Văn L")
            compare(child(checkIn, "checkInTitle").text, "Chủ nhiệm CLB Lý luận trẻ cơ sở")
            verify(/^\d\d:\d\d · card at the door$/.test(child(checkIn, "checkInTime").text),
                   child(checkIn, "checkInTime").text)
            compare(pin.text, "", "the field is ready for the next card")
            verify(child(checkIn, "checkInName").font.pixelSize >= 40, "the name is big")

            // The chair's attendance list (chair console): in the room, at the door, the time.
            const row = child(chair, "attendance_d07")
            tryVerify(() => child(row, "attendanceDetail").text.indexOf("card at the door") >= 0, 5000,
                      child(row, "attendanceDetail").text)
            verify(/^In the room · \d\d:\d\d, card at the door$/.test(child(row, "attendanceDetail").text),
                   child(row, "attendanceDetail").text)
            const chairSelf = child(chair, "attendance_chair")
            verify(child(chairSelf, "attendanceDetail").text.indexOf("own tablet") >= 0,
                   child(chairSelf, "attendanceDetail").text)

            Language.current = "vi"
            compare(child(checkIn, "checkInHeadline").text, "Đã điểm danh")
            verify(/quét thẻ tại cửa$/.test(child(checkIn, "checkInTime").text), child(checkIn, "checkInTime").text)
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                wait(300)
                waitForRendering(secretary)
                grabImage(secretary).save(dir + "/checkin-vi.png")
            }
            Language.current = "en"
        }

        function test_3_scannedCardsOfAnotherMeetingOrUnknown() {
            const secretary = page("135790", "qml-checkin-secretary-2")
            child(secretary, "meetingTabs").currentIndex = 5
            const checkIn = child(secretary, "checkInPage")
            // What the camera would hand over: the text of a QR code (QrScanner.decoded).
            const door = checkIn.door
            verify(door.scanned(Fixture.joinLink("310008").replace("/demo?", "/hoi-nghi-khac?")))
            tryCompare(child(checkIn, "checkInHeadline"), "text", "Not checked in", 5000)
            compare(child(checkIn, "checkInError").text, "This card is for another meeting.")
            verify(!child(checkIn, "checkInName").visible)

            verify(door.scanned(Fixture.joinLink("999999")))
            tryCompare(child(checkIn, "checkInError"), "text", "Unknown card: nobody in this meeting has this PIN.", 5000)
            Language.current = "vi"
            compare(child(checkIn, "checkInError").text, "Thẻ không hợp lệ: không ai trong cuộc họp này có mã PIN này.")
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                wait(300)
                waitForRendering(secretary)
                grabImage(secretary).save(dir + "/checkin-error-vi.png")
            }
            Language.current = "en"

            // A card held up: the first read checks in; the same card read again at once does not
            // turn "Checked in" into "Already checked in".
            verify(door.scanned(Fixture.joinLink("310009")))
            tryCompare(child(checkIn, "checkInHeadline"), "text", "Checked in", 5000)
            compare(child(checkIn, "checkInName").text, "Dương Văn N")
            verify(!door.scanned(Fixture.joinLink("310009")))
            compare(child(checkIn, "checkInHeadline").text, "Checked in")
            verify(/^Checked in at this door: 1 · Members present: \d+ of 11$/.test(child(checkIn, "checkInCount").text),
                   child(checkIn, "checkInCount").text)
        }
    }
}
