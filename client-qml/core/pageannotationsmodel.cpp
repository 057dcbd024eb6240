#include "pageannotationsmodel.h"

#include "annotator.h"
#include "documentlibrary.h"
#include "listsync.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "modelsource.h"
#include "protocol.h"

#include <QSet>

#include <cmath>

using quorum::qstr;
namespace v1 = quorum::v1;

namespace {
QList<qreal> floats(const google::protobuf::RepeatedField<float> &values)
{
    QList<qreal> out;
    out.reserve(values.size());
    for (float v : values)
        out.append(v);
    return out;
}

/** Distance from p to the segment a-b. */
qreal segmentDistance(qreal px, qreal py, qreal ax, qreal ay, qreal bx, qreal by)
{
    const qreal dx = bx - ax, dy = by - ay;
    const qreal len2 = dx * dx + dy * dy;
    qreal t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = std::clamp<qreal>(t, 0, 1);
    return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}
} // namespace

bool PageAnnotationsModel::Entry::operator==(const Entry &other) const
{
    return key == other.key && state == other.state && mine == other.mine
        && op.SerializeAsString() == other.op.SerializeAsString();
}

PageAnnotationsModel::PageAnnotationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    notifyCount(this);
    connect(this, &QAbstractItemModel::rowsInserted, this, &PageAnnotationsModel::contentChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PageAnnotationsModel::contentChanged);
    connect(this, &QAbstractItemModel::rowsMoved, this, &PageAnnotationsModel::contentChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &PageAnnotationsModel::contentChanged);
}

void PageAnnotationsModel::setDocuments(MeetingDocuments *documents)
{
    const bool replaced
        = replaceSource(m_documents, documents, m_connections, [this](MeetingDocuments *next) {
              return QList{ connect(next->library(), &DocumentLibrary::annotationsChanged, this,
                                &PageAnnotationsModel::onChanged),
                  connect(next->annotator(), &Annotator::changed, this,
                      &PageAnnotationsModel::onChanged),
                  connect(next->client(), &MeetingClient::identityChanged, this,
                      &PageAnnotationsModel::refresh) };
          });
    if (!replaced)
        return;
    emit documentsChanged();
    refresh();
}

void PageAnnotationsModel::setDocumentId(const QString &documentId)
{
    if (m_documentId == documentId)
        return;
    m_documentId = documentId;
    emit pageChanged();
    refresh();
}

void PageAnnotationsModel::setPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged();
    refresh();
}

void PageAnnotationsModel::onChanged(const QString &documentId, int page)
{
    if ((documentId.isEmpty() || documentId == m_documentId) && (page < 0 || page == m_page))
        refresh();
}

void PageAnnotationsModel::refresh()
{
    syncRows(this, m_entries, build());
}

std::vector<PageAnnotationsModel::Entry> PageAnnotationsModel::build() const
{
    std::vector<Entry> out;
    if (!m_documents || m_documentId.isEmpty())
        return out;
    const DocumentLibrary *library = m_documents->library();
    const Annotator *annotator = m_documents->annotator();
    const std::string self = quorum::sstr(m_documents->client()->participantId());
    const std::string documentId = quorum::sstr(m_documentId);
    const auto onPage = [&](const v1::AnnotationOp &op) {
        return op.document_id() == documentId && int(op.page()) == m_page;
    };

    for (const v1::AnnotationOp &op : library->visibleAnnotations(m_documentId)) {
        if (int(op.page()) == m_page)
            out.push_back({ qstr(op.op_id()), op, Applied, op.author() == self });
    }
    // Our own operations the server has not answered, folded in the order they were made.
    for (const v1::AnnotationOp &op : annotator->pending()) {
        if (library->hasOp(qstr(op.op_id())))
            continue; // applied already; the reply is on its way
        switch (op.kind_case()) {
        case v1::AnnotationOp::kInk:
        case v1::AnnotationOp::kHighlight:
        case v1::AnnotationOp::kNote:
            if (onPage(op)) {
                v1::AnnotationOp mine = op;
                mine.set_author(self);
                out.push_back({ qstr(op.op_id()), mine, Pending, true });
            }
            break;
        case v1::AnnotationOp::kErase: {
            const QString target = qstr(op.erase().target_op_id());
            out.erase(std::remove_if(
                          out.begin(), out.end(), [&](const Entry &e) { return e.key == target; }),
                out.end());
            break;
        }
        case v1::AnnotationOp::kClearPage:
            if (onPage(op)) {
                out.erase(std::remove_if(out.begin(), out.end(),
                              [&](const Entry &e) { return e.mine && e.op.layer() == op.layer(); }),
                    out.end());
            }
            break;
        case v1::AnnotationOp::KIND_NOT_SET:
            break;
        }
    }
    for (auto it = annotator->previews().cbegin(); it != annotator->previews().cend(); ++it) {
        if (onPage(it->op) && !library->hasOp(it.key()))
            out.push_back({ it.key(), it->op, Live, it->op.author() == self });
    }
    if (annotator->currentStroke() && onPage(*annotator->currentStroke())) {
        v1::AnnotationOp op = *annotator->currentStroke();
        op.set_author(self);
        out.push_back({ qstr(op.op_id()), op, Live, true });
    }
    return out;
}

