#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

#include "voteflow.h"

/**
 * The candidates of an election's paper as the voter strikes them out (VoteFlow's names kept,
 * or on a cumulative paper the names marked and their votes),
 * narrowed by a search typed without diacritics ("nguyen van" finds "Nguyễn Văn", TextFold):
 * what the list of a congress's paper (145 seats among 180 candidates) scrolls through.
 */
class StrikeOutModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(VoteFlow *flow READ flow WRITE setFlow NOTIFY flowChanged)
    /** The search: names whose folded text contains the folded filter; empty: every name. */
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        IndexRole = Qt::UserRole + 1, // the option's index, as CastVote.choices wants it
        LabelRole,
        KeptRole, // not struck out
        NumberRole, // its place on the paper, 1 the first
        AmountRole, // a cumulative paper: the votes given to it
    };
    Q_ENUM(Roles)

    explicit StrikeOutModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    VoteFlow *flow() const { return m_flow; }
    void setFlow(VoteFlow *flow);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int count() const { return int(m_rows.size()); }

signals:
    void flowChanged();
    void filterChanged();
    void countChanged();

private:
    void rebuild();
    void flowChangedState();

    QPointer<VoteFlow> m_flow;
    QString m_filter;
    QStringList m_labels; // the paper's names, as last seen: another list rebuilds the rows
    QList<int> m_rows; // option indexes shown, in the paper's order
};
