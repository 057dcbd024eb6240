#include "documentcache.h"

#include "documentlibrary.h"
#include "meetingclient.h"
#include "protocol.h"
#include "refusal.h"
#include "replica.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCache, "quorum.client.documents", QtInfoMsg)

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

namespace {
QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

DocumentCache::DocumentCache(MeetingClient *client, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dir(directory)
{
    QDir().mkpath(m_dir);
    client->setChunkHandler([this](const v1::DocumentChunk &chunk) { onChunk(chunk); });
    connect(client, &MeetingClient::welcomed, this, [this] {
        // The server forgot our transfers with the old connection; resume from the .part files.
        m_inFlight.clear();
        m_failed.clear();
        prefetch();
    });
    connect(client->replica()->documents(), &DocumentLibrary::documentsChanged, this, [this] {
        prefetch();
        emit stateChanged();
    });
}

QString DocumentCache::finalPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256 + QStringLiteral(".pdf"));
}

QString DocumentCache::partPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256 + QStringLiteral(".part"));
}

bool DocumentCache::isHere(const QString &sha256) const
{
    if (m_verified.contains(sha256))
        return true;
    const QString path = finalPath(sha256);
    if (!QFileInfo::exists(path))
        return false;
    // A file damaged on disk since (flash wear, a killed copy) is fetched again.
    if (sha256Of(path) != sha256) {
        QFile::remove(path);
        return false;
    }
    m_verified.insert(sha256);
    return true;
}

QString DocumentCache::localPath(const QString &sha256) const
{
    return isHere(sha256) ? finalPath(sha256) : QString();
}

double DocumentCache::progress(const QString &sha256) const
{
    if (isHere(sha256))
        return 1.0;
    const auto it = m_inFlight.constFind(sha256);
    if (it != m_inFlight.cend() && it->total > 0)
        return double(it->expected) / double(it->total);
    return 0.0;
}

bool DocumentCache::allReady() const
{
    for (const v1::Document &d : m_client->replica()->documents()->documents()) {
        if (!isHere(qstr(d.sha256())))
            return false;
    }
    return true;
}

double DocumentCache::totalProgress() const
{
    double done = 0, total = 0;
    for (const v1::Document &d : m_client->replica()->documents()->documents()) {
        total += double(d.size());
        done += progress(qstr(d.sha256())) * double(d.size());
    }
    return total > 0 ? done / total : 1.0;
}

void DocumentCache::prefetch()
{
    if (!m_inFlight.isEmpty() || m_client->connectionState() != MeetingClient::Connected)
        return;
    std::vector<v1::Document> wanted = m_client->replica()->documents()->documents();
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it) {
        v1::Document extra;
        extra.set_sha256(sstr(it.key()));
        extra.set_size(quint64(it.value()));
        wanted.push_back(extra);
    }
    for (const v1::Document &d : wanted) {
        const QString hash = qstr(d.sha256());
        if (isHere(hash) || m_failed.contains(hash))
            continue;
        const qint64 have = QFileInfo(partPath(hash)).size(); // 0 when absent
        v1::ClientMessage message;
        v1::FetchDocument *fetch = message.mutable_fetch_document();
        fetch->set_sha256(d.sha256());
        fetch->set_offset(quint64(qMin<qint64>(have, qint64(d.size()))));
        if (!m_client->sendMessage(message))
            return;
        m_inFlight.insert(hash, Transfer{ qMin<qint64>(have, qint64(d.size())), qint64(d.size()) });
        qCDebug(lcCache) << "fetching" << hash << "from" << have;
        return; // one at a time: the first document is readable soonest
    }
    emit stateChanged();
}

void DocumentCache::fetchExtra(const QString &sha256, qint64 size)
{
    // Asked again after a refusal (a new export of the same bytes): worth another try.
    m_failed.remove(sha256);
    m_extra.insert(sha256, size);
    prefetch();
}

void DocumentCache::discard(const QString &sha256)
{
    m_extra.remove(sha256);
    m_inFlight.remove(sha256);
    m_verified.remove(sha256);
    QFile::remove(partPath(sha256));
    QFile::remove(finalPath(sha256));
}

void DocumentCache::onChunk(const v1::DocumentChunk &chunk)
{
    const QString hash = qstr(chunk.sha256());
    auto it = m_inFlight.find(hash);
    if (it == m_inFlight.end())
        return; // from a transfer we gave up
    if (chunk.has_error() && chunk.error().code() != v1::ERROR_UNSPECIFIED) {
        m_inFlight.erase(it);
        m_failed.insert(hash);
        m_extra.remove(hash); // done with, either way
        emit failed(hash, int(chunk.error().code()), Refusal::of(chunk.error()),
            qstr(chunk.error().detail()));
        prefetch();
        return;
    }
    if (qint64(chunk.offset()) != it->expected) {
        // Not where we are: start this document over from what is on disk.
        m_inFlight.erase(it);
        prefetch();
        return;
    }
    it->total = qint64(chunk.total_size());
    QFile part(partPath(hash));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Append) || part.size() != it->expected
        || part.write(chunk.data().data(), qint64(chunk.data().size()))
            != qint64(chunk.data().size())) {
        part.close();
        QFile::remove(partPath(hash));
        m_inFlight.erase(it);
        emit failed(hash, MeetingClient::Internal, Refusal::None,
            QStringLiteral("cannot write the document cache"));
        return;
    }
    part.close();
    it->expected += qint64(chunk.data().size());
    m_bytesReceived += qint64(chunk.data().size());
    emit progressChanged(hash, progress(hash));
    if (it->expected >= it->total)
        finish(hash);
}

void DocumentCache::finish(const QString &hash)
{
    m_inFlight.remove(hash);
    m_extra.remove(hash);
    const QString part = partPath(hash);
    if (sha256Of(part) != hash) {
        QFile::remove(part);
        m_failed.insert(hash);
        emit failed(hash, MeetingClient::Internal, Refusal::None,
            QStringLiteral("the bytes do not match their SHA-256"));
    } else {
        QFile::remove(finalPath(hash));
        QFile::rename(part, finalPath(hash));
        m_verified.insert(hash);
        qCDebug(lcCache) << "document ready" << hash;
        // What the documents panel then says ("All documents ready"); tests of whole tablet
        // processes wait for this line.
        if (allReady())
            qCInfo(lcCache).noquote()
                << "all documents ready:" << m_client->replica()->documents()->documents().size();
        emit documentReady(hash);
    }
    emit stateChanged();
    prefetch();
}
