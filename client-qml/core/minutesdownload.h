#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQmlIntegration/qqmlintegration.h>

class DocumentCache;
class MeetingClient;

/**
 * The secretary's and the chair's copy of the newest minutes export (docs/minutes.md): asks
 * the server for one (ExportMinutes), and when MinutesExported arrives fetches the minutes
 * PDF and the signed archive by SHA-256 into the tablet's document cache (FetchDocument, the
 * documents' transfer). The archive is then copied under its own name into
 * `<state directory>/minutes/`, where the console says it is.
 */
class MinutesDownload : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QUrl pdfUrl READ pdfUrl NOTIFY changed)
    Q_PROPERTY(QString archivePath READ archivePath NOTIFY changed)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY changed) // English, for logs
    /** Failed: the server's MeetingClient::ErrorCode and Refusal::Reason (0: the transfer failed).
     */
    Q_PROPERTY(int errorCode READ errorCode NOTIFY changed)
    Q_PROPERTY(int errorReason READ errorReason NOTIFY changed)

public:
    enum Status {
        None, // never exported
        Exporting, // ExportMinutes sent, the server is making the files
        Downloading, // exported; the bytes are on their way
        Ready, // the PDF and the archive are on this tablet
        Failed, // the export or the transfer failed (errorDetail)
    };
    Q_ENUM(Status)

    /** What became of a copy of the minutes PDF (savePdfCopy); Texts.pdfCopyText words it. */
    enum PdfCopy {
        Saved, // the copy is there
        NotDownloaded, // the PDF is not on this tablet yet
        NotALocalFile, // the place chosen is not a file on this tablet
        NotWritten, // the tablet's file system refused (full, read-only, not allowed)
    };
    Q_ENUM(PdfCopy)

    explicit MinutesDownload(QObject *parent = nullptr);

    MeetingClient *client() const { return m_client; }
    void setClient(MeetingClient *client);

    Status status() const { return m_status; }
    QUrl pdfUrl() const { return m_pdfUrl; }
    QString archivePath() const { return m_archivePath; }
    QString errorDetail() const { return m_errorDetail; }
    int errorCode() const { return m_errorCode; }
    int errorReason() const { return m_errorReason; }

    /** Chair/secretary: the server makes the PDF and the archive now. */
    Q_INVOKABLE void exportNow();
    /**
     * A copy of the minutes PDF at `target` (a file: URL, e.g. from a save dialog), for a
     * tablet with no PDF viewer; an existing file there is replaced. The system's own words
     * for a failed write go to the log only.
     */
    Q_INVOKABLE PdfCopy savePdfCopy(const QUrl &target) const;

signals:
    void clientChanged();
    void changed();

private:
    void onExported();
    void check();
    void setStatus(Status status, const QString &detail = {}, int code = 0, int reason = 0);

    QPointer<MeetingClient> m_client;
    QPointer<DocumentCache> m_cache; // connected to
    Status m_status = None;
    QString m_commandId;
    QUrl m_pdfUrl;
    QString m_archivePath;
    QString m_errorDetail;
    int m_errorCode = 0;
    int m_errorReason = 0;
};
