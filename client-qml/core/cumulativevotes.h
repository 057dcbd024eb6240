#pragma once

#include <QList>
#include <QtGlobal>

/**
 * The votes of a cumulative paper (Luật Doanh nghiệp 2020, Điều 148 khoản 3): the voter holds
 * weight × seats votes and gives each candidate as many as they like, all on one or split. It
 * only counts; VoteFlow says what the paper is (valid, invalid, refused) as the server reads it.
 */
class CumulativeVotes
{
public:
    /**
     * The most a candidate can be given from the keys: fifteen digits, so that every amount is
     * exact as a QML number (a double holds integers exactly up to 2^53, about 9.007e15).
     */
    static constexpr quint64 MaxAmount = 999'999'999'999'999ULL;

    /** A fresh paper: `candidates` at 0, `total` votes to give. */
    void reset(int candidates, quint64 total);
    /** The votes held changed (a proxy came or went): the amounts stay, the total follows. */
    void setTotal(quint64 total) { m_total = total; }

    quint64 total() const { return m_total; }
    quint64 given() const;
    quint64 remaining() const { return m_total > given() ? m_total - given() : 0; }
    /** Votes given past the total: a paper the server counts invalid. */
    quint64 over() const { return given() > m_total ? given() - m_total : 0; }
    quint64 amount(int candidate) const { return m_amounts.value(candidate); }
    QList<quint64> amounts() const { return m_amounts; }

    void set(int candidate, quint64 amount);
    /** Every vote on one candidate, none on the others. */
    void allOn(int candidate);
    /** The total split evenly over `among` (the candidates the voter marked); what does not
     *  divide goes one vote each to the first of them on the paper, so none is left over. */
    void splitEvenly(QList<int> among);
    /** The number pad: a digit typed after the amount, or its last digit taken away. */
    void typeDigit(int candidate, int digit);
    void eraseDigit(int candidate);

private:
    QList<quint64> m_amounts;
    quint64 m_total = 0;
};
