#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The options of the ballot on screen, with their votes and whether each passed or was
 * elected once the ballot is closed (the bar chart). Filled by BallotView.
 */
class BallotOptionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.floor.ballot.options")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(double maxVotes READ maxVotes NOTIFY countsChanged)
    Q_PROPERTY(double totalVotes READ totalVotes NOTIFY countsChanged)

public:
    /** Same numbers as quorum.v1.OptionKind. */
    enum Kind { Unspecified = 0, Yes = 1, No = 2, Abstain = 3, Choice = 4 };
    Q_ENUM(Kind)

    enum Roles {
        IndexRole = Qt::UserRole + 1, // the option's index, as CastVote.choices wants it
        LabelRole,
        KindRole,
        VotesRole, // double (QML number); 0 until the result is known
        ElectedRole, // passed (the YES option) or elected
        ShareRole, // votes / all options' votes, 0..1: the bar's length
    };
    Q_ENUM(Roles)

    struct Option
    {
        QString label;
        int kind = Unspecified;
        quint64 votes = 0;
        bool elected = false;

        bool operator==(const Option &o) const
        {
            return label == o.label && kind == o.kind && votes == o.votes && elected == o.elected;
        }
    };

    explicit BallotOptionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_options.size()); }
    double maxVotes() const;
    double totalVotes() const;
    Q_INVOKABLE QString labelAt(int index) const;
    /** The option's Kind (Unspecified for an index out of range). */
    Q_INVOKABLE int kindAt(int index) const;

    /** Same labels and kinds: the counts change in place; otherwise one reset. */
    void setOptions(const QList<Option> &options);

signals:
    void countChanged();
    void countsChanged();

private:
    QList<Option> m_options;
};
