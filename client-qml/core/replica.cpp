#include "replica.h"

#include "agendamodel.h"
#include "documentlibrary.h"
#include "floorreplica.h"
#include "minutesreplica.h"
#include "participantsmodel.h"
#include "devicesmodel.h"
#include "protocol.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReplica, "quorum.client.replica", QtInfoMsg)

using quorum::qstr;
namespace v1 = quorum::v1;

MeetingReplica::MeetingReplica(QObject *parent)
    : QObject(parent)
    , m_participants(new ParticipantsModel(this))
    , m_devices(new DevicesModel(m_participants, this))
    , m_agenda(new AgendaModel(this))
    , m_documents(new DocumentLibrary(this))
    , m_floor(new FloorReplica(this))
    , m_minutes(new MinutesReplica(this))
{
}

QString MeetingReplica::currentItemId() const
{
    return m_agenda->currentItemId();
}

int MeetingReplica::currentItemIndex() const
{
    return m_agenda->currentIndex();
}

QString MeetingReplica::currentItemTitle() const
{
    return m_agenda->titleAt(m_agenda->currentIndex());
}

void MeetingReplica::setSelfParticipantId(const QString &participantId)
{
    m_participants->setSelfId(participantId);
    m_floor->setSelfParticipantId(participantId);
}

void MeetingReplica::clear()
{
    define(v1::MeetingDefined(), QString());
    m_defined = false;
    m_documents->clear();
    m_floor->clear();
    m_minutes->clear();
    m_devices->clear();
    setLastSeq(0);
}

void MeetingReplica::loadSnapshot(const v1::Snapshot &snapshot)
{
    define(snapshot.meeting(), qstr(snapshot.current_item_id()));
    m_defined = snapshot.has_meeting();
    m_documents->loadSnapshot(snapshot);
    m_floor->loadSnapshot(snapshot);
    m_minutes->loadSnapshot(snapshot.minutes());
    m_devices->load(snapshot);
    setLastSeq(snapshot.seq());
}

MeetingReplica::ApplyResult MeetingReplica::apply(const v1::Event &event)
{
    if (event.seq() <= m_lastSeq)
        return ApplyResult::Duplicate;
    if (event.seq() > m_lastSeq + 1)
        return ApplyResult::Gap;

    // Exhaustive on purpose (-Werror=switch): a new event type in quorum.proto must be
    // decided here, even if the decision is "nothing to show".
    switch (event.body_case()) {
    case v1::Event::kMeetingDefined:
        define(event.meeting_defined(), QString());
        m_floor->define(event.meeting_defined());
        m_defined = true;
        break;
    case v1::Event::kParticipantJoined: {
        const QString id = qstr(event.participant_joined().participant_id());
        m_floor->apply(event); // joining is checking in
        if (m_participants->setPresent(id, true))
            emit presenceChanged();
        else
            qCWarning(lcReplica) << "seq" << event.seq() << ": unknown participant joined" << id;
        break;
    }
    case v1::Event::kParticipantLeft: {
        const QString id = qstr(event.participant_left().participant_id());
        m_floor->apply(event);
        if (m_participants->setPresent(id, false))
            emit presenceChanged();
        else
            qCWarning(lcReplica) << "seq" << event.seq() << ": unknown participant left" << id;
        break;
    }
    case v1::Event::kCurrentItemChanged:
        setCurrentItem(qstr(event.current_item_changed().item_id()));
        m_floor->apply(event); // a new item brings its speaking time
        break;
    case v1::Event::kAttendanceChanged:
    case v1::Event::kProxyGranted:
    case v1::Event::kProxyRevoked:
    case v1::Event::kFloorRequested:
    case v1::Event::kFloorWithdrawn:
    case v1::Event::kSpeakerMoved:
    case v1::Event::kQueueOpenChanged:
    case v1::Event::kSpeakingTimeChanged:
    case v1::Event::kSpeechStarted:
    case v1::Event::kSpeechPaused:
    case v1::Event::kSpeechResumed:
    case v1::Event::kSpeechEnded:
    case v1::Event::kBallotCreated:
    case v1::Event::kBallotOpened:
    case v1::Event::kVoteCast:
    case v1::Event::kVotesCounted: // others' votes as a count: the seqs it stands for follow
    case v1::Event::kBallotClosed:
    case v1::Event::kBallotCancelled:
        m_floor->apply(event);
        break;
    case v1::Event::kDocumentIngested:
        break; // server-side bookkeeping: which bytes may be fetched
    case v1::Event::kDocumentAttached:
    case v1::Event::kDocumentRemoved:
    case v1::Event::kAnnotationApplied:
    case v1::Event::kPresenterChanged:
    case v1::Event::kPresentationChanged:
        m_documents->apply(event);
        break;
    case v1::Event::kMinutesEdited:
    case v1::Event::kMinutesApproved:
    case v1::Event::kMinutesReopened:
    case v1::Event::kMinutesExported:
        m_minutes->apply(event); // the secretary console (docs/minutes.md)
        break;
    case v1::Event::kDeviceEnrolled:
        m_devices->enrolled(event.device_enrolled().device(), event.server_time_ms());
        break;
    case v1::Event::kDeviceRevoked:
        m_devices->revoked(qstr(event.device_revoked().device_key()));
        break;
    case v1::Event::kWithheld:
        break; // someone's private annotation: only the seq counts
    case v1::Event::BODY_NOT_SET:
        // An event type newer than this client (its field is unknown to our generated code):
        // the seq still counts, so the next known event applies in order.
        break;
    }
    // A count of votes stands for a run of seqs (VotesCounted.through_seq), like Withheld for one.
    setLastSeq(event.body_case() == v1::Event::kVotesCounted
                       ? std::max(event.seq(), event.votes_counted().through_seq())
                       : event.seq());
    return ApplyResult::Applied;
}

