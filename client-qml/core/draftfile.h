#pragma once

#include <QString>

class MeetingClient;

/**
 * The tablet's own file for what one participant keeps of one meeting (the minutes' drafts, the
 * forms' drafts): one file per server, meeting and participant in the documents' state folder,
 * so two meetings never mix their words. Empty while the client has no meeting or identity.
 */
QString draftFilePath(const MeetingClient *client, const QString &prefix);
