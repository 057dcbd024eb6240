#include "meetingexport.h"

#include "annotationexport.h"
#include "archivefile.h"
#include "eventlog.h"
#include "hashchain.h"
#include "manifest.h"
#include "meeting.h"
#include "pdfexport.h"
#include "signingkey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace quorum::archive {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A file name safe inside the archive: no folders, no leading dots. */
QString safeName(QString name, const QString &fallback)
{
    name = QFileInfo(name).fileName();
    name.replace(
        QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = fallback;
    if (!name.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        name += QStringLiteral(".pdf");
    return name;
}

} // namespace

bool readVerifiedLog(EventStore &store, const QString &meetingId,
    std::vector<StoredEvent> *storedEvents, std::vector<v1::Event> *events, QString *error)
{
    std::vector<StoredEvent> &stored = *storedEvents;
    stored = store.events(meetingId);
    if (stored.empty()) {
        *error = QStringLiteral("no meeting with id '%1' in this data folder").arg(meetingId);
        return false;
    }
    QByteArray previous = hashchain::genesis();
    for (const StoredEvent &s : stored) {
        const auto event = decode<v1::Event>(s.bytes);
        if (!event || event->seq() != events->size() + 1) {
            *error = QStringLiteral("event %1: unreadable or out of order").arg(s.seq);
            return false;
        }
        if (s.previousHash != previous || hashchain::link(previous, s.bytes) != s.hash) {
            *error = QStringLiteral("event %1: chain broken").arg(s.seq);
            return false;
        }
        previous = s.hash;
        events->push_back(*event);
    }
    return true;
}

bool exportMeeting(EventStore &store, const QString &meetingId, const QString &outPath,
    const SigningKey &key, const ExportOptions &options, ExportResult *result, QString *error)
{
    // The stored log must verify before anything is signed.
    std::vector<StoredEvent> stored;
    std::vector<v1::Event> events;
    if (!readVerifiedLog(store, meetingId, &stored, &events, error))
        return false;
    // The annotations' bodies are in `events` already: the state keeps only their entries.
    Meeting meeting(Meeting::AnnotationBodiesIn::Log);
    for (const v1::Event &event : events)
        meeting.apply(event);
    QString buildError;
    const minutes::MinutesModel model = minutes::build(events, &buildError);
    if (model.meetingId.isEmpty()) {
        *error = QStringLiteral("meeting '%1': %2").arg(meetingId, buildError);
        return false;
    }

    QTemporaryDir tmp;
    std::vector<Member> members;
    const struct
    {
        minutes::Language language;
        const char *name;
    } variants[] = { { minutes::Language::Vietnamese, "minutes/bien-ban.vi.pdf" },
        { minutes::Language::English, "minutes/minutes.en.pdf" } };
    for (const auto &v : variants) {
        const QString path = tmp.filePath(QFileInfo(QString::fromLatin1(v.name)).fileName());
        if (!minutes::writeMinutesPdf(model, v.language, path, options.render, error))
            return false;
        members.push_back({ QString::fromLatin1(v.name), readAll(path) });
    }

    QSet<QString> usedNames;
    for (const v1::Document &doc : meeting.state().documents.documents) {
        const QString source
            = QDir(options.blobDirectory).filePath(qstr(doc.sha256()) + QStringLiteral(".pdf"));
        if (!QFile::exists(source)) {
            *error = QStringLiteral("document '%1' (%2) is not in %3")
                         .arg(qstr(doc.title()), qstr(doc.sha256()), options.blobDirectory);
            return false;
        }
        QString name = safeName(qstr(doc.file_name()), qstr(doc.id()));
        if (usedNames.contains(name))
            name = qstr(doc.id()) + QLatin1Char('-') + name;
        usedNames.insert(name);
        const QString member = QStringLiteral("documents/") + name;
        std::vector<v1::AnnotationOp> bodies;
        for (const AnnotationEntry *entry : annotationsToWrite(meeting.state(), doc, {})) // shared
            bodies.push_back(events[size_t(entry->seq - 1)].annotation_applied().op());
        const auto annotations = annotationsToExport(meeting.state(), doc, bodies);
        if (annotations.empty()) {
            members.push_back({ member, readAll(source) });
            result->notes
                << QStringLiteral("%1: original bytes (no shared annotations)").arg(member);
            continue;
        }
        const QString annotated
            = tmp.filePath(qstr(doc.sha256()) + QStringLiteral(".annotated.pdf"));
        if (!pdf::exportAnnotated(source, annotated, annotations, error))
            return false;
        members.push_back({ member, readAll(annotated) });
        result->notes << QStringLiteral("%1: %2 shared annotations written in")
                             .arg(member)
                             .arg(annotations.size());
    }

    const QByteArray log = toJsonLines(stored, error);
    if (log.isEmpty())
        return false;
    members.push_back({ EventLogPath, log });

    QJsonArray list;
    for (const Member &m : members)
        list.append(QJsonObject{ { QStringLiteral("path"), m.path },
            { QStringLiteral("sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(m.bytes, QCryptographicHash::Sha256).toHex()) },
            { QStringLiteral("size"), qint64(m.bytes.size()) } });
    const QJsonObject manifest{ { QStringLiteral("format"), ManifestFormat },
        { QStringLiteral("meeting_id"), model.meetingId }, { QStringLiteral("title"), model.title },
        { QStringLiteral("organisation"), model.organisation },
        { QStringLiteral("created"),
            QDateTime::fromMSecsSinceEpoch(options.nowMs, Qt::UTC).toString(Qt::ISODate) },
        { QStringLiteral("minutes_approved"), model.approved },
        { QStringLiteral("last_seq"), qint64(stored.back().seq) },
        { QStringLiteral("head_hash"), QString::fromLatin1(stored.back().hash.toHex()) },
        { QStringLiteral("signer"),
            QJsonObject{ { QStringLiteral("algorithm"), QStringLiteral("Ed25519") },
                { QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().toBase64()) },
                { QStringLiteral("fingerprint"), key.fingerprint() } } },
        { QStringLiteral("members"), list } };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray signature = key.sign(manifestBytes);
    if (signature.isEmpty()) {
        *error = QStringLiteral("OpenSSL could not sign the manifest");
        return false;
    }
    members.insert(members.begin(),
        { { ManifestPath, manifestBytes }, { SignaturePath, signature.toBase64() + '\n' } });
    if (!writeZip(outPath, members, options.nowMs, error))
        return false;
    result->members = int(members.size());
    result->approved = model.approved;
    result->events = stored.size();
    return true;
}

} // namespace quorum::archive
