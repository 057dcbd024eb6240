#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QString>

#include <vector>

/**
 * Brings a list model's rows to a new list with fine-grained signals (removals, moves,
 * insertions, dataChanged) instead of a reset, matching rows by a key. T needs `key` (a
 * QString) or a syncKey() overload of its own, and operator==.
 */
template <typename T>
void syncRows(QAbstractListModel *model, std::vector<T> &rows, std::vector<T> next);

/**
 * The begin/end calls of a list model's row changes, which QAbstractItemModel keeps protected
 * for its subclasses: reached here through a member pointer taken inside a subclass, so that
 * syncRows() serves every list model without each repeating an adapter.
 */
struct RowChanges : QAbstractListModel
{
    static void beginRemove(QAbstractItemModel *m, int row)
    {
        (m->*(&RowChanges::beginRemoveRows))({}, row, row);
    }
    static void endRemove(QAbstractItemModel *m) { (m->*(&RowChanges::endRemoveRows))(); }
    static void beginInsert(QAbstractItemModel *m, int row)
    {
        (m->*(&RowChanges::beginInsertRows))({}, row, row);
    }
    static void endInsert(QAbstractItemModel *m) { (m->*(&RowChanges::endInsertRows))(); }
    // Only ever up (syncRows moves a later row to where it belongs): Qt's destination is then
    // the row it lands on.
    static void beginMoveUp(QAbstractItemModel *m, int from, int to)
    {
        (m->*(&RowChanges::beginMoveRows))({}, from, from, {}, to);
    }
    static void endMove(QAbstractItemModel *m) { (m->*(&RowChanges::endMoveRows))(); }
};

/** The key syncRows() matches a row by: its `key`, unless its type has a syncKey() of its own. */
template <typename T> QString syncKey(const T &row)
{
    return row.key;
}

template <typename T>
void syncRows(QAbstractListModel *model, std::vector<T> &rows, std::vector<T> next)
{
    QSet<QString> nextKeys;
    for (const T &row : next)
        nextKeys.insert(syncKey(row));
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!nextKeys.contains(syncKey(rows[size_t(i)]))) {
            RowChanges::beginRemove(model, i);
            rows.erase(rows.begin() + i);
            RowChanges::endRemove(model);
        }
    }
    for (int i = 0; i < int(next.size()); ++i) {
        T &want = next[size_t(i)];
        if (i < int(rows.size()) && syncKey(rows[size_t(i)]) == syncKey(want)) {
            if (!(rows[size_t(i)] == want)) {
                rows[size_t(i)] = std::move(want);
                emit model->dataChanged(model->index(i), model->index(i));
            }
            continue;
        }
        int found = -1;
        for (int j = i + 1; j < int(rows.size()); ++j) {
            if (syncKey(rows[size_t(j)]) == syncKey(want)) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            RowChanges::beginMoveUp(model, found, i);
            T moved = std::move(rows[size_t(found)]);
            rows.erase(rows.begin() + found);
            rows.insert(rows.begin() + i, std::move(moved));
            RowChanges::endMove(model);
            if (!(rows[size_t(i)] == want)) {
                rows[size_t(i)] = std::move(want);
                emit model->dataChanged(model->index(i), model->index(i));
            }
        } else {
            RowChanges::beginInsert(model, i);
            rows.insert(rows.begin() + i, std::move(want));
            RowChanges::endInsert(model);
        }
    }
}
