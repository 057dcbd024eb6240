#include "meetingfile.h"

#include "bodies.h"
#include "jsonlocator.h"
#include "rules.h"
#include "workflows.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>

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

namespace {
/** A threshold's "fraction" and "comparison" in `o` (defaults: more than half). */
std::optional<v1::Threshold> thresholdOf(const QJsonObject &o, QString *error)
{
    return parseThreshold(o.value(QLatin1String("fraction")).toString(QStringLiteral("1/2")),
        o.value(QLatin1String("comparison")).toString(QStringLiteral("more-than")), error);
}

/** "convened" or "all" (default convened); std::nullopt for another word. */
std::optional<v1::Base> quorumBaseOf(const QJsonObject &o, QString *error)
{
    const QString base = o.value(QLatin1String("base")).toString(QStringLiteral("convened"));
    if (base == QLatin1String("convened"))
        return v1::BASE_MEMBERS_CONVENED;
    if (base == QLatin1String("all"))
        return v1::BASE_ALL_MEMBERS;
    *error = QStringLiteral("base '%1' is neither convened nor all").arg(base);
    return std::nullopt;
}

/** One of "also": {"count": "heads" | "units", "fraction", "comparison", "base", "weighted"}. */
std::optional<v1::QuorumCondition> conditionOf(const QJsonObject &o, QString *error)
{
    auto threshold = thresholdOf(o, error);
    auto base = threshold ? quorumBaseOf(o, error) : std::nullopt;
    if (!base)
        return std::nullopt;
    v1::QuorumCondition c;
    *c.mutable_threshold() = *threshold;
    c.set_base(*base);
    c.set_weighted(o.value(QLatin1String("weighted")).toBool(false));
    const QString count = o.value(QLatin1String("count")).toString(QStringLiteral("heads"));
    if (count == QLatin1String("units"))
        c.set_count(v1::QUORUM_COUNT_UNITS);
    else if (count != QLatin1String("heads")) {
        *error = QStringLiteral("count '%1' is neither heads nor units").arg(count);
        return std::nullopt;
    }
    return c;
}

/** One of "convenings": {"convening": 2, "fraction", "comparison"} or {"convening": 3,
 *  "noMinimum": true}. */
std::optional<v1::ReconvenedQuorum> conveningOf(const QJsonObject &o, QString *error)
{
    v1::ReconvenedQuorum q;
    const int convening = o.value(QLatin1String("convening")).toInt(0);
    if (convening < 1) {
        *error = QStringLiteral("convening must be a number from 1 (the first convening)");
        return std::nullopt;
    }
    q.set_convening(quint32(convening));
    q.set_no_minimum(o.value(QLatin1String("noMinimum")).toBool(false));
    if (!q.no_minimum()) {
        auto threshold = thresholdOf(o, error);
        if (!threshold)
            return std::nullopt;
        *q.mutable_threshold() = *threshold;
    }
    return q;
}

/** The objects of the array `key` of `o`, each parsed by `parse`; `path` names the one wrong. */
template <typename T, typename Parse>
bool arrayOf(const QJsonObject &o, const char *key, Parse parse,
    google::protobuf::RepeatedPtrField<T> *out, QString *path, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *path = QLatin1String(key);
        *error = QStringLiteral("'%1' must be a list in [ ]").arg(QLatin1String(key));
        return false;
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        *path = QStringLiteral("%1/%2").arg(QLatin1String(key)).arg(i);
        if (!items[i].isObject()) {
            *error
                = QStringLiteral("each of '%1' must be an object in { }").arg(QLatin1String(key));
            return false;
        }
        auto item = parse(items[i].toObject(), error);
        if (!item)
            return false;
        *out->Add() = *item;
    }
    path->clear();
    return true;
}
} // namespace

