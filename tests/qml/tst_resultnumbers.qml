import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Issue 15: a shareholders' result in the reader's grouping. The chart printed "1234567";
// it reads "1.234.567" in Vietnamese and "1,234,567" in English, as the minutes do, and so do
// the turnout line and the invalid papers (a closed share-weighted ballot from a snapshot).
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "ResultNumbers"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: chartComponent; ResultChart { width: 800 } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function cleanup() {
            Language.current = "en"
        }

        function test_aMillionSharesAreGrouped() {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-resultnumbers")
            Fixture.loadClosedBallot(client, 1234567, 45000, 0, 1234)
            tryVerify(() => client.floor.ballot !== null && client.floor.ballot.hasResult, 5000)
            const chart = createTemporaryObject(chartComponent, stage, { ballot: client.floor.ballot })
            const yes = child(child(chart, "resultBar_0"), "resultVotes")
            Language.current = "vi"
            compare(yes.text, "1.234.567")
            compare(child(child(chart, "resultBar_1"), "resultVotes").text, "45.000")
            verify(child(chart, "resultTurnout").text.indexOf("1.234") >= 0,
                   child(chart, "resultTurnout").text)
            Language.current = "en"
            compare(yes.text, "1,234,567")
            compare(child(child(chart, "resultBar_1"), "resultVotes").text, "45,000")
            verify(child(chart, "resultTurnout").text.indexOf("1,234 invalid") >= 0,
                   child(chart, "resultTurnout").text)
            // The shared formatting, used by the paper, the receipt and the quorum badge too.
            compare(Texts.count(1234567), "1,234,567")
            Language.current = "vi"
            compare(Texts.count(1234567), "1.234.567")
            compare(Texts.count(200000000000000), "200.000.000.000.000")
        }
    }
}
