#include "minutesreplica.h"

#include "protocol.h"

using quorum::qstr;
namespace v1 = quorum::v1;

MinutesReplica::MinutesReplica(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MinutesReplica::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MinutesReplica::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case TitleRole:
        return item.title;
    case NotesRole:
        return m_texts.value(item.id).notes;
    case ConclusionsRole:
        return m_texts.value(item.id).conclusions;
    }
    return {};
}

QHash<int, QByteArray> MinutesReplica::roleNames() const
{
    return {{ItemIdRole, "itemId"}, {TitleRole, "title"}, {NotesRole, "notes"}, {ConclusionsRole, "conclusions"}};
}

void MinutesReplica::setAgenda(const QList<Item> &items)
{
    const bool countDiffers = items.size() != m_items.size();
    beginResetModel();
    m_items = items;
    endResetModel();
    if (countDiffers)
        emit countChanged();
}

void MinutesReplica::clear()
{
    m_texts.clear();
    m_number.clear();
    m_locality.clear();
    m_approvals.clear();
    m_locked = false;
    m_reopenings = 0;
    m_lastReopenReason.clear();
    m_export.Clear();
    m_exportTimeMs = 0;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {NotesRole, ConclusionsRole});
    emit changed();
    emit exportedChanged();
}

void MinutesReplica::loadSnapshot(const v1::MinutesSnapshot &snapshot)
{
    m_texts.clear();
    for (const v1::MinutesItem &item : snapshot.items())
        m_texts.insert(qstr(item.item_id()), {qstr(item.notes()), qstr(item.conclusions())});
    m_number = qstr(snapshot.number());
    m_locality = qstr(snapshot.locality());
    m_approvals = QList<v1::MinutesApproved>(snapshot.approvals().begin(), snapshot.approvals().end());
    m_locked = snapshot.locked();
    m_reopenings = int(snapshot.reopenings());
    m_lastReopenReason.clear(); // the snapshot holds the count, not the words
    m_export = snapshot.last_export();
    m_exportTimeMs = 0;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {NotesRole, ConclusionsRole});
    emit changed();
    emit exportedChanged();
}

void MinutesReplica::apply(const v1::Event &event)
{
    switch (event.body_case()) {
    case v1::Event::kMinutesEdited: {
        const v1::MinutesEdited &edited = event.minutes_edited();
        const QString itemId = qstr(edited.item_id());
        if (itemId.isEmpty()) {
            m_number = qstr(edited.number());
            m_locality = qstr(edited.locality());
        }
        // What was approved has changed: a partial approval no longer holds.
        m_approvals.clear();
        setText(itemId, {qstr(edited.notes()), qstr(edited.conclusions())});
        break;
    }
    case v1::Event::kMinutesApproved:
        m_approvals.append(event.minutes_approved());
        if (event.minutes_approved().locked())
            m_locked = true;
        break;
    case v1::Event::kMinutesReopened:
        m_approvals.clear();
        m_locked = false;
        ++m_reopenings;
        m_lastReopenReason = qstr(event.minutes_reopened().reason());
        break;
    case v1::Event::kMinutesExported:
        m_export = event.minutes_exported();
        m_exportTimeMs = event.server_time_ms();
        emit exportedChanged();
        return;
    default:
        return;
    }
    emit changed();
}

void MinutesReplica::setSigningFingerprint(const QString &fingerprint)
{
    if (fingerprint == m_fingerprint)
        return;
    m_fingerprint = fingerprint;
    emit signingFingerprintChanged();
}

QString MinutesReplica::exportPdfSha256() const
{
    return qstr(m_export.minutes_vi_sha256());
}

QString MinutesReplica::exportArchiveSha256() const
{
    return qstr(m_export.archive_sha256());
}

QString MinutesReplica::exportArchiveFileName() const
{
    return qstr(m_export.archive_file_name());
}

QString MinutesReplica::approverOf(v1::Role role) const
{
    for (const v1::MinutesApproved &a : m_approvals)
        if (a.role() == role)
            return qstr(a.participant_id());
    return {};
}

void MinutesReplica::setText(const QString &itemId, const Text &text)
{
    m_texts.insert(itemId, text);
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            emit dataChanged(index(row), index(row), {NotesRole, ConclusionsRole});
    }
}