std::optional<v1::QuorumRule> parseQuorumRule(const QJsonObject &o, QString *error, QString *path)
{
    QString where;
    v1::QuorumRule rule;
    auto threshold = thresholdOf(o, error);
    auto base = threshold ? quorumBaseOf(o, error) : std::nullopt;
    bool ok = base.has_value();
    if (ok) {
        *rule.mutable_threshold() = *threshold;
        rule.set_base(*base);
        rule.set_weighted(o.value(QLatin1String("weighted")).toBool(false));
        ok = arrayOf(o, "also", conditionOf, rule.mutable_also(), &where, error)
            && arrayOf(o, "convenings", conveningOf, rule.mutable_reconvened(), &where, error);
    }
    if (ok) {
        QSet<quint32> seen;
        for (int i = 0; ok && i < rule.reconvened_size(); ++i) {
            ok = !seen.contains(rule.reconvened(i).convening());
            seen.insert(rule.reconvened(i).convening());
            if (!ok) {
                where = QStringLiteral("convenings/%1").arg(i);
                *error = QStringLiteral("convening %1 is given twice")
                             .arg(rule.reconvened(i).convening());
            }
        }
    }
    if (!ok) {
        if (path) // the caller names the place
            *path = where;
        else
            *error = QStringLiteral("quorum%1: %2")
                         .arg(where.isEmpty() ? QString() : QLatin1Char('/') + where, *error);
        return std::nullopt;
    }
    return rule;
}

QString MeetingFileError::toString() const
{
    QString where = QStringLiteral("line %1, column %2: ").arg(line).arg(column);
    if (!path.isEmpty())
        where += path + QStringLiteral(": ");
    return where + detail;
}

namespace {

/** "participants/3/role" -> "participants[3].role" */
QString displayPath(const QString &path)
{
    QString out;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool index = false;
        part.toInt(&index);
        out += index ? QLatin1Char('[') + part + QLatin1Char(']')
                     : (out.isEmpty() ? part : QLatin1Char('.') + part);
    }
    return out;
}

/** Reads the fields of a meeting file's objects, noting each error with its place. */
class Reader
{
public:
    Reader(const QByteArray &json, QList<MeetingFileError> *errors)
        : m_locator(json)
        , m_errors(errors)
    { }

    void error(const QString &path, const QString &detail)
    {
        const TextPosition p = m_locator.valueAt(path);
        m_errors->append({ p.line, p.column, displayPath(path), detail });
    }
    TextPosition where(const QString &path) const { return m_locator.valueAt(path); }
    qsizetype errorCount() const { return m_errors->size(); }
    const JsonLocator &locator() const { return m_locator; }

    /** A string field; a missing required one and a wrong type are errors. */
    QString string(const QJsonObject &o, const QString &path, const char *key,
        bool required = false, const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('/') + key;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(path, QStringLiteral("'%1' is missing").arg(QLatin1String(key)));
            return fallback;
        }
        if (!v.isString()) {
            error(at, QStringLiteral("'%1' must be a string in quotes").arg(QLatin1String(key)));
            return fallback;
        }
        if (required && v.toString().trimmed().isEmpty())
            error(at, QStringLiteral("'%1' is empty").arg(QLatin1String(key)));
        return v.toString();
    }

    /** A whole number field of at least `minimum`. */
    qint64 integer(const QJsonObject &o, const QString &path, const char *key, qint64 fallback,
        qint64 minimum = 0, qint64 maximum = std::numeric_limits<quint32>::max())
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('/') + key;
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < double(minimum)) {
            error(at,
                QStringLiteral("'%1' must be a whole number of at least %2")
                    .arg(QLatin1String(key))
                    .arg(minimum));
            return fallback;
        }
        // Past the maximum a field was cut to 32 bits unseen, or a weight could make the
        // counts wrap (rules::MaxTotalWeight).
        if (d > double(maximum)) {
            error(
                at, QStringLiteral("'%1' must be at most %2").arg(QLatin1String(key)).arg(maximum));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            error(path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('/') + key,
                QStringLiteral("'%1' must be true or false").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toBool();
    }

    /** An array field (absent: empty); each element must be an object unless `strings`. */
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            error(path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('/') + key,
                QStringLiteral("'%1' must be a list in [ ]").arg(QLatin1String(key)));
            return {};
        }
        return v.toArray();
    }

