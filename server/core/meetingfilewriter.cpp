#include "meetingfilewriter.h"

#include "bodies.h"
#include "roles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quorum {

namespace {

/** Sets `key` only when the text is not empty: the file stays as short as a hand-written one. */
void setText(QJsonObject &o, const char *key, const std::string &text)
{
    if (!text.empty())
        o.insert(QLatin1String(key), qstr(text));
}

/** A threshold as the reader takes it: "fraction" ("2/3", "65%" is written "65/100") and
 *  "comparison". */
void setThreshold(QJsonObject &o, const v1::Threshold &t)
{
    const v1::Fraction &f = t.fraction();
    o.insert(
        QLatin1String("fraction"), QStringLiteral("%1/%2").arg(f.numerator()).arg(f.denominator()));
    o.insert(QLatin1String("comparison"),
        t.comparison() == v1::COMPARISON_AT_LEAST ? QStringLiteral("at-least")
                                                  : QStringLiteral("more-than"));
}

QString quorumBase(v1::Base base)
{
    return base == v1::BASE_ALL_MEMBERS ? QStringLiteral("all") : QStringLiteral("convened");
}

/** The whole quorum rule, every condition and convening: a meeting read back keeps them. */
QJsonObject quorumRule(const v1::QuorumRule &rule)
{
    QJsonObject q;
    setThreshold(q, rule.threshold());
    q.insert(QLatin1String("base"), quorumBase(rule.base()));
    q.insert(QLatin1String("weighted"), rule.weighted());
    QJsonArray also;
    for (const v1::QuorumCondition &c : rule.also()) {
        QJsonObject o;
        o.insert(QLatin1String("count"),
            c.count() == v1::QUORUM_COUNT_UNITS ? QStringLiteral("units")
                                                : QStringLiteral("heads"));
        setThreshold(o, c.threshold());
        o.insert(QLatin1String("base"), quorumBase(c.base()));
        if (c.weighted())
            o.insert(QLatin1String("weighted"), true);
        also.append(o);
    }
    if (!also.isEmpty())
        q.insert(QLatin1String("also"), also);
    QJsonArray convenings;
    for (const v1::ReconvenedQuorum &r : rule.reconvened()) {
        QJsonObject o;
        o.insert(QLatin1String("convening"), int(r.convening()));
        if (r.no_minimum())
            o.insert(QLatin1String("noMinimum"), true);
        else
            setThreshold(o, r.threshold());
        convenings.append(o);
    }
    if (!convenings.isEmpty())
        q.insert(QLatin1String("convenings"), convenings);
    return q;
}

} // namespace

QByteArray writeMeetingFile(const v1::MeetingDefined &d, const QHash<QString, QString> &pins)
{
    QJsonObject root;
    root.insert(QLatin1String("id"), qstr(d.meeting_id()));
    root.insert(QLatin1String("title"), qstr(d.title()));
    setText(root, "organisation", d.organisation());
    setText(root, "parentOrganisation", d.parent_organisation());
    // The kind of body under the key the reader knows ("body"), by its preset's name.
    if (d.body_kind() != v1::BODY_KIND_UNSPECIFIED)
        root.insert(QLatin1String("body"), QLatin1String(bodies::preset(d.body_kind()).name));
    setText(root, "place", d.place());
    setText(root, "language", d.language());
    if (d.scheduled_start_ms() > 0)
        root.insert(QLatin1String("scheduledStart"),
            QDateTime::fromMSecsSinceEpoch(d.scheduled_start_ms(), Qt::UTC).toString(Qt::ISODate));
    root.insert(QLatin1String("allowProxies"), d.allow_proxies());
    if (d.max_proxies_per_holder())
        root.insert(QLatin1String("maxProxiesPerHolder"), int(d.max_proxies_per_holder()));
    if (d.default_speaking_seconds())
        root.insert(QLatin1String("defaultSpeakingSeconds"), int(d.default_speaking_seconds()));
    if (d.total_members())
        root.insert(QLatin1String("totalMembers"), int(d.total_members()));
    if (d.total_member_weight())
        root.insert(QLatin1String("totalMemberWeight"), qint64(d.total_member_weight()));
    if (d.total_units())
        root.insert(QLatin1String("totalUnits"), int(d.total_units()));
    if (d.convening() > 1)
        root.insert(QLatin1String("convening"), int(d.convening()));
    if (d.has_quorum_rule())
        root.insert(QLatin1String("quorum"), quorumRule(d.quorum_rule()));
    setText(root, "ballotRule", d.ballot_rule_preset());
    setText(root, "minutesNumber", d.minutes_number());
    setText(root, "minutesPlace", d.minutes_place());
    QJsonArray participants;
    for (const v1::Participant &p : d.participants()) {
        QJsonObject o;
        o.insert(QLatin1String("id"), qstr(p.id()));
        o.insert(QLatin1String("name"), qstr(p.name()));
        setText(o, "title", p.title());
        setText(o, "unit", p.unit());
        o.insert(QLatin1String("role"), roleName(p.role()));
        o.insert(QLatin1String("voting"), p.voting());
        o.insert(QLatin1String("weight"), qint64(p.weight() ? p.weight() : 1));
        const QString pin = pins.value(qstr(p.id()));
        if (!pin.isEmpty())
            o.insert(QLatin1String("pin"), pin);
        participants.append(o);
    }
    root.insert(QLatin1String("participants"), participants);
    QJsonArray agenda;
    for (const v1::AgendaItem &item : d.agenda()) {
        QJsonObject o;
        o.insert(QLatin1String("id"), qstr(item.id()));
        o.insert(QLatin1String("title"), qstr(item.title()));
        setText(o, "description", item.description());
        setText(o, "presenter", item.presenter());
        if (item.duration_minutes())
            o.insert(QLatin1String("durationMinutes"), int(item.duration_minutes()));
        if (item.speaking_seconds())
            o.insert(QLatin1String("speakingSeconds"), int(item.speaking_seconds()));
        agenda.append(o);
    }
    root.insert(QLatin1String("agenda"), agenda);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace quorum
