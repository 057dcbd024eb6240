import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The documents tab against the real demo server: a delegate has neither the tab nor any
// upload control; the chair picks a PDF for an item (the file picker opens), the upload shows
// its progress and the new document appears under the item; a new version replaces it; a file
// that is no PDF is refused in words; removing asks first. The last test saves the Vietnamese
// screenshots (docs/screenshots/documents-manager-vi.png, documents-upload-error-vi.png) when
// QUORUM_SCREENSHOT_DIR is set.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "DocumentManager"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function page(pin, device) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            const p = createTemporaryObject(pageComponent, stage, { client: client })
            verify(client.joinLink(Fixture.joinLink(pin)))
            tryVerify(() => client.joined, 15000)
            return p
        }

        function openDocumentsTab(p) {
            child(p, "meetingTabs").currentIndex = 3
            const manager = child(p, "documentManager")
            tryVerify(() => manager.visible)
            return manager
        }

        function cleanup() {
            Language.current = "en"
        }

        function test_1_delegateHasNoDocumentControls() {
            const p = page("310001", "qml-docs-d01")
            verify(!child(p, "documentsTab").visible)
            compare(child(p, "documentManagerLoader").item, null)
            compare(findChild(p, "addDocumentButton"), null)
            compare(findChild(p, "removeDocumentButton"), null)
            compare(findChild(p, "replaceDocumentButton"), null)
            p.client.leave()
        }

        function test_2_chairAddsReplacesAndRemoves() {
            const p = page("246810", "qml-docs-chair")
            verify(child(p, "documentsTab").visible)
            const manager = openDocumentsTab(p)
            const upload = p.client.documents.upload
            const opening = child(manager, "documentItem_opening")
            const add = child(opening, "addDocumentButton")
            verify(add.visible && add.enabled)
            verify(add.height >= 48, "a touch target")

            // "Add a document" opens the PDF picker for that item.
            mouseClick(add)
            const dialog = child(manager, "pdfFileDialog")
            tryVerify(() => dialog.visible)
            compare(manager.targetItemId, "opening")
            compare(manager.targetDocumentId, "")
            dialog.reject()
            tryVerify(() => !dialog.visible)

            // The picked file uploads with a progress bar, then shows under the item.
            let sawProgress = false
            const bar = child(manager, "uploadProgress")
            const watch = () => {
                if (upload.state === DocumentUpload.Uploading && bar.visible && upload.progress > 0 && upload.progress < 1)
                    sawProgress = true
            }
            upload.progressChanged.connect(watch)
            manager.uploadFile(Fixture.writePdf(1500))
            verify(upload.busy)
            verify(child(manager, "uploadStatus").visible)
            tryCompare(upload, "state", DocumentUpload.Done, 60000)
            upload.progressChanged.disconnect(watch)
            verify(sawProgress, "the bar moved while the chunks went")
            verify(child(manager, "uploadStateText").text.endsWith("added."), child(manager, "uploadStateText").text)
            const id = upload.documentId
            const row = child(opening, "managedDocument_" + id)
            compare(child(row, "managedDocumentInfo").text.indexOf("1500 pages · version 1"), 0)
            // The meeting page's panel lists it too once the item is current.
            p.client.setCurrentItem("opening")
            tryVerify(() => findChild(child(p, "documentsPanel"), "document_" + id) !== null, 10000)

            // A new version of the same document.
            mouseClick(child(manager, "dismissUploadButton"))
            compare(upload.state, DocumentUpload.Idle)
            mouseClick(child(row, "replaceDocumentButton"))
            tryVerify(() => dialog.visible)
            compare(manager.targetDocumentId, id)
            dialog.reject()
            manager.uploadFile(Fixture.writePdf(4))
            tryCompare(upload, "state", DocumentUpload.Done, 30000)
            verify(upload.replacing)
            tryVerify(() => child(row, "managedDocumentInfo").text.indexOf("4 pages · version 2") === 0, 5000,
                      child(row, "managedDocumentInfo").text)

            // Not a PDF: said in words, nothing added.
            mouseClick(add)
            tryVerify(() => dialog.visible)
            dialog.reject()
            manager.uploadFile(Fixture.writeNotPdf())
            tryCompare(upload, "state", DocumentUpload.Failed, 10000)
            compare(child(manager, "uploadErrorText").text, "This file is not a PDF. Choose a PDF document.")
            Language.current = "vi"
            compare(child(manager, "uploadErrorText").text, "Tệp này không phải PDF. Hãy chọn một tài liệu PDF.")
            Language.current = "en"
            mouseClick(child(manager, "dismissUploadButton"))

            // Remove asks first; "Cancel" keeps it, confirming removes it.
            mouseClick(child(row, "removeDocumentButton"))
            const confirm = child(manager, "removeDocumentDialog")
            tryVerify(() => confirm.opened)
            mouseClick(child(confirm.contentItem, "removeDocumentCancel"))
            tryVerify(() => !confirm.visible)
            verify(p.client.documents.title(id).length > 0)
            mouseClick(child(row, "removeDocumentButton"))
            tryVerify(() => confirm.opened)
            mouseClick(child(confirm.contentItem, "removeDocumentConfirm"))
            tryVerify(() => findChild(opening, "managedDocument_" + id) === null, 10000)
            compare(p.client.documents.title(id), "")
            p.client.leave()
        }

        // Also scripts/screenshot.sh: the secretary's documents tab in Vietnamese, a document
        // just added to the opening item, the demo documents under theirs.
        function test_3_vietnameseScreenshot() {
            Language.current = "vi"
            const p = page("135790", "qml-docs-secretary")
            const manager = openDocumentsTab(p)
            const upload = p.client.documents.upload
            compare(child(child(manager, "documentItem_opening"), "addDocumentButton").text, "+ Thêm tài liệu")
            manager.targetItemId = "opening"
            manager.targetDocumentId = ""
            manager.uploadFile(Fixture.writePdf(12))
            tryCompare(upload, "state", DocumentUpload.Done, 30000)
            const row = child(manager, "managedDocument_" + upload.documentId)
            compare(child(row, "replaceDocumentButton").text, "Thay phiên bản mới")
            compare(child(row, "removeDocumentButton").text, "Gỡ tài liệu")
            verify(child(manager, "uploadStateText").text.startsWith("Đã thêm"), child(manager, "uploadStateText").text)
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                wait(300)
                waitForRendering(p)
                grabImage(stage).save(dir + "/documents-manager-vi.png")
            }
            // An encrypted or broken file is said in words; here a text file named .pdf.
            manager.uploadFile(Fixture.writeNotPdf())
            tryCompare(upload, "state", DocumentUpload.Failed, 10000)
            compare(child(manager, "uploadStateText").text, "Không thêm được “" + upload.fileName + "”.")
            if (dir.length > 0) {
                wait(300)
                waitForRendering(p)
                grabImage(stage).save(dir + "/documents-upload-error-vi.png")
            }
            p.client.leave()
        }
    }
}
