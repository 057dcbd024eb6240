#pragma once

#include "protocol.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace quorum {

/**
 * A meeting definition file as the secretary writes it (JSON, see assets/demo/meeting.json):
 * the meeting, its participants with roles and PINs, and the agenda.
 */
struct MeetingFile
{
    v1::MeetingDefined definition;
    QHash<QString, QString> secrets; // participant id -> PIN; absent ids get one generated
    QHash<QString, QStringList> documents; // agenda item id -> document paths (later issue)
    // participant id -> birth date, for TIE_BREAK_OLDER: kept on the server, out of the
    // definition and every broadcast (FloorState::birthDates).
    QHash<QString, QDate> birthDates;
};

/** Parses the JSON of a meeting file; std::nullopt and a readable error when it is wrong. */
std::optional<MeetingFile> parseMeetingFile(const QByteArray &json, QString *error);

/** A threshold as written in meeting files: "1/2", "2/3" or "65%", and "more-than" or "at-least".
 */
std::optional<v1::Threshold> parseThreshold(
    const QString &fraction, const QString &comparison, QString *error);

/** {"fraction": "1/2", "comparison": "more-than", "base": "convened" | "all", "weighted": false} */
std::optional<v1::QuorumRule> parseQuorumRule(const QJsonObject &object, QString *error);

/** Parses a role as written in meeting files ("chair", "secretary", "delegate", "observer"). */
v1::Role parseRole(const QString &name);

} // namespace quorum
