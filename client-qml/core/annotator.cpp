#include "annotator.h"

#include "documentlibrary.h"
#include "meetingclient.h"
#include "protocol.h"
#include "replica.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcAnnotator, "quorum.client.annotations", QtInfoMsg)

using quorum::qstr;
using quorum::sstr;
namespace v1 = quorum::v1;

namespace {
// The server's limits (server/core/annotations.cpp): 10 000 points a stroke, widths up to a
// tenth of the page. A longer stroke is cut into several.
constexpr int MaxPointsPerStroke = 10'000;
constexpr qreal MaxWidth = 0.1;
// A point closer than this to the previous one (a thousandth of the page, ~0.2 mm on A4)
// adds nothing visible; dropping it keeps strokes and previews small.
constexpr qreal MinStep = 0.001;
// A preview not followed by its stroke (the author lost the connection with the pen down)
// disappears after this long.
constexpr qint64 PreviewLifetimeMs = 5'000;
// A rate-limited operation goes again after this long (the server's refill is 50/s).
constexpr int RateLimitRetryMs = 1'000;

float clampCoord(qreal v)
{
    return float(std::isfinite(v) ? std::clamp<qreal>(v, 0.0, 1.0) : 0.0);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool drawsSomething(const v1::AnnotationOp &op)
{
    return op.kind_case() == v1::AnnotationOp::kInk
        || op.kind_case() == v1::AnnotationOp::kHighlight
        || op.kind_case() == v1::AnnotationOp::kNote;
}
} // namespace

Annotator::Annotator(MeetingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_clock.start();
    m_previewTimer.setInterval(50);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] { sendPreview(); });
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &Annotator::expirePreviews);

    client->setPreviewHandler([this](const v1::StrokePreview &p) { onPreview(p); });
    connect(client, &MeetingClient::welcomed, this, &Annotator::openJournalForSession);
    // A tablet restarted without the server shows its stored copy: marks made now are
    // journaled and go out after the Welcome.
    connect(client, &MeetingClient::restored, this, &Annotator::openJournalForSession);
    connect(client, &MeetingClient::joinedChanged, this, [this] {
        if (m_client->joined())
            return;
        // leave() dropped the client's queue: the journal keeps the ops, and the next
        // Welcome into this meeting opens it again and resends them.
        m_journal.close();
        m_journalKey.clear();
        m_commandToOp.clear();
        m_undo.clear();
        m_redo.clear();
        emit historyChanged();
        emit pendingChanged();
    });
    connect(client, &MeetingClient::commandAcknowledged, this,
        [this](const QString &id, quint64) { onAnswered(id, false, 0, 0, {}); });
    connect(client, &MeetingClient::commandFailed, this,
        [this](const QString &id, MeetingClient::ErrorCode code, const QString &detail,
            int reason) { onAnswered(id, true, int(code), reason, detail); });
    connect(client->replica()->documents(), &DocumentLibrary::annotationsChanged, this,
        [this](const QString &, int) {
            // A preview ends when its stroke arrives.
            for (auto it = m_previews.begin(); it != m_previews.end();) {
                if (m_client->replica()->documents()->hasOp(it.key())) {
                    const v1::AnnotationOp op = it->op;
                    it = m_previews.erase(it);
                    emit changed(qstr(op.document_id()), int(op.page()));
                } else {
                    ++it;
                }
            }
        });
}

void Annotator::setLayer(Layer layer)
{
    if (m_layer == layer)
        return;
    m_layer = layer;
    emit layerChanged();
}

quint32 Annotator::parseColor(const QString &color)
{
    if (!color.startsWith(QLatin1Char('#')) || (color.size() != 7 && color.size() != 9))
        return 0;
    bool ok = false;
    quint32 v = color.mid(1).toUInt(&ok, 16);
    if (!ok)
        return 0;
    return color.size() == 7 ? (0xff000000u | v) : v;
}

