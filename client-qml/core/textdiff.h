#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

/**
 * An amendment shown as a change against the text (docs/forms.md): the words of a passage and
 * of its proposed wording compared word by word, as a reader marks a draft by hand - words
 * struck out, words put in, the rest kept. Words are runs of non-space characters (punctuation
 * stays with its word, as a Vietnamese reader reads "Điều 3." as one mark); any white space
 * counts as one space, since PDF text breaks lines anywhere.
 */
namespace textdiff {

struct Piece
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text; // the words of the piece, joined by single spaces

    bool operator==(const Piece &o) const { return kind == o.kind && text == o.text; }
};

/**
 * The pieces that turn `before` into `after`: the longest common run of words kept, and in
 * each gap the removed words before the added ones. Beyond `MaxCells` word pairs (two passages
 * of 1,000 words each, far over the 2,000 characters a passage may hold) the whole passage is
 * shown removed and the whole wording added rather than spending the tablet's time.
 */
QList<Piece> words(const QString &before, const QString &after);

/** words(), for QML: [{kind: "same"|"removed"|"added", text}]. */
QVariantList toVariant(const QList<Piece> &pieces);

/** The word pairs a comparison may look at (see words()). */
constexpr qsizetype MaxCells = 1000 * 1000;

} // namespace textdiff
