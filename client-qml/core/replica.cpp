#include "replica.h"

#include "agendamodel.h"
#include "devicesmodel.h"
#include "documentlibrary.h"
#include "floorreplica.h"
#include "fold.h"
#include "minutesreplica.h"
#include "participantsmodel.h"
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
    , m_documents(new DocumentLibrary(m_state.documents, this))
    , m_floor(new FloorReplica(m_state, this))
    , m_minutes(new MinutesReplica(this))
{ }

QString MeetingReplica::meetingId() const
{
    return qstr(m_state.definition.meeting_id());
}

QString MeetingReplica::title() const
{
    return qstr(m_state.definition.title());
}

QString MeetingReplica::organisation() const
{
    return qstr(m_state.definition.organisation());
}

QString MeetingReplica::place() const
{
    return qstr(m_state.definition.place());
}

QString MeetingReplica::language() const
{
    return qstr(m_state.definition.language());
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
    const quint64 old = m_state.seq;
    m_state = quorum::MeetingState();
    showAll();
    if (old != m_state.seq)
        emit lastSeqChanged();
}

void MeetingReplica::loadSnapshot(const v1::Snapshot &snapshot)
{
    const quint64 old = m_state.seq;
    quorum::loadSnapshot(m_state, snapshot);
    showAll();
    if (old != m_state.seq)
        emit lastSeqChanged();
}

MeetingReplica::ApplyResult MeetingReplica::apply(const v1::Event &event)
{
    if (event.seq() <= m_state.seq)
        return ApplyResult::Duplicate;
    if (event.seq() > m_state.seq + 1)
        return ApplyResult::Gap;
    quorum::applyEvent(m_state, event); // the server's own fold
    show(event);
    emit lastSeqChanged();
    return ApplyResult::Applied;
}

void MeetingReplica::addSnapshotPage(const v1::AnnotationPage &page)
{
    if (page.annotations().empty())
        return;
    for (const v1::AnnotationOp &op : page.annotations()) {
        if (m_state.documents.ops.contains(qstr(op.op_id())))
            continue; // already here from the events since
        v1::Event event;
        *event.mutable_annotation_applied()->mutable_op() = op;
        event.set_seq(m_state.seq); // a page is part of the snapshot: the seq stays
        quorum::applyEvent(m_state, event);
    }
    m_documents->showAnnotations(qstr(page.document_id()), -1);
}

void MeetingReplica::showAll()
{
    showDefinition();
    m_devices->show(m_state.devices);
    m_floor->refresh(true);
    m_minutes->show(m_state.minutes);
    m_documents->showDocuments();
    m_documents->showAnnotations({}, -1);
    m_documents->showPresentation();
    emit formsChanged();
}

