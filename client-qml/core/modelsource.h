#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

/**
 * Moves a model (or any view object) to a new source: drops every connection made to the old
 * one and keeps those `connectTo(next)` makes (none when `next` is null). False, and nothing
 * changed, when `next` is the source already; the caller then emits its own change and
 * refreshes.
 */
template <typename Source, typename ConnectTo>
bool replaceSource(QPointer<Source> &current, Source *next,
    QList<QMetaObject::Connection> &connections, ConnectTo connectTo)
{
    if (current == next)
        return false;
    for (const QMetaObject::Connection &c : std::as_const(connections))
        QObject::disconnect(c);
    connections.clear();
    current = next;
    if (next)
        connections = connectTo(next);
    return true;
}

/** Emits a list model's `countChanged` whenever rows come or go. */
template <typename Model> void notifyCount(Model *model)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, &Model::countChanged);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, &Model::countChanged);
}
