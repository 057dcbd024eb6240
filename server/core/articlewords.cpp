#include "articlewords.h"

#include "bodies.h"

#include <QCoreApplication>
#include <QTranslator>

namespace quorum {

namespace {
const char *const context = "quorum::ArticleWords";
} // namespace

QString ArticleWords::tr(const char *source) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }
    return QCoreApplication::translate(context, source);
}

ArticleWords::Article ArticleWords::preset(v1::BodyKind kind, Rule rule) const
{
    const bool quorum = rule == Rule::Quorum, ballot = rule == Rule::Ballot;
    switch (kind) {
    case v1::BODY_KIND_YOUTH_UNION:
        if (quorum)
            return { tr("Charter of the Hồ Chí Minh Communist Youth Union, Article 9(1)"),
                tr("a congress or conference is valid with at least two thirds of the delegates "
                   "convened and at least two thirds of the units"),
                {} };
        return { tr("Charter of the Hồ Chí Minh Communist Youth Union"),
            ballot ? tr("more than half of the delegates present")
                   : tr("elected with more than half of the valid ballots"),
            tr("a setting: the charter's article on decisions and elections was not read") };
    case v1::BODY_KIND_PARTY:
        if (quorum)
            return { tr("Charter of the Communist Party of Vietnam"),
                tr("more than half of the members convened"),
                tr("a setting: no text giving the quorum of a Party congress was found") };
        if (ballot)
            return { tr("Party Charter, Article 9(5); Regulation 24-QĐ/TW, 9.3"),
                tr("decisions pass with more than half of the members convened, those the "
                   "regulation leaves out not counted"),
                {} };
        return { tr("Party election rules, Decision 244-QĐ/TW, Articles 17 and 32"),
            tr("elected with more than half of the delegates convened; a paper keeping more "
               "names than seats is invalid"),
            tr("Decision 190-QĐ/TW replaced Decision 244; its article on results was not read") };
    case v1::BODY_KIND_PEOPLES_COUNCIL:
        if (quorum)
            return { tr("Law on the Organisation of Local Government"),
                tr("at least two thirds of all delegates"),
                tr("a setting: the article on a session's quorum was not found") };
        if (ballot)
            return { tr("Law on the Organisation of Local Government 2015, Article 91(3)"),
                tr("resolutions pass with more than half of all delegates; removing a delegate "
                   "needs at least two thirds of all delegates"),
                tr("Law 72/2025/QH15 replaced it; its articles were not read") };
        return { tr("Law on the Organisation of Local Government 2015, Article 91(3)"),
            tr("more than half of all delegates"),
            tr("a setting: the article on elections by the council was not read") };
    case v1::BODY_KIND_ASSOCIATION:
        if (quorum)
            return { tr("Decree 126/2024/NĐ-CP, Article 19(2)(b)"),
                tr("a congress of delegates is held with more than half of the official "
                   "delegates"),
                {} };
        if (ballot)
            return { tr("Decree 126/2024/NĐ-CP, Article 19(6)"),
                tr("decisions pass with more than half of the official delegates convened, or "
                   "as the approved charter says"),
                {} };
        return { tr("The association's charter and election rules"),
            tr("elected with more than half of the valid ballots"),
            tr("a setting: the charter and the election rules decide") };
    case v1::BODY_KIND_SHAREHOLDERS:
        if (quorum)
            return { tr("Law on Enterprises 2020, Article 145(1), (2), (3)"),
                tr("more than 50% of the voting shares at the first convening; at least 33% at "
                   "the second; no minimum at the third"),
                {} };
        if (ballot)
            return { tr("Law on Enterprises 2020, Article 148(1), (2)"),
                tr("more than 50% of the votes of all shareholders attending (at least 65% for "
                   "the special matters)"),
                tr("a setting: whether an abstention is a vote cast, and other percentages, are "
                   "the charter's") };
        return { tr("Law on Enterprises 2020, Article 148(3)"),
            tr("cumulative voting: each shareholder's shares times the seats, given to one "
               "candidate or several; elected by the most votes until the seats are filled"),
            {} };
    case v1::BODY_KIND_STATE_ELECTION:
        if (quorum)
            return { tr("Law on Elections of Deputies 2015"),
                tr("no quorum of those present: the election counts only when more than half "
                   "of the voters on the list voted"),
                {} };
        return { tr("Law on Elections of Deputies 2015, Article 78"),
            tr("elected with more than half of the valid ballots, the most votes first; a tie "
               "for the last seat: the older candidate; a paper keeping more names than seats, "
               "or none, is invalid"),
            tr("read in the National Election Council's answer, not in the article itself") };
    case v1::BODY_KIND_UNSPECIFIED:
    case v1::BodyKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::BodyKind_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return {};
}

ArticleWords::Article ArticleWords::named(const QString &preset) const
{
    if (preset == QLatin1String("hdnd-removal"))
        return { tr("Law on the Organisation of Local Government 2015, Article 91(3)"),
            tr("removing a delegate needs at least two thirds of all delegates"),
            tr("Law 72/2025/QH15 replaced it; its articles were not read") };
    if (preset == QLatin1String("hdnd-resolution"))
        return this->preset(v1::BODY_KIND_PEOPLES_COUNCIL, Rule::Ballot);
    if (preset == QLatin1String("shareholders-ordinary"))
        return { tr("Law on Enterprises 2020, Article 148(2)"),
            tr("more than 50% of the votes of all shareholders attending"),
            tr("a setting: whether an abstention is a vote cast is the charter's") };
    if (preset == QLatin1String("shareholders-special"))
        return { tr("Law on Enterprises 2020, Article 148(1)"),
            tr("at least 65% of the votes of all shareholders attending, for the special "
               "matters"),
            tr("a setting: whether an abstention is a vote cast is the charter's") };
    if (preset == QLatin1String("shareholders-board"))
        return this->preset(v1::BODY_KIND_SHAREHOLDERS, Rule::Election);
    if (preset == QLatin1String("state-election"))
        return this->preset(v1::BODY_KIND_STATE_ELECTION, Rule::Election);
    if (preset == QLatin1String("party-election"))
        return this->preset(v1::BODY_KIND_PARTY, Rule::Election);
    if (preset == QLatin1String("majority-valid"))
        return { tr("The body's charter or election rules"),
            tr("elected with more than half of the valid ballots"),
            tr("a setting: the articles of the youth union's and associations' elections were "
               "not read") };
    return {};
}

ArticleWords::Article ArticleWords::rule(v1::BodyKind kind, const QString &preset) const
{
    const bodies::BodyPreset &own = bodies::preset(kind);
    if (kind != v1::BODY_KIND_UNSPECIFIED) {
        if (preset.isEmpty() || preset == QLatin1String(own.ballotRule.preset().c_str()))
            return this->preset(kind, Rule::Ballot);
        if (preset == QLatin1String(own.electionRule.preset().c_str()))
            return this->preset(kind, Rule::Election);
    }
    return named(preset);
}

QString ArticleWords::line(const Article &article, bool changed) const
{
    if (article.isEmpty())
        return tr("No article: a rule of the meeting's own");
    QString text = tr("From: %1 — %2").arg(article.name, article.words);
    if (!article.setting.isEmpty())
        text += tr(" (%1)").arg(article.setting);
    return changed ? tr("Changed from its preset. %1").arg(text) : text;
}

} // namespace quorum
