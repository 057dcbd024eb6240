// Fuzz target: the archive verifier (server/archive/verifier): the ZIP container, the signed
// manifest and the event log's JSON lines with its hash chain and secret-ballot check.
//
// Input: the first byte chooses the way in: even, the rest is a whole archive
// (verifyArchiveBytes); odd, the rest is an events.jsonl (checkJsonLines), so that the
// fuzzer reaches the log's parser without having to keep a ZIP's checksums right.
#include "fuzzmeeting.h"
#include "fuzztarget.h"

#include "archivefile.h"
#include "eventlog.h"
#include "hashchain.h"
#include "manifest.h"
#include "signingkey.h"
#include "verifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quorum::archive;
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0)
        (void)verifyArchiveBytes(rest, QStringLiteral("00"));
    else
        (void)checkJsonLines(rest);
    return 0;
}

namespace {

using namespace quorum;

/** A ZIP whose members are stored, not deflated: mutations then reach the JSON. */
QByteArray storedZip(const std::vector<quorum::archive::Member> &members)
{
    std::vector<char> buffer(1 << 20);
    size_t used = 0;
    struct ::archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_format_option(a, "zip", "compression", "store");
    archive_write_open_memory(a, buffer.data(), buffer.size(), &used);
    for (const quorum::archive::Member &m : members) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, m.path.toUtf8().constData());
        archive_entry_set_size(entry, m.bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_write_header(a, entry);
        archive_write_data(a, m.bytes.constData(), size_t(m.bytes.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return QByteArray(buffer.data(), qsizetype(used));
}

/** The rich meeting's log as the store holds it: serialized events on a hash chain. */
std::vector<StoredEvent> storedLog()
{
    std::vector<v1::Event> events;
    fuzz::richMeeting(&events);
    std::vector<StoredEvent> stored;
    QByteArray previous = hashchain::genesis();
    for (const v1::Event &e : events) {
        const QByteArray bytes = encode(e);
        const QByteArray hash = hashchain::link(previous, bytes);
        stored.push_back({ QStringLiteral("m1"), e.seq(), bytes, previous, hash, {} });
        previous = hash;
    }
    return stored;
}

QByteArray withTag(char tag, const QByteArray &bytes)
{
    return QByteArray(1, tag) + bytes;
}

} // namespace

namespace fuzz {
std::vector<std::pair<QString, QByteArray>> seeds()
{
    using namespace quorum::archive;
    std::vector<std::pair<QString, QByteArray>> s;
    QString error;
    const std::vector<StoredEvent> stored = storedLog();
    const QByteArray log = toJsonLines(stored, &error);
    s.push_back({ "events-jsonl", withTag(1, log) });
    s.push_back({ "events-jsonl-short", withTag(1, log.left(log.indexOf('\n', 2000) + 1)) });

    QTemporaryDir dir;
    const auto key = SigningKey::loadOrCreate(dir.filePath(QStringLiteral("key.pem")), &error);
    if (!key)
        fuzz::stale("signing key", error.toStdString());
    std::vector<Member> members{ { EventLogPath, log },
        { QStringLiteral("minutes/bien-ban.txt"), "Biên bản" } };
    QJsonArray list;
    for (const Member &m : members)
        list.append(QJsonObject{ { "path", m.path },
            { "sha256",
                QString::fromLatin1(
                    QCryptographicHash::hash(m.bytes, QCryptographicHash::Sha256).toHex()) },
            { "size", qint64(m.bytes.size()) } });
    const QJsonObject manifest{ { "format", ManifestFormat }, { "meeting_id", "m1" },
        { "last_seq", qint64(stored.back().seq) },
        { "head_hash", QString::fromLatin1(stored.back().hash.toHex()) },
        { "signer",
            QJsonObject{ { "algorithm", "Ed25519" },
                { "public_key", QString::fromLatin1(key->publicKey().toBase64()) },
                { "fingerprint", key->fingerprint() } } },
        { "members", list } };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    members.insert(members.begin(),
        { { ManifestPath, manifestBytes },
            { SignaturePath, key->sign(manifestBytes).toBase64() + '\n' } });
    s.push_back({ "archive", withTag(0, storedZip(members)) });
    // The same archive without its event log: the verifier names what is missing.
    members.erase(members.begin() + 2);
    s.push_back({ "archive-no-log", withTag(0, storedZip(members)) });
    s.push_back({ "not-a-zip", withTag(0, "PK\x03\x04 truncated") });
    return s;
}
} // namespace fuzz
