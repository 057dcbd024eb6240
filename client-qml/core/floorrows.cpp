#include "floorrows.h"

#include "formpresets.h"
#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

namespace floorrows {

QString nameOf(const quorum::MeetingState &state, const QString &participantId)
{
    const quorum::ParticipantState *p = state.participant(participantId);
    return p ? p->name : QString();
}

QStringList grantorsOf(const quorum::MeetingState &state, const QString &holderId)
{
    QStringList grantors;
    if (holderId.isEmpty())
        return grantors;
    for (const quorum::ParticipantState &p : state.participants) {
        if (state.floor.proxies.value(p.id) == holderId)
            grantors << p.id;
    }
    return grantors;
}

bool eligible(const quorum::MeetingState &state, const quorum::ParticipantState &p)
{
    if (!p.voting)
        return false;
    if (p.attending())
        return true;
    const quorum::ParticipantState *holder = state.participant(state.floor.proxies.value(p.id));
    return holder && holder->attending();
}

const quorum::BallotRecord *shownBallot(const quorum::MeetingState &state)
{
    const quorum::BallotRecord *open = state.floor.openBallot();
    return open ? open : state.floor.ballots.empty() ? nullptr : &state.floor.ballots.back();
}

QString choiceLabels(const v1::Ballot &ballot, const std::vector<quint32> &choices)
{
    QStringList words;
    for (quint32 c : choices)
        words << (c < quint32(ballot.options_size()) ? qstr(ballot.options(int(c)).label())
                                                     : QString::number(c));
    return words.join(QStringLiteral(", "));
}

// --- Attendance and the queue ----------------------------------------------------------

namespace {

/** How `p` voted on `ballot`, when it is named: whether, and the choices. */
void markVote(const quorum::BallotRecord &ballot, const QString &id, AttendanceModel::Member &m)
{
    if (!ballot.votedSet.contains(id))
        return;
    m.hasVoted = true;
    const auto named = ballot.namedChoices.constFind(id);
    if (named == ballot.namedChoices.cend())
        return;
    m.choice = choiceLabels(ballot.ballot, *named);
    for (quint32 c : *named)
        m.choiceIndices << int(c);
}

/** `participantId`'s latest request to speak (a correction replaces the topic) into `e`. */
void addRequestToSpeak(
    const quorum::MeetingState &state, const QString &participantId, SpeakersModel::Entry &e)
{
    for (const quorum::FormRecord &f : state.forms.forms) {
        if (f.form.purpose() != v1::FORM_SPEAK)
            continue;
        for (const auto &[number, c] : f.cases) {
            if (c.respondentId != participantId)
                continue;
            if (const v1::FieldValue *v = quorum::fieldValue(c.answer, "topic"))
                e.topic = qstr(v->text());
            if (const v1::FieldValue *v = quorum::fieldValue(c.answer, "minutes"))
                e.wantedMinutes = int(v->number());
        }
    }
}

} // namespace

QList<AttendanceModel::Member> attendanceMembers(const quorum::MeetingState &state)
{
    const quorum::BallotRecord *ballot = shownBallot(state);
    QHash<QString, int> proxiesHeld;
    for (auto it = state.floor.proxies.cbegin(); it != state.floor.proxies.cend(); ++it)
        ++proxiesHeld[it.value()];
    QList<AttendanceModel::Member> members;
    members.reserve(int(state.participants.size()));
    for (const quorum::ParticipantState &p : state.participants) {
        AttendanceModel::Member m;
        m.id = p.id;
        m.name = p.name;
        m.title = p.title;
        m.role = int(p.role);
        m.voting = p.voting;
        m.weight = p.weight;
        m.present = p.present;
        m.attendance = int(p.attendance);
        m.absenceReason = p.absenceReason;
        m.checkInMethod = int(p.checkInMethod);
        m.checkInMs = p.attendanceMs;
        m.proxyHolder = state.floor.proxies.value(p.id);
        m.proxiesHeld = proxiesHeld.value(p.id);
        m.eligible = eligible(state, p);
        if (ballot)
            markVote(*ballot, p.id, m);
        members.append(m);
    }
    return members;
}

std::vector<SpeakersModel::Entry> queueEntries(const quorum::MeetingState &state)
{
    std::vector<SpeakersModel::Entry> queue;
    for (const quorum::QueuedSpeaker &q : state.floor.queue) {
        SpeakersModel::Entry e{ q.participantId, nameOf(state, q.participantId), q.pointOfOrder, {},
            0 };
        addRequestToSpeak(state, q.participantId, e);
        queue.push_back(std::move(e));
    }
    return queue;
}

AttendanceCount attendanceCount(const quorum::MeetingState &state)
{
    AttendanceCount count;
    for (const quorum::ParticipantState &p : state.participants) {
        if (p.role != v1::ROLE_OBSERVER) {
            ++count.members;
            count.attending += p.attending() ? 1 : 0;
        }
    }
    return count;
}

// --- The ballot ------------------------------------------------------------------------

namespace {

/** What the ballot is: its words, its rule, its options and its turnout so far. */
void describe(const quorum::BallotRecord &b, const QString &selfId, BallotView::State &s)
{
    const v1::Ballot &ballot = b.ballot;
    s.ballotId = qstr(ballot.id());
    s.itemId = qstr(ballot.item_id());
    s.question = qstr(ballot.question());
    s.kind = int(ballot.kind());
    s.phase = int(b.phase);
    s.secret = ballot.secret();
    s.changeable = ballot.changeable();
    s.rulePreset = qstr(ballot.rule().preset());
    s.maxChoices = int(std::max<quint32>(1, ballot.max_choices()));
    s.proto = ballot;
    s.eligible = int(b.eligible);
    s.votedCount = int(b.turnout());
    s.selfVoted = b.votedSet.contains(selfId);
    for (int i = 0; i < ballot.options_size(); ++i)
        s.options.append(
            { qstr(ballot.options(i).label()), int(ballot.options(i).kind()), 0, false });
    s.cancelReason = b.cancelReason;
}

/** A closed ballot's result: the count, and each option's votes and seat. */
void addResult(const v1::BallotResult &r, BallotView::State &s)
{
    s.result = r;
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

/** A named ballot's votes, each voter with their choice and who cast it; this tablet's own. */
void addNamedVotes(const quorum::MeetingState &state, const quorum::BallotRecord &b,
    const QString &selfId, BallotView::State &s)
{
    for (const v1::VoteCast &cast : b.namedVotes) {
        const QString choice = choiceLabels(
            b.ballot, std::vector<quint32>(cast.choices().begin(), cast.choices().end()));
        for (const std::string &v : cast.voter_ids()) {
            const QString voter = qstr(v);
            if (voter == selfId) {
                s.selfChoices = QList<int>(cast.choices().begin(), cast.choices().end());
                s.selfChoicesKnown = true;
            }
            s.namedVotes.append(QVariantMap{
                { QStringLiteral("voterId"), voter },
                { QStringLiteral("name"), nameOf(state, voter) },
                { QStringLiteral("choice"), choice },
                { QStringLiteral("castBy"), nameOf(state, qstr(cast.cast_by())) },
            });
        }
    }
}

/**
 * An open ballot: who has not voted yet, and whom this tablet votes for: itself (unless it
 * gave its vote away) and those whose proxy it holds, each once unless the ballot allows
 * changing a vote.
 */
void addWhoIsToVote(const quorum::MeetingState &state, const quorum::BallotRecord &b,
    const QString &selfId, BallotView::State &s)
{
    for (const quorum::ParticipantState &p : state.participants) {
        if (eligible(state, p) && !b.votedSet.contains(p.id))
            s.notVotedNames << p.name;
    }
    const quorum::ParticipantState *self = state.participant(selfId);
    if (!self || !self->voting || !self->attending())
        return;
    auto mayVote
        = [&](const QString &id) { return b.ballot.changeable() || !b.votedSet.contains(id); };
    if (state.floor.proxies.value(self->id).isEmpty() && mayVote(self->id)) {
        s.pendingVoterIds << self->id;
        s.pendingVoterNames << self->name;
    }
    for (const QString &grantor : grantorsOf(state, self->id)) {
        if (mayVote(grantor)) {
            s.pendingVoterIds << grantor;
            s.pendingVoterNames << nameOf(state, grantor);
        }
    }
}

} // namespace

BallotView::State ballotState(const quorum::MeetingState &state, const QString &selfId)
{
    BallotView::State s;
    const quorum::BallotRecord *b = shownBallot(state);
    if (!b)
        return s;
    describe(*b, selfId, s);
    if (b->phase == v1::BallotState::PHASE_CLOSED)
        addResult(b->result, s);
    addNamedVotes(state, *b, selfId, s);
    if (b->phase == v1::BallotState::PHASE_OPEN)
        addWhoIsToVote(state, *b, selfId, s);
    s.proxiesHeld = int(grantorsOf(state, selfId).size());
    return s;
}

} // namespace floorrows
