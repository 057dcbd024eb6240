#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * What a join QR code or link says: where the room server is, which meeting, which secret.
 *
 * Accepted forms:
 *   quorum://HOST:PORT/MEETING_ID?pin=SECRET          (the QR code; quorums:// for wss)
 *   ws://HOST:PORT/?meeting=MEETING_ID&pin=SECRET     (wss:// too; meeting may be omitted)
 * `token=` is accepted wherever `pin=` is.
 */
struct JoinLink
{
    QUrl serverUrl;
    QString meetingId;
    QString secret;

    /** nullopt when the text is not a join link, or has no host or no secret. */
    static std::optional<JoinLink> parse(const QString &text);
};
