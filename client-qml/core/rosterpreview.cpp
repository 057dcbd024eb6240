#include "rosterpreview.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace quorum;

namespace {
QVariantMap refusalMap(const roster::Refusal &r)
{
    return {
        { QStringLiteral("reason"), int(r.kind) },
        { QStringLiteral("row"), r.row },
        { QStringLiteral("column"), r.column },
        { QStringLiteral("columnName"), roster::columnLetter(r.column) },
        { QStringLiteral("header"), r.header },
        { QStringLiteral("value"), r.value },
        { QStringLiteral("otherRow"), r.otherRow },
    };
}
} // namespace

RosterPreview::RosterPreview(QObject *parent)
    : QAbstractListModel(parent)
{ }

int RosterPreview::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RosterPreview::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.entry.name;
    case RowRole:
        return r.entry.row;
    case IdRole:
        return r.entry.id;
    case ParticipantRoleRole:
        return int(r.entry.role);
    case TitleRole:
        return r.entry.title;
    case UnitRole:
        return r.entry.unit;
    case WeightRole:
        return double(r.entry.weight);
    case RefusedRole:
        return !r.reasons.isEmpty();
    case ReasonsRole:
        return r.reasons;
    }
    return {};
}

QHash<int, QByteArray> RosterPreview::roleNames() const
{
    return {
        { RowRole, "row" },
        { IdRole, "participantId" },
        { NameRole, "name" },
        { ParticipantRoleRole, "participantRole" },
        { TitleRole, "title" },
        { UnitRole, "unit" },
        { WeightRole, "weight" },
        { RefusedRole, "refused" },
        { ReasonsRole, "reasons" },
    };
}

void RosterPreview::load(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        // Shown as a file that is not a list: the page has nothing else to show.
        roster::RosterImport failed;
        failed.refusals << roster::Refusal{ roster::RefusalKind::NotATable, 0, 0, {}, {}, 0,
            f.errorString() };
        m_bytes.clear();
        show(failed, QFileInfo(path).fileName());
        return;
    }
    read(f.read(roster::MaxFileBytes + 1), QFileInfo(path).fileName());
}

void RosterPreview::read(const QByteArray &bytes, const QString &fileName)
{
    m_bytes = bytes;
    show(roster::readRoster(bytes, { m_sheet }), fileName);
}

void RosterPreview::setSheet(const QString &sheet)
{
    if (sheet == m_sheet)
        return;
    m_sheet = sheet;
    emit sheetChanged();
    if (loaded() && !m_bytes.isEmpty())
        show(roster::readRoster(m_bytes, { m_sheet }), m_fileName);
}

void RosterPreview::clear()
{
    m_bytes.clear();
    show({}, QString());
}

void RosterPreview::show(const roster::RosterImport &import, const QString &fileName)
{
    // A new file is a new list: the rows are replaced as a whole.
    beginResetModel();
    m_import = import;
    m_fileName = fileName;
    m_rows.clear();
    m_fileRefusals.clear();
    QHash<int, int> byRow; // list row -> index in m_rows
    QList<roster::RosterEntry> entries = import.rows + import.refusedRows;
    std::stable_sort(entries.begin(), entries.end(),
        [](const roster::RosterEntry &a, const roster::RosterEntry &b) { return a.row < b.row; });
    for (const roster::RosterEntry &e : entries) {
        byRow.insert(e.row, int(m_rows.size()));
        m_rows.push_back({ e, {} });
    }
    for (const roster::Refusal &r : import.refusals) {
        const auto it = byRow.constFind(r.row);
        if (it != byRow.cend())
            m_rows[*it].reasons << refusalMap(r);
        else
            m_fileRefusals << refusalMap(r);
    }
    endResetModel();
    emit changed();
}

int RosterPreview::acceptedCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.reasons.isEmpty(); }));
}

int RosterPreview::refusedRowCount() const
{
    return int(m_rows.size()) - acceptedCount();
}

int RosterPreview::roleCount(v1::Role role) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [role](const Row &r) { return r.reasons.isEmpty() && r.entry.role == role; }));
}

QList<roster::RosterEntry> RosterPreview::participants() const
{
    return m_import.participants().value_or(QList<roster::RosterEntry>{});
}

QVariantList RosterPreview::confirm()
{
    QVariantList list;
    for (const roster::RosterEntry &e : participants()) {
        list << QVariantMap{
            { QStringLiteral("id"), e.id },
            { QStringLiteral("name"), e.name },
            { QStringLiteral("role"), int(e.role) },
            { QStringLiteral("title"), e.title },
            { QStringLiteral("unit"), e.unit },
            { QStringLiteral("weight"), double(e.weight) },
        };
    }
    if (!list.isEmpty())
        emit accepted(list);
    return list;
}
