import QtQuick
import QtMultimedia
import QtTest
import Quorum.Tablet
import Quorum.Test

// Issue 11, "a sound or vibration where the platform has one": a ballot this tablet can vote in
// opening asks for the chime once (not again while it stays open), not at all when muted (the
// banner's "Sound: on" pressed), and nothing fails on a machine with no audio device (this test runs
// offscreen, where there is none).
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "BallotChime"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: noticeComponent; BallotNotice { width: 1280 } }

        function client(pin, device) {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, device)
            c.joinLink(Fixture.joinLink(pin))
            tryVerify(() => c.joined, 10000)
            return c
        }

        function openBallot(chair, question) {
            if (chair.currentItemId !== "eform-vote") {
                chair.setCurrentItem("eform-vote")
                tryCompare(chair, "currentItemId", "eform-vote", 5000)
            }
            chair.floor.createBallot(question, false, "")
            tryVerify(() => chair.floor.ballot.phase === BallotView.Created && chair.floor.ballot.question === question, 5000)
            chair.floor.openBallot(chair.floor.ballot.ballotId)
        }

        function cleanup() {
            NoticeSettings.muted = false
        }

        function test_chimeOncePerBallotUnlessMuted() {
            const chair = client("246810", "qml-chime-chair")
            const delegate = client("310006", "qml-chime-d06")
            // A ballot opens with a quorum (6 of the demo's 11 members) in the room.
            for (const pin of ["310007", "310008", "310009", "310010"])
                client(pin, "qml-chime-" + pin)
            const notice = createTemporaryObject(noticeComponent, stage, { client: delegate })
            NoticeSettings.muted = false

            openBallot(chair, "Biểu quyết có chuông?")
            tryVerify(() => notice.visible, 5000, "the banner")
            compare(notice.chimesAsked, 1)
            tryVerify(() => notice.chimeStatus === SoundEffect.Ready, 5000, "the chime's WAV did not load")
            // Votes coming in change the ballot; it does not ring again.
            chair.floor.castVote(chair.floor.ballot.ballotId, [0], [])
            tryVerify(() => chair.floor.ballot.selfVoted, 5000)
            tryVerify(() => delegate.floor.ballot.votedCount === 1, 5000)
            compare(notice.chimesAsked, 1)
            chair.floor.cancelBallot(chair.floor.ballot.ballotId, "")
            tryVerify(() => !notice.visible, 5000)

            // "Sound: on" pressed on the banner: the next ballot is shown, silently.
            openBallot(chair, "Biểu quyết không chuông?")
            tryVerify(() => notice.visible, 5000)
            compare(notice.chimesAsked, 2)
            const mute = findChild(notice, "ballotNoticeMute")
            verify(mute && mute.height >= 48)
            mouseClick(mute)
            verify(NoticeSettings.muted)
            compare(mute.text, "Sound: off")
            chair.floor.cancelBallot(chair.floor.ballot.ballotId, "")
            tryVerify(() => !notice.visible, 5000)
            openBallot(chair, "Biểu quyết khi đã tắt chuông?")
            tryVerify(() => notice.visible, 5000)
            compare(notice.chimesAsked, 2, "muted: no chime")
            chair.floor.cancelBallot(chair.floor.ballot.ballotId, "")
            tryVerify(() => !notice.visible, 5000)
            delegate.leave()
            chair.leave()
        }
    }
}
