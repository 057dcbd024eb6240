// Unit tests for floorrows: the rows the floor shows (attendance, the queue, the ballot), built
// from a state folded by the shared fold (server/core/fold.h) from events, as a tablet holds it.
// FloorReplica only hands these rows to its models (tst_floorreplica tests that wiring).

#include "floorrows.h"
#include "fold.h"
#include "protocol.h"

#include <QTest>

#include <functional>

namespace v1 = quorum::v1;

namespace {

/** A meeting of a chair, delegates d1..d3 (voting) and an observer, folded event by event. */
class Meeting
{
public:
    Meeting()
    {
        event([](v1::Event &e) {
            v1::MeetingDefined *m = e.mutable_meeting_defined();
            m->set_meeting_id("m1");
            m->set_allow_proxies(true);
            auto add = [&](const char *id, v1::Role role, bool voting) {
                v1::Participant *p = m->add_participants();
                p->set_id(id);
                p->set_name(std::string("Người ") + id);
                p->set_role(role);
                p->set_voting(voting);
            };
            add("chair", v1::ROLE_CHAIR, true);
            for (const char *id : { "d1", "d2", "d3" })
                add(id, v1::ROLE_DELEGATE, true);
            add("obs", v1::ROLE_OBSERVER, false);
            m->add_agenda()->set_id("item-1");
        });
    }
    void event(const std::function<void(v1::Event &)> &fill)
    {
        v1::Event e;
        e.set_seq(state.seq + 1);
        e.set_server_time_ms(1700000000000);
        fill(e);
        quorum::applyEvent(state, e);
    }
    void attend(const char *id, v1::AttendanceState attendance)
    {
        event([&](v1::Event &e) {
            e.mutable_attendance_changed()->set_participant_id(id);
            e.mutable_attendance_changed()->set_state(attendance);
        });
    }
    void proxy(const char *grantor, const char *holder)
    {
        event([&](v1::Event &e) {
            e.mutable_proxy_granted()->set_grantor_id(grantor);
            e.mutable_proxy_granted()->set_holder_id(holder);
        });
    }
    /** A named choice among A, B, C; `changeable`: a vote may be changed while it is open. */
    void ballot(const char *id, bool open = true, bool changeable = false)
    {
        event([&](v1::Event &e) {
            v1::Ballot *b = e.mutable_ballot_created()->mutable_ballot();
            b->set_id(id);
            b->set_item_id("item-1");
            b->set_question("Chọn phương án?");
            b->set_kind(v1::BALLOT_CHOICE);
            b->set_changeable(changeable);
            b->mutable_rule()->set_preset("simple-majority");
            for (const char *label : { "A", "B", "C" })
                b->add_options()->set_label(label);
        });
        if (open)
            event([&](v1::Event &e) { e.mutable_ballot_opened()->set_ballot_id(id); });
    }
    /** The chair and d1 in the room, d2 absent with its vote held by d1, ballot b1 open. */
    void proxyRoom()
    {
        attend("chair", v1::ATTENDANCE_IN_ROOM);
        attend("d1", v1::ATTENDANCE_IN_ROOM);
        attend("d2", v1::ATTENDANCE_ABSENT);
        proxy("d2", "d1");
        ballot("b1");
    }
    void vote(const char *ballotId, std::initializer_list<const char *> voters, const char *by,
        quint32 choice)
    {
        event([&](v1::Event &e) {
            v1::VoteCast *v = e.mutable_vote_cast();
            v->set_ballot_id(ballotId);
            for (const char *voter : voters)
                v->add_voter_ids(voter);
            v->set_cast_by(by);
            v->add_choices(choice);
        });
    }

    quorum::MeetingState state;
};

const AttendanceModel::Member &member(
    const QList<AttendanceModel::Member> &members, const QString &id)
{
    for (const AttendanceModel::Member &m : members) {
        if (m.id == id)
            return m;
    }
    static const AttendanceModel::Member none;
    return none;
}

} // namespace

class TestFloorRows : public QObject
{
    Q_OBJECT

private slots:
    // The chair's attendance list: who holds whose vote, who may vote through a holder in the
    // room, and on a named ballot what each voted (a proxy's vote shown on the grantor's row).
    void attendanceRowsShowProxiesAndNamedVotes()
    {
        Meeting m;
        m.proxyRoom();
        m.vote("b1", { "d1", "d2" }, "d1", 1);

        const QList<AttendanceModel::Member> rows = floorrows::attendanceMembers(m.state);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(member(rows, "d1").proxiesHeld, 1);
        QCOMPARE(member(rows, "d2").proxyHolder, QStringLiteral("d1"));
        QVERIFY(member(rows, "d2").eligible); // absent, but d1 holds the vote in the room
        QVERIFY(!member(rows, "d3").eligible); // not checked in, nobody holds the vote
        QVERIFY(!member(rows, "obs").eligible);
        QVERIFY(member(rows, "d2").hasVoted);
        QCOMPARE(member(rows, "d2").choice, QStringLiteral("B"));
        QCOMPARE(member(rows, "d2").choiceIndices, QList<int>{ 1 });
        QVERIFY(!member(rows, "chair").hasVoted);

        // The count leaves the observer out: the room screen is nobody's seat.
        const floorrows::AttendanceCount count = floorrows::attendanceCount(m.state);
        QCOMPARE(count.attending, 2);
        QCOMPARE(count.members, 4);
    }

