#include "minutesdownload.h"

#include "documentcache.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "minutesreplica.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace v1 = quorum::v1;

MinutesDownload::MinutesDownload(QObject *parent)
    : QObject(parent)
{ }

void MinutesDownload::setClient(MeetingClient *client)
{
    if (client == m_client)
        return;
    if (m_client) {
        m_client->disconnect(this);
        m_client->minutes()->disconnect(this);
    }
    m_client = client;
    if (client) {
        connect(client->minutes(), &MinutesReplica::exportedChanged, this,
            &MinutesDownload::onExported);
        connect(client, &MeetingClient::commandFailed, this,
            [this](const QString &commandId, MeetingClient::ErrorCode code, const QString &detail,
                int reason) {
                if (commandId == m_commandId)
                    setStatus(Failed, detail, int(code), reason);
            });
        connect(client, &MeetingClient::welcomed, this, &MinutesDownload::onExported);
        onExported();
    }
    emit clientChanged();
}

void MinutesDownload::exportNow()
{
    if (!m_client)
        return;
    v1::Command command;
    command.mutable_export_minutes();
    m_commandId = m_client->sendCommand(std::move(command));
    setStatus(Exporting);
}

void MinutesDownload::onExported()
{
    if (!m_client || !m_client->minutes()->exported() || !m_client->joined())
        return;
    const MinutesReplica *minutes = m_client->minutes();
    DocumentCache *cache = m_client->documents()->cache();
    if (m_cache != cache) {
        m_cache = cache;
        connect(cache, &DocumentCache::documentReady, this, &MinutesDownload::check);
        connect(cache, &DocumentCache::failed, this,
            [this](const QString &sha256, int code, int reason, const QString &detail) {
                if (m_client
                    && (sha256 == m_client->minutes()->exportPdfSha256()
                        || sha256 == m_client->minutes()->exportArchiveSha256()))
                    setStatus(Failed, detail, code, reason);
            });
    }
    cache->fetchExtra(minutes->exportPdfSha256(), qint64(minutes->lastExport().minutes_vi_size()));
    cache->fetchExtra(minutes->exportArchiveSha256(), qint64(minutes->lastExport().archive_size()));
    if (m_status != Failed || m_commandId.isEmpty())
        setStatus(Downloading);
    check();
}

void MinutesDownload::check()
{
    if (!m_client || !m_client->minutes()->exported())
        return;
    const MinutesReplica *minutes = m_client->minutes();
    DocumentCache *cache = m_client->documents()->cache();
    const QString pdf = cache->localPath(minutes->exportPdfSha256());
    const QString zip = cache->localPath(minutes->exportArchiveSha256());
    if (pdf.isEmpty() || zip.isEmpty())
        return;
    // The archive under its own name, beside the cache, for a person to find and copy.
    const QDir dir(
        QDir(m_client->documents()->stateDirectory()).filePath(QStringLiteral("minutes")));
    QDir().mkpath(dir.path());
    const QString named = dir.filePath(minutes->exportArchiveFileName().isEmpty()
            ? minutes->exportArchiveSha256() + QStringLiteral(".zip")
            : QFileInfo(minutes->exportArchiveFileName()).fileName());
    if (!QFileInfo::exists(named))
        QFile::copy(zip, named);
    m_pdfUrl = QUrl::fromLocalFile(pdf);
    m_archivePath = QDir::toNativeSeparators(QFileInfo(named).absoluteFilePath());
    setStatus(Ready);
}

void MinutesDownload::setStatus(Status status, const QString &detail, int code, int reason)
{
    m_status = status;
    m_errorDetail = detail;
    m_errorCode = code;
    m_errorReason = reason;
    emit changed();
}

MinutesDownload::PdfCopy MinutesDownload::savePdfCopy(const QUrl &target) const
{
    if (m_status != Ready || !m_pdfUrl.isLocalFile())
        return NotDownloaded;
    if (!target.isLocalFile())
        return NotALocalFile;
    const QString to = target.toLocalFile();
    if (QFileInfo(to).absoluteFilePath() == QFileInfo(m_pdfUrl.toLocalFile()).absoluteFilePath())
        return Saved;
    QFile::remove(to);
    QFile from(m_pdfUrl.toLocalFile());
    if (!from.copy(to)) {
        qWarning("The minutes PDF was not copied to %s: %s", qPrintable(to),
            qPrintable(from.errorString()));
        return NotWritten;
    }
    return Saved;
}
