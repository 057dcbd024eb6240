// The speakers' queue: order with points of order, closing, the chair's controls, and
// speaking time with pauses, per person and agenda item.
#include "meetingfixture.h"

using namespace quorum;
using namespace fixture;

namespace {
v1::Command request(bool pointOfOrder = false)
{
    return command(
        [&](v1::Command &c) { c.mutable_request_floor()->set_point_of_order(pointOfOrder); });
}
QStringList queueOf(const Meeting &m)
{
    QStringList ids;
    for (const QueuedSpeaker &q : m.state().floor.queue)
        ids << q.participantId + (q.pointOfOrder ? QStringLiteral("!") : QString());
    return ids;
}
} // namespace

class TestSpeakers : public QObject
{
    Q_OBJECT
private slots:
    void pointsOfOrderGoFirstInTheirOwnOrder()
    {
        Meeting m = meetingWith(6);
        commit(m, m.decide("d1", request(), 0));
        commit(m, m.decide("d2", request(), 0));
        commit(m, m.decide("d3", request(true), 0));
        commit(m, m.decide("d4", request(true), 0));
        commit(m, m.decide("d5", request(), 0));
        QCOMPARE(queueOf(m), QStringList({ "d3!", "d4!", "d1", "d2", "d5" }));
        QCOMPARE(refusal(m.decide("d1", request(), 0)), v1::ERROR_INVALID_STATE); // already listed
        commit(m, m.decide("d2", command([](v1::Command &c) { c.mutable_withdraw_floor(); }), 0));
        QCOMPARE(queueOf(m), QStringList({ "d3!", "d4!", "d1", "d5" }));
        QCOMPARE(
            refusal(m.decide("d2", command([](v1::Command &c) { c.mutable_withdraw_floor(); }), 0)),
            v1::ERROR_INVALID_STATE);
    }

    void aClosedListStillHearsPointsOfOrder()
    {
        Meeting m = meetingWith(6);
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_queue_open()->set_open(false); }), 0));
        QCOMPARE(refusal(m.decide("d1", request(), 0)), v1::ERROR_INVALID_STATE);
        commit(m, m.decide("d1", request(true), 0));
        QCOMPARE(queueOf(m), QStringList({ "d1!" }));
    }

    void chairControls()
    {
        Meeting m = meetingWith(6);
        for (const char *id : { "d1", "d2", "d3" })
            commit(m, m.decide(id, request(), 0));
        commit(m,
            m.decide("chair", command([](v1::Command &c) {
                c.mutable_move_speaker()->set_participant_id("d3");
                c.mutable_move_speaker()->set_position(0);
            }),
                0));
        QCOMPARE(queueOf(m), QStringList({ "d3", "d1", "d2" }));
        commit(m,
            m.decide("chair", command([](v1::Command &c) {
                c.mutable_remove_speaker()->set_participant_id("d1");
            }),
                0));
        QCOMPARE(queueOf(m), QStringList({ "d3", "d2" }));
        commit(
            m, m.decide("chair", command([](v1::Command &c) { c.mutable_next_speaker(); }), 1000));
        QCOMPARE(m.state().floor.speech.participantId, QStringLiteral("d3"));
        QCOMPARE(queueOf(m), QStringList({ "d2" }));
        // The floor to someone not on the list ends the running speech.
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_give_floor()->set_participant_id("d5"); }),
                4000),
            4000);
        QCOMPARE(m.state().floor.speech.participantId, QStringLiteral("d5"));
        QCOMPARE((m.state().floor.totals.at({ "d3", "a" }).spokenMs), quint64(3000));
        QCOMPARE(refusal(m.decide("chair", command([](v1::Command &c) {
            c.mutable_give_floor()->set_participant_id("projector");
        }),
                     0)),
            v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(
            refusal(m.decide("d1", command([](v1::Command &c) { c.mutable_next_speaker(); }), 0)),
            v1::ERROR_FORBIDDEN);
        QCOMPARE(refusal(m.decide("chair", command([](v1::Command &c) {
            c.mutable_move_speaker()->set_participant_id("d2");
            c.mutable_move_speaker()->set_position(5);
        }),
                     0)),
            v1::ERROR_INVALID_ARGUMENT);
    }

    void speakingTimeLeavesPausesOut()
    {
        Meeting m = meetingWith(6);
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_speaking_time()->set_seconds(180); }),
                0));
        commit(m, m.decide("d1", request(), 0));
        commit(m,
            m.decide("chair", command([](v1::Command &c) { c.mutable_next_speaker(); }), 10'000),
            10'000);
        QCOMPARE(m.state().floor.speech.allottedSeconds, 180u);
        commit(m,
            m.decide("chair", command([](v1::Command &c) { c.mutable_pause_speech(); }), 13'000),
            13'000);
        QCOMPARE(
            m.state().floor.speech.spokenMs(50'000), quint64(3000)); // paused: the clock stands
        QCOMPARE(refusal(m.decide(
                     "chair", command([](v1::Command &c) { c.mutable_pause_speech(); }), 0)),
            v1::ERROR_INVALID_STATE);
        commit(m,
            m.decide("chair", command([](v1::Command &c) { c.mutable_resume_speech(); }), 20'000),
            20'000);
        // The speaker may end their own speech; another delegate may not.
        QCOMPARE(refusal(m.decide(
                     "d2", command([](v1::Command &c) { c.mutable_end_speech(); }), 22'000)),
            v1::ERROR_FORBIDDEN);
        const Decision end
            = m.decide("d1", command([](v1::Command &c) { c.mutable_end_speech(); }), 22'000);
        QCOMPARE(end.events().at(0).speech_ended().spoken_ms(), quint64(5000));
        commit(m, end, 22'000);
        QVERIFY(!m.state().floor.speech.active);
        // A second speech on the same item adds up.
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_give_floor()->set_participant_id("d1"); }),
                30'000),
            30'000);
        commit(m,
            m.decide("chair", command([](v1::Command &c) { c.mutable_end_speech(); }), 31'000),
            31'000);
        const SpeakingTotal total = m.state().floor.totals.at({ "d1", "a" });
        QCOMPARE(total.spokenMs, quint64(6000));
        QCOMPARE(total.speeches, 2u);
    }

    void eachItemHasItsDefaultSpeakingTime()
    {
        v1::MeetingDefined d = definition();
        d.set_default_speaking_seconds(120);
        d.mutable_agenda(1)->set_speaking_seconds(300);
        Meeting m;
        commit(m, m.define(d));
        QCOMPARE(m.state().floor.speakingSeconds, 120u);
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id("b"); }),
                0));
        QCOMPARE(m.state().floor.speakingSeconds, 300u);
        commit(m,
            m.decide("chair",
                command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id("c"); }),
                0));
        QCOMPARE(m.state().floor.speakingSeconds, 120u);
    }

    void observersCannotAskForTheFloor()
    {
        Meeting m = meetingWith(6);
        QCOMPARE(refusal(m.decide("projector", request(), 0)), v1::ERROR_FORBIDDEN);
    }
};

QTEST_GUILESS_MAIN(TestSpeakers)
#include "tst_speakers.moc"