QString Annotator::colorName(quint32 argb)
{
    return QStringLiteral("#%1").arg(argb, 8, 16, QLatin1Char('0'));
}

void Annotator::openJournalForSession()
{
    const QString key = m_client->meetingId() + QLatin1Char('\n') + m_client->participantId();
    if (key == m_journalKey)
        return; // a reconnect: the client's queue resends what is unanswered
    m_journalKey = key;
    m_commandToOp.clear();
    QString path;
    if (!m_journalDir.isEmpty()) {
        const QByteArray hash
            = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
        path = QDir(m_journalDir)
                   .filePath(
                       QStringLiteral("annotations-%1.journal").arg(QString::fromLatin1(hash)));
    }
    QString error;
    if (!m_journal.open(path, &error))
        qCWarning(lcAnnotator) << "cannot open the annotation journal" << path << error;
    if (!m_journal.pending().empty())
        qCInfo(lcAnnotator) << "sending" << m_journal.pending().size()
                            << "annotation operations made before";
    // After the Welcome handler finished: it flushes the queue itself.
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            if (key != m_journalKey)
                return;
            for (const v1::AnnotationOp &op : m_journal.pending()) {
                v1::Command command;
                *command.mutable_annotate()->mutable_op() = op;
                m_commandToOp.insert(m_client->sendCommand(std::move(command)), qstr(op.op_id()));
            }
        },
        Qt::QueuedConnection);
    emit pendingChanged();
    emit changed({}, -1);
}

v1::AnnotationOp Annotator::newOp(const QString &documentId, int page) const
{
    v1::AnnotationOp op;
    op.set_op_id(sstr(newId()));
    op.set_document_id(sstr(documentId));
    op.set_page(quint32(std::max(0, page)));
    op.set_layer(v1::AnnotationLayer(m_layer));
    return op;
}

QString Annotator::submit(v1::AnnotationOp op)
{
    if (!m_journal.isOpen()) {
        qCWarning(lcAnnotator) << "annotation before joining a meeting: dropped";
        return {};
    }
    op.clear_author();
    // Local first: on the disk before it goes anywhere.
    if (!m_journal.append(op))
        qCWarning(lcAnnotator) << "annotation not journaled (disk?); sending it anyway";
    const QString opId = qstr(op.op_id());
    v1::Command command;
    *command.mutable_annotate()->mutable_op() = op;
    m_commandToOp.insert(m_client->sendCommand(std::move(command)), opId);
    emit pendingChanged();
    emit changed(qstr(op.document_id()), int(op.page()));
    return opId;
}

void Annotator::onAnswered(
    const QString &commandId, bool refused, int code, int reason, const QString &detail)
{
    const auto it = m_commandToOp.constFind(commandId);
    if (it == m_commandToOp.cend())
        return;
    const QString opId = *it;
    m_commandToOp.erase(it);
    if (refused && code == MeetingClient::RateLimited) {
        // Not applied, and nothing wrong with it: the same op goes again a moment later.
        QTimer::singleShot(RateLimitRetryMs, this, [this, opId] {
            for (const v1::AnnotationOp &op : m_journal.pending()) {
                if (qstr(op.op_id()) == opId) {
                    v1::Command command;
                    *command.mutable_annotate()->mutable_op() = op;
                    m_commandToOp.insert(m_client->sendCommand(std::move(command)), opId);
                }
            }
        });
        return;
    }
    std::optional<v1::AnnotationOp> op;
    for (const v1::AnnotationOp &p : m_journal.pending()) {
        if (qstr(p.op_id()) == opId)
            op = p;
    }
    m_journal.markDone(opId);
    emit pendingChanged();
    if (op)
        emit changed(qstr(op->document_id()), int(op->page()));
    if (refused) {
        qCInfo(lcAnnotator) << "annotation" << opId << "refused:" << detail;
        emit operationRefused(opId, code, reason, detail);
    }
}

