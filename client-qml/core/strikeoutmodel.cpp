#include "strikeoutmodel.h"

#include "ballotview.h"
#include "textfold.h"
#include "voteflow.h"

StrikeOutModel::StrikeOutModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int StrikeOutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant StrikeOutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int option = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return m_labels.value(option);
    case IndexRole:
        return option;
    case KeptRole:
        return m_flow && m_flow->picks().contains(option);
    case NumberRole:
        return option + 1;
    case AmountRole:
        return m_flow ? m_flow->amountOf(option) : 0.0;
    }
    return {};
}

QHash<int, QByteArray> StrikeOutModel::roleNames() const
{
    return { { IndexRole, "optionIndex" }, { LabelRole, "label" }, { KeptRole, "kept" },
        { NumberRole, "number" }, { AmountRole, "amount" } };
}

void StrikeOutModel::setFlow(VoteFlow *flow)
{
    if (m_flow == flow)
        return;
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (m_flow)
        connect(m_flow, &VoteFlow::changed, this, &StrikeOutModel::flowChangedState);
    emit flowChanged();
    rebuild();
}

void StrikeOutModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    emit filterChanged();
    rebuild();
}

void StrikeOutModel::flowChangedState()
{
    const BallotView *b = m_flow ? m_flow->ballot() : nullptr;
    QStringList labels;
    for (int i = 0; b && i < b->options()->count(); ++i)
        labels.append(b->options()->labelAt(i));
    if (labels != m_labels) {
        rebuild();
        return;
    }
    // Only the strikes (or the votes) changed.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(count() - 1), { KeptRole, AmountRole });
}

void StrikeOutModel::rebuild()
{
    const BallotView *b = m_flow ? m_flow->ballot() : nullptr;
    const int old = count();
    beginResetModel();
    m_labels.clear();
    m_rows.clear();
    const QString needle = TextFold::key(m_filter);
    for (int i = 0; b && i < b->options()->count(); ++i) {
        const QString label = b->options()->labelAt(i);
        m_labels.append(label);
        if (needle.isEmpty() || TextFold::key(label).contains(needle))
            m_rows.append(i);
    }
    endResetModel();
    if (old != count())
        emit countChanged();
}
