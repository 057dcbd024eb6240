#pragma once

#include <QObject>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration/qqmlintegration.h>

class Annotator;
class DocumentCache;
class DocumentLibrary;
class DocumentUpload;
class FollowersModel;
class MeetingClient;

namespace quorum::v1 {
class DocumentExported;
}

/**
 * The documents side of a MeetingClient for the reader (`client.documents` in QML): the
 * cache of PDF files on the tablet, annotations made here (Annotator), what the presenter
 * shows and the commands to present. Made on first use, so bots and headless tests that never
 * read documents fetch no bytes.
 */
class MeetingDocuments : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.documents")
    Q_PROPERTY(Annotator *annotator READ annotator CONSTANT)
    Q_MOC_INCLUDE("annotator.h")
    Q_PROPERTY(QString stateDirectory READ stateDirectory WRITE setStateDirectory NOTIFY
            stateDirectoryChanged)
    Q_PROPERTY(bool allReady READ allReady NOTIFY cacheChanged)
    Q_PROPERTY(double progress READ progress NOTIFY cacheChanged)
    Q_PROPERTY(int count READ count NOTIFY documentsChanged)
    Q_PROPERTY(bool presenting READ presenting NOTIFY presentationChanged)
    Q_PROPERTY(QString presentedDocumentId READ presentedDocumentId NOTIFY presentationChanged)
    Q_PROPERTY(int presentedPage READ presentedPage NOTIFY presentationChanged)
    Q_PROPERTY(QString presenterId READ presenterId NOTIFY presentationChanged)
    Q_PROPERTY(QString presenterName READ presenterName NOTIFY presentationChanged)
    Q_PROPERTY(bool canPresent READ canPresent NOTIFY presentationChanged)
    /** The chair's or the secretary's upload of a PDF (add, or replace with a new version). */
    Q_PROPERTY(DocumentUpload *upload READ upload CONSTANT)
    Q_MOC_INCLUDE("documentupload.h")
    /** Who follows the presentation (the chair and the presenter receive it). */
    Q_PROPERTY(FollowersModel *followers READ followers CONSTANT)
    Q_MOC_INCLUDE("followersmodel.h")
    /** The last exportAnnotated(): where it is, the file when done, why not when failed. */
    Q_PROPERTY(ExportState exportState READ exportState NOTIFY exportChanged)
    Q_PROPERTY(QString exportDocumentId READ exportDocumentId NOTIFY exportChanged)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportChanged)
    Q_PROPERTY(QUrl exportUrl READ exportUrl NOTIFY exportChanged)
    Q_PROPERTY(QString exportFileName READ exportFileName NOTIFY exportChanged)
    Q_PROPERTY(int exportAnnotationCount READ exportAnnotationCount NOTIFY exportChanged)
    /** A MeetingClient::ErrorCode when the export failed. */
    Q_PROPERTY(int exportError READ exportError NOTIFY exportChanged)
    Q_PROPERTY(
        QString exportErrorDetail READ exportErrorDetail NOTIFY exportChanged) // English, for logs
    /** A Refusal::Reason when the server refused the export or its fetch (None otherwise). */
    Q_PROPERTY(int exportErrorReason READ exportErrorReason NOTIFY exportChanged)

