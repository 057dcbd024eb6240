#pragma once

#include "minutesexporter.h"

#include <QHash>
#include <QPointer>
#include <QString>

#include <utility>
#include <vector>

namespace quorum {

class Rooms;
class Session;

/**
 * ExportMinutes, the only command whose events the core cannot make by itself: once the core
 * let it through, a MinutesExporter makes the files while the room goes on; the
 * MinutesExported event is staged and acknowledged like any other when they are kept
 * (exporthandler.cpp). One export per meeting at a time.
 */
class MinutesExports
{
public:
    explicit MinutesExports(Rooms &rooms)
        : m_rooms(rooms)
    { }

    /** Who makes the files; without one the command is refused (internal). */
    void setExporter(MinutesExporter *exporter) { m_exporter = exporter; }
    /** Starts the export a command asked for; its Reply goes out when the files are kept. */
    void start(Session &session, quint64 requestId, const QString &commandKey);
    /**
     * ArchiveMeeting (the organiser's desk): the same files, then MinutesExported and the
     * meeting's phase ARCHIVED in one commit; the Reply names the archive kept.
     */
    void archive(Session &session, quint64 requestId, const QString &commandKey);

private:
    void finish(const QString &meetingId, const MinutesExporter::Result &result);

    Rooms &m_rooms;
    MinutesExporter *m_exporter = nullptr;
    /** An export under way per meeting: the command it completes and who waits for the Reply. */
    struct PendingExport
    {
        QString actorId;
        QString commandKey;
        bool archive = false; // ArchiveMeeting: the phase changes with the export
        std::vector<std::pair<QPointer<Session>, quint64>> waiting; // session, request id
    };
    QHash<QString, PendingExport> m_exports;
};

} // namespace quorum
