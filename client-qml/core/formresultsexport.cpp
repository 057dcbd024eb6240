#include "formresultsexport.h"

#include "documentcache.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "protocol.h"
#include "refusal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace v1 = quorum::v1;
using quorum::qstr;
using quorum::sstr;

FormResultsExport::FormResultsExport(QObject *parent)
    : QObject(parent)
{ }

MeetingClient *FormResultsExport::client() const
{
    return m_client;
}

void FormResultsExport::setClient(MeetingClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        m_client->setFormExportHandler({});
    m_client = client;
    if (client)
        client->setFormExportHandler([this](const v1::FormResultsExported &e) { onExported(e); });
    emit clientChanged();
}

void FormResultsExport::exportForm(const QString &formId, bool english)
{
    if (!m_client)
        return;
    v1::ClientMessage message;
    v1::ExportFormResults *request = message.mutable_export_form_results();
    request->set_request_id(++m_requestId);
    request->set_form_id(sstr(formId));
    request->set_english(english);
    m_formId = formId;
    m_pdfPath.clear();
    m_csvPath.clear();
    if (!m_client->sendMessage(message)) {
        setStatus(Failed, QStringLiteral("Not connected"), int(MeetingClient::ConnectionFailed));
        return;
    }
    setStatus(Exporting);
}

void FormResultsExport::onExported(const v1::FormResultsExported &exported)
{
    if (m_status != Exporting || exported.request_id() != m_requestId)
        return; // an answer to a request given up on
    if (exported.has_error() && exported.error().code() != v1::ERROR_UNSPECIFIED) {
        setStatus(Failed, qstr(exported.error().detail()), int(exported.error().code()),
            Refusal::of(exported.error()));
        return;
    }
    m_stem = QFileInfo(qstr(exported.file_stem())).fileName(); // never a path of the server's
    m_pdfSha = qstr(exported.pdf_sha256());
    m_csvSha = qstr(exported.csv_sha256());
    DocumentCache *cache = m_client->documents()->cache();
    if (m_cache != cache) {
        m_cache = cache;
        connect(cache, &DocumentCache::documentReady, this, &FormResultsExport::check);
        connect(cache, &DocumentCache::failed, this,
            [this](const QString &sha256, int code, int reason, const QString &detail) {
                if (m_status == Downloading && (sha256 == m_pdfSha || sha256 == m_csvSha))
                    setStatus(Failed, detail, code, reason);
            });
    }
    setStatus(Downloading);
    cache->fetchExtra(m_pdfSha, qint64(exported.pdf_size()));
    cache->fetchExtra(m_csvSha, qint64(exported.csv_size()));
    check();
}

void FormResultsExport::check()
{
    if (m_status != Downloading || !m_client)
        return;
    DocumentCache *cache = m_client->documents()->cache();
    const QString pdf = cache->localPath(m_pdfSha);
    const QString csv = cache->localPath(m_csvSha);
    if (pdf.isEmpty() || csv.isEmpty())
        return;
    // Both under their own names, beside the cache, for a person to find, open and copy; a
    // newer export of the same form replaces the older one.
    const QDir dir(QDir(m_client->documents()->stateDirectory()).filePath(QStringLiteral("forms")));
    QDir().mkpath(dir.path());
    const QString stem = m_stem.isEmpty() ? m_pdfSha.left(16) : m_stem;
    m_pdfPath = dir.filePath(stem + QStringLiteral(".pdf"));
    m_csvPath = dir.filePath(stem + QStringLiteral(".csv"));
    QFile::remove(m_pdfPath);
    QFile::remove(m_csvPath);
    if (!QFile::copy(pdf, m_pdfPath) || !QFile::copy(csv, m_csvPath)) {
        setStatus(Failed, QStringLiteral("Cannot copy the files into %1").arg(dir.path()),
            int(MeetingClient::Internal));
        return;
    }
    setStatus(Ready);
}

void FormResultsExport::setStatus(Status status, const QString &detail, int code, int reason)
{
    m_status = status;
    m_errorDetail = detail;
    m_errorCode = code;
    m_errorReason = reason;
    emit changed();
}
