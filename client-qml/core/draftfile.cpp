#include "draftfile.h"

#include "meetingclient.h"
#include "meetingdocuments.h"

#include <QCryptographicHash>
#include <QDir>

QString draftFilePath(const MeetingClient *client, const QString &prefix)
{
    if (!client || client->meetingId().isEmpty() || client->participantId().isEmpty())
        return {};
    const QByteArray id
        = QCryptographicHash::hash((client->serverUrl() + QLatin1Char('\n') + client->meetingId()
                                       + QLatin1Char('\n') + client->participantId())
                                       .toUtf8(),
            QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return QDir(client->documents()->stateDirectory())
        .filePath(QStringLiteral("%1-%2.json").arg(prefix, QString::fromLatin1(id)));
}
