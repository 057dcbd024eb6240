// Unit tests for FloorReplica: the tablet's fold of the floor (attendance and quorum,
// proxies, the speakers' queue and the speech clock, ballots), fed with events through
// MeetingReplica as MeetingClient feeds it. Every model runs under QAbstractItemModelTester.

#include "ballotfeed.h"
#include "floorreplica.h"
#include "protocol.h"
#include "replica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = quorum::v1;

namespace {

constexpr qint64 T0 = 1700000000000;

/** A chair, a secretary (no vote) and `delegates` voting delegates d1..dN. */
v1::MeetingDefined definition(int delegates = 4)
{
    v1::MeetingDefined m;
    m.set_meeting_id("m1");
    m.set_title("Họp");
    m.set_allow_proxies(true);
    m.set_default_speaking_seconds(120);
    auto add = [&](const std::string &id, const std::string &name, v1::Role role, bool voting) {
        v1::Participant *p = m.add_participants();
        p->set_id(id);
        p->set_name(name);
        p->set_role(role);
        p->set_voting(voting);
    };
    add("chair", "Chủ tọa", v1::ROLE_CHAIR, true);
    add("sec", "Thư ký", v1::ROLE_SECRETARY, false);
    for (int i = 1; i <= delegates; ++i)
        add("d" + std::to_string(i), "Đại biểu " + std::to_string(i), v1::ROLE_DELEGATE, true);
    for (const char *id : { "item-1", "item-2" }) {
        v1::AgendaItem *a = m.add_agenda();
        a->set_id(id);
        a->set_title(id);
    }
    m.mutable_agenda(1)->set_speaking_seconds(60);
    return m;
}

/** Feeds events with consecutive seqs into a replica whose floor is watched by testers. */
class Feed
{
public:
    explicit Feed(const v1::MeetingDefined &meeting = definition(),
        const QString &self = QStringLiteral("d1"))
        : m_attendance(
            replica.floor()->attendance(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , m_speakers(
              replica.floor()->speakers(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , m_options(replica.floor()->ballot()->options(),
              QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        floor()->setClock([this] { return now; });
        floor()->setCommandSender([this](v1::Command c) {
            sent.push_back(c);
            return QStringLiteral("cmd-%1").arg(sent.size());
        });
        replica.setSelfParticipantId(self);
        event([&](v1::Event &e) { *e.mutable_meeting_defined() = meeting; });
    }
    FloorReplica *floor() { return replica.floor(); }

    void event(const std::function<void(v1::Event &)> &fill, qint64 timeMs = -1)
    {
        v1::Event e;
        e.set_seq(replica.lastSeq() + 1);
        e.set_server_time_ms(timeMs >= 0 ? timeMs : now);
        fill(e);
        QCOMPARE(replica.apply(e), MeetingReplica::ApplyResult::Applied);
    }
    void join(const char *id)
    {
        event([&](v1::Event &e) { ballotfeed::participantJoined(e, id); });
    }
    void attendance(const char *id, v1::AttendanceState state, const char *reason = "")
    {
        event([&](v1::Event &e) {
            e.mutable_attendance_changed()->set_participant_id(id);
            e.mutable_attendance_changed()->set_state(state);
            e.mutable_attendance_changed()->set_reason(reason);
        });
    }
    void proxy(const char *grantor, const char *holder)
    {
        event([&](v1::Event &e) { ballotfeed::proxyGranted(e, grantor, holder); });
    }
    void request(const char *id, quint32 position, bool pointOfOrder = false)
    {
        event([&](v1::Event &e) {
            e.mutable_floor_requested()->set_participant_id(id);
            e.mutable_floor_requested()->set_position(position);
            e.mutable_floor_requested()->set_point_of_order(pointOfOrder);
        });
    }
    void ballot(const char *id, bool secret)
    {
        event([&](v1::Event &e) {
            v1::Ballot *b = e.mutable_ballot_created()->mutable_ballot();
            b->set_id(id);
            b->set_item_id("item-1");
            b->set_question("Thông qua kế hoạch?");
            b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
            b->set_secret(secret);
            b->mutable_rule()->set_preset("simple-majority");
            for (auto [label, kind] :
                { std::pair{ "Đồng ý", v1::OPTION_YES }, { "Không đồng ý", v1::OPTION_NO },
                    { "Không biểu quyết", v1::OPTION_ABSTAIN } }) {
                v1::BallotOption *o = b->add_options();
                o->set_label(label);
                o->set_kind(kind);
            }
        });
        event([&](v1::Event &e) {
            e.mutable_ballot_opened()->set_ballot_id(id);
            e.mutable_ballot_opened()->set_eligible(5);
        });
    }
    void vote(const char *ballotId, std::initializer_list<const char *> voters, const char *by,
        int choice)
    {
        event([&](v1::Event &e) { ballotfeed::voteCast(e, ballotId, voters, by, choice); });
    }

    MeetingReplica replica;
    qint64 now = T0;
    std::vector<v1::Command> sent;

private:
    QAbstractItemModelTester m_attendance;
    QAbstractItemModelTester m_speakers;
    QAbstractItemModelTester m_options;
};

QStringList queueIds(FloorReplica *floor)
{
    QStringList ids;
    for (const SpeakersModel::Entry &e : floor->speakers()->entries())
        ids << e.participantId;
    return ids;
}

QVariant attendanceData(FloorReplica *floor, const QString &id, int role)
{
    AttendanceModel *m = floor->attendance();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->data(m->index(row), AttendanceModel::IdRole).toString() == id)
            return m->data(m->index(row), role);
    }
    return {};
}

} // namespace

class TestFloorReplica : public QObject
{
    Q_OBJECT

private slots:
    void quorum_data();
    void quorum();
    void quorumRuleOfAllMembersByWeight();
    void proxiesCountForQuorumWhileTheHolderAttends();
    void joiningChecksInButOnlineStaysOnline();
    void queueOrderWithPointsOfOrder();
    void speechClockOnTheServersTime();
    void speakingTimeFollowsTheAgenda();
    void namedBallotWithAProxy();
    void secretBallotShowsOnlyWhoVoted();
    void cancelledBallotStaysOnScreenUntilTheNext();
    void snapshotFillsTheFloor();
    void commands();
    void chairVotesAndTheMeetingsRule();
};

void TestFloorReplica::quorum_data()
{
    QTest::addColumn<int>("delegates");
    QTest::addColumn<QStringList>("attending");
    QTest::addColumn<int>("present");
    QTest::addColumn<int>("needed");
    QTest::addColumn<bool>("reached");
    // Voting members: the chair and the delegates (the secretary has no vote).
    QTest::newRow("nobody") << 4 << QStringList() << 0 << 3 << false;
    QTest::newRow("exactly half of 4 is not more than half")
        << 3 << QStringList{ "chair", "d1" } << 2 << 3 << false;
    QTest::newRow("missed by one (11 members, 5 in)")
        << 10 << QStringList{ "chair", "d1", "d2", "d3", "d4" } << 5 << 6 << false;
    QTest::newRow("reached (11 members, 6 in)")
        << 10 << QStringList{ "chair", "d1", "d2", "d3", "d4", "d5" } << 6 << 6 << true;
    QTest::newRow("the secretary does not count")
        << 4 << QStringList{ "sec", "d1", "d2" } << 2 << 3 << false;
}

void TestFloorReplica::quorum()
{
    QFETCH(int, delegates);
    QFETCH(QStringList, attending);
    QFETCH(int, present);
    QFETCH(int, needed);
    QFETCH(bool, reached);
    Feed feed(definition(delegates));
    for (const QString &id : attending)
        feed.join(id.toUtf8().constData());
    QCOMPARE(feed.floor()->quorumBase(), double(delegates + 1));
    QCOMPARE(feed.floor()->quorumPresent(), double(present));
    QCOMPARE(feed.floor()->quorumNeeded(), double(needed));
    QCOMPARE(feed.floor()->quorumReached(), reached);
    QCOMPARE(feed.floor()->quorumMissing(), double(std::max(0, needed - present)));
    QVERIFY(feed.floor()->quorumStrict());
    QCOMPARE(feed.floor()->quorumNumerator(), 1);
    QCOMPARE(feed.floor()->quorumDenominator(), 2);
}

void TestFloorReplica::quorumRuleOfAllMembersByWeight()
{
    v1::MeetingDefined m = definition(2); // chair, d1, d2
    m.mutable_participants(2)->set_weight(5); // d1 carries 5
    m.set_total_member_weight(20);
    v1::QuorumRule *rule = m.mutable_quorum_rule();
    rule->mutable_threshold()->mutable_fraction()->set_numerator(1);
    rule->mutable_threshold()->mutable_fraction()->set_denominator(4);
    rule->mutable_threshold()->set_comparison(v1::COMPARISON_AT_LEAST);
    rule->set_base(v1::BASE_ALL_MEMBERS);
    rule->set_weighted(true);
    Feed feed(m);
    QVERIFY(feed.floor()->quorumOfAllMembers());
    QVERIFY(feed.floor()->quorumWeighted());
    QCOMPARE(feed.floor()->quorumBase(), 20.0);
    QCOMPARE(feed.floor()->quorumNeeded(), 5.0); // at least 1/4 of 20
    feed.join("d2");
    QVERIFY(!feed.floor()->quorumReached());
    feed.join("d1");
    QCOMPARE(feed.floor()->quorumPresent(), 6.0);
    QVERIFY(feed.floor()->quorumReached());
}

void TestFloorReplica::proxiesCountForQuorumWhileTheHolderAttends()
{
    Feed feed(definition(4)); // 5 voting members: 3 needed
    feed.join("chair");
    feed.join("d1");
    feed.attendance("d2", v1::ATTENDANCE_ABSENT, "Đi công tác");
    QSignalSpy self(feed.floor(), &FloorReplica::selfChanged);
    feed.proxy("d2", "d1");
    QVERIFY(self.count() > 0);
    QCOMPARE(feed.floor()->quorumPresent(), 3.0);
    QVERIFY(feed.floor()->quorumReached());
    QCOMPARE(feed.floor()->selfProxyGrantorIds(), QStringList{ "d2" });
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::ProxyHolderNameRole).toString(),
        "Đại biểu 1");
    QCOMPARE(attendanceData(feed.floor(), "d1", AttendanceModel::ProxiesHeldRole).toInt(), 1);
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::EligibleRole).toBool(), true);
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::AbsenceReasonRole).toString(),
        "Đi công tác");
    // The holder leaves the meeting: neither counts.
    feed.attendance("d1", v1::ATTENDANCE_ABSENT);
    QCOMPARE(feed.floor()->quorumPresent(), 1.0);
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::EligibleRole).toBool(), false);
    feed.attendance("d1", v1::ATTENDANCE_ONLINE);
    QCOMPARE(feed.floor()->quorumPresent(), 3.0);
    feed.event([](v1::Event &e) { e.mutable_proxy_revoked()->set_grantor_id("d2"); });
    QCOMPARE(feed.floor()->quorumPresent(), 2.0);
    QVERIFY(feed.floor()->selfProxyGrantorIds().isEmpty());
}

