#pragma once

#include "meetingstate.h"
#include "quorum.pb.h"

#include <QObject>
#include <QString>

class AgendaModel;
class DevicesModel;
class DocumentLibrary;
class FloorReplica;
class MinutesReplica;
class ParticipantsModel;

/**
 * The tablet's copy of one meeting: the server's own fold (server/core/fold.h) over the same
 * state (MeetingState), and the models the UI shows as views of that state. No sockets:
 * MeetingClient feeds it, and the unit tests feed it directly.
 *
 * It applies each event exactly once and in order (quorum.proto: seq has no gaps), and tells
 * the caller when an event cannot be applied because earlier ones are missing.
 */
class MeetingReplica : public QObject
{
    Q_OBJECT

public:
    /** What apply() did with an event. */
    enum class ApplyResult {
        Applied, // seq was lastSeq + 1; the state moved on
        Duplicate, // seq <= lastSeq; already folded in, ignored
        Gap, // seq > lastSeq + 1; events are missing, nothing changed
    };

    explicit MeetingReplica(QObject *parent = nullptr);

    ParticipantsModel *participants() const { return m_participants; }
    AgendaModel *agenda() const { return m_agenda; }
    /** Documents, visible annotations and the presentation (documentlibrary.h). */
    DocumentLibrary *documents() const { return m_documents; }
    /** Attendance and quorum, the speakers' queue, the ballots (floorreplica.h). */
    FloorReplica *floor() const { return m_floor; }
    /** Devices that joined with a PIN and hold a token (devicesmodel.h). */
    DevicesModel *devices() const { return m_devices; }
    /** The secretary's notes and conclusions, approvals and the lock (minutesreplica.h). */
    MinutesReplica *minutes() const { return m_minutes; }

    /** The meeting as folded so far: what the models show. */
    const quorum::MeetingState &state() const { return m_state; }
    /** The highest seq folded in; 0 for an empty replica. */
    quint64 lastSeq() const { return m_state.seq; }
    /** True once a definition arrived (as event 1 or in a snapshot). */
    bool isDefined() const { return m_state.defined; }

    QString meetingId() const;
    QString title() const;
    QString organisation() const;
    QString place() const;
    QString language() const;
    qint64 scheduledStartMs() const { return m_state.definition.scheduled_start_ms(); }

    QString currentItemId() const;
    int currentItemIndex() const; // -1: none
    QString currentItemTitle() const;

    /** The participant using this client, for the models' isSelf role. */
    void setSelfParticipantId(const QString &participantId);

    /** Forgets everything: an empty replica at seq 0. */
    void clear();
    /** Replaces the whole state with the server's snapshot (Welcome.snapshot). */
    void loadSnapshot(const quorum::v1::Snapshot &snapshot);
    /** Folds one event in, if it is the next one. */
    ApplyResult apply(const quorum::v1::Event &event);
    /** One page of the snapshot's annotations (they follow the Welcome, one document at a time). */
    void addSnapshotPage(const quorum::v1::AnnotationPage &page);

signals:
    /** The definition changed: title, place, participants, agenda (models were reset). */
    void meetingChanged();
    void presenceChanged();
    void currentItemChanged();
    void lastSeqChanged();
    /** A form, an answer or a workflow step changed (forms.h): the forms views read the state
     * again. */
    void formsChanged();

private:
    /** Every view follows the state: a new definition, a snapshot, a clear. */
    void showAll();
    /** The views one event changed. */
    void show(const quorum::v1::Event &event);
    void showDefinition();
    void showPresence();
    void showCurrentItem();

    quorum::MeetingState m_state;
    ParticipantsModel *m_participants;
    DevicesModel *m_devices;
    AgendaModel *m_agenda;
    DocumentLibrary *m_documents;
    FloorReplica *m_floor;
    MinutesReplica *m_minutes;
};