    // The vote panel of a tablet that holds a proxy votes for itself and its grantor, each
    // once; the tablet that gave its vote away votes for nobody.
    void whomATabletVotesFor()
    {
        Meeting m;
        m.proxyRoom();

        BallotView::State holder = floorrows::ballotState(m.state, "d1");
        QCOMPARE(holder.pendingVoterIds, (QStringList{ "d1", "d2" }));
        QCOMPARE(holder.pendingVoterNames, (QStringList{ "Người d1", "Người d2" }));
        QCOMPARE(holder.proxiesHeld, 1);
        QVERIFY(floorrows::ballotState(m.state, "d2").pendingVoterIds.isEmpty());
        // Who closing now leaves out: eligible and not voted (d3 is not here, nobody holds it).
        QCOMPARE(holder.notVotedNames, (QStringList{ "Người chair", "Người d1", "Người d2" }));

        m.vote("b1", { "d1" }, "d1", 0);
        holder = floorrows::ballotState(m.state, "d1");
        QCOMPARE(holder.pendingVoterIds, QStringList{ "d2" });
        QVERIFY(holder.selfVoted);
        QVERIFY(holder.selfChoicesKnown);
        QCOMPARE(holder.selfChoices, QList<int>{ 0 });
        QCOMPARE(holder.namedVotes.size(), 1);
        const QVariantMap named = holder.namedVotes.first().toMap();
        QCOMPARE(named.value("name").toString(), QStringLiteral("Người d1"));
        QCOMPARE(named.value("choice").toString(), QStringLiteral("A"));
        QCOMPARE(named.value("castBy").toString(), QStringLiteral("Người d1"));
    }

    // A changeable ballot keeps a voter who voted among those the tablet votes for.
    void aChangeableVoteStaysPending()
    {
        Meeting m;
        m.attend("d1", v1::ATTENDANCE_IN_ROOM);
        m.ballot("b1", true, true);
        m.vote("b1", { "d1" }, "d1", 2);
        QCOMPARE(floorrows::ballotState(m.state, "d1").pendingVoterIds, QStringList{ "d1" });
    }

    // The ballot on screen is the open one, else the last created; nothing before any ballot.
    void theBallotOnScreen()
    {
        Meeting m;
        QVERIFY(!floorrows::shownBallot(m.state));
        QVERIFY(floorrows::ballotState(m.state, "d1").ballotId.isEmpty());
        m.ballot("b1");
        m.ballot("b2", false);
        QCOMPARE(floorrows::ballotState(m.state, "d1").ballotId, QStringLiteral("b1"));
        m.event([](v1::Event &e) { e.mutable_ballot_closed()->set_ballot_id("b1"); });
        QCOMPARE(floorrows::ballotState(m.state, "d1").ballotId, QStringLiteral("b2"));
    }

    // A closed ballot shows the server's result: each option's votes and whether it passed.
    void aClosedBallotShowsItsResult()
    {
        Meeting m;
        m.attend("d1", v1::ATTENDANCE_IN_ROOM);
        m.ballot("b1");
        m.vote("b1", { "d1" }, "d1", 2);
        m.event([](v1::Event &e) {
            e.mutable_ballot_closed()->set_ballot_id("b1");
            v1::BallotResult *r = e.mutable_ballot_closed()->mutable_result();
            r->set_passed(true);
            r->set_ballots(1);
            r->set_voters(1);
            v1::OptionResult *o = r->add_options();
            o->set_option(2);
            o->set_votes(1);
            r->add_options()->set_option(7); // an option the ballot lacks: left out
        });
        const BallotView::State s = floorrows::ballotState(m.state, "d1");
        QVERIFY(s.hasResult);
        QVERIFY(s.passed);
        QCOMPARE(s.options.size(), 3);
        QCOMPARE(s.options.at(2).votes, quint64(1));
        QCOMPARE(s.options.at(0).votes, quint64(0));
        QVERIFY(s.pendingVoterIds.isEmpty()); // closed: nobody is to vote
    }

    void choiceLabelsNameTheOptions()
    {
        v1::Ballot b;
        for (const char *label : { "A", "B" })
            b.add_options()->set_label(label);
        QCOMPARE(floorrows::choiceLabels(b, { 1, 0 }), QStringLiteral("B, A"));
        QCOMPARE(floorrows::choiceLabels(b, { 5 }), QStringLiteral("5"));
    }

    // The queue in order, each speaker named, a point of order marked.
    void queueEntriesNameTheSpeakers()
    {
        Meeting m;
        m.attend("d1", v1::ATTENDANCE_IN_ROOM);
        m.attend("d2", v1::ATTENDANCE_IN_ROOM);
        m.event([](v1::Event &e) {
            e.mutable_floor_requested()->set_participant_id("d2");
            e.mutable_floor_requested()->set_position(0);
        });
        m.event([](v1::Event &e) {
            e.mutable_floor_requested()->set_participant_id("d1");
            e.mutable_floor_requested()->set_position(0);
            e.mutable_floor_requested()->set_point_of_order(true);
        });
        const std::vector<SpeakersModel::Entry> queue = floorrows::queueEntries(m.state);
        QCOMPARE(queue.size(), size_t(2));
        QCOMPARE(queue.at(0).name, QStringLiteral("Người d1"));
        QVERIFY(queue.at(0).pointOfOrder);
        QCOMPARE(queue.at(1).participantId, QStringLiteral("d2"));
    }
};

QTEST_GUILESS_MAIN(TestFloorRows)
#include "tst_floorrows.moc"
