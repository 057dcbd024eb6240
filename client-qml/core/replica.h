#pragma once

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
 * The tablet's copy of one meeting: the fold of the server's events, kept in the two models
 * the UI shows. No sockets: MeetingClient feeds it, and the unit tests feed it directly.
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
        Applied,   // seq was lastSeq + 1; the state moved on
        Duplicate, // seq <= lastSeq; already folded in, ignored
        Gap,       // seq > lastSeq + 1; events are missing, nothing changed
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

    /** The highest seq folded in; 0 for an empty replica. */
    quint64 lastSeq() const { return m_lastSeq; }
    /** True once a definition arrived (as event 1 or in a snapshot). */
    bool isDefined() const { return m_defined; }

    QString meetingId() const { return m_meetingId; }
    QString title() const { return m_title; }
    QString organisation() const { return m_organisation; }
    QString place() const { return m_place; }
    QString language() const { return m_language; }
    qint64 scheduledStartMs() const { return m_scheduledStartMs; }

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

signals:
    /** The definition changed: title, place, participants, agenda (models were reset). */
    void meetingChanged();
    void presenceChanged();
    void currentItemChanged();
    void lastSeqChanged();

private:
    void define(const quorum::v1::MeetingDefined &meeting, const QString &currentItemId);
    void setCurrentItem(const QString &itemId);
    void setLastSeq(quint64 seq);

    ParticipantsModel *m_participants;
    DevicesModel *m_devices;
    AgendaModel *m_agenda;
    DocumentLibrary *m_documents;
    FloorReplica *m_floor;
    MinutesReplica *m_minutes;
    quint64 m_lastSeq = 0;
    bool m_defined = false;
    QString m_meetingId;
    QString m_title;
    QString m_organisation;
    QString m_place;
    QString m_language;
    qint64 m_scheduledStartMs = 0;
};