void MeetingReplica::define(const v1::MeetingDefined &meeting, const QString &currentItemId)
{
    const QString oldCurrent = this->currentItemId();
    const int oldIndex = currentItemIndex();
    const int oldPresent = m_participants->presentCount();

    m_meetingId = qstr(meeting.meeting_id());
    m_title = qstr(meeting.title());
    m_organisation = qstr(meeting.organisation());
    m_place = qstr(meeting.place());
    m_language = qstr(meeting.language());
    m_scheduledStartMs = meeting.scheduled_start_ms();

    QList<ParticipantsModel::Entry> people;
    people.reserve(meeting.participants_size());
    for (const v1::Participant &p : meeting.participants())
        people.append({qstr(p.id()), qstr(p.name()), qstr(p.title()), int(p.role()), p.present()});
    QList<AgendaModel::Item> items;
    QList<MinutesReplica::Item> minutesItems;
    items.reserve(meeting.agenda_size());
    for (const v1::AgendaItem &a : meeting.agenda()) {
        items.append({qstr(a.id()), qstr(a.title()), qstr(a.description()), int(a.duration_minutes())});
        minutesItems.append({qstr(a.id()), qstr(a.title())});
    }

    m_participants->setEntries(people);
    m_agenda->setItems(items, currentItemId);
    m_minutes->setAgenda(minutesItems);

    emit meetingChanged();
    if (m_participants->presentCount() != oldPresent)
        emit presenceChanged();
    // Index too: the same id can sit at another row in a new definition.
    if (this->currentItemId() != oldCurrent || currentItemIndex() != oldIndex)
        emit currentItemChanged();
}

void MeetingReplica::setCurrentItem(const QString &itemId)
{
    if (itemId == m_agenda->currentItemId())
        return;
    if (!itemId.isEmpty() && m_agenda->indexOf(itemId) < 0)
        qCWarning(lcReplica) << "current item" << itemId << "is not on the agenda";
    m_agenda->setCurrentItemId(itemId);
    emit currentItemChanged();
}

void MeetingReplica::setLastSeq(quint64 seq)
{
    if (seq == m_lastSeq)
        return;
    m_lastSeq = seq;
    emit lastSeqChanged();
}
