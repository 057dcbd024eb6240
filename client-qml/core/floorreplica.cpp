#include "floorreplica.h"

#include "protocol.h"
#include "threshold.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcFloor, "quorum.client.floor", QtInfoMsg)

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

namespace {
v1::QuorumRule defaultQuorumRule()
{
    v1::QuorumRule r;
    *r.mutable_threshold() = quorum::threshold::make(1, 2, v1::COMPARISON_MORE_THAN);
    r.set_base(v1::BASE_MEMBERS_CONVENED);
    return r;
}
} // namespace

FloorReplica::FloorReplica(QObject *parent)
    : QObject(parent)
    , m_attendance(new AttendanceModel(this))
    , m_speakers(new SpeakersModel(this))
    , m_ballot(new BallotView(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_quorumRule(defaultQuorumRule())
{
    // Four ticks a second: the countdown's seconds turn within a quarter second of the server's.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &FloorReplica::refreshClock);
}

int FloorReplica::maxProxiesPerHolder() const
{
    return m_definition.allow_proxies() ? int(std::max<quint32>(1, m_definition.max_proxies_per_holder())) : 0;
}

bool FloorReplica::selfPointOfOrder() const
{
    const int position = selfQueuePosition();
    return position >= 0 && m_speakers->entries().at(position).pointOfOrder;
}

quint64 FloorReplica::spokenMs() const
{
    if (!m_speech.active)
        return 0;
    const qint64 now = m_clock() + m_serverOffsetMs;
    return m_speech.spokenBeforeMs
           + (m_speech.paused ? 0 : quint64(std::max<qint64>(0, now - m_speech.runningSinceMs)));
}

int FloorReplica::speechElapsedSeconds() const
{
    return int(spokenMs() / 1000);
}

int FloorReplica::speechRemainingSeconds() const
{
    if (!m_speech.active || m_speech.allottedSeconds == 0)
        return 0;
    // Round up while time is left: "0:01" shows until the very last millisecond.
    const qint64 leftMs = qint64(m_speech.allottedSeconds) * 1000 - qint64(spokenMs());
    return leftMs > 0 ? int((leftMs + 999) / 1000) : int(leftMs / 1000);
}

bool FloorReplica::speechOvertime() const
{
    return m_speech.active && m_speech.allottedSeconds > 0
           && spokenMs() >= quint64(m_speech.allottedSeconds) * 1000;
}

bool FloorReplica::selfVoting() const
{
    const AttendanceModel::Member *self = m_attendance->member(m_selfId);
    return self && self->voting;
}

QString FloorReplica::selfProxyHolderId() const
{
    const AttendanceModel::Member *self = m_attendance->member(m_selfId);
    return self ? self->proxyHolder : QString();
}

QString FloorReplica::defaultRulePreset() const
{
    return m_definition.ballot_rule_preset().empty() ? QStringLiteral("simple-majority")
                                                     : qstr(m_definition.ballot_rule_preset());
}

QStringList FloorReplica::rulePresets()
{
    return {QStringLiteral("simple-majority"),    QStringLiteral("majority-present"),
            QStringLiteral("majority-convened"),  QStringLiteral("majority-all"),
            QStringLiteral("two-thirds-present"), QStringLiteral("two-thirds-all"),
            QStringLiteral("two-thirds-cast")};
}

// --- Commands ---------------------------------------------------------------------------

QString FloorReplica::send(v1::Command command)
{
    if (!m_sender) {
        qCWarning(lcFloor) << "no command sender: the floor is read-only";
        return {};
    }
    return m_sender(std::move(command));
}

QString FloorReplica::requestFloor(bool pointOfOrder)
{
    v1::Command c;
    c.mutable_request_floor()->set_point_of_order(pointOfOrder);
    return send(std::move(c));
}

QString FloorReplica::withdrawFloor()
{
    v1::Command c;
    c.mutable_withdraw_floor();
    return send(std::move(c));
}

QString FloorReplica::nextSpeaker()
{
    v1::Command c;
    c.mutable_next_speaker();
    return send(std::move(c));
}

QString FloorReplica::giveFloor(const QString &participantId)
{
    v1::Command c;
    c.mutable_give_floor()->set_participant_id(sstr(participantId));
    return send(std::move(c));
}

QString FloorReplica::removeSpeaker(const QString &participantId)
{
    v1::Command c;
    c.mutable_remove_speaker()->set_participant_id(sstr(participantId));
    return send(std::move(c));
}

QString FloorReplica::moveSpeaker(const QString &participantId, int position)
{
    if (position < 0)
        return {};
    v1::Command c;
    c.mutable_move_speaker()->set_participant_id(sstr(participantId));
    c.mutable_move_speaker()->set_position(quint32(position));
    return send(std::move(c));
}

QString FloorReplica::setQueueOpen(bool open)
{
    v1::Command c;
    c.mutable_set_queue_open()->set_open(open);
    return send(std::move(c));
}

QString FloorReplica::setSpeakingTime(int seconds, bool currentOnly)
{
    if (seconds < 0)
        return {};
    v1::Command c;
    c.mutable_set_speaking_time()->set_seconds(quint32(seconds));
    c.mutable_set_speaking_time()->set_for_current_speech(currentOnly);
    return send(std::move(c));
}

QString FloorReplica::pauseSpeech()
{
    v1::Command c;
    c.mutable_pause_speech();
    return send(std::move(c));
}

QString FloorReplica::resumeSpeech()
{
    v1::Command c;
    c.mutable_resume_speech();
    return send(std::move(c));
}

QString FloorReplica::endSpeech()
{
    v1::Command c;
    c.mutable_end_speech();
    return send(std::move(c));
}

QString FloorReplica::setAttendance(const QString &participantId, int state, const QString &reason)
{
    v1::Command c;
    c.mutable_set_attendance()->set_participant_id(sstr(participantId));
    c.mutable_set_attendance()->set_state(v1::AttendanceState(state));
    c.mutable_set_attendance()->set_reason(sstr(reason));
    return send(std::move(c));
}

QString FloorReplica::checkIn(const QString &secret, const QString &meetingId)
{
    if (secret.isEmpty())
        return {};
    v1::Command c;
    c.mutable_check_in()->set_secret(sstr(secret));
    c.mutable_check_in()->set_meeting_id(sstr(meetingId));
    return send(std::move(c));
}

QString FloorReplica::grantProxy(const QString &holderId)
{
    v1::Command c;
    c.mutable_grant_proxy()->set_holder_id(sstr(holderId));
    return send(std::move(c));
}

QString FloorReplica::revokeProxy(const QString &grantorId)
{
    v1::Command c;
    c.mutable_revoke_proxy()->set_grantor_id(sstr(grantorId));
    return send(std::move(c));
}

QString FloorReplica::createBallot(const QString &question, bool secret, const QString &rulePreset,
                                   const QStringList &options, int maxChoices, bool changeable, int seats)
{
    v1::Command c;
    v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
    // The chair's tablet names the ballot (quorum.proto: Ballot.id), so it can open it next.
    m_lastCreatedBallotId = QStringLiteral("b-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    emit lastCreatedBallotIdChanged();
    b->set_id(sstr(m_lastCreatedBallotId));
    b->set_question(sstr(question.trimmed()));
    b->set_secret(secret);
    b->set_changeable(changeable && !secret);
    b->mutable_rule()->set_preset(sstr(rulePreset.isEmpty() ? defaultRulePreset() : rulePreset));
    if (options.isEmpty()) {
        b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    } else {
        b->set_kind(seats > 0 ? v1::BALLOT_ELECTION : v1::BALLOT_CHOICE);
        for (const QString &label : options)
            b->add_options()->set_label(sstr(label.trimmed()));
        b->set_max_choices(quint32(std::max(0, maxChoices)));
        if (seats > 0)
            b->set_seats(quint32(seats));
    }
    return send(std::move(c));
}

QString FloorReplica::openBallot(const QString &ballotId)
{
    v1::Command c;
    c.mutable_open_ballot()->set_ballot_id(sstr(ballotId));
    return send(std::move(c));
}

QString FloorReplica::castVote(const QString &ballotId, const QVariantList &choices, const QStringList &voterIds)
{
    v1::Command c;
    v1::CastVote *cast = c.mutable_cast_vote();
    cast->set_ballot_id(sstr(ballotId));
    for (const QVariant &choice : choices) {
        bool ok = false;
        const int index = choice.toInt(&ok);
        if (!ok || index < 0)
            return {};
        cast->add_choices(quint32(index));
    }
    for (const QString &voter : voterIds)
        cast->add_voter_ids(sstr(voter));
    return send(std::move(c));
}

QString FloorReplica::closeBallot(const QString &ballotId)
{
    v1::Command c;
    c.mutable_close_ballot()->set_ballot_id(sstr(ballotId));
    return send(std::move(c));
}

QString FloorReplica::cancelBallot(const QString &ballotId, const QString &reason)
{
    v1::Command c;
    c.mutable_cancel_ballot()->set_ballot_id(sstr(ballotId));
    c.mutable_cancel_ballot()->set_reason(sstr(reason));
    return send(std::move(c));
}

// --- Clock and identity -----------------------------------------------------------------

void FloorReplica::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshClock();
}

void FloorReplica::setServerTime(qint64 serverTimeMs)
{
    m_serverOffsetMs = serverTimeMs - m_clock();
    refreshClock();
}

void FloorReplica::setSelfParticipantId(const QString &participantId)
{
    if (participantId == m_selfId)
        return;
    m_selfId = participantId;
    m_attendance->setSelfId(participantId);
    m_speakers->setSelfId(participantId);
    emit selfChanged();
    emit queueChanged();
    emit speechChanged();
    refreshBallot();
}

// --- The fold ---------------------------------------------------------------------------

void FloorReplica::resetFloor()
{
    m_speakers->setEntries({});
    m_queueOpen = true;
    m_speakingSeconds = m_definition.default_speaking_seconds();
    m_ballots.clear();
    setSpeech(Speech());
    emit queueChanged();
}

void FloorReplica::clear()
{
    define(v1::MeetingDefined());
}

void FloorReplica::define(const v1::MeetingDefined &meeting)
{
    m_definition = meeting;
    m_quorumRule = meeting.has_quorum_rule() ? meeting.quorum_rule() : defaultQuorumRule();
    QList<AttendanceModel::Member> members;
    members.reserve(meeting.participants_size());
    for (const v1::Participant &p : meeting.participants()) {
        AttendanceModel::Member m;
        m.id = qstr(p.id());
        m.name = qstr(p.name());
        m.title = qstr(p.title());
        m.role = int(p.role());
        m.voting = p.voting();
        m.weight = p.weight() ? p.weight() : 1;
        m.present = p.present();
        members.append(m);
    }
    m_attendance->setMembers(members);
    resetFloor();
    emit rulesChanged();
    emit selfChanged();
    refreshQuorum();
    refreshBallot();
}

void FloorReplica::loadSnapshot(const v1::Snapshot &snapshot)
{
    define(snapshot.meeting());
    if (!snapshot.has_floor())
        return; // an old server, or a test's snapshot: the floor is as defined
    const v1::FloorSnapshot &floor = snapshot.floor();
    for (const v1::AttendanceChanged &a : floor.attendance())
        m_attendance->setAttendance(qstr(a.participant_id()), int(a.state()), qstr(a.reason()), int(a.method()),
                                    a.checked_in_ms());
    for (const v1::ProxyGranted &g : floor.proxies())
        m_attendance->setProxyHolder(qstr(g.grantor_id()), qstr(g.holder_id()));
    QList<SpeakersModel::Entry> queue;
    for (const v1::QueueEntry &q : floor.queue())
        queue.append({qstr(q.participant_id()), m_attendance->nameOf(qstr(q.participant_id())), q.point_of_order()});
    m_speakers->setEntries(queue);
    m_queueOpen = floor.queue_open();
    m_speakingSeconds = floor.speaking_seconds();
    Speech speech;
    if (floor.has_speech()) {
        const v1::Speech &s = floor.speech();
        speech.active = true;
        speech.participantId = qstr(s.participant_id());
        speech.allottedSeconds = s.allotted_seconds();
        speech.spokenBeforeMs = s.spoken_ms_before_pause();
        speech.paused = s.paused();
        speech.runningSinceMs = s.resumed_ms();
        speech.pointOfOrder = s.point_of_order();
    }
    setSpeech(speech);
    for (const v1::BallotState &state : floor.ballots()) {
        Ballot b;
        b.ballot = state.ballot();
        b.phase = int(state.phase());
        b.eligible = state.eligible();
        for (const std::string &voter : state.voted()) {
            b.voted << qstr(voter);
            b.votedSet.insert(qstr(voter));
        }
        for (const v1::VoteCast &cast : state.named_votes())
            applyVote(b, cast);
        b.hasResult = state.has_result() && state.phase() == v1::BallotState::PHASE_CLOSED;
        if (b.hasResult)
            b.result = state.result();
        m_ballots.push_back(std::move(b));
    }
    emit queueChanged();
    emit selfChanged();
    refreshQuorum();
    refreshBallot();
}

void FloorReplica::setCurrentItem(const QString &itemId)
{
    // As the server does (speakers.cpp, resetSpeakingTime): a new item brings its own time.
    quint32 seconds = 0;
    for (const v1::AgendaItem &a : m_definition.agenda()) {
        if (qstr(a.id()) == itemId)
            seconds = a.speaking_seconds();
    }
    m_speakingSeconds = seconds ? seconds : m_definition.default_speaking_seconds();
    emit queueChanged();
}

FloorReplica::Ballot *FloorReplica::findBallot(const QString &id)
{
    for (Ballot &b : m_ballots) {
        if (qstr(b.ballot.id()) == id)
            return &b;
    }
    return nullptr;
}

void FloorReplica::applyVote(Ballot &b, const v1::VoteCast &cast)
{
    QList<quint32> choices(cast.choices().begin(), cast.choices().end());
    for (const std::string &v : cast.voter_ids()) {
        const QString voter = qstr(v);
        if (!b.ballot.secret())
            b.namedChoices.insert(voter, choices);
        if (!b.votedSet.contains(voter)) {
            b.votedSet.insert(voter);
            b.voted << voter;
            ++b.votedSinceCount;
        }
    }
    if (!b.ballot.secret())
        b.namedVotes.push_back(cast);
}

void FloorReplica::apply(const v1::Event &event)
{
    const qint64 t = event.server_time_ms();
    switch (event.body_case()) {
    case v1::Event::kMeetingDefined:
        define(event.meeting_defined());
        return;
    case v1::Event::kParticipantJoined: {
        const QString id = qstr(event.participant_joined().participant_id());
        m_attendance->setPresent(id, true);
        // Joining is checking in (server attendance.cpp); one set online stays online.
        const AttendanceModel::Member *m = m_attendance->member(id);
        if (m && !m->attending())
            m_attendance->setAttendance(id, AttendanceModel::InRoom, QString(), AttendanceModel::OwnTablet, t);
        break;
    }
    case v1::Event::kParticipantLeft:
        m_attendance->setPresent(qstr(event.participant_left().participant_id()), false);
        return;
    case v1::Event::kCurrentItemChanged:
        setCurrentItem(qstr(event.current_item_changed().item_id()));
        return;
    case v1::Event::kAttendanceChanged: {
        const v1::AttendanceChanged &a = event.attendance_changed();
        // Events logged before CheckInMethod existed were set by the secretary (server attendance.cpp).
        int method = int(a.method());
        if (method == AttendanceModel::UnknownMethod
            && (a.state() == v1::ATTENDANCE_IN_ROOM || a.state() == v1::ATTENDANCE_ONLINE))
            method = AttendanceModel::BySecretary;
        m_attendance->setAttendance(qstr(a.participant_id()), int(a.state()), qstr(a.reason()), method, t);
        break;
    }
    case v1::Event::kProxyGranted:
        m_attendance->setProxyHolder(qstr(event.proxy_granted().grantor_id()), qstr(event.proxy_granted().holder_id()));
        emit selfChanged();
        break;
    case v1::Event::kProxyRevoked:
        m_attendance->setProxyHolder(qstr(event.proxy_revoked().grantor_id()), QString());
        emit selfChanged();
        break;
    case v1::Event::kFloorRequested: {
        const v1::FloorRequested &r = event.floor_requested();
        const QString id = qstr(r.participant_id());
        m_speakers->insert(int(r.position()), {id, m_attendance->nameOf(id), r.point_of_order()});
        emit queueChanged();
        return;
    }
    case v1::Event::kFloorWithdrawn:
        m_speakers->remove(qstr(event.floor_withdrawn().participant_id()));
        emit queueChanged();
        return;
    case v1::Event::kSpeakerMoved:
        m_speakers->move(qstr(event.speaker_moved().participant_id()), int(event.speaker_moved().position()));
        emit queueChanged();
        return;
    case v1::Event::kQueueOpenChanged:
        m_queueOpen = event.queue_open_changed().open();
        emit queueChanged();
        return;
    case v1::Event::kSpeakingTimeChanged: {
        const v1::SpeakingTimeChanged &s = event.speaking_time_changed();
        if (s.for_current_speech()) {
            Speech speech = m_speech;
            speech.allottedSeconds = s.seconds();
            setSpeech(speech);
        } else {
            m_speakingSeconds = s.seconds();
            emit queueChanged();
        }
        return;
    }
    case v1::Event::kSpeechStarted: {
        const v1::SpeechStarted &s = event.speech_started();
        Speech speech;
        speech.active = true;
        speech.participantId = qstr(s.participant_id());
        speech.allottedSeconds = s.allotted_seconds();
        speech.runningSinceMs = t;
        speech.pointOfOrder = s.point_of_order();
        if (m_speakers->remove(speech.participantId))
            emit queueChanged();
        setSpeech(speech);
        return;
    }
    case v1::Event::kSpeechPaused: {
        Speech speech = m_speech;
        speech.spokenBeforeMs += speech.paused ? 0 : quint64(std::max<qint64>(0, t - speech.runningSinceMs));
        speech.paused = true;
        setSpeech(speech);
        return;
    }
    case v1::Event::kSpeechResumed: {
        Speech speech = m_speech;
        speech.paused = false;
        speech.runningSinceMs = t;
        setSpeech(speech);
        return;
    }
    case v1::Event::kSpeechEnded:
        setSpeech(Speech());
        return;
    case v1::Event::kBallotCreated: {
        Ballot b;
        b.ballot = event.ballot_created().ballot();
        m_ballots.push_back(std::move(b));
        break;
    }
    case v1::Event::kBallotOpened:
        if (Ballot *b = findBallot(qstr(event.ballot_opened().ballot_id()))) {
            b->phase = BallotView::Open;
            b->eligible = event.ballot_opened().eligible();
        }
        break;
    case v1::Event::kVoteCast:
        if (Ballot *b = findBallot(qstr(event.vote_cast().ballot_id())))
            applyVote(*b, event.vote_cast());
        break;
    case v1::Event::kVotesCounted:
        if (Ballot *b = findBallot(qstr(event.votes_counted().ballot_id()))) {
            b->counted = event.votes_counted().voters();
            b->votedSinceCount = 0;
        }
        break;
    case v1::Event::kBallotClosed:
        if (Ballot *b = findBallot(qstr(event.ballot_closed().ballot_id()))) {
            b->phase = BallotView::Closed;
            b->hasResult = true;
            b->result = event.ballot_closed().result();
        }
        break;
    case v1::Event::kBallotCancelled:
        if (Ballot *b = findBallot(qstr(event.ballot_cancelled().ballot_id()))) {
            b->phase = BallotView::Cancelled;
            b->cancelReason = qstr(event.ballot_cancelled().reason());
        }
        break;
    default:
        return; // documents, annotations, ...: not the floor's
    }
    refreshQuorum();
    refreshBallot();
}

// --- Derived state ----------------------------------------------------------------------

void FloorReplica::refreshQuorum()
{
    const bool weighted = m_quorumRule.weighted();
    quint64 present = 0;
    quint64 convened = 0;
    int attending = 0;
    int members = 0;
    for (const AttendanceModel::Member &m : m_attendance->members()) {
        if (m.role != int(v1::ROLE_OBSERVER)) {
            ++members;
            attending += m.attending() ? 1 : 0;
        }
        if (!m.voting)
            continue;
        const quint64 w = weighted ? m.weight : 1;
        convened += w;
        if (m_attendance->isEligible(m))
            present += w;
    }
    quint64 base = convened;
    if (m_quorumRule.base() == v1::BASE_ALL_MEMBERS) {
        const quint64 declared = weighted ? m_definition.total_member_weight() : 0;
        base = declared ? declared : std::max<quint64>(m_definition.total_members(), convened);
    }
    if (attending != m_attendingCount || members != m_memberCount) {
        m_attendingCount = attending;
        m_memberCount = members;
        emit attendanceCountChanged();
    }
    const quint64 needed = quorum::threshold::smallestMeeting(m_quorumRule.threshold(), base);
    const bool reached = quorum::threshold::meets(m_quorumRule.threshold(), present, base);
    if (present == m_quorumPresent && base == m_quorumBase && needed == m_quorumNeeded && reached == m_quorumReached)
        return;
    m_quorumPresent = present;
    m_quorumBase = base;
    m_quorumNeeded = needed;
    m_quorumReached = reached;
    emit quorumChanged();
}

const FloorReplica::Ballot *FloorReplica::shownBallot() const
{
    for (const Ballot &b : m_ballots) {
        if (b.phase == BallotView::Open)
            return &b;
    }
    return m_ballots.empty() ? nullptr : &m_ballots.back();
}

void FloorReplica::refreshBallot()
{
    const Ballot *b = shownBallot();
    BallotView::State s;
    QHash<QString, QString> choiceByVoter;
    if (b) {
        const v1::Ballot &ballot = b->ballot;
        s.ballotId = qstr(ballot.id());
        s.itemId = qstr(ballot.item_id());
        s.question = qstr(ballot.question());
        s.kind = int(ballot.kind());
        s.phase = b->phase;
        s.secret = ballot.secret();
        s.changeable = ballot.changeable();
        s.rulePreset = qstr(ballot.rule().preset());
        s.maxChoices = int(std::max<quint32>(1, ballot.max_choices()));
        s.eligible = int(b->eligible);
        s.votedCount = int(std::max<quint64>(quint64(b->voted.size()), quint64(b->counted) + b->votedSinceCount));
        s.selfVoted = b->votedSet.contains(m_selfId);
        for (int i = 0; i < ballot.options_size(); ++i)
            s.options.append({qstr(ballot.options(i).label()), int(ballot.options(i).kind()), 0, false});
        if (b->hasResult) {
            const v1::BallotResult &r = b->result;
            s.hasResult = true;
            s.passed = r.passed();
            s.tie = r.tie();
            s.flagged = r.flagged();
            s.flagReason = qstr(r.flag_reason());
            s.ballots = r.ballots();
            s.blank = r.blank();
            s.base = r.base();
            s.votedCount = int(std::max<quint64>(quint64(s.votedCount), r.voters()));
            for (const v1::OptionResult &o : r.options()) {
                if (o.option() < quint32(s.options.size())) {
                    s.options[int(o.option())].votes = o.votes();
                    s.options[int(o.option())].elected = o.elected();
                }
            }
        }
        s.cancelReason = b->cancelReason;
        auto labels = [&](const QList<quint32> &choices) {
            QStringList words;
            for (quint32 c : choices)
                words << (c < quint32(s.options.size()) ? s.options.at(int(c)).label : QString::number(c));
            return words.join(QStringLiteral(", "));
        };
        for (const QString &voter : b->voted) {
            const auto named = b->namedChoices.constFind(voter);
            choiceByVoter.insert(voter, named == b->namedChoices.cend() ? QString() : labels(*named));
        }
        for (const v1::VoteCast &cast : b->namedVotes) {
            for (const std::string &v : cast.voter_ids()) {
                const QString voter = qstr(v);
                s.namedVotes.append(QVariantMap{
                        {QStringLiteral("voterId"), voter},
                        {QStringLiteral("name"), m_attendance->nameOf(voter)},
                        {QStringLiteral("choice"), labels(QList<quint32>(cast.choices().begin(), cast.choices().end()))},
                        {QStringLiteral("castBy"), m_attendance->nameOf(qstr(cast.cast_by()))},
                });
            }
        }
        if (b->phase == BallotView::Open) {
            for (const AttendanceModel::Member &m : m_attendance->members()) {
                if (m_attendance->isEligible(m) && !b->votedSet.contains(m.id))
                    s.notVotedNames << m.name;
            }
            // Whom this tablet votes for: itself (unless it gave its vote away) and those whose
            // proxy it holds, each once unless the ballot allows changing a vote.
            const AttendanceModel::Member *self = m_attendance->member(m_selfId);
            if (self && self->voting && self->attending()) {
                auto mayVote = [&](const QString &id) { return ballot.changeable() || !b->votedSet.contains(id); };
                if (self->proxyHolder.isEmpty() && mayVote(self->id)) {
                    s.pendingVoterIds << self->id;
                    s.pendingVoterNames << self->name;
                }
                for (const QString &grantor : m_attendance->grantorsOf(self->id)) {
                    if (mayVote(grantor)) {
                        s.pendingVoterIds << grantor;
                        s.pendingVoterNames << m_attendance->nameOf(grantor);
                    }
                }
            }
        }
        s.proxiesHeld = int(m_attendance->grantorsOf(m_selfId).size());
    }
    m_attendance->setVotes(choiceByVoter);
    m_ballot->setState(s);
}

void FloorReplica::setSpeech(const Speech &speech)
{
    m_speech = speech;
    if (m_speech.active && !m_speech.paused)
        m_ticker.start();
    else
        m_ticker.stop();
    emit speechChanged();
    m_lastElapsed = -1;
    refreshClock();
}

void FloorReplica::refreshClock()
{
    const int elapsed = m_speech.active ? int(spokenMs() / 1000) : -1;
    // Remaining rounds up, elapsed down: both turn at the same instant only when the
    // allotted time is whole seconds, which it is (SetSpeakingTime counts seconds).
    if (elapsed == m_lastElapsed)
        return;
    m_lastElapsed = elapsed;
    emit clockChanged();
}