int PageAnnotationsModel::ownMarkAt(qreal x, qreal y, qreal radius) const
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const Entry &e = m_entries[size_t(row)];
        if (!e.mine || e.state == Live)
            continue;
        switch (e.op.kind_case()) {
        case v1::AnnotationOp::kInk: {
            const auto &xy = e.op.ink().xy();
            const qreal reach = radius + e.op.ink().width() / 2;
            for (int i = 0; i + 3 < xy.size(); i += 2) {
                if (segmentDistance(x, y, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]) <= reach)
                    return row;
            }
            break;
        }
        case v1::AnnotationOp::kHighlight:
            for (const v1::NormalizedRect &r : e.op.highlight().rects()) {
                if (x >= r.x() - radius && x <= r.x() + r.width() + radius && y >= r.y() - radius
                    && y <= r.y() + r.height() + radius)
                    return row;
            }
            break;
        case v1::AnnotationOp::kNote:
            if (std::hypot(x - e.op.note().x(), y - e.op.note().y()) <= radius * 3)
                return row;
            break;
        default:
            break;
        }
    }
    return -1;
}

QString PageAnnotationsModel::opIdAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].key : QString();
}

int PageAnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PageAnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    const v1::AnnotationOp &op = e.op;
    switch (role) {
    case OpIdRole:
        return e.key;
    case KindRole:
        return op.kind_case() == v1::AnnotationOp::kHighlight ? Highlight
            : op.kind_case() == v1::AnnotationOp::kNote       ? Note
                                                              : Ink;
    case StateRole:
        return e.state;
    case LayerRole:
        return int(op.layer());
    case AuthorRole:
        return qstr(op.author());
    case MineRole:
        return e.mine;
    case ColorRole:
        return Annotator::colorName(op.has_ink() ? op.ink().color()
                : op.has_highlight()             ? op.highlight().color()
                                                 : op.note().color());
    case WidthRole:
        return op.has_ink() ? qreal(op.ink().width()) : 0.0;
    case PointsRole:
        return op.has_ink() ? QVariant::fromValue(floats(op.ink().xy())) : QVariant();
    case RectsRole: {
        QList<qreal> rects;
        for (const v1::NormalizedRect &r : op.highlight().rects())
            rects << r.x() << r.y() << r.width() << r.height();
        return QVariant::fromValue(rects);
    }
    case TextRole:
        return qstr(op.note().text());
    case XRole:
        return qreal(op.note().x());
    case YRole:
        return qreal(op.note().y());
    case PressureRole:
        return QVariant::fromValue(floats(op.ink().pressure()));
    default:
        return {};
    }
}

QHash<int, QByteArray> PageAnnotationsModel::roleNames() const
{
    return { { OpIdRole, "opId" }, { KindRole, "kind" }, { StateRole, "state" },
        { LayerRole, "layer" }, { AuthorRole, "author" }, { MineRole, "mine" },
        { ColorRole, "color" }, { WidthRole, "strokeWidth" }, { PointsRole, "points" },
        { RectsRole, "rects" }, { TextRole, "text" }, { XRole, "noteX" }, { YRole, "noteY" },
        { PressureRole, "pressure" } };
}