void TestFloorReplica::joiningChecksInButOnlineStaysOnline()
{
    Feed feed;
    feed.attendance("d3", v1::ATTENDANCE_ONLINE);
    feed.join("d3");
    feed.join("d4");
    QCOMPARE(attendanceData(feed.floor(), "d3", AttendanceModel::AttendanceRole).toInt(),
        int(AttendanceModel::Online));
    QCOMPARE(attendanceData(feed.floor(), "d4", AttendanceModel::AttendanceRole).toInt(),
        int(AttendanceModel::InRoom));
    // A dropped link is not a check-out: attendance (and quorum) stay.
    feed.event([](v1::Event &e) { e.mutable_participant_left()->set_participant_id("d4"); });
    QCOMPARE(attendanceData(feed.floor(), "d4", AttendanceModel::PresentRole).toBool(), false);
    QCOMPARE(attendanceData(feed.floor(), "d4", AttendanceModel::AttendingRole).toBool(), true);
    QCOMPARE(feed.floor()->quorumPresent(), 2.0);
}

void TestFloorReplica::queueOrderWithPointsOfOrder()
{
    Feed feed;
    QSignalSpy queue(feed.floor(), &FloorReplica::queueChanged);
    feed.request("d2", 0);
    feed.request("d1", 1);
    feed.request("d3", 2);
    QCOMPARE(feed.floor()->selfQueuePosition(), 1);
    feed.request("d4", 0, true); // a point of order goes to the front
    QCOMPARE(queueIds(feed.floor()), (QStringList{ "d4", "d2", "d1", "d3" }));
    QCOMPARE(feed.floor()->selfQueuePosition(), 2);
    SpeakersModel *model = feed.floor()->speakers();
    QCOMPARE(model->data(model->index(0), SpeakersModel::PointOfOrderRole).toBool(), true);
    QCOMPARE(model->data(model->index(2), SpeakersModel::IsSelfRole).toBool(), true);
    QCOMPARE(model->data(model->index(3), SpeakersModel::PositionRole).toInt(), 3);
    QCOMPARE(model->data(model->index(1), SpeakersModel::NameRole).toString(), "Đại biểu 2");
    feed.event([](v1::Event &e) {
        e.mutable_speaker_moved()->set_participant_id("d3");
        e.mutable_speaker_moved()->set_position(1);
    });
    QCOMPARE(queueIds(feed.floor()), (QStringList{ "d4", "d3", "d2", "d1" }));
    feed.event([](v1::Event &e) {
        e.mutable_speaker_moved()->set_participant_id("d4");
        e.mutable_speaker_moved()->set_position(3);
    });
    QCOMPARE(queueIds(feed.floor()), (QStringList{ "d3", "d2", "d1", "d4" }));
    feed.event([](v1::Event &e) { e.mutable_floor_withdrawn()->set_participant_id("d2"); });
    QCOMPARE(feed.floor()->selfQueuePosition(), 1);
    // The next speaker leaves the queue when the speech starts.
    feed.event([](v1::Event &e) { e.mutable_speech_started()->set_participant_id("d3"); });
    QCOMPARE(queueIds(feed.floor()), (QStringList{ "d1", "d4" }));
    QCOMPARE(feed.floor()->selfQueuePosition(), 0);
    QCOMPARE(feed.floor()->speakerName(), "Đại biểu 3");
    feed.event([](v1::Event &e) { e.mutable_queue_open_changed()->set_open(false); });
    QVERIFY(!feed.floor()->queueOpen());
    QVERIFY(queue.count() >= 8);
}

