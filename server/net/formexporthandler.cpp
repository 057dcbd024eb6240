// ExportFormResults: a form's consolidation as PDF and CSV (docs/forms.md, "Export"). The gate
// and the form's existence are checked on the event loop; the files are made by the
// FormExporter from the durable log (the child process the minutes' export uses), kept by
// SHA-256 and fetched with FetchDocument in bounded chunks. Not a command: no event.
#include "formexports.h"

#include "blobstore.h"
#include "gate.h"
#include "room.h"
#include "session.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage refused(quint64 requestId, const v1::Error &error)
{
    v1::ServerMessage message;
    v1::FormResultsExported *e = message.mutable_form_results_exported();
    e->set_request_id(requestId);
    *e->mutable_error() = error;
    return message;
}
} // namespace

FormExports::FormExports(const Gate &gate, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
{ }

FormExports::~FormExports() = default;

bool FormExports::setBlobStore(BlobStore *blobs, QString *error)
{
    const QString dir
        = QFileInfo(blobs->directory()).dir().filePath(QStringLiteral("form-exports"));
    // Which meeting an export belongs to lives in this run's memory: an earlier run's files
    // are dropped (a tablet exports again; the log they come from is kept).
    QDir(dir).removeRecursively();
    m_files = std::make_unique<BlobStore>(dir);
    return m_files->open(error);
}

void FormExports::handle(Session &session, const v1::ExportFormResults &request)
{
    const quint64 requestId = request.request_id();
    if (const auto error = m_gate.refusal(session, v1::ClientMessage::kExportFormResults)) {
        session.send(refused(requestId, *error));
        return;
    }
    const QString formId = qstr(request.form_id());
    const FormRecord *form = session.room()->meeting().state().forms.form(formId);
    if (!form) {
        session.send(refused(requestId,
            makeError(v1::ERROR_INVALID_ARGUMENT, v1::FORM_REFUSAL_UNKNOWN_FORM,
                QStringLiteral("No form '%1' in the meeting").arg(formId))));
        return;
    }
    if (form->phase == v1::FORM_PHASE_DEFINED) {
        session.send(refused(requestId,
            makeError(v1::ERROR_INVALID_STATE, v1::FORM_REFUSAL_NOT_OPENED,
                QStringLiteral("Form '%1' was never opened").arg(formId))));
        return;
    }
    const QString meetingId = session.room()->id();
    // One at a time per meeting: a form's files take a second or two; a second request
    // while one runs is the same key pressed twice.
    if (!m_exporter || !m_files || m_running.contains(meetingId)) {
        session.send(refused(requestId,
            makeError(v1::ERROR_RATE_LIMITED, v1::FORM_REFUSAL_EXPORT_BUSY,
                m_exporter ? QStringLiteral("An export of this meeting's forms is running")
                           : QStringLiteral("This server cannot export forms"))));
        return;
    }
    auto scratch = std::make_shared<QTemporaryDir>(
        QDir(m_files->directory()).filePath(QStringLiteral("export-XXXXXX")));
    if (!scratch->isValid()) {
        session.send(refused(requestId,
            makeError(v1::ERROR_INTERNAL, v1::FORM_REFUSAL_EXPORT_FAILED,
                QStringLiteral("No scratch folder in %1").arg(m_files->directory()))));
        return;
    }
    m_running.insert(meetingId);
    qCInfo(lcServer) << session.describe() << "exports the results of form" << formId;
    QPointer<Session> requester(&session);
    QPointer<FormExports> self(this);
    m_exporter->start(meetingId, formId, request.english(), scratch->path(),
        [self, requester, requestId, meetingId, scratch](const FormExporter::Result &result) {
            if (!self)
                return;
            self->m_running.remove(meetingId);
            v1::ServerMessage answer;
            v1::FormResultsExported *e = answer.mutable_form_results_exported();
            e->set_request_id(requestId);
            QString error = result.detail;
            QString pdf, csv;
            if (result.ok) {
                const QDir dir(scratch->path());
                const QString pdfPath = dir.filePath(result.stem + QStringLiteral(".pdf"));
                const QString csvPath = dir.filePath(result.stem + QStringLiteral(".csv"));
                pdf = self->m_files->addFile(pdfPath, QStringLiteral("pdf"), &error);
                csv = pdf.isEmpty()
                    ? QString()
                    : self->m_files->addFile(csvPath, QStringLiteral("csv"), &error);
                e->set_pdf_size(quint64(QFileInfo(pdfPath).size()));
                e->set_csv_size(quint64(QFileInfo(csvPath).size()));
            }
            if (csv.isEmpty()) {
                qCWarning(lcServer) << "export of a form of" << meetingId << "failed:" << error;
                answer = refused(requestId,
                    result.notInMinutes
                        ? makeError(v1::ERROR_INVALID_STATE, v1::FORM_REFUSAL_NOT_OPENED, error)
                        : makeError(v1::ERROR_INTERNAL, v1::FORM_REFUSAL_EXPORT_FAILED, error));
            } else {
                self->m_exported.add(meetingId, pdf, {});
                self->m_exported.add(meetingId, csv, {});
                e->set_pdf_sha256(sstr(pdf));
                e->set_csv_sha256(sstr(csv));
                e->set_file_stem(sstr(result.stem));
                e->set_last_seq(result.lastSeq);
            }
            if (requester && requester->state() == Session::State::Live)
                requester->send(answer);
        });
}

QString FormExports::path(const QString &meetingId, const QString &sha256) const
{
    return m_files && m_exported.contains(meetingId, sha256) ? m_files->path(sha256) : QString();
}

} // namespace quorum