private:
    JsonLocator m_locator;
    QList<MeetingFileError> *m_errors;
};

void readParticipants(Reader &r, const QJsonObject &root, MeetingFile &file)
{
    v1::MeetingDefined &d = file.definition;
    QHash<QString, QString> idPaths;
    QHash<QString, QPair<QString, QString>> pinOwners; // PIN -> id, path
    bool hasChair = false;
    const QJsonArray participants = r.array(root, QString(), "participants");
    for (int i = 0; i < participants.size(); ++i) {
        const QString path = QStringLiteral("participants/%1").arg(i);
        if (!participants[i].isObject()) {
            r.error(path, QStringLiteral("a participant must be an object in { }"));
            continue;
        }
        const QJsonObject o = participants[i].toObject();
        v1::Participant *p = d.add_participants();
        const QString id = r.string(o, path, "id", true);
        p->set_id(sstr(id));
        p->set_name(sstr(r.string(o, path, "name", true)));
        p->set_title(sstr(r.string(o, path, "title")));
        p->set_unit(sstr(r.string(o, path, "unit")));
        // A birth date stays on the server (TIE_BREAK_OLDER): never in the definition.
        const QString born = r.string(o, path, "birthDate");
        if (!born.isEmpty()) {
            const QDate date = QDate::fromString(born, Qt::ISODate);
            if (!date.isValid())
                r.error(path + QStringLiteral("/birthDate"),
                    QStringLiteral("participant '%1': birthDate '%2' is not YYYY-MM-DD")
                        .arg(id, born));
            else
                file.birthDates.insert(id, date);
        }
        const QString role = r.string(o, path, "role", true);
        p->set_role(parseRole(role));
        if (p->role() == v1::ROLE_UNSPECIFIED && !role.trimmed().isEmpty())
            r.error(path + QStringLiteral("/role"),
                QStringLiteral("participant '%1': unknown role '%2' (chair, secretary, delegate "
                               "or observer)")
                    .arg(id, role));
        hasChair = hasChair || p->role() == v1::ROLE_CHAIR;
        // Members with a vote: the chair and the delegates, unless the file says otherwise.
        const bool votesByRole = p->role() == v1::ROLE_CHAIR || p->role() == v1::ROLE_DELEGATE;
        p->set_voting(r.boolean(o, path, "voting", votesByRole));
        p->set_weight(quint64(r.integer(o, path, "weight", 1, 1, qint64(rules::MaxTotalWeight))));
        const QString pin = r.string(o, path, "pin");
        if (!id.isEmpty() && idPaths.contains(id))
            r.error(path + QStringLiteral("/id"),
                QStringLiteral("participant id '%1' is already used on line %2")
                    .arg(id)
                    .arg(r.where(idPaths.value(id)).line));
        idPaths.insert(id, path + QStringLiteral("/id"));
        if (!pin.isEmpty()) {
            // Duplicate PINs would make a PIN name two people.
            if (pinOwners.contains(pin))
                r.error(path + QStringLiteral("/pin"),
                    QStringLiteral("participants '%1' and '%2' share a PIN (line %3)")
                        .arg(pinOwners.value(pin).first, id)
                        .arg(r.where(pinOwners.value(pin).second).line));
            pinOwners.insert(pin, { id, path + QStringLiteral("/pin") });
            file.secrets.insert(id, pin);
        }
    }
    if (!hasChair)
        r.error(QStringLiteral("participants"), QStringLiteral("the meeting needs a chair"));
    const quint64 weight = rules::totalWeight(d.participants());
    if (weight > rules::MaxTotalWeight)
        r.error(QStringLiteral("participants"),
            QStringLiteral("the participants' weights add up to %1, more than %2")
                .arg(weight)
                .arg(rules::MaxTotalWeight));
}

