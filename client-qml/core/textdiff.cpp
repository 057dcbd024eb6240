#include "textdiff.h"

#include <QRegularExpression>
#include <QVariantMap>

#include <vector>

namespace textdiff {

namespace {
QStringList split(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

/** Appends a word to the pieces, joining it to the last piece of the same kind. */
void add(QList<Piece> &pieces, Piece::Kind kind, const QString &word)
{
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += QLatin1Char(' ') + word;
    else
        pieces.append(Piece{ kind, word });
}
} // namespace

QList<Piece> words(const QString &before, const QString &after)
{
    const QStringList a = split(before);
    const QStringList b = split(after);
    QList<Piece> pieces;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n * m > MaxCells) {
        if (n > 0)
            pieces.append(Piece{ Piece::Removed, a.join(QLatin1Char(' ')) });
        if (m > 0)
            pieces.append(Piece{ Piece::Added, b.join(QLatin1Char(' ')) });
        return pieces;
    }
    // lcs[i][j]: the longest common run of words of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    // Walk forward; in a gap every removed word comes before the added ones, so a reader sees
    // "struck out, then put in" rather than the two interleaved word by word.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            add(pieces, Piece::Same, a[i]);
            ++i;
            ++j;
            continue;
        }
        QStringList removed;
        QStringList added;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j])
                break;
            if (j >= m || (i < n && lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]))
                removed << a[i++];
            else
                added << b[j++];
        }
        for (const QString &w : removed)
            add(pieces, Piece::Removed, w);
        for (const QString &w : added)
            add(pieces, Piece::Added, w);
    }
    return pieces;
}

QVariantList toVariant(const QList<Piece> &pieces)
{
    QVariantList list;
    for (const Piece &p : pieces) {
        const char *kind = p.kind == Piece::Same ? "same"
            : p.kind == Piece::Removed           ? "removed"
                                                 : "added";
        list.append(QVariantMap{ { "kind", QString::fromLatin1(kind) }, { "text", p.text } });
    }
    return list;
}

} // namespace textdiff