QString Annotator::ink(const QString &documentId, int page, const QList<qreal> &xy,
    const QString &color, qreal width, const QList<qreal> &pressure)
{
    if (xy.size() < 4 || xy.size() % 2 != 0)
        return {};
    v1::AnnotationOp op = newOp(documentId, page);
    v1::InkStroke *ink = op.mutable_ink();
    for (qsizetype i = 0; i + 1 < xy.size() && i / 2 < MaxPointsPerStroke; i += 2) {
        ink->add_xy(clampCoord(xy[i]));
        ink->add_xy(clampCoord(xy[i + 1]));
    }
    if (pressure.size() == xy.size() / 2) {
        for (qsizetype i = 0; i < pressure.size() && i < MaxPointsPerStroke; ++i)
            ink->add_pressure(clampCoord(pressure[i]));
    }
    ink->set_color(parseColor(color));
    ink->set_width(float(std::clamp<qreal>(width, 0.0005, MaxWidth)));
    const QString id = submit(op);
    if (!id.isEmpty())
        record({ { op }, {} });
    return id;
}

QString Annotator::highlight(
    const QString &documentId, int page, const QList<qreal> &rects, const QString &color)
{
    if (rects.size() < 4 || rects.size() % 4 != 0)
        return {};
    v1::AnnotationOp op = newOp(documentId, page);
    v1::Highlight *h = op.mutable_highlight();
    for (qsizetype i = 0; i + 3 < rects.size() && h->rects_size() < 200; i += 4) {
        v1::NormalizedRect *r = h->add_rects();
        r->set_x(clampCoord(rects[i]));
        r->set_y(clampCoord(rects[i + 1]));
        r->set_width(clampCoord(rects[i + 2]));
        r->set_height(clampCoord(rects[i + 3]));
    }
    h->set_color(parseColor(color));
    const QString id = submit(op);
    if (!id.isEmpty())
        record({ { op }, {} });
    return id;
}

QString Annotator::note(const QString &documentId, int page, qreal x, qreal y, const QString &text,
    const QString &color)
{
    const QString trimmed = text.trimmed().left(4000);
    if (trimmed.isEmpty())
        return {};
    v1::AnnotationOp op = newOp(documentId, page);
    v1::TextNote *n = op.mutable_note();
    n->set_x(clampCoord(x));
    n->set_y(clampCoord(y));
    n->set_text(sstr(trimmed));
    n->set_color(parseColor(color));
    const QString id = submit(op);
    if (!id.isEmpty())
        record({ { op }, {} });
    return id;
}

std::optional<v1::AnnotationOp> Annotator::findDrawing(const QString &opId) const
{
    for (const v1::AnnotationOp &op : m_journal.pending()) {
        if (qstr(op.op_id()) == opId && drawsSomething(op))
            return op;
    }
    for (const v1::AnnotationOp &op : m_client->replica()->documents()->visibleAnnotations()) {
        if (qstr(op.op_id()) == opId)
            return op;
    }
    return std::nullopt;
}

QString Annotator::erase(const QString &opId)
{
    const std::optional<v1::AnnotationOp> target = findDrawing(opId);
    if (!target)
        return {};
    v1::AnnotationOp op = newOp(qstr(target->document_id()), int(target->page()));
    op.set_layer(target->layer()); // the server takes the target's anyway
    op.mutable_erase()->set_target_op_id(target->op_id());
    const QString id = submit(op);
    if (!id.isEmpty())
        record({ {}, { *target } });
    return id;
}

std::vector<v1::AnnotationOp> Annotator::ownMarks(
    const QString &documentId, int page, int layer) const
{
    const std::string self = sstr(m_client->participantId());
    std::vector<v1::AnnotationOp> out;
    for (const v1::AnnotationOp &op :
        m_client->replica()->documents()->visibleAnnotations(documentId)) {
        if (op.author() == self && int(op.page()) == page && int(op.layer()) == layer)
            out.push_back(op);
    }
    for (const v1::AnnotationOp &op : m_journal.pending()) {
        if (drawsSomething(op) && qstr(op.document_id()) == documentId && int(op.page()) == page
            && int(op.layer()) == layer
            && !m_client->replica()->documents()->hasOp(qstr(op.op_id())))
            out.push_back(op);
    }
    return out;
}

