#pragma once

#include <QCommandLineOption>
#include <QString>

namespace quorum {

/**
 * Before the QGuiApplication of a `quorum-server` command that writes PDFs (export, cards,
 * export-form): QPdfWriter needs one, and a server has no display. A platform the caller
 * chose (QT_QPA_PLATFORM set) is kept.
 */
void useOffscreenPlatform();

/**
 * The `-d/--data <dir>` option every command that reads the server's data folder takes: the
 * same name and default (`data`, as the server's own) everywhere. `defaultDir` empty: the
 * folder must be named (backup and restore, which must not pick up a folder by chance).
 */
QCommandLineOption dataFolderOption(
    const QString &description = QStringLiteral("The server's data folder."),
    const QString &defaultDir = QStringLiteral("data"));

} // namespace quorum
