#pragma once

#include <QString>
#include <QStringList>

namespace quorum::archive {

/** What `quorum-server verify` found: what it checked, and every problem by name. */
struct VerifyReport
{
    QStringList checked; // one line per check that passed
    QStringList problems; // "event 412: chain broken", "documents/x.pdf: hash mismatch", ...
    QString fingerprint; // of the key that signed the manifest
    bool ok() const { return problems.isEmpty(); }
};

/**
 * Checks an archive made by `exportMeeting`: it opens as a ZIP, the manifest's Ed25519
 * signature holds (and comes from `expectedFingerprint` when one is given), every member's
 * SHA-256 matches the manifest, no member is missing or extra, the event log's hash chain is
 * whole and ends at the manifest's head hash, and no secret ballot's vote carries a choice.
 */
VerifyReport verifyArchive(const QString &path, const QString &expectedFingerprint = {});
/** The same checks on an archive's bytes (the fuzz target's way in: no file). */
VerifyReport verifyArchiveBytes(const QByteArray &zip, const QString &expectedFingerprint = {});

} // namespace quorum::archive