QString Annotator::clearPage(const QString &documentId, int page)
{
    std::vector<v1::AnnotationOp> removed = ownMarks(documentId, page, m_layer);
    v1::AnnotationOp op = newOp(documentId, page);
    op.mutable_clear_page();
    const QString id = submit(op);
    if (!id.isEmpty() && !removed.empty())
        record({ {}, std::move(removed) });
    return id;
}

void Annotator::record(Action action)
{
    m_undo.push_back(std::move(action));
    m_redo.clear();
    emit historyChanged();
}

Annotator::Action Annotator::replay(const Action &action)
{
    // The inverse of an action, carried out: what it made is erased, what it removed is
    // made again under new ids (an op id is never reused with other content).
    Action inverse;
    for (const v1::AnnotationOp &made : action.created) {
        v1::AnnotationOp op = newOp(qstr(made.document_id()), int(made.page()));
        op.set_layer(made.layer());
        op.mutable_erase()->set_target_op_id(made.op_id());
        if (!submit(op).isEmpty())
            inverse.removed.push_back(made);
    }
    for (const v1::AnnotationOp &gone : action.removed) {
        v1::AnnotationOp again = gone;
        again.set_op_id(sstr(newId()));
        if (!submit(again).isEmpty())
            inverse.created.push_back(again);
    }
    return inverse;
}

void Annotator::undo()
{
    if (m_undo.empty())
        return;
    Action action = std::move(m_undo.back());
    m_undo.pop_back();
    m_redo.push_back(replay(action));
    emit historyChanged();
}

void Annotator::redo()
{
    if (m_redo.empty())
        return;
    Action action = std::move(m_redo.back());
    m_redo.pop_back();
    m_undo.push_back(replay(action));
    emit historyChanged();
}

QString Annotator::beginStroke(
    const QString &documentId, int page, const QString &color, qreal width)
{
    if (m_stroke)
        cancelStroke();
    m_stroke = newOp(documentId, page);
    m_stroke->mutable_ink()->set_color(parseColor(color));
    m_stroke->mutable_ink()->set_width(float(std::clamp<qreal>(width, 0.0005, MaxWidth)));
    m_previewSent = 0;
    m_previewTimer.start();
    emit drawingChanged();
    return qstr(m_stroke->op_id());
}

void Annotator::addPoint(qreal x, qreal y, qreal pressure)
{
    if (!m_stroke)
        return;
    v1::InkStroke *ink = m_stroke->mutable_ink();
    const float fx = clampCoord(x), fy = clampCoord(y);
    const int n = ink->xy_size() / 2;
    if (n > 0 && std::hypot(fx - ink->xy(2 * n - 2), fy - ink->xy(2 * n - 1)) < MinStep)
        return;
    if (n >= MaxPointsPerStroke) {
        // Past the server's limit: this part becomes a stroke, the pen goes on in a new one.
        const QString documentId = qstr(m_stroke->document_id());
        const int page = int(m_stroke->page());
        const QString color = colorName(ink->color());
        const qreal width = ink->width();
        const float lx = ink->xy(2 * n - 2), ly = ink->xy(2 * n - 1);
        endStroke();
        beginStroke(documentId, page, color, width);
        addPoint(lx, ly, pressure);
        addPoint(x, y, pressure);
        return;
    }
    ink->add_xy(fx);
    ink->add_xy(fy);
    // Pressure only when every point has one.
    if (pressure >= 0 && ink->pressure_size() == n)
        ink->add_pressure(clampCoord(pressure));
    else if (ink->pressure_size() > 0)
        ink->clear_pressure();
    emit changed(qstr(m_stroke->document_id()), int(m_stroke->page()));
}

