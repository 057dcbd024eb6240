#include "botoptions.h"

void BotOptions::declare(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("url"),
        QStringLiteral("Room server, e.g. wss://127.0.0.1:7450/?fp=FINGERPRINT (the server prints "
                       "it; ws:// for --insecure)"),
        QStringLiteral("url") });
    parser.addOption({ QStringLiteral("meeting"),
        QStringLiteral("Meeting id (default: the server's only meeting)"), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("timeout-ms"), QStringLiteral("Give up after this long (default 60000)"),
            QStringLiteral("ms"), QStringLiteral("60000") });
}

bool BotOptions::read(const QCommandLineParser &parser, QString *error)
{
    url = QUrl(parser.value(QStringLiteral("url")));
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        *error = QStringLiteral("--url must be a ws:// or wss:// address");
        return false;
    }
    meetingId = parser.value(QStringLiteral("meeting"));
    bool ok = false;
    timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
    if (!ok || timeoutMs <= 0) {
        *error = QStringLiteral("--timeout-ms must be a positive number of milliseconds");
        return false;
    }
    return true;
}
