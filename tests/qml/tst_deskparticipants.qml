import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The participants page of the organiser's desk (issue 13) on a real quorum-server: the
// office's list imported from a real XLSX (openpyxl, 300 rows with diacritics) through the
// preview, the list shown with units and roles, PINs issued and shown once, the join cards
// printed, a refused import and a convened meeting's change without a reason worded in the
// page's language. Screenshots in Vietnamese and English when QUORUM_SCREENSHOT_DIR is set.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "DeskParticipants"
        when: windowShown

        Component { id: pageComponent; DeskParticipants { width: stage.width; height: stage.height } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }
        function init() { Language.current = "en" }
        function cleanup() { Language.current = "en" }
        function shoot(page, name) {
            const dir = Fixture.screenshotDirectory()
            if (dir.length === 0)
                return
            let saved = false
            page.grabToImage(result => { saved = result.saveToFile(dir + "/" + name + ".png") })
            tryVerify(() => saved, 5000)
            wait(1500) // time for a look at the real window (Xvfb)
        }

        function test_importIssueAndPrint() {
            const client = DeskFixture.openMeeting("hop-qml")
            verify(client, "no meeting opened")
            const page = createTemporaryObject(pageComponent, stage,
                { organiserClient: client, serverUrl: DeskFixture.serverUrl() })
            compare(page.participants.count, 0)
            mouseClick(child(page, "importList"))
            const importer = child(page, "rosterImport")
            verify(importer.visible)
            importer.loadFile(DeskFixture.writeRosterXlsx(300))
            compare(importer.preview.acceptedCount, 300)
            compare(importer.preview.refusedRowCount, 0)
            shoot(importer, "desk-import-preview-en")
            mouseClick(child(importer, "confirmImport"))
            verify(!importer.visible)
            tryCompare(page.participants, "count", 300, 30000)
            compare(child(page, "participantsTitle").text, "Participants (300)")
            // The unit (đơn vị) of the list reached the participant.
            const first = page.participants.participant(page.participants.data(page.participants.index(0, 0), 257))
            compare(first.name, "Trần Thị Bình 001")
            compare(first.unit, "Chi đoàn Sở Tư pháp số 2")
            compare(first.role, MeetingClient.Chair)
            compare(first.weight, 101)

            // PINs for everyone, shown once on the rows; the cards printed from them.
            const issue = child(page, "issuePins")
            compare(issue.text, "Issue PINs (300)")
            mouseClick(issue)
            tryCompare(page.participants, "pinCount", 300, 30000)
            compare(page.participants.withoutPin, 0)
            verify(child(page, "pinsNotice").visible)
            const url = "file://" + Fixture.temporaryDirectory() + "/the-cards.pdf"
            verify(page.printCards(url), page.cards.error)
            verify(Fixture.fileExists(url))
            waitForRendering(page)
            shoot(page, "desk-participants-pins-en")
            Language.current = "vi"
            waitForRendering(page)
            compare(child(page, "participantsTitle").text, "Người tham dự (300)")
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "desk-participants-pins-vi")
            Language.current = "en"

            // A refused import names its rows, nothing is added.
            verify(page.participants.importList([{ id: "x-1", name: "Một Người Mới", role: 3 },
                                                 { id: page.participants.data(page.participants.index(5, 0), 257),
                                                   name: "Trùng Mã", role: 3 }], false, ""))
            tryCompare(page.participants, "busy", false, 20000)
            const box = child(page, "refusalBox")
            verify(box.visible)
            compare(child(page, "refusalText").text, "Some rows of the list were refused; nothing was imported.")
            compare(child(page, "refusedRow").text, "Row 2 (Trùng Mã): A participant with this id is already in the list.")
            compare(page.participants.count, 300)
            waitForRendering(page)
            shoot(page, "desk-participants-refused-en")

            // Convened: a removal without a reason is refused in words; with one it goes.
            verify(DeskFixture.convene("Hội nghị Ban Chấp hành lần thứ 5"))
            tryCompare(page.participants, "needsReason", true, 20000)
            const victim = page.participants.data(page.participants.index(299, 0), 257)
            verify(page.participants.remove(victim, ""))
            tryCompare(page.participants, "busy", false, 20000)
            Language.current = "vi"
            waitForRendering(page)
            compare(child(page, "refusalText").text, "Cuộc họp đã được triệu tập: hãy ghi lý do của thay đổi này.")
            verify(child(page, "reasonField").visible)
            shoot(page, "desk-participants-convened-vi")
            Language.current = "en"
            child(page, "reasonField").text = "Vắng mặt: đi công tác"
            verify(page.participants.remove(victim, page.reason()))
            tryCompare(page.participants, "count", 299, 20000)
            verify(!child(page, "refusalBox").visible)
        }

        Component { id: loaderComponent; Loader { width: stage.width; height: stage.height } }

        function test_hostedByALoader() {
            // As the desk hosts it (deskui13): setSource with the client; the page's pragma
            // ComponentBehavior: Bound must not break it.
            const client = DeskFixture.openMeeting("hop-loader")
            verify(client)
            const loader = createTemporaryObject(loaderComponent, stage)
            loader.setSource("qrc:/Quorum/Tablet/DeskParticipants.qml", { organiserClient: client })
            tryCompare(loader, "status", Loader.Ready)
            compare(loader.item.participants.organiserClient, client)
            verify(loader.item.participants.editable)
            verify(findChild(loader.item, "addParticipant").enabled)
        }

        function test_addAndEditThroughTheForm() {
            const client = DeskFixture.openMeeting("hop-form")
            verify(client)
            const page = createTemporaryObject(pageComponent, stage,
                { organiserClient: client, serverUrl: DeskFixture.serverUrl() })
            mouseClick(child(page, "addParticipant"))
            const form = child(page, "participantForm")
            verify(form.visible)
            child(form, "nameField").text = "Đỗ Thị Hằng"
            child(form, "unitField").text = "Văn phòng Tỉnh đoàn"
            mouseClick(child(form, "role-" + MeetingClient.Secretary))
            waitForRendering(form)
            shoot(form, "desk-participant-form-en")
            mouseClick(child(form, "saveEdit"))
            tryCompare(page.participants, "count", 1, 20000)
            verify(!form.visible)
            const hang = page.participants.participant("do-thi-hang")
            compare(hang.unit, "Văn phòng Tỉnh đoàn")
            compare(hang.role, MeetingClient.Secretary)
            page.startEdit("do-thi-hang")
            verify(form.visible)
            compare(child(form, "nameField").text, "Đỗ Thị Hằng")
            child(form, "weightField").text = "250"
            mouseClick(child(form, "saveEdit"))
            tryVerify(() => page.participants.participant("do-thi-hang").weight === 250, 20000)
        }
    }
}
