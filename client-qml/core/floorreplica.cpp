#include "floorreplica.h"

#include "protocol.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcFloor, "quorum.client.floor", QtInfoMsg)

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

FloorReplica::FloorReplica(const quorum::MeetingState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_attendance(new AttendanceModel(this))
    , m_speakers(new SpeakersModel(this))
    , m_ballot(new BallotView(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Four ticks a second: the countdown's seconds turn within a quarter second of the server's.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &FloorReplica::refreshClock);
}

v1::QuorumRule FloorReplica::quorumRule() const
{
    return quorum::rules::quorumRule(m_state);
}

int FloorReplica::maxProxiesPerHolder() const
{
    return allowProxies() ? int(std::max<quint32>(1, m_state.definition.max_proxies_per_holder()))
                          : 0;
}

bool FloorReplica::selfPointOfOrder() const
{
    const int position = selfQueuePosition();
    return position >= 0 && m_speakers->entries().at(size_t(position)).pointOfOrder;
}

quint64 FloorReplica::spokenMs() const
{
    return speech().spokenMs(m_clock() + m_serverOffsetMs);
}

int FloorReplica::speechElapsedSeconds() const
{
    return int(spokenMs() / 1000);
}

int FloorReplica::speechRemainingSeconds() const
{
    if (!speech().active || speech().allottedSeconds == 0)
        return 0;
    // Round up while time is left: "0:01" shows until the very last millisecond.
    const qint64 leftMs = qint64(speech().allottedSeconds) * 1000 - qint64(spokenMs());
    return leftMs > 0 ? int((leftMs + 999) / 1000) : int(leftMs / 1000);
}

bool FloorReplica::speechOvertime() const
{
    return speech().active && speech().allottedSeconds > 0
        && spokenMs() >= quint64(speech().allottedSeconds) * 1000;
}

bool FloorReplica::selfVoting() const
{
    const quorum::ParticipantState *self = m_state.participant(m_selfId);
    return self && self->voting;
}

QString FloorReplica::selfProxyHolderId() const
{
    return m_state.floor.proxies.value(m_selfId);
}

QString FloorReplica::defaultRulePreset() const
{
    return m_state.definition.ballot_rule_preset().empty()
        ? QStringLiteral("simple-majority")
        : qstr(m_state.definition.ballot_rule_preset());
}

QStringList FloorReplica::rulePresets()
{
    return { QStringLiteral("simple-majority"), QStringLiteral("majority-present"),
        QStringLiteral("majority-convened"), QStringLiteral("majority-all"),
        QStringLiteral("two-thirds-present"), QStringLiteral("two-thirds-all"),
        QStringLiteral("two-thirds-cast") };
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
    m_lastCreatedBallotId
        = QStringLiteral("b-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
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

QString FloorReplica::createBallot(v1::Ballot ballot)
{
    m_lastCreatedBallotId
        = QStringLiteral("b-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    emit lastCreatedBallotIdChanged();
    ballot.set_id(sstr(m_lastCreatedBallotId));
    v1::Command c;
    *c.mutable_create_ballot()->mutable_ballot() = std::move(ballot);
    return send(std::move(c));
}

QString FloorReplica::openBallot(const QString &ballotId)
{
    v1::Command c;
    c.mutable_open_ballot()->set_ballot_id(sstr(ballotId));
    return send(std::move(c));
}

QString FloorReplica::castVote(
    const QString &ballotId, const QVariantList &choices, const QStringList &voterIds)
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

QString FloorReplica::castVote(v1::CastVote cast)
{
    v1::Command c;
    *c.mutable_cast_vote() = std::move(cast);
    return send(std::move(c));
}

QString FloorReplica::closeBallot(const QString &ballotId)
{
    v1::Command c;
    c.mutable_close_ballot()->set_ballot_id(sstr(ballotId));
    return send(std::move(c));
}

QString FloorReplica::resolveTie(v1::ResolveTie resolve)
{
    v1::Command c;
    *c.mutable_resolve_tie() = std::move(resolve);
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
    refreshSelf();
    refreshBallot();
}

// --- The views of the state ------------------------------------------------------------

void FloorReplica::refresh(bool redefined)
{
    refreshAttendance();
    refreshQueue();
    refreshSpeech();
    refreshQuorum();
    refreshSelf();
    refreshBallot();
    if (redefined) {
        emit rulesChanged();
        emit selfChanged();
    }
}

void FloorReplica::refreshAttendance()
{
    m_attendance->show(floorrows::attendanceMembers(m_state));
}

void FloorReplica::refreshQueue()
{
    const std::vector<SpeakersModel::Entry> before = m_speakers->entries();
    m_speakers->show(floorrows::queueEntries(m_state));
    if (before == m_speakers->entries() && m_queueOpen == m_state.floor.queueOpen
        && m_speakingSeconds == m_state.floor.speakingSeconds)
        return;
    m_queueOpen = m_state.floor.queueOpen;
    m_speakingSeconds = m_state.floor.speakingSeconds;
    emit queueChanged();
}

void FloorReplica::refreshSpeech()
{
    const quorum::SpeechState &s = speech();
    if (s.active == m_speech.active && s.participantId == m_speech.participantId
        && s.allottedSeconds == m_speech.allottedSeconds
        && s.spokenBeforeMs == m_speech.spokenBeforeMs && s.paused == m_speech.paused
        && s.runningSinceMs == m_speech.runningSinceMs && s.pointOfOrder == m_speech.pointOfOrder)
        return;
    m_speech = s;
    if (s.active && !s.paused)
        m_ticker.start();
    else
        m_ticker.stop();
    emit speechChanged();
    m_lastElapsed = -1;
    refreshClock();
}

void FloorReplica::refreshSelf()
{
    const QStringList self
        = QStringList{ selfVoting() ? QStringLiteral("voting") : QString(), selfProxyHolderId() }
        + selfProxyGrantorIds();
    if (self == m_self)
        return;
    m_self = self;
    emit selfChanged();
}

void FloorReplica::refreshQuorum()
{
    const floorrows::AttendanceCount count = floorrows::attendanceCount(m_state);
    if (count.attending != m_attendingCount || count.members != m_memberCount) {
        m_attendingCount = count.attending;
        m_memberCount = count.members;
        emit attendanceCountChanged();
    }
    const quorum::rules::QuorumStatus q = quorum::rules::quorum(m_state);
    if (q.present == m_quorum.present && q.base == m_quorum.base && q.needed == m_quorum.needed
        && q.reached == m_quorum.reached)
        return;
    m_quorum = q;
    emit quorumChanged();
}

void FloorReplica::refreshBallot()
{
    m_ballot->setState(floorrows::ballotState(m_state, m_selfId));
}

void FloorReplica::refreshClock()
{
    const int elapsed = speech().active ? int(spokenMs() / 1000) : -1;
    // Remaining rounds up, elapsed down: both turn at the same instant only when the
    // allotted time is whole seconds, which it is (SetSpeakingTime counts seconds).
    if (elapsed == m_lastElapsed)
        return;
    m_lastElapsed = elapsed;
    emit clockChanged();
}
