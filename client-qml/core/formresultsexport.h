#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQmlIntegration/qqmlintegration.h>

class DocumentCache;
class MeetingClient;

namespace quorum::v1 {
class FormResultsExported;
}

/**
 * The secretary's and the chair's export of one form's consolidated results (docs/forms.md,
 * "Export"): asks the server (ExportFormResults), which makes a PDF and a CSV from the log as
 * the minutes hold it; fetches both by SHA-256 into the tablet's document cache (FetchDocument,
 * bounded chunks), then copies them under their names into `<state directory>/forms/`, where
 * the dialog says they are.
 */
class FormResultsExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString formId READ formId NOTIFY changed)
    Q_PROPERTY(QUrl pdfUrl READ pdfUrl NOTIFY changed)
    Q_PROPERTY(QString pdfPath READ pdfPath NOTIFY changed)
    Q_PROPERTY(QString csvPath READ csvPath NOTIFY changed)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY changed) // English, for logs
    /** Failed: the server's MeetingClient::ErrorCode and Refusal::Reason (0: transfer failed). */
    Q_PROPERTY(int errorCode READ errorCode NOTIFY changed)
    Q_PROPERTY(int errorReason READ errorReason NOTIFY changed)

public:
    enum Status {
        None, // nothing asked
        Exporting, // ExportFormResults sent, the server is making the files
        Downloading, // made; the bytes are on their way
        Ready, // both files are on this tablet (pdfPath, csvPath)
        Failed, // refused, or the transfer failed (errorReason, errorDetail)
    };
    Q_ENUM(Status)

    explicit FormResultsExport(QObject *parent = nullptr);

    MeetingClient *client() const;
    void setClient(MeetingClient *client);

    Status status() const { return m_status; }
    QString formId() const { return m_formId; }
    QUrl pdfUrl() const { return QUrl::fromLocalFile(m_pdfPath); }
    QString pdfPath() const { return m_pdfPath; }
    QString csvPath() const { return m_csvPath; }
    QString errorDetail() const { return m_errorDetail; }
    int errorCode() const { return m_errorCode; }
    int errorReason() const { return m_errorReason; }

    /** Chair/secretary: the server makes the files of this form now, in this language. */
    Q_INVOKABLE void exportForm(const QString &formId, bool english);

signals:
    void clientChanged();
    void changed();

private:
    void onExported(const quorum::v1::FormResultsExported &exported);
    void check();
    void setStatus(Status status, const QString &detail = {}, int code = 0, int reason = 0);

    QPointer<MeetingClient> m_client;
    QPointer<DocumentCache> m_cache; // connected to
    Status m_status = None;
    quint64 m_requestId = 0;
    QString m_formId;
    QString m_stem;
    QString m_pdfSha, m_csvSha;
    QString m_pdfPath, m_csvPath;
    QString m_errorDetail;
    int m_errorCode = 0;
    int m_errorReason = 0;
};
