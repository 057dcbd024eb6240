#include "meetingfile.h"

#include "bodies.h"
#include "rules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quorum {

v1::Role parseRole(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("chair"))
        return v1::ROLE_CHAIR;
    if (n == QLatin1String("secretary"))
        return v1::ROLE_SECRETARY;
    if (n == QLatin1String("delegate"))
        return v1::ROLE_DELEGATE;
    if (n == QLatin1String("observer"))
        return v1::ROLE_OBSERVER;
    return v1::ROLE_UNSPECIFIED;
}

std::optional<v1::Threshold> parseThreshold(
    const QString &fraction, const QString &comparison, QString *error)
{
    // "1/2", "2/3", or a percentage "65%".
    v1::Threshold t;
    const QString f = fraction.trimmed();
    bool okN = false;
    bool okD = true;
    quint32 n = 0;
    quint32 den = 0;
    if (f.endsWith(QLatin1Char('%'))) {
        n = f.chopped(1).trimmed().toUInt(&okN);
        den = 100;
    } else {
        const QStringList parts = f.split(QLatin1Char('/'));
        if (parts.size() == 2) {
            n = parts[0].trimmed().toUInt(&okN);
            den = parts[1].trimmed().toUInt(&okD);
        }
    }
    if (!okN || !okD || den == 0 || n == 0 || n > den) {
        *error = QStringLiteral("'%1' is not a fraction like 1/2, 2/3 or 65%").arg(fraction);
        return std::nullopt;
    }
    t.mutable_fraction()->set_numerator(n);
    t.mutable_fraction()->set_denominator(den);
    if (comparison == QLatin1String("more-than"))
        t.set_comparison(v1::COMPARISON_MORE_THAN);
    else if (comparison == QLatin1String("at-least"))
        t.set_comparison(v1::COMPARISON_AT_LEAST);
    else {
        *error
            = QStringLiteral("comparison '%1' is neither more-than nor at-least").arg(comparison);
        return std::nullopt;
    }
    return t;
}

std::optional<v1::QuorumRule> parseQuorumRule(const QJsonObject &o, QString *error)
{
    auto threshold
        = parseThreshold(o.value(QLatin1String("fraction")).toString(QStringLiteral("1/2")),
            o.value(QLatin1String("comparison")).toString(QStringLiteral("more-than")), error);
    if (!threshold) {
        *error = QStringLiteral("quorum: ") + *error;
        return std::nullopt;
    }
    v1::QuorumRule rule;
    *rule.mutable_threshold() = *threshold;
    const QString base = o.value(QLatin1String("base")).toString(QStringLiteral("convened"));
    if (base == QLatin1String("convened"))
        rule.set_base(v1::BASE_MEMBERS_CONVENED);
    else if (base == QLatin1String("all"))
        rule.set_base(v1::BASE_ALL_MEMBERS);
    else {
        *error = QStringLiteral("quorum: base '%1' is neither convened nor all").arg(base);
        return std::nullopt;
    }
    rule.set_weighted(o.value(QLatin1String("weighted")).toBool(false));
    return rule;
}

