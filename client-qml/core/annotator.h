#pragma once

#include "annotationjournal.h"
#include "quorum.pb.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <QtQmlIntegration/qqmlintegration.h>
#include <optional>
#include <vector>

class MeetingClient;

/**
 * What the user does to annotations, local first: each operation (ink, highlight, note,
 * erase, clear page) gets a tablet-made id, is written to the AnnotationJournal on disk, then
 * sent as an Annotate command. Operations made offline wait in the journal and in the
 * client's command queue; a tablet that restarts sends what its journal still holds after
 * the next Welcome into the same meeting as the same participant.
 *
 * It also keeps this session's undo/redo history (as operations: undoing a stroke erases it,
 * redoing makes a new one), sends throttled live previews while a pen moves, and holds the
 * previews of other people's pens until their strokes arrive.
 */
class Annotator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.documents.annotator")
    Q_PROPERTY(Layer layer READ layer WRITE setLayer NOTIFY layerChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(bool drawing READ drawing NOTIFY drawingChanged)

public:
    /** Same numbers as quorum.v1.AnnotationLayer. */
    enum Layer { Private = 1, Shared = 2, Presenter = 3 };
    Q_ENUM(Layer)

    /** Another participant's pen, as far as its previews came. */
    struct Preview
    {
        quorum::v1::AnnotationOp op; // an ink op with op_id = stroke id and author
        qint64 lastSeenMs = 0;
    };

    explicit Annotator(MeetingClient *client, QObject *parent = nullptr);

    /** Where the journals live (one per meeting and participant); empty keeps them in memory. */
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    QString journalDirectory() const { return m_journalDir; }
    /**
     * Opens the journal of the client's meeting and participant and resends what it holds
     * unanswered; called on every Welcome and restore (a reconnect changes nothing).
     */
    void openJournalForSession();
    /** Live previews go out at most this often while a pen moves; default 50 ms (20/s). */
    void setPreviewInterval(int ms) { m_previewTimer.setInterval(ms); }

    Layer layer() const { return m_layer; }
    void setLayer(Layer layer);
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    int pendingCount() const { return int(m_journal.pending().size()); }
    bool drawing() const { return m_stroke.has_value(); }

    /** An ink stroke: xy = x0, y0, x1, y1, ... in page coordinates 0..1; width as a fraction
     *  of the page width; colour "#RRGGBB" or "#AARRGGBB". Returns the op id. */
    Q_INVOKABLE QString ink(const QString &documentId, int page, const QList<qreal> &xy,
        const QString &color, qreal width, const QList<qreal> &pressure = {});
    /** Highlighted rectangles: x, y, width, height, ... in page coordinates. */
    Q_INVOKABLE QString highlight(
        const QString &documentId, int page, const QList<qreal> &rects, const QString &color);
    Q_INVOKABLE QString note(const QString &documentId, int page, qreal x, qreal y,
        const QString &text, const QString &color);
    /** Erases an ink, highlight or note of one's own (the chair: also shared ones). */
    Q_INVOKABLE QString erase(const QString &opId);
    /** Clears one's own marks on the page, on the current layer. */
    Q_INVOKABLE QString clearPage(const QString &documentId, int page);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    /** Live ink: a pen went down. Returns the stroke id (the op id of the final stroke). */
    Q_INVOKABLE QString beginStroke(
        const QString &documentId, int page, const QString &color, qreal width);
    /** The pen moved; pressure < 0 when the device has none. */
    Q_INVOKABLE void addPoint(qreal x, qreal y, qreal pressure = -1);
    /** The pen lifted: the stroke becomes an operation (none for a single point). */
    Q_INVOKABLE QString endStroke();
    Q_INVOKABLE void cancelStroke();

    /** Own operations not answered by the server yet, in order (erase and clear included). */
    const std::vector<quorum::v1::AnnotationOp> &pending() const { return m_journal.pending(); }
    /** The stroke being drawn on this tablet now, as an ink operation. */
    const std::optional<quorum::v1::AnnotationOp> &currentStroke() const { return m_stroke; }
    /** Other people's pens moving now. */
    const QHash<QString, Preview> &previews() const { return m_previews; }
    /** The journal of the meeting this client is in (C++ only; tests). */
    const AnnotationJournal &journal() const { return m_journal; }

    /** "#AARRGGBB" (or "#RRGGBB": opaque) to 0xAARRGGBB; 0 for anything else. */
    static quint32 parseColor(const QString &color);
    static QString colorName(quint32 argb);

signals:
    void layerChanged();
    void historyChanged();
    void pendingChanged();
    void drawingChanged();
    /** Something this object holds for a page changed: pending ops, the local stroke, a preview. */
    void changed(const QString &documentId, int page);
    /**
     * The server refused one of our operations; it is dropped from the journal. code is a
     * MeetingClient::ErrorCode, reason a Refusal::Reason (Texts.refusalText words them).
     */
    void operationRefused(const QString &opId, int code, int reason, const QString &detail);

private:
    /** One undoable step: what it made and what it removed (kept whole, to make it again). */
    struct Action
    {
        std::vector<quorum::v1::AnnotationOp> created;
        std::vector<quorum::v1::AnnotationOp> removed;
    };

    quorum::v1::AnnotationOp newOp(const QString &documentId, int page) const;
    QString submit(quorum::v1::AnnotationOp op);
    void record(Action action);
    Action replay(const Action &action);
    std::optional<quorum::v1::AnnotationOp> findDrawing(const QString &opId) const;
    std::vector<quorum::v1::AnnotationOp> ownMarks(
        const QString &documentId, int page, int layer) const;
    void onAnswered(
        const QString &commandId, bool refused, int code, int reason, const QString &detail);
    void sendPreview(bool cancel = false);
    void onPreview(const quorum::v1::StrokePreview &preview);
    void expirePreviews();

    MeetingClient *m_client;
    QString m_journalDir;
    QString m_journalKey; // meeting and participant of the open journal
    AnnotationJournal m_journal;
    QHash<QString, QString> m_commandToOp;
    Layer m_layer = Private;
    std::vector<Action> m_undo;
    std::vector<Action> m_redo;

    std::optional<quorum::v1::AnnotationOp> m_stroke;
    int m_previewSent = 0; // points of m_stroke already previewed
    QTimer m_previewTimer;
    QHash<QString, Preview> m_previews;
    QTimer m_expiry;
    QElapsedTimer m_clock;
};
