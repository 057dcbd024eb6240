#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * What a join QR code or link says: where the room server is, which meeting, which secret.
 *
 * Accepted forms:
 *   quorums://HOST:PORT/MEETING_ID?pin=SECRET&fp=FINGERPRINT   (the QR code: TLS, pinned)
 *   quorum://HOST:PORT/MEETING_ID?pin=SECRET                   (a server run --insecure)
 *   wss://HOST:PORT/?meeting=MEETING_ID&pin=SECRET&fp=…        (ws:// too; meeting may be omitted)
 * `token=` is accepted wherever `pin=` is. The fingerprint (SHA-256 of the server's
 * certificate, tlspinning.h) stays in serverUrl as its `fp=` item, which MeetingClient pins.
 */
struct JoinLink
{
    QUrl serverUrl;
    QString fingerprint; // canonical; empty when the link has none
    QString meetingId;
    QString secret;

    /** nullopt when the text is not a join link, or has no host or no secret. */
    static std::optional<JoinLink> parse(const QString &text);
};
