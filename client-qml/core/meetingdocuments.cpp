#include "meetingdocuments.h"

#include "annotator.h"
#include "documentcache.h"
#include "documentlibrary.h"
#include "documentupload.h"
#include "followersmodel.h"
#include "meetingclient.h"
#include "participantsmodel.h"
#include "protocol.h"
#include "replica.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

MeetingDocuments::MeetingDocuments(MeetingClient *client)
    : QObject(client)
    , m_client(client)
{
    // Connected before the Annotator connects its own: the folder is settled (the client's
    // state directory may be set after this object was made) when it opens its journal.
    connect(client, &MeetingClient::welcomed, this,
        [this] { m_annotator->setJournalDirectory(stateDirectory()); });
    connect(client, &MeetingClient::restored, this,
        [this] { m_annotator->setJournalDirectory(stateDirectory()); });
    m_annotator = new Annotator(client, this);
    m_annotator->setJournalDirectory(stateDirectory());
    // Made after the Welcome (the meeting page asks for it first): the session is already on.
    if (client->joined())
        m_annotator->openJournalForSession();
    m_upload = new DocumentUpload(client, this);
    // Exports may hold this participant's private notes: they go when the tablet leaves the
    // meeting (or is refused), so that the next person at this tablet cannot read them.
    connect(client, &MeetingClient::joinedChanged, this, [this] {
        if (!m_client->joined())
            discardExports();
    });
    connect(
        library(), &DocumentLibrary::documentsChanged, this, &MeetingDocuments::documentsChanged);
    connect(library(), &DocumentLibrary::presentationChanged, this,
        &MeetingDocuments::presentationChanged);
    connect(client, &MeetingClient::identityChanged, this, &MeetingDocuments::presentationChanged);

    m_followers = new FollowersModel(client->participants(), this);
    // Also when made after the Welcome (on first use): leave this tablet's own row out.
    m_followers->setSelfId(client->participantId());
    connect(client, &MeetingClient::identityChanged, this,
        [this] { m_followers->setSelfId(m_client->participantId()); });
    client->setFollowersHandler(
        [this](const v1::Followers &list) { m_followers->setFollowers(list); });
    client->setExportHandler([this](const v1::DocumentExported &e) { onExported(e); });
    connect(client, &MeetingClient::welcomed, this, [this] {
        // A new connection: the server sends a fresh list if we may see it, and forgot where we
        // read if this was our only device.
        m_followers->setSelfId(m_client->participantId());
        m_followers->clear();
        // Never reading (or stopped): nothing to tell, the server knows nothing of us.
        m_readingSent = !m_reading.following && m_reading.documentId.isEmpty();
        sendReading();
        if (m_export.state == ExportRendering)
            exportFailed(MeetingClient::ConnectionFailed,
                QStringLiteral("the connection was lost during the export"));
    });
    connect(this, &MeetingDocuments::presentationChanged, this,
        &MeetingDocuments::updateFollowersAccess);
}

void MeetingDocuments::updateFollowersAccess()
{
    // No longer the presenter (nor the chair): the server stops telling, so show nothing stale.
    if (m_client->role() != MeetingClient::Chair && presenterId() != m_client->participantId())
        m_followers->clear();
}

void MeetingDocuments::reportReading(bool following, const QString &documentId, int page)
{
    const Reading next{ following, documentId, std::max(0, page) };
    if (next == m_reading && m_readingSent)
        return;
    m_reading = next;
    m_readingSent = false;
    sendReading();
}

void MeetingDocuments::stopReading()
{
    reportReading(false, {}, 0);
}

void MeetingDocuments::sendReading()
{
    if (m_readingSent)
        return;
    // Never reading on this connection yet: nothing to tell.
    v1::ClientMessage message;
    v1::FollowState *state = message.mutable_follow_state();
    state->set_following(m_reading.following);
    state->set_document_id(sstr(m_reading.documentId));
    state->set_page(quint32(m_reading.page));
    // Not connected: sent after the next Welcome.
    m_readingSent = m_client->sendMessage(message);
}

DocumentLibrary *MeetingDocuments::library() const
{
    return m_client->replica()->documents();
}

