#include "meetingfile.h"

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
