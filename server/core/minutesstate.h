#pragma once

#include "protocol.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace quorum {

/** What the secretary wrote for one agenda item (or, with an empty id, the whole minutes). */
struct MinutesText
{
    QString notes;
    QString conclusions;
};

/** Approved minutes reopened: why, by whom (participant id, or the organiser), when. */
struct MinutesReopening
{
    QString reason;
    QString actorId;
    qint64 atMs = 0;
};

/**
 * The part of the minutes a person adds: notes and conclusions, the document number and
 * locality, and the approvals that lock it. Everything else comes from the log itself.
 */
struct MinutesState
{
    QHash<QString, MinutesText> items; // agenda item id ("" for the whole minutes) -> text
    QString number;
    QString locality;
    std::vector<v1::MinutesApproved> approvals; // current approvals, in order
    QHash<QString, qint64> approvedMs; // participant -> server time of their current approval
    std::vector<MinutesReopening> reopened; // every reopening, in order (a snapshot: none)
    bool locked = false; // approved by the chair and a secretary
    quint32 reopenings = 0;
    QString lastReopenReason; // from the last MinutesReopened; a snapshot holds the count only
    qint64 lockedMs = 0; // when the last approval locked them
    std::optional<v1::MinutesExported> lastExport; // the newest ExportMinutes from the room
    qint64 lastExportMs = 0; // its server time; 0 when known from a snapshot only
    QSet<QString> exportedFiles; // SHA-256 of every archive and PDF exported: fetchable

    bool approvedBy(const QString &participantId) const
    {
        for (const v1::MinutesApproved &a : approvals) {
            if (qstr(a.participant_id()) == participantId)
                return true;
        }
        return false;
    }
    bool approvedByRole(v1::Role role) const
    {
        for (const v1::MinutesApproved &a : approvals) {
            if (a.role() == role)
                return true;
        }
        return false;
    }
};

} // namespace quorum
