#pragma once

#include "formsminutes.h"
#include "protocol.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace quorum::minutes {

/** One participant in the attendance list of the minutes. */
struct AttendanceRow
{
    QString id;
    QString name;
    QString title;
    v1::Role role = v1::ROLE_UNSPECIFIED;
    bool voting = false;
    v1::AttendanceState state = v1::ATTENDANCE_UNSPECIFIED; // at the end of the log
    QString absenceReason;
    qint64 checkedInMs = 0; // the current check-in when attending, else the first; 0 if never
    v1::CheckInMethod method = v1::CHECK_IN_UNSPECIFIED; // how, when attending
};

/** Attendance totals: voting members, as quorum counts them. */
struct AttendanceTotals
{
    int convened = 0; // voting members convened
    int inRoom = 0;
    int online = 0;
    int absent = 0; // set absent (with a reason)
    int notCheckedIn = 0; // never checked in and not set absent
    int others = 0; // participants without a vote (secretary, observers) present
    quint64 quorumPresent = 0; // as the quorum rule counts (proxies, weights)
    quint64 quorumBase = 0;
    quint64 quorumNeeded = 0;
    bool quorumReached = false;
    v1::QuorumRule quorumRule;
    v1::BodyKind bodyKind = v1::BODY_KIND_UNSPECIFIED; // whose words the rules are said in
    quint32 convening = 1; // which convening (Luật Doanh nghiệp 2020, Điều 145)
};

/** One speech: who, when, how long (pauses left out). */
struct SpeechRow
{
    QString participantId;
    QString name;
    qint64 startedMs = 0;
    quint64 spokenMs = 0;
    bool pointOfOrder = false;
    bool running = false; // still speaking when the log ends
};

struct OptionRow
{
    QString label;
    v1::OptionKind kind = v1::OPTION_KIND_UNSPECIFIED;
    quint64 votes = 0;
    bool elected = false;
};

/** Who voted what, on a named ballot only. */
struct NamedVoteRow
{
    QString voterName;
    QStringList choices; // option labels; empty: a blank ballot
    QString castByName; // set when a proxy holder cast it
};

struct BallotRow
{
    v1::Ballot ballot;
    v1::BallotState::Phase phase = v1::BallotState::PHASE_CREATED;
    std::vector<OptionRow> options;
    v1::BallotResult result; // when closed
    std::vector<NamedVoteRow> namedVotes; // named ballots only
    QString cancelReason;
    qint64 openedMs = 0;
    qint64 closedMs = 0;
};

struct DocumentRow
{
    QString id;
    QString title;
    QString fileName;
    QString sha256;
    quint64 size = 0;
    int pages = 0;
    quint32 version = 1;
};

struct ItemRow
{
    QString id;
    QString title;
    QString description;
    qint64 startedMs = 0; // first time it became current; 0 if never
    std::vector<DocumentRow> documents;
    std::vector<SpeechRow> speeches;
    std::vector<BallotRow> ballots;
    QString notes;
    QString conclusions;
};

struct SpeakerTotalRow
{
    QString participantId;
    QString name;
    quint64 spokenMs = 0;
    quint32 speeches = 0;
};

struct ApprovalRow
{
    QString participantId;
    QString name;
    v1::Role role = v1::ROLE_UNSPECIFIED;
    qint64 timeMs = 0;
};

struct ReopeningRow
{
    QString reason;
    QString byName;
    qint64 timeMs = 0;
};

/**
 * The minutes of one meeting as data, built from its event log alone: what both PDF
 * variants (and anything else that shows the minutes) render. Secret ballots carry counts
 * only, because the log holds nothing else.
 */
struct MinutesModel
{
    QString meetingId;
    QString title;
    QString organisation;
    QString place;
    QString language;
    qint64 scheduledStartMs = 0;
    qint64 startedMs = 0; // the first agenda item became current
    qint64 endedMs = 0; // the agenda ended (no current item after the last), else the last event
    bool ended = false;
    QString chairName, chairTitle;
    QString secretaryName, secretaryTitle;
    std::vector<AttendanceRow> attendance;
    AttendanceTotals totals;
    std::vector<ItemRow> items;
    std::vector<SpeakerTotalRow> speakingTotals; // by total time, longest first
    QString notes; // the minutes as a whole
    QString conclusions;
    QString number;
    QString locality;
    std::vector<ApprovalRow> approvals;
    bool approved = false; // locked by the chair's and a secretary's approval
    qint64 approvedMs = 0;
    std::vector<ReopeningRow> reopenings;
    quint64 lastSeq = 0;
    qint64 lastEventMs = 0;
    std::vector<FormMinutes> forms; // forms opened, their results and cases (formsminutes.h)
};

/**
 * Folds a meeting's events (in seq order, as stored) into its minutes. An empty model and
 * an error when the log is not a meeting (no definition first, a gap in seq).
 */
MinutesModel build(const std::vector<v1::Event> &events, QString *error = nullptr);

/** Whether the organisation is a Youth Union body (its minutes carry "ĐOÀN TNCS HỒ CHÍ MINH"). */
bool isYouthUnion(const QString &organisation);

} // namespace quorum::minutes
