import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The organiser's desk, its way in and its meetings list (issue 13), against the real demo
// server: the join page's desk key opens the desk; a wrong secret is said in words and opens
// nothing; the right one lists the server's meetings by where they are in their life; a new
// meeting is created with its title and comes back in the list as upcoming. Screenshots in
// Vietnamese and English when QUORUM_SCREENSHOT_DIR is set.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "MeetingsList"
        when: windowShown

        Component { id: pageComponent; DeskPage { width: stage.width; height: stage.height } }
        Component { id: clientComponent; MeetingClient { } }
        Component { id: joinComponent; JoinPage { width: stage.width; height: stage.height } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }
        // A list's rows are made once it is laid out: wait for the one named.
        function waitChild(item, name) {
            tryVerify(() => findChild(item, name) !== null, 20000, "no child " + name)
            return findChild(item, name)
        }
        function click(item, name) {
            const button = child(item, name)
            tryVerify(() => button.visible && button.enabled, 20000, name + " is not clickable")
            for (let up = button.parent; up; up = up.parent)
                waitForItemPolished(up)
            mouseClick(button)
        }
        function type(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            field.remove(0, field.text.length)
            field.insert(0, text)
        }
        function shoot(page, name) {
            const dir = Fixture.screenshotDirectory()
            if (dir.length === 0)
                return
            let saved = false
            page.grabToImage(result => { saved = result.saveToFile(dir + "/" + name + ".png") })
            tryVerify(() => saved, 5000)
            wait(1500) // time for a look at the real window (Xvfb)
        }
        function signIn(page, secret) {
            type(child(page, "deskLinkField"), Fixture.deskLink())
            type(child(page, "deskSecretField"), secret)
            click(page, "deskOpen")
        }

        function init() { Language.current = "en" }
        function cleanup() { Language.current = "en" }

        function test_joinPageOpensTheDeskWithItsLink() {
            const client = createTemporaryObject(clientComponent, testCase)
            const join = createTemporaryObject(joinComponent, stage, { client: client })
            let asked = null
            join.deskRequested.connect(link => { asked = link })
            // The server's desk link pasted where a join link goes, then the desk key.
            child(join, "linkField").text = Fixture.deskLink()
            click(join, "deskButton")
            compare(asked, Fixture.deskLink())
            // quorum-tablet --join with the desk link opens the desk too, and joins nothing.
            asked = null
            verify(join.joinLink(Fixture.deskLink()))
            compare(asked, Fixture.deskLink())
            compare(client.joined, false)
        }

        function test_wrongSecretOpensNothing() {
            const page = createTemporaryObject(pageComponent, stage)
            signIn(page, "NOT-THE-SECRET")
            tryCompare(page.desk, "errorCode", MeetingClient.BadCredentials, 20000)
            compare(page.desk.state, OrganiserDesk.SignedOut)
            const error = child(page, "deskSignInError")
            verify(error.visible)
            compare(error.text, "Wrong organiser's secret. Check the secret the server printed at its first start.")
            // Not a server's link: said before anything is sent.
            page.desk.signIn("192.168.1.10:7450", Fixture.organiserSecret())
            compare(page.desk.errorCode, OrganiserDesk.DeskLinkInvalid)
            compare(page.desk.state, OrganiserDesk.SignedOut)
        }

        function test_meetingsListedAndANewOneCreated() {
            const page = createTemporaryObject(pageComponent, stage)
            const secret = Fixture.organiserSecret()
            verify(secret.length > 0, "the demo server printed no organiser secret")
            signIn(page, secret)
            tryCompare(page.desk, "state", OrganiserDesk.List, 20000)
            const demo = waitChild(page, "meetingRow-demo")
            compare(child(demo, "meetingTitle").text.length > 0, true)
            compare(child(demo, "meetingPhase").children[0].text, "Running (meeting file)")

            click(page, "newMeeting")
            const id = child(page, "newMeetingId")
            verify(page.desk.isMeetingId(id.text), id.text)
            const meetingId = "hop-list-" + Math.floor(Math.random() * 1e6)
            type(id, meetingId)
            type(child(page, "newMeetingTitle"), "Hội nghị Ban Chấp hành lần thứ 5")
            click(page, "createMeeting")
            tryCompare(page.desk, "state", OrganiserDesk.Open, 20000)
            compare(page.desk.meetingId, meetingId)
            tryVerify(() => page.desk.meeting.title === "Hội nghị Ban Chấp hành lần thứ 5", 20000)
            compare(page.desk.phase, 1)
            compare(child(page, "deskPhase").children[0].text, "Draft")

            // Back to the list: the draft is upcoming, under its title.
            click(page, "deskToList")
            tryCompare(page.desk, "state", OrganiserDesk.List, 20000)
            const row = waitChild(page, "meetingRow-" + meetingId)
            compare(child(row, "meetingTitle").text, "Hội nghị Ban Chấp hành lần thứ 5")
            compare(child(row, "meetingPhase").children[0].text, "Draft")
            const list = child(page, "meetingsView")
            // Under its group's heading, upcoming before running.
            const heading = child(row, "groupHeading")
            verify(heading.visible)
            compare(heading.text, "Upcoming")
            const demoRow = waitChild(page, "meetingRow-demo")
            compare(child(demoRow, "groupHeading").text, "Running")
            verify(row.mapToItem(list, 0, 0).y < demoRow.mapToItem(list, 0, 0).y, "upcoming before running")
            waitForRendering(list)
            shoot(page, "desk-meetings-en")

            Language.current = "vi"
            waitForRendering(page)
            compare(child(row, "meetingPhase").children[0].text, "Dự thảo")
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "desk-meetings-vi")
        }
    }
}
