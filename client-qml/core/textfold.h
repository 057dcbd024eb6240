#pragma once

#include <QList>
#include <QString>

/**
 * A text folded for search the way a Vietnamese reader expects: "bao cao" finds "Báo cáo",
 * "dieu 3" finds "Điều 3", "Báo  cáo" split over two lines is still one phrase. Folding
 * drops case and diacritics (precomposed or decomposed), turns đ/Đ into d, splits
 * compatibility characters (the "ﬂ" ligature of "Workﬂow"), and collapses every run of white
 * space into one space. It keeps, for each folded character, the range of the original text
 * it came from, so a match can be shown where it really is (PDF character indices).
 */
class TextFold
{
public:
    /** A range of the original text. */
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Span &other) const
        {
            return start == other.start && length == other.length;
        }
    };

    explicit TextFold(const QString &original = {});

    /** The search key of a text: what a needle is compared as. */
    static QString key(const QString &text);

    const QString &original() const { return m_original; }
    const QString &folded() const { return m_folded; }

    /** The original range of folded[foldedStart, foldedStart + foldedLength). */
    Span originalSpan(qsizetype foldedStart, qsizetype foldedLength) const;

    /** Every occurrence of the needle, left to right, not overlapping, as original ranges;
     *  none for a needle that folds to nothing. At most `limit` (< 0: all). */
    QList<Span> find(const QString &needle, qsizetype limit = -1) const;

private:
    QString m_original;
    QString m_folded;
    // Per folded character: the original range [m_start[i], m_end[i]) it stands for. A
    // diacritic written as a separate combining mark extends the range of its base letter.
    QList<int> m_start;
    QList<int> m_end;
};
