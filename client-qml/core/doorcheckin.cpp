#include "doorcheckin.h"

#include "attendancemodel.h"
#include "joinlink.h"
#include "meetingclient.h"

#include <algorithm>

namespace {
// A PIN or token as printed on a card: no spaces, no scheme. 64 matches the server's longest
// accepted secret in a Hello's link (JoinLink takes the same text).
constexpr int MaxSecretLength = 64;
// A person holds a card up for a second or two and the scanner reads 4 frames a second
// (QrScanner): 4 s covers that, and a card shown again later is a new, deliberate scan.
constexpr qint64 RepeatScanMs = 4000;

const AttendanceModel::Member *memberOf(const MeetingClient *client, const QString &id)
{
    return client && !id.isEmpty() ? client->floor()->attendance()->member(id) : nullptr;
}
} // namespace

DoorCheckIn::DoorCheckIn(QObject *parent)
    : QObject(parent)
{
    connect(&m_watch, &CommandWatch::acknowledged, this,
        [this](const QString &, const QString &participantId, quint64 seq) {
            onAcknowledged(participantId, seq);
        });
    connect(&m_watch, &CommandWatch::refused, this,
        [this](const QString &, MeetingClient::ErrorCode code, const QString &detail, int reason) {
            onFailed(int(code), detail, reason);
        });
}

void DoorCheckIn::setClient(MeetingClient *client)
{
    if (!m_watch.setClient(client))
        return;
    if (client) {
        // The name and the time come from the attendance list: follow it as it changes.
        m_watch.keep(connect(client->floor()->attendance(), &QAbstractItemModel::dataChanged, this,
            &DoorCheckIn::changed));
        m_watch.keep(connect(client->floor()->attendance(), &QAbstractItemModel::modelReset, this,
            &DoorCheckIn::changed));
    }
    clear();
    emit clientChanged();
}

QString DoorCheckIn::personName() const
{
    const auto *m = memberOf(client(), m_personId);
    return m ? m->name : QString();
}

QString DoorCheckIn::personTitle() const
{
    const auto *m = memberOf(client(), m_personId);
    return m ? m->title : QString();
}

QDateTime DoorCheckIn::checkInTime() const
{
    const auto *m = memberOf(client(), m_personId);
    return m && m->checkInMs && m->attending() ? QDateTime::fromMSecsSinceEpoch(m->checkInMs)
                                               : QDateTime();
}

int DoorCheckIn::checkInMethod() const
{
    const auto *m = memberOf(client(), m_personId);
    return m && m->attending() ? m->checkInMethod : int(AttendanceModel::UnknownMethod);
}

int DoorCheckIn::membersAttending() const
{
    if (!client())
        return 0;
    const auto &all = client()->floor()->attendance()->members();
    return int(std::count_if(
        all.cbegin(), all.cend(), [](const auto &m) { return m.voting && m.attending(); }));
}

int DoorCheckIn::members() const
{
    if (!client())
        return 0;
    const auto &all = client()->floor()->attendance()->members();
    return int(std::count_if(all.cbegin(), all.cend(), [](const auto &m) { return m.voting; }));
}

bool DoorCheckIn::submit(const QString &text)
{
    if (!client() || busy())
        return false;
    const QString trimmed = text.trimmed();
    QString secret;
    QString meetingId;
    if (const auto link = JoinLink::parse(trimmed)) {
        secret = link->secret;
        meetingId = link->meetingId;
    } else if (!trimmed.isEmpty() && trimmed.size() <= MaxSecretLength
        && !trimmed.contains(QLatin1Char(' ')) && !trimmed.contains(QLatin1Char(':'))
        && !trimmed.contains(QLatin1Char('/'))) {
        secret = trimmed; // a PIN typed from the card
    } else {
        refuse(NotACard);
        return false;
    }
    m_watch.sent(client()->floor()->checkIn(secret, meetingId));
    if (!busy()) {
        refuse(OtherFailure, QStringLiteral("not connected to a meeting"),
            MeetingClient::ConnectionFailed);
        return false;
    }
    emit changed();
    return true;
}

bool DoorCheckIn::scanned(const QString &text)
{
    if (text == m_lastScanned && m_sinceScanned.isValid()
        && m_sinceScanned.elapsed() < RepeatScanMs)
        return false;
    m_lastScanned = text;
    m_sinceScanned.start();
    return submit(text);
}

void DoorCheckIn::clear()
{
    m_outcome = Nothing;
    m_failure = NoFailure;
    m_failureDetail.clear();
    m_failureCode = m_failureReason = 0;
    m_personId.clear();
    emit changed();
}

void DoorCheckIn::onAcknowledged(const QString &participantId, quint64 seq)
{
    m_failure = NoFailure;
    m_failureDetail.clear();
    m_failureCode = m_failureReason = 0;
    m_personId = participantId;
    m_outcome = seq ? CheckedIn : AlreadyCheckedIn;
    if (seq)
        ++m_checkedInHere;
    emit changed();
}

void DoorCheckIn::onFailed(int code, const QString &detail, int reason)
{
    switch (code) {
    case MeetingClient::WrongMeeting:
        refuse(WrongMeeting, detail, code, reason);
        break;
    case MeetingClient::UnknownCard:
        refuse(UnknownCard, detail, code, reason);
        break;
    case MeetingClient::TooManyAttempts:
        refuse(TooManyAttempts, detail, code, reason);
        break;
    case MeetingClient::Forbidden:
        refuse(NotAllowed, detail, code, reason);
        break;
    default:
        refuse(OtherFailure, detail, code, reason);
        break;
    }
}

void DoorCheckIn::refuse(Failure failure, const QString &detail, int code, int reason)
{
    m_outcome = Refused;
    m_failure = failure;
    m_failureDetail = detail;
    m_failureCode = code;
    m_failureReason = reason;
    m_personId.clear();
    emit changed();
}