void readAgenda(Reader &r, const QJsonObject &root, MeetingFile &file)
{
    QHash<QString, QString> idPaths;
    const QJsonArray agenda = r.array(root, QString(), "agenda");
    for (int i = 0; i < agenda.size(); ++i) {
        const QString path = QStringLiteral("agenda/%1").arg(i);
        if (!agenda[i].isObject()) {
            r.error(path, QStringLiteral("an agenda item must be an object in { }"));
            continue;
        }
        const QJsonObject o = agenda[i].toObject();
        v1::AgendaItem *item = file.definition.add_agenda();
        const QString id = r.string(o, path, "id", true);
        item->set_id(sstr(id));
        item->set_title(sstr(r.string(o, path, "title", true)));
        item->set_description(sstr(r.string(o, path, "description")));
        item->set_duration_minutes(quint32(r.integer(o, path, "durationMinutes", 0)));
        item->set_speaking_seconds(quint32(r.integer(o, path, "speakingSeconds", 0)));
        if (!id.isEmpty() && idPaths.contains(id))
            r.error(path + QStringLiteral("/id"),
                QStringLiteral("agenda item id '%1' is already used on line %2")
                    .arg(id)
                    .arg(r.where(idPaths.value(id)).line));
        idPaths.insert(id, path + QStringLiteral("/id"));
        QStringList docs;
        const QJsonArray documents = r.array(o, path, "documents");
        for (int k = 0; k < documents.size(); ++k) {
            if (!documents[k].isString())
                r.error(path + QStringLiteral("/documents/%1").arg(k),
                    QStringLiteral("a document is a path in quotes"));
            else
                docs << documents[k].toString();
        }
        if (!docs.isEmpty())
            file.documents.insert(id, docs);
    }
}

/**
 * A body's own workflows (docs/forms.md, "Workflows as data"): states and steps by id, the
 * roles by name; a step to or from a state the workflow lacks names its line.
 */
