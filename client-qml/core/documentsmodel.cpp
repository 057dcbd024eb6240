#include "documentsmodel.h"

#include "documentcache.h"
#include "documentlibrary.h"
#include "listsync.h"
#include "meetingdocuments.h"
#include "modelsource.h"
#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

bool DocumentsModel::Entry::operator==(const Entry &other) const
{
    return key == other.key && progress == other.progress
        && document.SerializeAsString() == other.document.SerializeAsString();
}

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    notifyCount(this);
}

void DocumentsModel::setDocuments(MeetingDocuments *documents)
{
    const bool replaced
        = replaceSource(m_documents, documents, m_connections, [this](MeetingDocuments *next) {
              const QList connections{ connect(next->library(), &DocumentLibrary::documentsChanged,
                                           this, &DocumentsModel::refresh),
                  connect(next, &MeetingDocuments::cacheChanged, this, &DocumentsModel::refresh) };
              next->cache(); // start fetching
              return connections;
          });
    if (!replaced)
        return;
    emit documentsChanged();
    refresh();
}

void DocumentsModel::setItemId(const QString &itemId)
{
    if (m_itemId == itemId)
        return;
    m_itemId = itemId;
    emit itemIdChanged();
    refresh();
}

void DocumentsModel::refresh()
{
    std::vector<Entry> next;
    if (m_documents) {
        DocumentCache *cache = m_documents->cache();
        for (const v1::Document &d : m_documents->library()->documents()) {
            if (!m_itemId.isEmpty() && qstr(d.item_id()) != m_itemId)
                continue;
            next.push_back({ qstr(d.id()), d, cache->progress(qstr(d.sha256())) });
        }
    }
    syncRows(this, m_entries, std::move(next));
    const bool ready = std::all_of(
        m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.progress >= 1.0; });
    if (ready != m_allReady) {
        m_allReady = ready;
        emit readyChanged();
    }
}

bool DocumentsModel::allReady() const
{
    return m_allReady;
}

QString DocumentsModel::documentIdAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].key : QString();
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case DocumentIdRole:
        return e.key;
    case TitleRole:
        return qstr(e.document.title());
    case FileNameRole:
        return qstr(e.document.file_name());
    case ItemIdRole:
        return qstr(e.document.item_id());
    case Sha256Role:
        return qstr(e.document.sha256());
    case PageCountRole:
        return e.document.pages_size();
    case SizeRole:
        return qint64(e.document.size());
    case VersionRole:
        return int(e.document.version());
    case ProgressRole:
        return e.progress;
    case ReadyRole:
        return e.progress >= 1.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentsModel::roleNames() const
{
    return { { DocumentIdRole, "documentId" }, { TitleRole, "title" }, { FileNameRole, "fileName" },
        { ItemIdRole, "itemId" }, { Sha256Role, "sha256" }, { PageCountRole, "pageCount" },
        { SizeRole, "size" }, { VersionRole, "version" }, { ProgressRole, "progress" },
        { ReadyRole, "ready" } };
}
