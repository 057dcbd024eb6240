// The shared fold (server/core/fold.h) as a tablet uses it: a state loaded from the server's
// snapshot holds what the server's own state holds, the private parts left out (a secret
// ballot's box), and the events that follow fold the same on both (issue 17: one fold).
#include "fold.h"
#include "meetingfixture.h"

using namespace quorum;
using namespace fixture;

namespace {
/** A participant's command, decided at server time `t`. */
Decision as(const Meeting &m, const char *actor, const v1::Command &c, qint64 t = 1000)
{
    return m.decide(QString::fromLatin1(actor), c, t);
}

/** A meeting with something in every part: attendance, a proxy, the queue, a speech, a named
 *  ballot closed, a secret ballot open with votes, minutes, a device. */
Meeting busyMeeting()
{
    Meeting m = meetingWith(6);
    commit(m,
        as(m, "d5", command([](v1::Command &c) { c.mutable_grant_proxy()->set_holder_id("d1"); })));
    commit(m, as(m, "secretary", command([](v1::Command &c) {
        c.mutable_set_attendance()->set_participant_id("d8");
        c.mutable_set_attendance()->set_state(v1::ATTENDANCE_ABSENT);
        c.mutable_set_attendance()->set_reason("Đi công tác");
    })));
    commit(m, as(m, "d2", command([](v1::Command &c) { c.mutable_request_floor(); })));
    commit(m, as(m, "d3", command([](v1::Command &c) { c.mutable_request_floor(); })));
    commit(
        m, as(m, "chair", command([](v1::Command &c) { c.mutable_next_speaker(); }), 2000), 2000);
    commit(m, as(m, "chair", yesNoBallot("named", false)));
    commit(m, as(m, "chair", command([](v1::Command &c) {
        c.mutable_open_ballot()->set_ballot_id("named");
    })));
    commit(m, as(m, "d1", voteFor("named", 0)));
    commit(m, as(m, "d2", voteFor("named", 1)));
    commit(m, as(m, "chair", command([](v1::Command &c) {
        c.mutable_close_ballot()->set_ballot_id("named");
    })));
    commit(m, as(m, "chair", yesNoBallot("secret", true)));
    commit(m, as(m, "chair", command([](v1::Command &c) {
        c.mutable_open_ballot()->set_ballot_id("secret");
    })));
    commit(m, as(m, "d3", voteFor("secret", 0)));
    commit(m, as(m, "secretary", command([](v1::Command &c) {
        c.mutable_edit_minutes()->set_item_id("a");
        c.mutable_edit_minutes()->set_notes("Ghi chép");
    })));
    v1::EnrolledDevice device;
    device.set_device_key("k1");
    device.set_participant_id("d1");
    commit(m, m.enrolDevice(device));
    return m;
}

/** What a tablet shows of a state, as text: equal on server and tablet for the shared parts. */
QStringList shown(const MeetingState &s)
{
    QStringList out{ QString::number(s.seq), s.currentItemId };
    for (const ParticipantState &p : s.participants)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(p.id)
                   .arg(p.present)
                   .arg(int(p.attendance))
                   .arg(p.absenceReason)
                   .arg(int(p.checkInMethod))
                   .arg(s.floor.proxies.value(p.id));
    for (const QueuedSpeaker &q : s.floor.queue)
        out << q.participantId;
    out << s.floor.speech.participantId << QString::number(s.floor.speech.runningSinceMs)
        << QString::number(s.floor.speakingSeconds);
    for (const BallotRecord &b : s.floor.ballots)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(qstr(b.ballot.id()))
                   .arg(int(b.phase))
                   .arg(b.turnout())
                   .arg(b.eligible)
                   .arg(b.result.passed());
    out << s.minutes.items.value("a").notes << QString::number(s.devices.size());
    return out;
}
} // namespace

class TestFold : public QObject
{
    Q_OBJECT

private slots:
    void snapshotLoadsTheSharedState()
    {
        const Meeting server = busyMeeting();
        MeetingState tablet;
        loadSnapshot(tablet, server.snapshot("chair"));
        QCOMPARE(shown(tablet), shown(server.state()));
        // A named ballot's count is made again from its papers.
        const BallotRecord *named = tablet.floor.ballot("named");
        QVERIFY(named->votes == server.state().floor.ballot("named")->votes);
        // A secret ballot's box never leaves the server: absent on the tablet, not guessed.
        const BallotRecord *secret = tablet.floor.ballot("secret");
        QCOMPARE(server.state().floor.ballot("secret")->ballots, quint64(1));
        QCOMPARE(secret->ballots, quint64(0));
        QVERIFY(secret->namedChoices.isEmpty());
        QVERIFY(secret->voted == std::vector<QString>{ QStringLiteral("d3") });
    }

    void eventsFoldTheSameAfterASnapshot()
    {
        Meeting server = busyMeeting();
        MeetingState tablet;
        loadSnapshot(tablet, server.snapshot("chair"));
        const qint64 t = 5000;
        auto both = [&](const Decision &d) {
            QVERIFY(d.ok());
            for (v1::Event e : d.events()) {
                e.set_seq(server.state().seq + 1);
                e.set_server_time_ms(t);
                server.apply(e);
                applyEvent(tablet, e);
            }
        };
        both(as(server, "chair", command([](v1::Command &c) { c.mutable_pause_speech(); }), t));
        both(as(server, "d4", command([](v1::Command &c) { c.mutable_request_floor(); })));
        both(as(server, "d1", voteFor("secret", 1)));
        both(as(server, "chair",
            command([](v1::Command &c) { c.mutable_revoke_proxy()->set_grantor_id("d5"); })));
        both(server.leave("d2", v1::ParticipantLeft::REASON_DISCONNECTED));
        QCOMPARE(shown(tablet), shown(server.state()));
    }

