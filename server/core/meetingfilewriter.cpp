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

QJsonObject quorumRule(const v1::QuorumRule &rule)
{
    QJsonObject q;
    const v1::Fraction &f = rule.threshold().fraction();
    q.insert(
        QLatin1String("fraction"), QStringLiteral("%1/%2").arg(f.numerator()).arg(f.denominator()));
    q.insert(QLatin1String("comparison"),
        rule.threshold().comparison() == v1::COMPARISON_AT_LEAST ? QStringLiteral("at-least")
                                                                 : QStringLiteral("more-than"));
    q.insert(QLatin1String("base"),
        rule.base() == v1::BASE_ALL_MEMBERS ? QStringLiteral("all") : QStringLiteral("convened"));
    q.insert(QLatin1String("weighted"), rule.weighted());
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
