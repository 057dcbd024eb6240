#include "secretscan.h"

#include "protocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace quorum;

namespace secretscan {

QStringList links(
    const QString &name, const QByteArray &bytes, const QString &meetingId, const QString &ballotId)
{
    QStringList found;
    // (1) A row of the ballot's box: its key, meeting id then ballot id, as SQLite stores it.
    const QByteArray boxKey = meetingId.toUtf8() + ballotId.toUtf8();
    for (qsizetype at = bytes.indexOf(boxKey); at >= 0; at = bytes.indexOf(boxKey, at + 1))
        found << QStringLiteral("%1 @%2: a row of the ballot box (running totals, weights)")
                     .arg(name)
                     .arg(at);
    // (2) A VoteCast of the ballot with a choice: Event.vote_cast is field 34 (tag 0x92 0x02).
    const QByteArray tag("\x92\x02", 2);
    for (qsizetype at = bytes.indexOf(tag); at >= 0; at = bytes.indexOf(tag, at + 1)) {
        qsizetype p = at + 2;
        quint64 length = 0;
        for (int shift = 0; p < bytes.size() && shift < 64; shift += 7) {
            const quint8 b = quint8(bytes[p++]);
            length |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
        }
        if (length > quint64(bytes.size() - p))
            continue;
        v1::VoteCast vote;
        if (vote.ParseFromArray(bytes.constData() + p, int(length))
            && qstr(vote.ballot_id()) == ballotId && vote.choices_size() > 0)
            found << QStringLiteral("%1 @%2: a VoteCast of %3 carries a choice")
                         .arg(name)
                         .arg(at)
                         .arg(
                             vote.voter_ids_size() ? qstr(vote.voter_ids(0)) : QStringLiteral("?"));
    }
    // (2) The same in an archive's JSON event log.
    if (name.endsWith(QLatin1String("events.jsonl"))) {
        for (const QByteArray &line : bytes.split('\n')) {
            // Field names as in quorum.proto (eventlog.cpp).
            const QJsonObject vote = QJsonDocument::fromJson(line)
                                         .object()[QLatin1String("body")]
                                         .toObject()[QLatin1String("vote_cast")]
                                         .toObject();
            if (vote[QLatin1String("ballot_id")].toString() == ballotId
                && vote.contains(QLatin1String("choices")))
                found << QStringLiteral("%1: a vote with its choice: %2")
                             .arg(name, QString::fromUtf8(line));
        }
    }
    return found;
}

QStringList linksInDatabase(
    const QString &databasePath, const QString &meetingId, const QString &ballotId)
{
    QStringList found;
    for (const QString &path : { databasePath, databasePath + QStringLiteral("-wal"),
             databasePath + QStringLiteral("-journal") }) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            found << links(path, f.readAll(), meetingId, ballotId);
    }
    return found;
}

} // namespace secretscan