    void votesCountedIsATurnout()
    {
        // A delegate's tablet gets others' votes as a count (seesEveryVote), its own in full.
        Meeting server = busyMeeting();
        MeetingState tablet;
        loadSnapshot(tablet, server.snapshot("d6"));
        v1::Event counted;
        counted.set_seq(tablet.seq + 1);
        counted.mutable_votes_counted()->set_through_seq(tablet.seq + 3);
        counted.mutable_votes_counted()->set_ballot_id("secret");
        counted.mutable_votes_counted()->set_voters(4);
        applyEvent(tablet, counted);
        QCOMPARE(tablet.seq, quint64(counted.seq() + 2)); // it stands for a run of seqs
        QCOMPARE(tablet.floor.ballot("secret")->turnout(), quint64(4));
    }

    // A phase change and a broken tie fell through, in the fold's switch, into the next case's
    // FormDefined: every convening, opening or closing of a meeting added a form without id
    // to the forms tab of every tablet and to the server's state (found at session 4).
    void eachEventChangesOnlyItsOwnPart()
    {
        MeetingState state;
        loadSnapshot(state, busyMeeting().snapshot("chair"));
        v1::Event phase;
        phase.set_seq(state.seq + 1);
        phase.mutable_meeting_phase_changed()->set_phase(v1::MEETING_PHASE_CLOSED);
        applyEvent(state, phase);
        QCOMPARE(state.definition.phase(), v1::MEETING_PHASE_CLOSED);
        v1::Event tie;
        tie.set_seq(state.seq + 1);
        tie.mutable_tie_resolved()->set_ballot_id("named");
        applyEvent(state, tie);
        QCOMPARE(int(state.forms.forms.size()), 0);
        QVERIFY(state.forms.index.isEmpty());
    }

    // The minutes print when each thing happened. The fold keeps those times in the state, so
    // that minutes::build reads the state alone, not the log a second time with a switch of
    // its own (issue 17: one fold; minutesmodel.cpp's LogTimes did that before).
    void theFoldKeepsTheTimesTheMinutesPrint()
    {
        Meeting m = meetingWith(6); // item "a" made current at 1000
        auto at = [&](const char *actor, const v1::Command &c, qint64 t) {
            const Decision d = as(m, actor, c, t);
            QVERIFY2(d.ok(), d.ok() ? "" : d.error().detail().c_str());
            for (v1::Event e : d.events()) {
                e.set_seq(m.state().seq + 1);
                e.set_server_time_ms(t);
                e.set_actor(actor);
                m.apply(e);
            }
        };
        at("d1", command([](v1::Command &c) { c.mutable_request_floor(); }), 2000);
        at("chair", command([](v1::Command &c) { c.mutable_next_speaker(); }), 3000);
        at("chair", command([](v1::Command &c) { c.mutable_end_speech(); }), 7000);
        at("chair", yesNoBallot("b1", false), 7500);
        at("chair", command([](v1::Command &c) { c.mutable_open_ballot()->set_ballot_id("b1"); }),
            8000);
        at("chair", command([](v1::Command &c) { c.mutable_close_ballot()->set_ballot_id("b1"); }),
            9000);
        at("chair", command([](v1::Command &c) { c.mutable_set_current_item()->set_item_id(""); }),
            10000);
        at("secretary", command([](v1::Command &c) { c.mutable_approve_minutes(); }), 11000);
        QCOMPARE(m.state().minutes.approvedMs.value("secretary"), qint64(11000));
        at("chair", command([](v1::Command &c) { c.mutable_approve_minutes(); }), 11500);
        at("chair",
            command([](v1::Command &c) { c.mutable_reopen_minutes()->set_reason("Sửa số liệu"); }),
            12000);

        const MeetingState &s = m.state();
        QCOMPARE(s.itemStartedMs.value("a"), qint64(1000));
        QCOMPARE(s.startedMs, qint64(1000));
        QVERIFY(s.ended);
        QCOMPARE(s.endedMs, qint64(10000));
        QCOMPARE(s.lastEventMs, qint64(12000));
        QCOMPARE(int(s.floor.spoken.size()), 1);
        const SpokenRecord &speech = s.floor.spoken.front();
        QCOMPARE(speech.participantId, QStringLiteral("d1"));
        QCOMPARE(speech.name, QStringLiteral("Người d1"));
        QCOMPARE(speech.itemId, QStringLiteral("a"));
        QCOMPARE(speech.startedMs, qint64(3000));
        QCOMPARE(speech.spokenMs, quint64(4000));
        QCOMPARE(s.floor.ballot("b1")->openedMs, qint64(8000));
        QCOMPARE(s.floor.ballot("b1")->closedMs, qint64(9000));
        QCOMPARE(int(s.minutes.reopened.size()), 1);
        QCOMPARE(s.minutes.reopened.front().reason, QStringLiteral("Sửa số liệu"));
        QCOMPARE(s.minutes.reopened.front().actorId, QStringLiteral("chair"));
        QCOMPARE(s.minutes.reopened.front().atMs, qint64(12000));
        QVERIFY(s.minutes.approvedMs.isEmpty()); // reopened: no approval holds
    }
};

QTEST_GUILESS_MAIN(TestFold)
#include "tst_fold.moc"