QString Annotator::endStroke()
{
    if (!m_stroke)
        return {};
    sendPreview();
    m_previewTimer.stop();
    v1::AnnotationOp op = std::move(*m_stroke);
    m_stroke.reset();
    emit drawingChanged();
    if (op.ink().xy_size() < 4) {
        // A tap, not a stroke; tell the others' tablets to drop the preview.
        m_stroke = op;
        sendPreview(true);
        m_stroke.reset();
        emit changed(qstr(op.document_id()), int(op.page()));
        return {};
    }
    if (op.ink().pressure_size() * 2 != op.ink().xy_size())
        op.mutable_ink()->clear_pressure();
    const QString id = submit(op);
    if (!id.isEmpty())
        record({ { op }, {} });
    return id;
}

void Annotator::cancelStroke()
{
    if (!m_stroke)
        return;
    sendPreview(true);
    m_previewTimer.stop();
    const v1::AnnotationOp op = std::move(*m_stroke);
    m_stroke.reset();
    emit drawingChanged();
    emit changed(qstr(op.document_id()), int(op.page()));
}

void Annotator::sendPreview(bool cancel)
{
    if (!m_stroke)
        return;
    const v1::InkStroke &ink = m_stroke->ink();
    const int points = ink.xy_size() / 2;
    if (!cancel && points <= m_previewSent)
        return;
    v1::ClientMessage message;
    v1::StrokePreview *p = message.mutable_stroke_preview();
    p->set_stroke_id(m_stroke->op_id());
    p->set_document_id(m_stroke->document_id());
    p->set_page(m_stroke->page());
    p->set_layer(m_stroke->layer());
    p->set_color(ink.color());
    p->set_width(ink.width());
    if (cancel) {
        p->set_cancel(true);
    } else {
        p->set_first_point(quint32(m_previewSent));
        for (int i = 2 * m_previewSent; i < ink.xy_size(); ++i)
            p->add_xy(ink.xy(i));
    }
    // Offline: previews are live or nothing; the stroke itself is journaled at pen lift.
    if (m_client->sendMessage(message))
        m_previewSent = points;
}

void Annotator::onPreview(const v1::StrokePreview &preview)
{
    const QString id = qstr(preview.stroke_id());
    if (preview.cancel()) {
        m_previews.remove(id);
    } else if (!m_client->replica()->documents()->hasOp(id)) {
        Preview &p = m_previews[id];
        v1::AnnotationOp &op = p.op;
        if (op.op_id().empty()) {
            op.set_op_id(preview.stroke_id());
            op.set_document_id(preview.document_id());
            op.set_page(preview.page());
            op.set_layer(preview.layer());
            op.set_author(preview.author());
            op.mutable_ink()->set_color(preview.color());
            op.mutable_ink()->set_width(preview.width());
        }
        // Previews of one stroke arrive in order on one connection; a lost one leaves a
        // straight segment until the stroke itself arrives.
        if (int(preview.first_point()) * 2 >= op.ink().xy_size()
            && op.ink().xy_size() + preview.xy_size() <= 2 * MaxPointsPerStroke) {
            for (float v : preview.xy())
                op.mutable_ink()->add_xy(v);
        }
        p.lastSeenMs = m_clock.elapsed();
        if (!m_expiry.isActive())
            m_expiry.start();
    }
    emit changed(qstr(preview.document_id()), int(preview.page()));
}

void Annotator::expirePreviews()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_previews.begin(); it != m_previews.end();) {
        if (now - it->lastSeenMs > PreviewLifetimeMs) {
            const v1::AnnotationOp op = it->op;
            it = m_previews.erase(it);
            emit changed(qstr(op.document_id()), int(op.page()));
        } else {
            ++it;
        }
    }
    if (m_previews.isEmpty())
        m_expiry.stop();
}
