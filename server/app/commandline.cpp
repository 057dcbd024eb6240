#include "commandline.h"

#include <QtGlobal>

namespace quorum {

void useOffscreenPlatform()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QCommandLineOption dataFolderOption(const QString &description, const QString &defaultDir)
{
    return QCommandLineOption({ QStringLiteral("d"), QStringLiteral("data") }, description,
        QStringLiteral("dir"), defaultDir);
}

} // namespace quorum
