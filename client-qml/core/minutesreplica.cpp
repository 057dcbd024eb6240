#include "minutesreplica.h"

#include "listsync.h"
#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

MinutesReplica::MinutesReplica(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MinutesReplica::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MinutesReplica::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case ItemIdRole:
        return row.key;
    case TitleRole:
        return row.title;
    case NotesRole:
        return row.text.notes;
    case ConclusionsRole:
        return row.text.conclusions;
    }
    return {};
}

QHash<int, QByteArray> MinutesReplica::roleNames() const
{
    return { { ItemIdRole, "itemId" }, { TitleRole, "title" }, { NotesRole, "notes" },
        { ConclusionsRole, "conclusions" } };
}

void MinutesReplica::setAgenda(const QList<Item> &items)
{
    m_items = items;
    syncItems();
}

void MinutesReplica::syncItems()
{
    const size_t old = m_rows.size();
    std::vector<Row> next;
    next.reserve(size_t(m_items.size()));
    for (const Item &item : m_items)
        next.push_back({ item.id, item.title, m_minutes.items.value(item.id) });
    syncRows(this, m_rows, std::move(next));
    if (old != m_rows.size())
        emit countChanged();
}

void MinutesReplica::show(const quorum::MinutesState &minutes)
{
    auto approvals = [](const quorum::MinutesState &m) {
        QStringList out;
        for (const v1::MinutesApproved &a : m.approvals)
            out << QString::fromStdString(a.SerializeAsString());
        return out;
    };
    auto texts = [](const quorum::MinutesState &m) {
        QStringList out;
        for (auto it = m.items.cbegin(); it != m.items.cend(); ++it)
            out << it.key() + QChar(0) + it->notes + QChar(0) + it->conclusions;
        out.sort();
        return out;
    };
    const bool recordChanged = texts(minutes) != texts(m_minutes)
        || minutes.number != m_minutes.number || minutes.locality != m_minutes.locality
        || approvals(minutes) != approvals(m_minutes) || minutes.locked != m_minutes.locked
        || minutes.reopenings != m_minutes.reopenings
        || minutes.lastReopenReason != m_minutes.lastReopenReason;
    const bool exportChanged = lastExport().SerializeAsString()
            != (minutes.lastExport ? minutes.lastExport->SerializeAsString() : std::string())
        || minutes.lastExportMs != m_minutes.lastExportMs;
    m_minutes = minutes;
    syncItems();
    if (recordChanged)
        emit changed();
    if (exportChanged)
        emit exportedChanged();
}

void MinutesReplica::setSigningFingerprint(const QString &fingerprint)
{
    if (fingerprint == m_fingerprint)
        return;
    m_fingerprint = fingerprint;
    emit signingFingerprintChanged();
}

const v1::MinutesExported &MinutesReplica::lastExport() const
{
    return m_minutes.lastExport ? *m_minutes.lastExport : v1::MinutesExported::default_instance();
}

QString MinutesReplica::exportPdfSha256() const
{
    return qstr(lastExport().minutes_vi_sha256());
}

QString MinutesReplica::exportArchiveSha256() const
{
    return qstr(lastExport().archive_sha256());
}

QString MinutesReplica::exportArchiveFileName() const
{
    return qstr(lastExport().archive_file_name());
}

QString MinutesReplica::approverOf(v1::Role role) const
{
    for (const v1::MinutesApproved &a : m_minutes.approvals)
        if (a.role() == role)
            return qstr(a.participant_id());
    return {};
}
