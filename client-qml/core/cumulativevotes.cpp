#include "cumulativevotes.h"

#include <algorithm>

void CumulativeVotes::reset(int candidates, quint64 total)
{
    m_amounts = QList<quint64>(std::max(0, candidates), 0);
    m_total = total;
}

quint64 CumulativeVotes::given() const
{
    quint64 sum = 0;
    for (quint64 a : m_amounts)
        sum += a;
    return sum;
}

void CumulativeVotes::set(int candidate, quint64 amount)
{
    if (candidate >= 0 && candidate < m_amounts.size())
        m_amounts[candidate] = std::min(amount, MaxAmount);
}

void CumulativeVotes::allOn(int candidate)
{
    if (candidate < 0 || candidate >= m_amounts.size())
        return;
    std::fill(m_amounts.begin(), m_amounts.end(), 0);
    set(candidate, m_total);
}

void CumulativeVotes::splitEvenly(QList<int> among)
{
    std::sort(among.begin(), among.end());
    among.erase(std::unique(among.begin(), among.end()), among.end());
    among.removeIf([this](int c) { return c < 0 || c >= m_amounts.size(); });
    if (among.isEmpty())
        return;
    std::fill(m_amounts.begin(), m_amounts.end(), 0);
    const quint64 each = m_total / quint64(among.size());
    const quint64 rest = m_total % quint64(among.size());
    for (int i = 0; i < among.size(); ++i)
        set(among[i], each + (quint64(i) < rest ? 1 : 0));
}

void CumulativeVotes::typeDigit(int candidate, int digit)
{
    if (digit < 0 || digit > 9 || candidate < 0 || candidate >= m_amounts.size())
        return;
    const quint64 now = m_amounts[candidate];
    if (now > (MaxAmount - quint64(digit)) / 10)
        return; // a sixteenth digit: the key does nothing
    m_amounts[candidate] = now * 10 + quint64(digit);
}

void CumulativeVotes::eraseDigit(int candidate)
{
    if (candidate >= 0 && candidate < m_amounts.size())
        m_amounts[candidate] /= 10;
}
