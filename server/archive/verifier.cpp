#include "verifier.h"

#include "archivefile.h"
#include "eventlog.h"
#include "manifest.h"
#include "signingkey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace quorum::archive {

namespace {
VerifyReport verifyMembers(const QString &path, const std::optional<std::vector<Member>> &members,
    ReadError reason, const QString &detail, const QString &expectedFingerprint);
} // namespace

VerifyReport verifyArchive(const QString &path, const QString &expectedFingerprint)
{
    ReadError reason = ReadError::None;
    QString detail;
    const auto members = readZip(path, &reason, &detail); // before `reason` is read
    return verifyMembers(path, members, reason, detail, expectedFingerprint);
}

VerifyReport verifyArchiveBytes(const QByteArray &zip, const QString &expectedFingerprint)
{
    ReadError reason = ReadError::None;
    QString detail;
    const auto members = readZipBytes(zip, &reason, &detail);
    return verifyMembers(QStringLiteral("archive"), members, reason, detail, expectedFingerprint);
}

namespace {
/** Why an archive did not open, by name. */
QString unreadable(const QString &path, ReadError reason, const QString &detail)
{
    switch (reason) {
    case ReadError::NotFound:
        return QStringLiteral("%1: no such file").arg(path);
    case ReadError::NotAnArchive:
        return QStringLiteral("%1: not an archive (%2)").arg(path, detail);
    default:
        return QStringLiteral("%1: truncated or damaged (%2)").arg(path, detail);
    }
}

/**
 * The manifest and its signature, which come first: nothing else means anything without them.
 * The manifest when it is one (signed or not: a bad signature is a problem, not the end), or
 * nothing when it is missing or not a Quorum manifest.
 */
std::optional<QJsonObject> checkManifest(const QHash<QString, QByteArray> &byPath,
    const QString &expectedFingerprint, VerifyReport &report)
{
    if (!byPath.contains(ManifestPath) || !byPath.contains(SignaturePath)) {
        for (const QString &p : { ManifestPath, SignaturePath }) {
            if (!byPath.contains(p))
                report.problems << QStringLiteral("missing member: %1").arg(p);
        }
        return std::nullopt;
    }
    const QByteArray manifestBytes = byPath.value(ManifestPath);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QStringLiteral("format")).toString() != ManifestFormat) {
        report.problems << QStringLiteral("%1: not a Quorum manifest").arg(ManifestPath);
        return std::nullopt;
    }
    const QJsonObject signer = manifest.value(QStringLiteral("signer")).toObject();
    const QByteArray publicKey
        = QByteArray::fromBase64(signer.value(QStringLiteral("public_key")).toString().toLatin1());
    const QByteArray signature = QByteArray::fromBase64(byPath.value(SignaturePath).trimmed());
    report.fingerprint = SigningKey::fingerprintOf(publicKey);
    if (publicKey.size() != 32 || !SigningKey::verify(publicKey, manifestBytes, signature)) {
        report.problems << QStringLiteral(
            "%1: signature does not verify (the manifest or its signature was changed)")
                               .arg(ManifestPath);
    } else {
        report.checked << QStringLiteral("signature: Ed25519, key %1").arg(report.fingerprint);
    }
    if (!expectedFingerprint.isEmpty()) {
        if (SigningKey::normalizeFingerprint(expectedFingerprint) != report.fingerprint)
            report.problems << QStringLiteral("signed by another key: %1, expected %2")
                                   .arg(report.fingerprint,
                                       SigningKey::normalizeFingerprint(expectedFingerprint));
        else
            report.checked << QStringLiteral("key: matches --key");
    } else {
        report.checked << QStringLiteral(
            "key: not compared (pass --key FINGERPRINT to compare it with the server's)");
    }
    return manifest;
}

