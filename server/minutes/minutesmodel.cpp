#include "minutesmodel.h"

#include "meeting.h"
#include "rules.h"

#include <QHash>

#include <algorithm>

namespace quorum::minutes {

namespace {
QString nameOf(const MeetingState &state, const QString &id)
{
    const ParticipantState *p = state.participant(id);
    return p ? p->name : id;
}

std::vector<OptionRow> optionRows(const v1::Ballot &ballot, const v1::BallotResult *result)
{
    std::vector<OptionRow> rows;
    for (int i = 0; i < ballot.options_size(); ++i)
        rows.push_back({ qstr(ballot.options(i).label()), ballot.options(i).kind(), 0, false });
    if (result) {
        for (const v1::OptionResult &r : result->options()) {
            if (r.option() < rows.size()) {
                rows[r.option()].votes = r.votes();
                rows[r.option()].elected = r.elected();
            }
        }
    }
    return rows;
}
} // namespace

bool isYouthUnion(const QString &organisation)
{
    // Youth Union bodies name themselves "Đoàn ..." (Đoàn khối, Đoàn Thanh niên, Đoàn trường)
    // or "<level> đoàn" (Tỉnh đoàn, Huyện đoàn, Thành đoàn, Quận đoàn).
    const QString o = organisation.normalized(QString::NormalizationForm_C).trimmed().toLower();
    const QString doan = QStringLiteral("đoàn");
    if (o.startsWith(doan + QLatin1Char(' ')) || o == doan)
        return true;
    for (const char *level : { "tỉnh", "huyện", "thành", "quận", "thị" }) {
        if (o.startsWith(QString::fromUtf8(level) + QLatin1Char(' ') + doan))
            return true;
    }
    return o.contains(QStringLiteral("tncs"));
}

namespace {
/** The chair and secretary who sign, every person in the room's list, and the quorum. */
void fillAttendance(MinutesModel &m, const MeetingState &s)
{
    // In the order of the definition.
    for (const ParticipantState &p : s.participants) {
        if (p.role == v1::ROLE_CHAIR && m.chairName.isEmpty()) {
            m.chairName = p.name;
            m.chairTitle = p.title;
        }
        if (p.role == v1::ROLE_SECRETARY && m.secretaryName.isEmpty()) {
            m.secretaryName = p.name;
            m.secretaryTitle = p.title;
        }
        if (p.role == v1::ROLE_OBSERVER)
            continue; // the room's projector is not a person in the room
        const bool attending = p.attending() && p.attendanceMs;
        m.attendance.push_back({ p.id, p.name, p.title, p.role, p.voting, p.attendance,
            p.absenceReason, attending ? p.attendanceMs : p.checkedInMs,
            attending ? p.checkInMethod : v1::CHECK_IN_UNSPECIFIED });
        if (!p.voting) {
            if (p.attending())
                ++m.totals.others;
            continue;
        }
        ++m.totals.convened;
        switch (p.attendance) {
        case v1::ATTENDANCE_IN_ROOM:
            ++m.totals.inRoom;
            break;
        case v1::ATTENDANCE_ONLINE:
            ++m.totals.online;
            break;
        case v1::ATTENDANCE_ABSENT:
            ++m.totals.absent;
            break;
        default:
            ++m.totals.notCheckedIn;
            break;
        }
    }
    const rules::QuorumStatus quorum = rules::quorum(s);
    m.totals.quorumPresent = quorum.present;
    m.totals.quorumBase = quorum.base;
    m.totals.quorumNeeded = quorum.needed;
    m.totals.quorumReached = quorum.reached;
    m.totals.quorumRule = rules::quorumRule(s);
    m.totals.bodyKind = s.definition.body_kind();
    m.totals.convening = std::max<quint32>(1, s.definition.convening());
}

/** Who voted what on a named ballot (the core keeps no choices for a secret one). */
std::vector<NamedVoteRow> namedVoteRows(
    const BallotRecord &b, const std::vector<OptionRow> &options, const MeetingState &s)
{
    std::vector<NamedVoteRow> rows;
    if (b.ballot.secret())
        return rows; // checking again costs nothing
    for (const v1::VoteCast &vote : b.namedVotes) {
        QStringList labels;
        for (quint32 c : vote.choices())
            labels << (c < options.size() ? options[c].label : QString::number(c));
        const QString castBy = qstr(vote.cast_by());
        for (const std::string &voter : vote.voter_ids()) {
            const QString voterId = qstr(voter);
            rows.push_back({ nameOf(s, voterId), labels,
                !castBy.isEmpty() && castBy != voterId ? nameOf(s, castBy) : QString() });
        }
    }
    return rows;
}

BallotRow ballotRow(const BallotRecord &b, const MeetingState &s)
{
    BallotRow row;
    row.ballot = b.ballot;
    row.phase = b.phase;
    const bool closed = b.phase == v1::BallotState::PHASE_CLOSED;
    row.options = optionRows(b.ballot, closed ? &b.result : nullptr);
    if (closed)
        row.result = b.result;
    row.openedMs = b.openedMs;
    row.closedMs = b.closedMs;
    row.cancelReason = b.cancelReason;
    row.namedVotes = namedVoteRows(b, row.options, s);
    return row;
}

/** One agenda item with its documents, speeches, ballots and the secretary's text. */
ItemRow itemRow(const v1::AgendaItem &a, const MeetingState &s)
{
    ItemRow item;
    item.id = qstr(a.id());
    item.title = qstr(a.title());
    item.description = qstr(a.description());
    item.startedMs = s.itemStartedMs.value(item.id);
    for (const v1::Document &doc : s.documents.documents) {
        if (qstr(doc.item_id()) == item.id)
            item.documents.push_back({ qstr(doc.id()), qstr(doc.title()), qstr(doc.file_name()),
                qstr(doc.sha256()), doc.size(), doc.pages_size(), doc.version() });
    }
    for (const SpokenRecord &speech : s.floor.spoken) {
        if (speech.itemId == item.id)
            item.speeches.push_back({ speech.participantId, speech.name, speech.startedMs,
                speech.spokenMs, speech.pointOfOrder, false });
    }
    // A speech still running when the log ends counts up to its last event.
    const SpeechState &running = s.floor.speech;
    if (running.active && running.itemId == item.id)
        item.speeches.push_back({ running.participantId, nameOf(s, running.participantId),
            running.startedMs, running.spokenMs(s.lastEventMs), running.pointOfOrder, true });
    for (const BallotRecord &b : s.floor.ballots) {
        if (qstr(b.ballot.item_id()) == item.id)
            item.ballots.push_back(ballotRow(b, s));
    }
    const MinutesText text = s.minutes.items.value(item.id);
    item.notes = text.notes;
    item.conclusions = text.conclusions;
    return item;
}

/** Total speaking time per person, over every item, longest first. */
std::vector<SpeakerTotalRow> speakingTotals(const std::vector<ItemRow> &items)
{
    QHash<QString, SpeakerTotalRow> totals;
    for (const ItemRow &item : items) {
        for (const SpeechRow &speech : item.speeches) {
            SpeakerTotalRow &t = totals[speech.participantId];
            t.participantId = speech.participantId;
            t.name = speech.name;
            t.spokenMs += speech.spokenMs;
            ++t.speeches;
        }
    }
    std::vector<SpeakerTotalRow> rows;
    for (const SpeakerTotalRow &t : totals)
        rows.push_back(t);
    std::sort(rows.begin(), rows.end(), [](const SpeakerTotalRow &a, const SpeakerTotalRow &b) {
        return a.spokenMs != b.spokenMs ? a.spokenMs > b.spokenMs : a.name < b.name;
    });
    return rows;
}
} // namespace

MinutesModel build(const std::vector<v1::Event> &events, QString *error)
{
    MinutesModel m;
    if (events.empty() || !events.front().has_meeting_defined()) {
        if (error)
            *error = QStringLiteral("the log does not start with a meeting definition");
        return m;
    }
    // One reading of the log: the fold keeps the times the minutes print (meetingstate.h).
    Meeting meeting;
    for (const v1::Event &event : events) {
        if (event.seq() != meeting.state().seq + 1) {
            if (error)
                *error = QStringLiteral("event %1 out of order").arg(event.seq());
            return MinutesModel();
        }
        meeting.apply(event);
    }
    const MeetingState &s = meeting.state();
    const v1::MeetingDefined &d = s.definition;
    m.meetingId = qstr(d.meeting_id());
    m.title = qstr(d.title());
    m.organisation = qstr(d.organisation());
    m.place = qstr(d.place());
    m.language = qstr(d.language());
    m.scheduledStartMs = d.scheduled_start_ms();
    m.lastSeq = s.seq;
    m.startedMs = s.startedMs;
    m.ended = s.ended;
    m.lastEventMs = s.lastEventMs;
    m.endedMs = m.ended ? s.endedMs : m.lastEventMs;

    fillAttendance(m, s);
    for (const v1::AgendaItem &a : d.agenda())
        m.items.push_back(itemRow(a, s));
    m.speakingTotals = speakingTotals(m.items);

    const MinutesText whole = s.minutes.items.value(QString());
    m.notes = whole.notes;
    m.conclusions = whole.conclusions;
    m.number = s.minutes.number;
    m.locality = s.minutes.locality;
    for (const v1::MinutesApproved &a : s.minutes.approvals) {
        const QString id = qstr(a.participant_id());
        m.approvals.push_back({ id, nameOf(s, id), a.role(), s.minutes.approvedMs.value(id) });
    }
    m.approved = s.minutes.locked;
    m.approvedMs = s.minutes.lockedMs;
    for (const MinutesReopening &r : s.minutes.reopened)
        m.reopenings.push_back({ r.reason, nameOf(s, r.actorId), r.atMs });
    m.forms = formsMinutes(s);
    return m;
}

} // namespace quorum::minutes
