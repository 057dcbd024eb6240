import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Rooms nearby (issue 11, "Find the room without typing"): the join page lists the meeting a real
// quorum-server announces on the LAN; a tap fills the address as if typed; joining still shows
// the server's fingerprint (with a word on whether it is the announced one) and waits for the
// person: an announcement is not authenticated and pins nothing by itself.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "NearbyRooms"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; JoinPage { width: 1280; height: 800 } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        /** The list's delegate of the room on `port`, once it is there. */
        function roomOn(page, port) {
            const list = child(page, "nearbyList")
            let found = null
            tryVerify(() => {
                for (let i = 0; i < list.count; ++i) {
                    const item = list.itemAtIndex(i)
                    if (item && item.address.endsWith(":" + port))
                        found = item
                }
                return found !== null
            }, 15000, "the announced room is not listed")
            return found
        }

        function test_tapFillsTheAddressAndJoiningAsksFirst() {
            const port = Fixture.startAnnouncedServer()
            if (port === 0)
                skip("no network interface here can multicast: nothing can be announced")
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-nearby-" + Math.random())
            const page = createTemporaryObject(pageComponent, stage, { client: client })
            const room = roomOn(page, port)
            compare(room.title, "Sinh hoạt chuyên đề: Xây dựng đội ngũ cán bộ Đoàn đáp ứng yêu cầu chuyển đổi số")
            compare(room.meetingId, "demo")
            verify(room.secure)
            verify(Fixture.layoutProblems(page, false).length === 0, Fixture.layoutProblems(page, false).join("\n"))

            mouseClick(room)
            compare(child(page, "addressField").text, room.address)
            compare(page.form.meetingId, "demo")
            child(page, "pinField").text = "310001"
            mouseClick(child(page, "joinButton"))
            const prompt = child(page, "fingerprintPrompt")
            tryVerify(() => prompt.visible, 10000, "no fingerprint prompt: the announced room was trusted silently")
            verify(!client.joined)
            const note = child(prompt, "announcedNote")
            verify(note.visible && note.same, "the note should say the server shows the announced fingerprint")
            // Its buttons in view in a 1280×800 window (the page scrolls to them).
            const trust = child(prompt, "trustButton")
            tryVerify(() => trust.mapToItem(page, 0, trust.height).y <= page.height, 5000, "trust button below the window")
            mouseClick(trust)
            tryVerify(() => client.joined, 15000)

            // Another address typed: the picked room's meeting no longer applies.
            client.leave()
            child(page, "addressField").text = "10.0.0.9"
            compare(page.form.meetingId, "")
        }
    }
}
