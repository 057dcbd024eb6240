#pragma once

#include "protocol.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
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

/** One thing wrong in a meeting file, where it is: "line 14, column 57: participants[2].role: ..."
 */
struct MeetingFileError
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    QString path; // "participants[2].role"; empty: the file as a whole
    QString detail; // English
    QString toString() const;
};

/**
 * Parses the JSON of a meeting file and checks it as Meeting::define will (ids, names, roles,
 * a chair, PINs, types of every field): std::nullopt and every error, each with its line and
 * column, when anything is wrong.
 */
std::optional<MeetingFile> parseMeetingFile(
    const QByteArray &json, QList<MeetingFileError> *errors);

/** The same, with the errors as text, one a line. */
std::optional<MeetingFile> parseMeetingFile(const QByteArray &json, QString *error);

/** A threshold as written in meeting files: "1/2", "2/3" or "65%", and "more-than" or "at-least".
 */
std::optional<v1::Threshold> parseThreshold(
    const QString &fraction, const QString &comparison, QString *error);

/**
 * {"fraction": "1/2", "comparison": "more-than", "base": "convened" | "all", "weighted": false,
 *  "also": [{"count": "units" | "heads", "fraction", "comparison", "base", "weighted"}],
 *  "convenings": [{"convening": 2, "fraction": "33%", "comparison": "at-least"},
 *                 {"convening": 3, "noMinimum": true}]} (docs/rules.md). On an error, `path`
 * (when given) names the part that is wrong ("also/0", "convenings/1"; empty: the rule itself);
 * without it, the error's text starts with it ("quorum/also/0: ...").
 */
std::optional<v1::QuorumRule> parseQuorumRule(
    const QJsonObject &object, QString *error, QString *path = nullptr);

/** Parses a role as written in meeting files ("chair", "secretary", "delegate", "observer"). */
v1::Role parseRole(const QString &name);

} // namespace quorum