void readWorkflows(Reader &r, const QJsonObject &root, MeetingFile &file)
{
    const QJsonArray workflows = r.array(root, QString(), "workflows");
    QHash<QString, QString> idPaths;
    for (int i = 0; i < workflows.size(); ++i) {
        const QString path = QStringLiteral("workflows/%1").arg(i);
        if (!workflows[i].isObject()) {
            r.error(path, QStringLiteral("a workflow must be an object in { }"));
            continue;
        }
        const QJsonObject o = workflows[i].toObject();
        const qsizetype errorsBefore = r.errorCount();
        v1::Workflow *w = file.definition.add_workflows();
        const QString id = r.string(o, path, "id", true);
        w->set_id(sstr(id));
        w->set_name_vi(sstr(r.string(o, path, "name", true)));
        w->set_name_en(sstr(r.string(o, path, "nameEn")));
        if (!id.isEmpty() && idPaths.contains(id))
            r.error(path + QStringLiteral("/id"),
                QStringLiteral("workflow id '%1' is already used on line %2")
                    .arg(id)
                    .arg(r.where(idPaths.value(id)).line));
        idPaths.insert(id, path + QStringLiteral("/id"));
        QSet<QString> states;
        const QJsonArray stateList = r.array(o, path, "states");
        if (stateList.isEmpty())
            r.error(path,
                QStringLiteral("workflow '%1' needs 'states': the first is where a case starts")
                    .arg(id));
        for (int k = 0; k < stateList.size(); ++k) {
            const QString at = path + QStringLiteral("/states/%1").arg(k);
            const QJsonObject s = stateList[k].toObject();
            v1::WorkflowState *state = w->add_states();
            const QString stateId = r.string(s, at, "id", true);
            if (states.contains(stateId))
                r.error(at + QStringLiteral("/id"),
                    QStringLiteral("state '%1' is in workflow '%2' twice").arg(stateId, id));
            states.insert(stateId);
            state->set_id(sstr(stateId));
            state->set_label_vi(sstr(r.string(s, at, "label", true)));
            state->set_label_en(sstr(r.string(s, at, "labelEn")));
            state->set_final(r.boolean(s, at, "final", false));
            state->set_adopted(r.boolean(s, at, "adopted", false));
        }
        const QJsonArray steps = r.array(o, path, "steps");
        for (int k = 0; k < steps.size(); ++k) {
            const QString at = path + QStringLiteral("/steps/%1").arg(k);
            const QJsonObject s = steps[k].toObject();
            v1::WorkflowTransition *t = w->add_transitions();
            for (const char *end : { "from", "to" }) {
                const QString state = r.string(s, at, end, true);
                if (!state.isEmpty() && !states.contains(state))
                    r.error(at + QLatin1Char('/') + QLatin1String(end),
                        QStringLiteral("workflow '%1' has no state '%2'").arg(id, state));
                std::strcmp(end, "from") == 0 ? t->set_from(sstr(state)) : t->set_to(sstr(state));
            }
            const QJsonArray roles = r.array(s, at, "roles");
            for (int n = 0; n < roles.size(); ++n) {
                const v1::Role role = parseRole(roles[n].toString());
                if (role == v1::ROLE_UNSPECIFIED)
                    r.error(at + QStringLiteral("/roles/%1").arg(n),
                        QStringLiteral(
                            "'%1' is not a role (chair, secretary, delegate or observer)")
                            .arg(roles[n].toString()));
                else
                    t->add_roles(role);
            }
            t->set_submitter(r.boolean(s, at, "submitter", false));
            t->set_assignee(r.boolean(s, at, "assignee", false));
            t->set_assigns(r.boolean(s, at, "assigns", false));
            const QString ballot = r.string(s, at, "ballot");
            static const QHash<QString, v1::BallotCondition> conditions{
                { QString(), v1::BALLOT_CONDITION_NONE },
                { QStringLiteral("attach"), v1::BALLOT_CONDITION_ATTACH },
                { QStringLiteral("passed"), v1::BALLOT_CONDITION_PASSED },
                { QStringLiteral("failed"), v1::BALLOT_CONDITION_FAILED }
            };
            if (!conditions.contains(ballot))
                r.error(at + QStringLiteral("/ballot"),
                    QStringLiteral("ballot '%1' is none of attach, passed, failed").arg(ballot));
            t->set_ballot(conditions.value(ballot));
        }
        // Anything the lines above did not name (the core's own check, as the server's).
        if (const QString problem = workflowProblem(*w);
            !problem.isEmpty() && r.errorCount() == errorsBefore)
            r.error(path, QStringLiteral("workflow '%1': %2").arg(id, problem));
    }
}

} // namespace