public:
    enum ExportState {
        ExportIdle, // nothing asked
        ExportRendering, // the server writes the annotations into the PDF
        ExportDownloading, // the file comes to the tablet
        ExportReady, // exportUrl is the file on the tablet
        ExportFailed, // exportError says why
    };
    Q_ENUM(ExportState)

    explicit MeetingDocuments(MeetingClient *client);

    MeetingClient *client() const { return m_client; }
    DocumentLibrary *library() const;
    Annotator *annotator() const { return m_annotator; }
    DocumentUpload *upload() const { return m_upload; }
    /** The PDF files; made (and starts fetching) on first call. */
    DocumentCache *cache();

    /** Journals and PDF files live here; default the client's state directory, else the
     *  user's application data folder. Set it before the documents are first used. */
    QString stateDirectory() const;
    void setStateDirectory(const QString &path);

    bool allReady();
    double progress();
    int count() const;

    bool presenting() const;
    QString presentedDocumentId() const;
    int presentedPage() const;
    QString presenterId() const;
    QString presenterName() const;
    /** This participant may present: the named presenter, or the chair when nobody is. */
    bool canPresent() const;

    /** The local PDF of a document (file: URL), empty while it is not on the tablet. */
    Q_INVOKABLE QUrl localUrl(const QString &documentId);
    Q_INVOKABLE double progressOf(const QString &documentId);
    Q_INVOKABLE QString title(const QString &documentId) const;
    Q_INVOKABLE int pageCount(const QString &documentId) const;
    /** Size of a page in points (rotation applied), from the server's ingest. */
    Q_INVOKABLE QSizeF pageSize(const QString &documentId, int page) const;
    /** The outline, flattened: [{title, page, level}, ...]. */
    Q_INVOKABLE QVariantList outline(const QString &documentId) const;

    /** The presenter: show this page to the followers. Returns the command id. */
    Q_INVOKABLE QString present(const QString &documentId, int page);
    Q_INVOKABLE QString stopPresenting();
    /** Chair, secretary: take a document off its agenda item. Returns the command id. */
    Q_INVOKABLE QString removeDocument(const QString &documentId);
    /** The chair: name the presenter (empty: the chair again). */
    Q_INVOKABLE QString setPresenter(const QString &participantId);

    FollowersModel *followers() const { return m_followers; }
    /**
     * The reader tells where it is: following the presenter, or on its own at a page of a
     * document. Sent to the server when it changes (while following, page turns are the
     * presenter's and are not sent), and again after every reconnect.
     */
    Q_INVOKABLE void reportReading(bool following, const QString &documentId, int page);
    /** The reader closed: not reading any more. */
    Q_INVOKABLE void stopReading();

    /**
     * Asks the server for one document with its shared annotations (and this participant's
     * private ones when `includePrivate`) written in as PDF annotations, then fetches it into
     * the tablet's exports folder. One at a time: false while one is under way or offline.
     */
    Q_INVOKABLE bool exportAnnotated(const QString &documentId, bool includePrivate);
    ExportState exportState() const { return m_export.state; }
    QString exportDocumentId() const { return m_export.documentId; }
    double exportProgress();
    QUrl exportUrl() const { return m_export.url; }
    QString exportFileName() const { return m_export.fileName; }
    int exportAnnotationCount() const { return m_export.annotations; }
    int exportError() const { return m_export.error; }
    QString exportErrorDetail() const { return m_export.errorDetail; }
    int exportErrorReason() const { return m_export.errorReason; }

signals:
    void stateDirectoryChanged();
    void cacheChanged();
    /** Download progress of one document (sha256 of its bytes). */
    void documentProgress(const QString &sha256, double progress);
    void documentReady(const QString &sha256);
    void documentsChanged();
    void presentationChanged();
    void exportChanged();

private:
    MeetingClient *m_client;
    Annotator *m_annotator = nullptr;
    DocumentUpload *m_upload = nullptr;
    void sendReading();
    void onExported(const quorum::v1::DocumentExported &exported);
    void exportFetched(const QString &sha256);
    void exportFailed(int code, const QString &detail, int reason = 0);
    void discardExports();
    void updateFollowersAccess();

    DocumentCache *m_cache = nullptr;
    QString m_stateDirectory;
    FollowersModel *m_followers;
    struct Reading
    {
        bool following = false;
        QString documentId; // empty and not following: not reading
        int page = 0;
        bool operator==(const Reading &o) const
        {
            return following == o.following && documentId == o.documentId
                && (following || page == o.page);
        }
    };
    Reading m_reading;
    bool m_readingSent = false; // m_reading reached the server on this connection
    struct Export
    {
        ExportState state = ExportIdle;
        quint64 requestId = 0;
        QString documentId;
        QString sha256;
        QString fileName;
        QUrl url;
        int annotations = 0;
        int error = 0;
        QString errorDetail;
        int errorReason = 0;
    };
    Export m_export;
    QSet<QString> m_exportedHashes; // exports fetched in this session (may hold private notes)
    quint64 m_nextExportRequest = 1;
    bool m_exportWired = false; // connected to the cache's signals
};