void TestFloorReplica::speechClockOnTheServersTime()
{
    Feed feed;
    // The server's clock runs 10 s ahead of the tablet's.
    feed.floor()->setServerTime(feed.now + 10'000);
    feed.event(
        [](v1::Event &e) {
            e.mutable_speech_started()->set_participant_id("d1");
            e.mutable_speech_started()->set_allotted_seconds(60);
        },
        T0 + 10'000);
    QVERIFY(feed.floor()->speechActive());
    QVERIFY(feed.floor()->selfSpeaking());
    QCOMPARE(feed.floor()->speechRemainingSeconds(), 60);
    QSignalSpy clock(feed.floor(), &FloorReplica::clockChanged);
    feed.now += 20'500;
    QTRY_VERIFY(clock.count() > 0); // the ticker notices
    QCOMPARE(feed.floor()->speechElapsedSeconds(), 20);
    QCOMPARE(feed.floor()->speechRemainingSeconds(), 40);
    // Paused at +30 s (server time): the clock stands still.
    feed.event([](v1::Event &e) { e.mutable_speech_paused(); }, T0 + 40'000);
    feed.now += 100'000;
    QCOMPARE(feed.floor()->speechRemainingSeconds(), 30);
    QVERIFY(feed.floor()->speechPaused());
    feed.event([](v1::Event &e) { e.mutable_speech_resumed(); }, T0 + 130'000);
    feed.now = T0 + 120'000 + 45'000; // server: 75 s after the resume
    QCOMPARE(feed.floor()->speechElapsedSeconds(), 30 + 45);
    QCOMPARE(feed.floor()->speechRemainingSeconds(), -15);
    QVERIFY(feed.floor()->speechOvertime());
    // The chair gives this speech more time.
    feed.event([](v1::Event &e) {
        e.mutable_speaking_time_changed()->set_seconds(120);
        e.mutable_speaking_time_changed()->set_for_current_speech(true);
    });
    QCOMPARE(feed.floor()->speechAllottedSeconds(), 120);
    QVERIFY(!feed.floor()->speechOvertime());
    QCOMPARE(feed.floor()->speakingSeconds(), 120); // the next speeches: the meeting's default
    feed.event([](v1::Event &e) { e.mutable_speech_ended()->set_participant_id("d1"); });
    QVERIFY(!feed.floor()->speechActive());
    QCOMPARE(feed.floor()->speechRemainingSeconds(), 0);
}

void TestFloorReplica::speakingTimeFollowsTheAgenda()
{
    Feed feed;
    QCOMPARE(feed.floor()->speakingSeconds(), 120);
    feed.event([](v1::Event &e) { e.mutable_current_item_changed()->set_item_id("item-2"); });
    QCOMPARE(feed.floor()->speakingSeconds(), 60);
    feed.event([](v1::Event &e) { e.mutable_speaking_time_changed()->set_seconds(90); });
    QCOMPARE(feed.floor()->speakingSeconds(), 90);
    feed.event([](v1::Event &e) { e.mutable_current_item_changed()->set_item_id("item-1"); });
    QCOMPARE(feed.floor()->speakingSeconds(), 120);
}

void TestFloorReplica::namedBallotWithAProxy()
{
    Feed feed;
    for (const char *id : { "chair", "d1", "d3", "d4" })
        feed.join(id);
    feed.attendance("d2", v1::ATTENDANCE_ABSENT);
    feed.proxy("d2", "d1");
    BallotView *ballot = feed.floor()->ballot();
    QVERIFY(!ballot->exists());
    feed.ballot("b1", false);
    QCOMPARE(ballot->phase(), BallotView::Open);
    QCOMPARE(ballot->question(), "Thông qua kế hoạch?");
    QCOMPARE(ballot->options()->count(), 3);
    QCOMPARE(ballot->options()->labelAt(1), "Không đồng ý");
    QCOMPARE(ballot->eligible(), 5);
    QVERIFY(ballot->canVote());
    QCOMPARE(ballot->pendingVoterIds(), (QStringList{ "d1", "d2" }));
    QCOMPARE(ballot->proxiesHeld(), 1);
    QCOMPARE(ballot->notVotedNames().size(), 5);

    feed.vote("b1", { "d3" }, "d3", 1);
    QCOMPARE(ballot->votedCount(), 1);
    QCOMPARE(ballot->notVotedNames().size(), 4);
    QVERIFY(!ballot->notVotedNames().contains("Đại biểu 3"));
    // One action votes for oneself and the proxy.
    feed.vote("b1", { "d1", "d2" }, "d1", 0);
    QVERIFY(ballot->selfVoted());
    QVERIFY(!ballot->canVote());
    QCOMPARE(ballot->votedCount(), 3);
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::ChoiceRole).toString(), "Đồng ý");
    QCOMPARE(
        attendanceData(feed.floor(), "d3", AttendanceModel::ChoiceRole).toString(), "Không đồng ý");
    QCOMPARE(attendanceData(feed.floor(), "d4", AttendanceModel::HasVotedRole).toBool(), false);
    QCOMPARE(ballot->namedVotes().size(), 3);
    const QVariantMap proxyVote = ballot->namedVotes().at(2).toMap();
    QCOMPARE(proxyVote.value("name").toString(), "Đại biểu 2");
    QCOMPARE(proxyVote.value("castBy").toString(), "Đại biểu 1");

    feed.event([](v1::Event &e) {
        v1::BallotClosed *c = e.mutable_ballot_closed();
        c->set_ballot_id("b1");
        v1::BallotResult *r = c->mutable_result();
        for (auto [option, votes] : { std::pair{ 0u, 2u }, { 1u, 1u }, { 2u, 0u } }) {
            v1::OptionResult *o = r->add_options();
            o->set_option(option);
            o->set_votes(votes);
            o->set_elected(option == 0);
        }
        r->set_ballots(3);
        r->set_base(3);
        r->set_passed(true);
        r->set_voters(3);
        r->set_eligible(5);
    });
    QCOMPARE(ballot->phase(), BallotView::Closed);
    QVERIFY(ballot->hasResult());
    QVERIFY(ballot->passed());
    QVERIFY(ballot->notVotedNames().isEmpty());
    BallotOptionsModel *options = ballot->options();
    QCOMPARE(options->data(options->index(0), BallotOptionsModel::VotesRole).toDouble(), 2.0);
    QCOMPARE(options->data(options->index(0), BallotOptionsModel::ElectedRole).toBool(), true);
    QCOMPARE(options->data(options->index(1), BallotOptionsModel::ShareRole).toDouble(), 1.0 / 3);
    QCOMPARE(options->maxVotes(), 2.0);
}

void TestFloorReplica::secretBallotShowsOnlyWhoVoted()
{
    Feed feed;
    for (const char *id : { "chair", "d1", "d2" })
        feed.join(id);
    feed.ballot("s1", true);
    feed.vote("s1", { "d2" }, "d2", -1); // a secret VoteCast carries no choice
    BallotView *ballot = feed.floor()->ballot();
    QVERIFY(ballot->secret());
    QCOMPARE(ballot->votedCount(), 1);
    QVERIFY(ballot->namedVotes().isEmpty());
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::HasVotedRole).toBool(), true);
    QCOMPARE(attendanceData(feed.floor(), "d2", AttendanceModel::ChoiceRole).toString(), QString());
    QCOMPARE(ballot->pendingVoterIds(), QStringList{ "d1" });
}

