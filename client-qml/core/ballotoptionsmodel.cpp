#include "ballotoptionsmodel.h"

BallotOptionsModel::BallotOptionsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BallotOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BallotOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &o = m_options.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return o.label;
    case IndexRole:
        return index.row();
    case KindRole:
        return o.kind;
    case VotesRole:
        return double(o.votes);
    case ElectedRole:
        return o.elected;
    case ShareRole: {
        const double total = totalVotes();
        return total > 0 ? double(o.votes) / total : 0.0;
    }
    }
    return {};
}

QHash<int, QByteArray> BallotOptionsModel::roleNames() const
{
    return { { IndexRole, "optionIndex" }, { LabelRole, "label" }, { KindRole, "kind" },
        { VotesRole, "votes" }, { ElectedRole, "elected" }, { ShareRole, "share" } };
}

double BallotOptionsModel::maxVotes() const
{
    quint64 max = 0;
    for (const Option &o : m_options)
        max = std::max(max, o.votes);
    return double(max);
}

double BallotOptionsModel::totalVotes() const
{
    quint64 total = 0;
    for (const Option &o : m_options)
        total += o.votes;
    return double(total);
}

QString BallotOptionsModel::labelAt(int index) const
{
    return index >= 0 && index < count() ? m_options.at(index).label : QString();
}

void BallotOptionsModel::setOptions(const QList<Option> &options)
{
    if (options == m_options)
        return;
    bool sameShape = options.size() == m_options.size();
    for (int i = 0; sameShape && i < options.size(); ++i)
        sameShape = options.at(i).label == m_options.at(i).label
            && options.at(i).kind == m_options.at(i).kind;
    if (sameShape) {
        m_options = options;
        emit dataChanged(index(0), index(count() - 1), { VotesRole, ElectedRole, ShareRole });
        emit countsChanged();
        return;
    }
    const int old = count();
    beginResetModel();
    m_options = options;
    endResetModel();
    if (old != count())
        emit countChanged();
    emit countsChanged();
}

int BallotOptionsModel::kindAt(int index) const
{
    return index >= 0 && index < m_options.size() ? m_options.at(index).kind : Unspecified;
}