std::optional<MeetingFile> parseMeetingFile(const QByteArray &json, QList<MeetingFileError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Qt's offset is in bytes; line and column are counted in the text itself.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const QByteArray lastLine = before.mid(before.lastIndexOf('\n') + 1);
        const int column = int(QString::fromUtf8(lastLine).size()) + 1;
        errors->append({ line, column, QString(),
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not a JSON object: %1").arg(parseError.errorString())
                : QStringLiteral("not a JSON object: the file must hold one object in { }") });
        return std::nullopt;
    }
    Reader r(json, errors);
    for (const JsonLocator::Duplicate &dup : r.locator().duplicateKeys()) {
        const TextPosition p = r.locator().at(dup.offset);
        errors->append({ p.line, p.column, displayPath(dup.path),
            QStringLiteral("written twice in one object: keep one") });
    }
    const QJsonObject root = doc.object();
    MeetingFile file;
    v1::MeetingDefined &d = file.definition;
    d.set_meeting_id(sstr(r.string(root, QString(), "id", true)));
    d.set_title(sstr(r.string(root, QString(), "title", true)));
    d.set_organisation(sstr(r.string(root, QString(), "organisation")));
    d.set_place(sstr(r.string(root, QString(), "place")));
    d.set_language(sstr(r.string(root, QString(), "language", false, QStringLiteral("vi"))));
    const QString start = r.string(root, QString(), "scheduledStart");
    if (!start.isEmpty()) {
        const QDateTime when = QDateTime::fromString(start, Qt::ISODate);
        if (!when.isValid())
            r.error(QStringLiteral("scheduledStart"),
                QStringLiteral("scheduledStart '%1' is not an ISO 8601 date-time").arg(start));
        else
            d.set_scheduled_start_ms(when.toMSecsSinceEpoch());
    }
    d.set_allow_proxies(r.boolean(root, QString(), "allowProxies", false));
    d.set_max_proxies_per_holder(quint32(r.integer(root, QString(), "maxProxiesPerHolder", 1)));
    d.set_default_speaking_seconds(
        quint32(r.integer(root, QString(), "defaultSpeakingSeconds", 0)));
    d.set_total_members(quint32(r.integer(root, QString(), "totalMembers", 0)));
    // The weight of all members (shares, for a weighted quorum or rule of all members).
    d.set_total_member_weight(quint64(
        r.integer(root, QString(), "totalMemberWeight", 0, 0, qint64(rules::MaxTotalWeight))));
    const QJsonValue quorum = root.value(QLatin1String("quorum"));
    if (quorum.isObject()) {
        QString error, where;
        if (auto rule = parseQuorumRule(quorum.toObject(), &error, &where))
            *d.mutable_quorum_rule() = *rule;
        else
            r.error(where.isEmpty() ? QStringLiteral("quorum") : QStringLiteral("quorum/") + where,
                error);
    } else if (!quorum.isUndefined() && !quorum.isNull()) {
        r.error(QStringLiteral("quorum"), QStringLiteral("'quorum' must be an object in { }"));
    }
    // The rule a ballot is decided by unless the chair picks another (a CreateBallot preset).
    const QString ballotRule = r.string(root, QString(), "ballotRule");
    if (!ballotRule.isEmpty() && !rules::preset(ballotRule))
        r.error(QStringLiteral("ballotRule"),
            QStringLiteral("ballotRule '%1' is not one of the rule presets").arg(ballotRule));
    d.set_ballot_rule_preset(sstr(ballotRule));
    // The kind of body (issue 15): its presets fill the rules the file leaves unset.
    const QString body = r.string(root, QString(), "body");
    const auto kind
        = body.isEmpty() ? std::optional(v1::BODY_KIND_UNSPECIFIED) : bodies::parseKind(body);
    if (!kind)
        r.error(QStringLiteral("body"),
            QStringLiteral("body '%1' is not a kind of body Quorum knows").arg(body));
    else
        d.set_body_kind(*kind);
    d.set_convening(quint32(r.integer(root, QString(), "convening", 1, 1)));
    d.set_total_units(quint32(r.integer(root, QString(), "totalUnits", 0)));
    bodies::applyPreset(d);
    readParticipants(r, root, file);
    readAgenda(r, root, file);
    readWorkflows(r, root, file);
    if (!errors->isEmpty()) {
        std::stable_sort(errors->begin(), errors->end(),
            [](const MeetingFileError &a, const MeetingFileError &b) {
                return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
        return std::nullopt;
    }
    return file;
}

std::optional<MeetingFile> parseMeetingFile(const QByteArray &json, QString *error)
{
    QList<MeetingFileError> errors;
    auto file = parseMeetingFile(json, &errors);
    QStringList lines;
    for (const MeetingFileError &e : errors)
        lines << e.toString();
    *error = lines.join(QLatin1Char('\n'));
    return file;
}

} // namespace quorum