QString MeetingDocuments::stateDirectory() const
{
    if (!m_stateDirectory.isEmpty())
        return m_stateDirectory;
    if (!m_client->stateDirectory().isEmpty())
        return m_client->stateDirectory();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

void MeetingDocuments::setStateDirectory(const QString &path)
{
    if (m_stateDirectory == path)
        return;
    m_stateDirectory = path;
    // The journal follows at the next Welcome; the cache is made in its folder on first use.
    m_annotator->setJournalDirectory(stateDirectory());
    emit stateDirectoryChanged();
}

DocumentCache *MeetingDocuments::cache()
{
    if (!m_cache) {
        m_cache = new DocumentCache(
            m_client, QDir(stateDirectory()).filePath(QStringLiteral("documents")), this);
        // The first prefetch before the signals are followed: cache() is called from bindings
        // (allReady, progress), which must not hear that they changed while being evaluated
        // ("Binding loop detected", the documents panel's ready line). They read the state
        // after it.
        m_cache->prefetch();
        connect(m_cache, &DocumentCache::stateChanged, this, &MeetingDocuments::cacheChanged);
        connect(
            m_cache, &DocumentCache::progressChanged, this, [this](const QString &sha, double p) {
                emit documentProgress(sha, p);
                emit cacheChanged();
            });
        connect(m_cache, &DocumentCache::documentReady, this, [this](const QString &sha) {
            emit documentReady(sha);
            emit cacheChanged();
        });
    }
    return m_cache;
}

bool MeetingDocuments::allReady()
{
    return cache()->allReady();
}
double MeetingDocuments::progress()
{
    return cache()->totalProgress();
}
int MeetingDocuments::count() const
{
    return int(library()->documents().size());
}

bool MeetingDocuments::presenting() const
{
    return library()->presentation().has_value();
}

QString MeetingDocuments::presentedDocumentId() const
{
    return presenting() ? qstr(library()->presentation()->document_id()) : QString();
}

int MeetingDocuments::presentedPage() const
{
    return presenting() ? int(library()->presentation()->page()) : -1;
}

QString MeetingDocuments::presenterId() const
{
    return library()->presenterId();
}

QString MeetingDocuments::presenterName() const
{
    if (presenting() && !library()->presentation()->presenter_id().empty())
        return m_client->participants()->nameOf(qstr(library()->presentation()->presenter_id()));
    return m_client->participants()->nameOf(presenterId());
}

bool MeetingDocuments::canPresent() const
{
    const QString self = m_client->participantId();
    if (self.isEmpty())
        return false;
    return presenterId() == self
        || (presenterId().isEmpty() && m_client->role() == MeetingClient::Chair);
}

QUrl MeetingDocuments::localUrl(const QString &documentId)
{
    const v1::Document *d = library()->document(documentId);
    if (!d)
        return {};
    const QString path = cache()->localPath(qstr(d->sha256()));
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

double MeetingDocuments::progressOf(const QString &documentId)
{
    const v1::Document *d = library()->document(documentId);
    return d ? cache()->progress(qstr(d->sha256())) : 0.0;
}

QString MeetingDocuments::title(const QString &documentId) const
{
    const v1::Document *d = library()->document(documentId);
    return d ? qstr(d->title()) : QString();
}

int MeetingDocuments::pageCount(const QString &documentId) const
{
    const v1::Document *d = library()->document(documentId);
    return d ? d->pages_size() : 0;
}

QSizeF MeetingDocuments::pageSize(const QString &documentId, int page) const
{
    const v1::Document *d = library()->document(documentId);
    if (!d || page < 0 || page >= d->pages_size())
        return {};
    return QSizeF(d->pages(page).width(), d->pages(page).height());
}

QVariantList MeetingDocuments::outline(const QString &documentId) const
{
    QVariantList out;
    const v1::Document *d = library()->document(documentId);
    if (!d)
        return out;
    for (const v1::OutlineEntry &e : d->outline()) {
        out.append(QVariantMap{ { QStringLiteral("title"), qstr(e.title()) },
            { QStringLiteral("page"), e.page() }, { QStringLiteral("level"), int(e.level()) } });
    }
    return out;
}

QString MeetingDocuments::present(const QString &documentId, int page)
{
    v1::Command command;
    v1::Presentation *p = command.mutable_present()->mutable_presentation();
    p->set_document_id(sstr(documentId));
    p->set_page(quint32(std::max(0, page)));
    return m_client->sendCommand(std::move(command));
}

QString MeetingDocuments::stopPresenting()
{
    v1::Command command;
    command.mutable_present()->set_stop(true);
    return m_client->sendCommand(std::move(command));
}

QString MeetingDocuments::setPresenter(const QString &participantId)
{
    v1::Command command;
    command.mutable_set_presenter()->set_participant_id(sstr(participantId));
    return m_client->sendCommand(std::move(command));
}

QString MeetingDocuments::removeDocument(const QString &documentId)
{
    v1::Command command;
    command.mutable_remove_document()->set_document_id(sstr(documentId));
    return m_client->sendCommand(std::move(command));
}

bool MeetingDocuments::exportAnnotated(const QString &documentId, bool includePrivate)
{
    if (m_export.state == ExportRendering || m_export.state == ExportDownloading)
        return false;
    v1::ClientMessage message;
    v1::ExportDocument *request = message.mutable_export_document();
    request->set_request_id(m_nextExportRequest++);
    request->set_document_id(sstr(documentId));
    request->set_include_private(includePrivate);
    if (!m_client->sendMessage(message))
        return false;
    m_export = Export{};
    m_export.state = ExportRendering;
    m_export.requestId = request->request_id();
    m_export.documentId = documentId;
    emit exportChanged();
    return true;
}

double MeetingDocuments::exportProgress()
{
    switch (m_export.state) {
    case ExportReady:
        return 1.0;
    case ExportDownloading:
        return cache()->progress(m_export.sha256);
    default:
        return 0.0;
    }
}

void MeetingDocuments::onExported(const v1::DocumentExported &exported)
{
    if (m_export.state != ExportRendering || exported.request_id() != m_export.requestId)
        return; // an answer to a request given up on
    if (exported.has_error() && exported.error().code() != v1::ERROR_UNSPECIFIED) {
        exportFailed(int(exported.error().code()), qstr(exported.error().detail()),
            Refusal::of(exported.error()));
        return;
    }
    m_export.sha256 = qstr(exported.sha256());
    if (exported.annotations() > 0) // not the document's own bytes
        m_exportedHashes.insert(m_export.sha256);
    m_export.fileName = qstr(exported.file_name());
    m_export.annotations = int(exported.annotations());
    m_export.state = ExportDownloading;
    emit exportChanged();
    DocumentCache *files = cache();
    if (!files->localPath(m_export.sha256).isEmpty()) {
        exportFetched(m_export.sha256);
        return;
    }
    if (!m_exportWired) {
        m_exportWired = true;
        connect(files, &DocumentCache::documentReady, this, &MeetingDocuments::exportFetched);
        connect(files, &DocumentCache::progressChanged, this, &MeetingDocuments::exportChanged);
        connect(files, &DocumentCache::failed, this,
            [this](const QString &sha, int code, int reason, const QString &detail) {
                if (m_export.state == ExportDownloading && sha == m_export.sha256)
                    exportFailed(code, detail, reason);
            });
    }
    files->fetchExtra(m_export.sha256, qint64(exported.size()));
}

void MeetingDocuments::exportFetched(const QString &sha256)
{
    if (m_export.state != ExportDownloading || sha256 != m_export.sha256)
        return;
    // Under its own name, so that a PDF reader or a share sheet shows something readable.
    const QDir dir(QDir(stateDirectory()).filePath(QStringLiteral("exports")));
    dir.mkpath(QStringLiteral("."));
    QString name = QFileInfo(m_export.fileName).fileName();
    if (name.isEmpty())
        name = m_export.sha256 + QStringLiteral(".pdf");
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(cache()->localPath(sha256), target)) {
        exportFailed(MeetingClient::Internal, QStringLiteral("cannot write %1").arg(target));
        return;
    }
    m_export.url = QUrl::fromLocalFile(target);
    m_export.state = ExportReady;
    emit exportChanged();
}

void MeetingDocuments::discardExports()
{
    QDir(QDir(stateDirectory()).filePath(QStringLiteral("exports"))).removeRecursively();
    if (m_cache) {
        for (const QString &sha : std::as_const(m_exportedHashes))
            m_cache->discard(sha);
    }
    m_exportedHashes.clear();
    if (m_export.state != ExportIdle) {
        m_export = Export{};
        emit exportChanged();
    }
}

void MeetingDocuments::exportFailed(int code, const QString &detail, int reason)
{
    m_export.state = ExportFailed;
    m_export.error = code;
    m_export.errorDetail = detail;
    m_export.errorReason = reason;
    emit exportChanged();
}
