#include "deskagendamodel.h"

#include "listsync.h"

namespace v1 = quorum::v1;

DeskAgendaModel::DeskAgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DeskAgendaModel::setState(const quorum::MeetingState &state)
{
    std::vector<Row> next;
    for (const v1::AgendaItem &item : state.definition.agenda()) {
        Row row;
        row.key = quorum::qstr(item.id());
        row.title = quorum::qstr(item.title());
        row.presenter = quorum::qstr(item.presenter());
        row.minutes = int(item.duration_minutes());
        for (const v1::Document &d : state.documents.documents) {
            if (quorum::qstr(d.item_id()) == row.key)
                row.documents << (d.title().empty() ? quorum::qstr(d.file_name())
                                                    : quorum::qstr(d.title()));
        }
        next.push_back(row);
    }
    const int before = int(m_rows.size());
    syncRows(this, m_rows, std::move(next));
    if (int(m_rows.size()) != before)
        emit countChanged();
}

int DeskAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeskAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case ItemIdRole:
        return r.key;
    case TitleRole:
    case Qt::DisplayRole:
        return r.title;
    case PresenterRole:
        return r.presenter;
    case DurationRole:
        return r.minutes;
    case DocumentsRole:
        return r.documents;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeskAgendaModel::roleNames() const
{
    return { { ItemIdRole, "itemId" }, { TitleRole, "title" }, { PresenterRole, "presenter" },
        { DurationRole, "minutes" }, { DocumentsRole, "documents" } };
}