/** Every member against the manifest, and nothing beside it. */
void checkMembers(const QJsonObject &manifest, const std::vector<Member> &members,
    const QHash<QString, QByteArray> &byPath, VerifyReport &report)
{
    QSet<QString> listed{ ManifestPath, SignaturePath };
    int hashed = 0;
    for (const QJsonValue &v : manifest.value(QStringLiteral("members")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString p = entry.value(QStringLiteral("path")).toString();
        listed.insert(p);
        if (!byPath.contains(p)) {
            report.problems << QStringLiteral("missing member: %1").arg(p);
            continue;
        }
        const QByteArray bytes = byPath.value(p);
        if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
                != entry.value(QStringLiteral("sha256")).toString()
            || bytes.size() != entry.value(QStringLiteral("size")).toInteger()) {
            report.problems << QStringLiteral("%1: hash mismatch").arg(p);
            continue;
        }
        ++hashed;
    }
    for (const Member &m : members) {
        if (!listed.contains(m.path))
            report.problems << QStringLiteral("extra member: %1").arg(m.path);
    }
    report.checked << QStringLiteral("members: %1 SHA-256 hashes match the manifest").arg(hashed);
}

/** The event log's chain is whole and ends where the manifest says. */
void checkChain(const ChainReport &chain, const QJsonObject &manifest, VerifyReport &report)
{
    report.problems << chain.problems;
    if (!chain.problems.isEmpty())
        return;
    const QString head = QString::fromLatin1(chain.headHash.toHex());
    if (head != manifest.value(QStringLiteral("head_hash")).toString()
        || qint64(chain.events) != manifest.value(QStringLiteral("last_seq")).toInteger())
        report.problems << QStringLiteral(
            "%1: the chain does not end where the manifest says (event %2)")
                               .arg(EventLogPath)
                               .arg(chain.events);
    else
        report.checked << QStringLiteral("event log: %1 events, hash chain whole, head %2%3")
                              .arg(chain.events)
                              .arg(head.left(16),
                                  chain.withheld
                                      ? QStringLiteral(" (%1 private annotations withheld)")
                                            .arg(chain.withheld)
                                      : QString());
}

/** No vote of a secret ballot carries a choice. */
void checkSecretBallots(const std::vector<v1::Event> &events, VerifyReport &report)
{
    QSet<QString> secret;
    int secretVotes = 0;
    for (const v1::Event &e : events) {
        if (e.has_ballot_created() && e.ballot_created().ballot().secret())
            secret.insert(qstr(e.ballot_created().ballot().id()));
        if (e.has_vote_cast() && secret.contains(qstr(e.vote_cast().ballot_id()))) {
            ++secretVotes;
            if (e.vote_cast().choices_size() > 0)
                report.problems << QStringLiteral(
                    "event %1: a secret ballot's vote carries a choice")
                                       .arg(e.seq());
        }
    }
    if (!secret.isEmpty())
        report.checked << QStringLiteral("secret ballots: %1, %2 votes recorded without a choice")
                              .arg(secret.size())
                              .arg(secretVotes);
}

VerifyReport verifyMembers(const QString &path, const std::optional<std::vector<Member>> &members,
    ReadError reason, const QString &detail, const QString &expectedFingerprint)
{
    VerifyReport report;
    if (!members) {
        report.problems << unreadable(path, reason, detail);
        return report;
    }
    QHash<QString, QByteArray> byPath;
    for (const Member &m : *members) {
        if (byPath.contains(m.path))
            report.problems << QStringLiteral("%1: duplicate member").arg(m.path);
        byPath.insert(m.path, m.bytes);
    }
    report.checked << QStringLiteral("container: ZIP with %1 members").arg(members->size());

    const std::optional<QJsonObject> manifest = checkManifest(byPath, expectedFingerprint, report);
    if (!manifest)
        return report;
    checkMembers(*manifest, *members, byPath, report);
    // The event log: the chain, its head, and the secrecy of secret ballots.
    if (!byPath.contains(EventLogPath))
        return report; // already named as missing
    const ChainReport chain = checkJsonLines(byPath.value(EventLogPath));
    checkChain(chain, *manifest, report);
    checkSecretBallots(chain.decoded, report);
    return report;
}

} // namespace

} // namespace quorum::archive