void TestFloorReplica::cancelledBallotStaysOnScreenUntilTheNext()
{
    Feed feed;
    feed.join("d1");
    feed.ballot("b1", false);
    feed.event([](v1::Event &e) {
        e.mutable_ballot_cancelled()->set_ballot_id("b1");
        e.mutable_ballot_cancelled()->set_reason("Sai câu hỏi");
    });
    BallotView *ballot = feed.floor()->ballot();
    QCOMPARE(ballot->phase(), BallotView::Cancelled);
    QCOMPARE(ballot->cancelReason(), "Sai câu hỏi");
    QVERIFY(!ballot->canVote());
    feed.ballot("b2", false);
    QCOMPARE(ballot->ballotId(), "b2");
    QCOMPARE(ballot->phase(), BallotView::Open);
}

void TestFloorReplica::snapshotFillsTheFloor()
{
    Feed feed;
    v1::Snapshot s;
    s.set_seq(50);
    *s.mutable_meeting() = definition();
    s.mutable_meeting()->mutable_participants(2)->set_present(true);
    v1::FloorSnapshot *f = s.mutable_floor();
    for (const char *id : { "chair", "d1", "d2" }) {
        v1::AttendanceChanged *a = f->add_attendance();
        a->set_participant_id(id);
        a->set_state(v1::ATTENDANCE_IN_ROOM);
    }
    v1::ProxyGranted *g = f->add_proxies();
    g->set_grantor_id("d3");
    g->set_holder_id("d1");
    f->add_queue()->set_participant_id("d4");
    f->add_queue()->set_participant_id("d1");
    f->set_queue_open(false);
    f->set_speaking_seconds(45);
    v1::Speech *speech = f->mutable_speech();
    speech->set_participant_id("d2");
    speech->set_allotted_seconds(100);
    speech->set_spoken_ms_before_pause(30'000);
    speech->set_resumed_ms(T0 - 10'000);
    v1::BallotState *b = f->add_ballots();
    b->mutable_ballot()->set_id("b9");
    b->mutable_ballot()->set_question("Q");
    b->mutable_ballot()->add_options()->set_label("Đồng ý");
    b->set_phase(v1::BallotState::PHASE_OPEN);
    b->set_eligible(4);
    b->add_voted("d3");
    v1::VoteCast *named = b->add_named_votes();
    named->set_ballot_id("b9");
    named->add_voter_ids("d3");
    named->add_choices(0);
    named->set_cast_by("d1");

    feed.floor()->setServerTime(T0);
    feed.replica.loadSnapshot(s);
    FloorReplica *floor = feed.floor();
    QCOMPARE(floor->quorumPresent(), 4.0); // chair, d1, d2 and d3 by proxy
    QCOMPARE(queueIds(floor), (QStringList{ "d4", "d1" }));
    QCOMPARE(floor->selfQueuePosition(), 1);
    QVERIFY(!floor->queueOpen());
    QCOMPARE(floor->speakingSeconds(), 45);
    QCOMPARE(floor->speakerName(), "Đại biểu 2");
    QCOMPARE(floor->speechElapsedSeconds(), 40);
    QCOMPARE(floor->speechRemainingSeconds(), 60);
    QCOMPARE(floor->ballot()->ballotId(), "b9");
    QCOMPARE(
        floor->ballot()->pendingVoterIds(), QStringList{ "d1" }); // d3 voted through d1 already
    QCOMPARE(attendanceData(floor, "d3", AttendanceModel::ChoiceRole).toString(), "Đồng ý");
    QCOMPARE(attendanceData(floor, "d1", AttendanceModel::PresentRole).toBool(), true);

    // A snapshot without a floor (an older server) leaves the defaults.
    v1::Snapshot bare;
    bare.set_seq(60);
    *bare.mutable_meeting() = definition();
    feed.replica.loadSnapshot(bare);
    QVERIFY(floor->queueOpen());
    QCOMPARE(floor->speakers()->count(), 0);
    QVERIFY(!floor->ballot()->exists());
}

void TestFloorReplica::commands()
{
    Feed feed;
    FloorReplica *floor = feed.floor();
    QCOMPARE(floor->requestFloor(true), "cmd-1");
    QVERIFY(feed.sent.back().request_floor().point_of_order());
    floor->moveSpeaker("d2", 0);
    QCOMPARE(feed.sent.back().move_speaker().participant_id(), "d2");
    QVERIFY(floor->moveSpeaker("d2", -1).isEmpty());
    floor->setSpeakingTime(90, true);
    QCOMPARE(feed.sent.back().set_speaking_time().seconds(), 90u);
    QVERIFY(feed.sent.back().set_speaking_time().for_current_speech());
    floor->setAttendance("d3", AttendanceModel::Absent, "Ốm");
    QCOMPARE(feed.sent.back().set_attendance().state(), v1::ATTENDANCE_ABSENT);
    QCOMPARE(feed.sent.back().set_attendance().reason(), "Ốm");
    floor->createBallot(" Thông qua? ", true, "two-thirds-present");
    const v1::Ballot &b = feed.sent.back().create_ballot().ballot();
    QCOMPARE(b.kind(), v1::BALLOT_YES_NO_ABSTAIN);
    QCOMPARE(b.question(), "Thông qua?");
    QVERIFY(b.secret());
    QCOMPARE(b.rule().preset(), "two-thirds-present");
    QCOMPARE(quorum::qstr(b.id()), floor->lastCreatedBallotId());
    floor->createBallot("Chọn", false, "", { "A", "B", "C" }, 2, true);
    QCOMPARE(feed.sent.back().create_ballot().ballot().kind(), v1::BALLOT_CHOICE);
    QCOMPARE(feed.sent.back().create_ballot().ballot().options_size(), 3);
    QCOMPARE(feed.sent.back().create_ballot().ballot().rule().preset(), "simple-majority");
    floor->castVote("b1", { 1 }, { "d1", "d2" });
    QCOMPARE(feed.sent.back().cast_vote().choices(0), 1u);
    QCOMPARE(feed.sent.back().cast_vote().voter_ids_size(), 2);
    QVERIFY(floor->castVote("b1", { QVariant("x") }).isEmpty());
    floor->cancelBallot("b1", "Sai");
    QCOMPARE(feed.sent.back().cancel_ballot().reason(), "Sai");
    QCOMPARE(FloorReplica::rulePresets().size(), 7);
}

// Issue 11: the chair's tablet has a vote to cast (the chair is a voting member), the count of
// those who have not voted is what closing leaves out, a new ballot starts with the meeting's
// rule, and "present" counts the attendance of everyone but observers.
void TestFloorReplica::chairVotesAndTheMeetingsRule()
{
    v1::MeetingDefined meeting = definition(2);
    meeting.set_ballot_rule_preset("two-thirds-present");
    v1::Participant *screen = meeting.add_participants();
    screen->set_id("screen");
    screen->set_name("Màn hình");
    screen->set_role(v1::ROLE_OBSERVER);
    Feed feed(meeting, QStringLiteral("chair"));
    FloorReplica *floor = feed.floor();
    QCOMPARE(floor->defaultRulePreset(), "two-thirds-present");
    QCOMPARE(floor->memberCount(), 4); // chair, secretary, two delegates; not the screen
    QSignalSpy counted(floor, &FloorReplica::attendanceCountChanged);
    for (const char *id : { "chair", "sec", "d1", "screen" })
        feed.join(id);
    QCOMPARE(floor->attendingCount(), 3);
    QVERIFY(counted.count() >= 1);

    feed.ballot("b1", false);
    BallotView *ballot = floor->ballot();
    QCOMPARE(ballot->eligible(), 5); // as the server's BallotOpened says
    QVERIFY(ballot->canVote());
    QCOMPARE(ballot->pendingVoterIds(), QStringList{ "chair" });
    QCOMPARE(ballot->notVotedCount(), 5);
    feed.vote("b1", { "chair" }, "chair", 0);
    QVERIFY(ballot->selfVoted());
    QVERIFY(!ballot->canVote());
    QCOMPARE(ballot->notVotedCount(), 4);
    feed.vote("b1", { "d1" }, "d1", 1);
    QCOMPARE(ballot->notVotedCount(), 3);

    floor->createBallot("Thông qua?", false, QString());
    QCOMPARE(feed.sent.back().create_ballot().ballot().rule().preset(), "two-thirds-present");
}

QTEST_GUILESS_MAIN(TestFloorReplica)

#include "tst_floorreplica.moc"
