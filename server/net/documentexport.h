#pragma once

#include "annotationexport.h"
#include "meetingstate.h"

#include <QString>

#include <vector>

namespace quorum {

/** A name to save an exported document under: "<file stem>.annotated.pdf", safe as a file name. */
QString exportedFileName(const v1::Document &document);

/**
 * Which exported files each participant may fetch. A file with private annotations belongs
 * to whoever asked for it; a shared-only one to everyone in the meeting. Kept in memory: after
 * a server restart a tablet exports again (the bytes stay in the blob store).
 */
class ExportedFiles
{
public:
    /** `owner` empty: anyone of the meeting may fetch it. */
    void add(const QString &meetingId, const QString &sha256, const QString &owner);
    /** Whether this hash is an export of the meeting at all. */
    bool contains(const QString &meetingId, const QString &sha256) const;
    bool mayFetch(
        const QString &meetingId, const QString &sha256, const QString &participantId) const;
    /** The file is gone (the exports folder was over its size): nobody may fetch it. */
    void forget(const QString &sha256);

private:
    QHash<QString, QHash<QString, QSet<QString>>>
        m_owners; // meeting -> sha256 -> owners ("" = all)
};

} // namespace quorum
