#pragma once

#include <QAbstractItemModel>
#include <QSet>
#include <QString>

#include <vector>

/**
 * Brings a list model's rows to a new list with fine-grained signals (removals, moves,
 * insertions, dataChanged) instead of a reset, matching rows by a key. T needs `key` (a
 * QString) or a syncKey() overload of its own, and operator==. The caller's model passes
 * itself and the begin/end functions it inherits from QAbstractItemModel through a small
 * adapter (documentsmodel.h).
 */
template <typename T, typename Model>
void syncRows(Model *model, std::vector<T> &rows, std::vector<T> next);

/** The key syncRows() matches a row by: its `key`, unless its type brings a syncKey() of its own. */
template <typename T>
QString syncKey(const T &row)
{
    return row.key;
}

template <typename T, typename Model>
void syncRows(Model *model, std::vector<T> &rows, std::vector<T> next)
{
    QSet<QString> nextKeys;
    for (const T &row : next)
        nextKeys.insert(syncKey(row));
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!nextKeys.contains(syncKey(rows[size_t(i)]))) {
            model->beginRemove(i);
            rows.erase(rows.begin() + i);
            model->endRemove();
        }
    }
    for (int i = 0; i < int(next.size()); ++i) {
        T &want = next[size_t(i)];
        if (i < int(rows.size()) && syncKey(rows[size_t(i)]) == syncKey(want)) {
            if (!(rows[size_t(i)] == want)) {
                rows[size_t(i)] = std::move(want);
                model->rowChanged(i);
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
            model->beginMove(found, i);
            T moved = std::move(rows[size_t(found)]);
            rows.erase(rows.begin() + found);
            rows.insert(rows.begin() + i, std::move(moved));
            model->endMove();
            if (!(rows[size_t(i)] == want)) {
                rows[size_t(i)] = std::move(want);
                model->rowChanged(i);
            }
        } else {
            model->beginInsert(i);
            rows.insert(rows.begin() + i, std::move(want));
            model->endInsert();
        }
    }
}