std::optional<MeetingFile> parseMeetingFile(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    MeetingFile file;
    v1::MeetingDefined &d = file.definition;
    d.set_meeting_id(sstr(root.value(QLatin1String("id")).toString()));
    d.set_title(sstr(root.value(QLatin1String("title")).toString()));
    d.set_organisation(sstr(root.value(QLatin1String("organisation")).toString()));
    d.set_place(sstr(root.value(QLatin1String("place")).toString()));
    d.set_language(sstr(root.value(QLatin1String("language")).toString(QStringLiteral("vi"))));
    const QString start = root.value(QLatin1String("scheduledStart")).toString();
    if (!start.isEmpty()) {
        const QDateTime when = QDateTime::fromString(start, Qt::ISODate);
        if (!when.isValid()) {
            *error = QStringLiteral("scheduledStart '%1' is not an ISO 8601 date-time").arg(start);
            return std::nullopt;
        }
        d.set_scheduled_start_ms(when.toMSecsSinceEpoch());
    }
    d.set_allow_proxies(root.value(QLatin1String("allowProxies")).toBool(false));
    d.set_max_proxies_per_holder(
        quint32(root.value(QLatin1String("maxProxiesPerHolder")).toInt(1)));
    d.set_default_speaking_seconds(
        quint32(root.value(QLatin1String("defaultSpeakingSeconds")).toInt(0)));
    d.set_total_members(quint32(root.value(QLatin1String("totalMembers")).toInt(0)));
    const QJsonValue quorum = root.value(QLatin1String("quorum"));
    if (quorum.isObject()) {
        auto rule = parseQuorumRule(quorum.toObject(), error);
        if (!rule)
            return std::nullopt;
        *d.mutable_quorum_rule() = *rule;
    }
    // The rule a ballot is decided by unless the chair picks another (a CreateBallot preset).
    const QString ballotRule = root.value(QLatin1String("ballotRule")).toString();
    if (!ballotRule.isEmpty() && !rules::preset(ballotRule)) {
        *error = QStringLiteral("ballotRule '%1' is not one of the rule presets").arg(ballotRule);
        return std::nullopt;
    }
    d.set_ballot_rule_preset(sstr(ballotRule));
    // The kind of body (issue 15): its presets fill the rules the file leaves unset.
    const QString body = root.value(QLatin1String("body")).toString();
    const auto kind
        = body.isEmpty() ? std::optional(v1::BODY_KIND_UNSPECIFIED) : bodies::parseKind(body);
    if (!kind) {
        *error = QStringLiteral("body '%1' is not a kind of body Quorum knows").arg(body);
        return std::nullopt;
    }
    d.set_body_kind(*kind);
    d.set_convening(quint32(root.value(QLatin1String("convening")).toInt(1)));
    d.set_total_units(quint32(root.value(QLatin1String("totalUnits")).toInt(0)));
    bodies::applyPreset(d);
    for (const QJsonValue &value : root.value(QLatin1String("participants")).toArray()) {
        const QJsonObject o = value.toObject();
        v1::Participant *p = d.add_participants();
        p->set_id(sstr(o.value(QLatin1String("id")).toString()));
        p->set_name(sstr(o.value(QLatin1String("name")).toString()));
        p->set_title(sstr(o.value(QLatin1String("title")).toString()));
        const QString role = o.value(QLatin1String("role")).toString();
        p->set_role(parseRole(role));
        if (p->role() == v1::ROLE_UNSPECIFIED) {
            *error = QStringLiteral("participant '%1': unknown role '%2'").arg(qstr(p->id()), role);
            return std::nullopt;
        }
        // Members with a vote: the chair and the delegates, unless the file says otherwise.
        const bool votesByRole = p->role() == v1::ROLE_CHAIR || p->role() == v1::ROLE_DELEGATE;
        p->set_voting(o.value(QLatin1String("voting")).toBool(votesByRole));
        p->set_weight(quint64(o.value(QLatin1String("weight")).toInteger(1)));
        p->set_unit(sstr(o.value(QLatin1String("unit")).toString()));
        // A birth date stays on the server (TIE_BREAK_OLDER): never in the definition.
        const QString born = o.value(QLatin1String("birthDate")).toString();
        if (!born.isEmpty()) {
            const QDate date = QDate::fromString(born, Qt::ISODate);
            if (!date.isValid()) {
                *error = QStringLiteral("participant '%1': birthDate '%2' is not YYYY-MM-DD")
                             .arg(qstr(p->id()), born);
                return std::nullopt;
            }
            file.birthDates.insert(qstr(p->id()), date);
        }
        const QString pin = o.value(QLatin1String("pin")).toString();
        if (!pin.isEmpty())
            file.secrets.insert(qstr(p->id()), pin);
    }
    for (const QJsonValue &value : root.value(QLatin1String("agenda")).toArray()) {
        const QJsonObject o = value.toObject();
        v1::AgendaItem *item = d.add_agenda();
        item->set_id(sstr(o.value(QLatin1String("id")).toString()));
        item->set_title(sstr(o.value(QLatin1String("title")).toString()));
        item->set_description(sstr(o.value(QLatin1String("description")).toString()));
        item->set_duration_minutes(quint32(o.value(QLatin1String("durationMinutes")).toInt()));
        item->set_speaking_seconds(quint32(o.value(QLatin1String("speakingSeconds")).toInt()));
        QStringList docs;
        for (const QJsonValue &docPath : o.value(QLatin1String("documents")).toArray())
            docs << docPath.toString();
        if (!docs.isEmpty())
            file.documents.insert(qstr(item->id()), docs);
    }
    // Duplicate PINs would make a PIN name two people.
    QHash<QString, QString> owners;
    for (auto it = file.secrets.cbegin(); it != file.secrets.cend(); ++it) {
        if (owners.contains(it.value())) {
            *error = QStringLiteral("participants '%1' and '%2' share a PIN")
                         .arg(owners.value(it.value()), it.key());
            return std::nullopt;
        }
        owners.insert(it.value(), it.key());
    }
    return file;
}

} // namespace quorum
