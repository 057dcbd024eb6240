#pragma once

#include "protocol.h"

#include <QString>

class QTranslator;

namespace quorum {

/**
 * The article each preset of a kind of body comes from (server/core/bodies.cpp; docs/rules.md
 * has the table and where each text was read): its name and its words, the paraphrase of
 * docs/rules.md. A rule that stands on no article read (the text was not found, or is
 * ambiguous) carries `setting`, which says why. The source text is English; the Vietnamese is
 * the translation (client-qml/app/i18n, context quorum::ArticleWords), as RuleWords.
 */
class ArticleWords
{
public:
    enum class Rule { Quorum, Ballot, Election };

    struct Article
    {
        QString name; // "Luật Doanh nghiệp 2020, Điều 145 khoản 1, 2, 3"
        QString words; // what it says of the rule
        QString setting; // why the rule is a setting; empty: it follows the article
        bool isEmpty() const { return name.isEmpty(); }
    };

    explicit ArticleWords(const QTranslator *translator = nullptr)
        : m_translator(translator)
    { }

    /** The article of a kind of body's preset (its quorum, ballot rule or election rule). */
    Article preset(v1::BodyKind kind, Rule rule) const;
    /**
     * The article of a ballot rule preset named in a meeting of this kind: the kind's own
     * ballot or election preset first, then the named presets of the bodies ("hdnd-removal",
     * "shareholders-special", ...). Empty for the generic presets ("simple-majority", ...),
     * which no article gives.
     */
    Article rule(v1::BodyKind kind, const QString &preset) const;
    /** "Căn cứ: NAME — WORDS (WHY it is a setting)": one line for a screen; `changed`: the
     *  rule in force was changed from the preset the article gives. */
    QString line(const Article &article, bool changed = false) const;

    QString tr(const char *source) const;

private:
    Article named(const QString &preset) const;

    const QTranslator *m_translator;
};

} // namespace quorum