void MeetingReplica::show(const v1::Event &event)
{
    // Which views an event changed; each reads the state the fold left, never the event's
    // content (exhaustive on purpose, -Werror=switch: a new event type must be shown somewhere
    // or say that nothing shows it).
    switch (event.body_case()) {
    case v1::Event::kMeetingDefined:
        showAll();
        return;
    case v1::Event::kParticipantJoined:
    case v1::Event::kParticipantLeft:
        showPresence();
        m_floor->refresh(); // joining is checking in
        return;
    case v1::Event::kCurrentItemChanged:
        showCurrentItem();
        m_floor->refresh(); // a new item brings its speaking time
        return;
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
    case v1::Event::kVotesCounted:
    case v1::Event::kBallotClosed:
    case v1::Event::kBallotCancelled:
    case v1::Event::kTieResolved:
        m_floor->refresh();
        return;
    case v1::Event::kDocumentAttached:
        m_documents->showDocuments();
        return;
    case v1::Event::kDocumentRemoved: // a removed document is no longer presented
        m_documents->showDocuments();
        m_documents->showPresentation();
        return;
    case v1::Event::kAnnotationApplied: {
        const v1::AnnotationOp &op = event.annotation_applied().op();
        m_documents->showAnnotations(qstr(op.document_id()), int(op.page()));
        return;
    }
    case v1::Event::kPresenterChanged:
    case v1::Event::kPresentationChanged:
        m_documents->showPresentation();
        return;
    case v1::Event::kMinutesEdited:
    case v1::Event::kMinutesApproved:
    case v1::Event::kMinutesReopened:
    case v1::Event::kMinutesExported:
        m_minutes->show(m_state.minutes);
        return;
    case v1::Event::kDeviceEnrolled:
    case v1::Event::kDeviceRevoked:
        m_devices->show(m_state.devices);
        return;
    case v1::Event::kMeetingEdited: // the organiser's desk: the definition changed
    case v1::Event::kParticipantAdded:
    case v1::Event::kParticipantEdited:
    case v1::Event::kParticipantRemoved:
    case v1::Event::kParticipantsImported:
    case v1::Event::kAgendaItemAdded:
    case v1::Event::kAgendaItemEdited:
    case v1::Event::kAgendaItemRemoved:
    case v1::Event::kAgendaItemMoved:
    case v1::Event::kPinsIssued:
    case v1::Event::kMeetingPhaseChanged:
        showAll(); // the forms too
        return;
    case v1::Event::kFormDefined:
    case v1::Event::kFormOpened:
    case v1::Event::kFormClosed:
    case v1::Event::kFormAnswered:
    case v1::Event::kAnswersReleased:
    case v1::Event::kStepTaken:
        emit formsChanged();
        if (event.has_form_answered())
            m_floor->refresh(); // a registration to speak may have queued its author
        return;
    case v1::Event::kDocumentIngested: // server-side bookkeeping: which bytes may be fetched
    case v1::Event::kWithheld: // someone's private annotation: only the seq counts
    case v1::Event::BODY_NOT_SET: // an event type newer than this build
        return;
    }
}

void MeetingReplica::showDefinition()
{
    const QString oldCurrent = currentItemId();
    const int oldIndex = currentItemIndex();
    const int oldPresent = m_participants->presentCount();

    QList<ParticipantsModel::Entry> people;
    people.reserve(int(m_state.participants.size()));
    for (const quorum::ParticipantState &p : m_state.participants)
        people.append({ p.id, p.name, p.title, int(p.role), p.present });
    QList<AgendaModel::Item> items;
    QList<MinutesReplica::Item> minutesItems;
    items.reserve(m_state.definition.agenda_size());
    for (const v1::AgendaItem &a : m_state.definition.agenda()) {
        items.append(
            { qstr(a.id()), qstr(a.title()), qstr(a.description()), int(a.duration_minutes()) });
        minutesItems.append({ qstr(a.id()), qstr(a.title()) });
    }

    m_participants->setEntries(people);
    m_agenda->setItems(items, m_state.currentItemId);
    m_minutes->setAgenda(minutesItems);

    emit meetingChanged();
    if (m_participants->presentCount() != oldPresent)
        emit presenceChanged();
    // Index too: the same id can sit at another row in a new definition.
    if (currentItemId() != oldCurrent || currentItemIndex() != oldIndex)
        emit currentItemChanged();
}

void MeetingReplica::showPresence()
{
    bool changed = false;
    for (const quorum::ParticipantState &p : m_state.participants) {
        const ParticipantsModel::Entry *shown = m_participants->entry(p.id);
        if (shown && shown->present != p.present)
            changed = m_participants->setPresent(p.id, p.present) || changed;
    }
    if (changed)
        emit presenceChanged();
}

void MeetingReplica::showCurrentItem()
{
    const QString itemId = m_state.currentItemId;
    if (itemId == m_agenda->currentItemId())
        return;
    if (!itemId.isEmpty() && m_agenda->indexOf(itemId) < 0)
        qCWarning(lcReplica) << "current item" << itemId << "is not on the agenda";
    m_agenda->setCurrentItemId(itemId);
    emit currentItemChanged();
}
