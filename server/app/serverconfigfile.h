#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace quorum {

/** The option that names the configuration file: `--config FILE`. */
QCommandLineOption configFileOption();

/**
 * /etc/quorum/quorum-server.conf: `key = value` lines, `#` comments. Each key is the long
 * name of a command-line option and means what the option means (`port = 7450` is
 * `--port 7450`, `no-qr = true` is `--no-qr`; a repeatable option may be repeated), so an
 * option added to the server works in the file without a change here.
 *
 * Returns `arguments` with the file's settings put in front of the command line's, or an
 * error (unreadable file, unknown key, a yes/no option with another value). An option given
 * on the command line replaces the file's setting of it. Without `--config` in `arguments`
 * they come back as they are.
 */
QStringList withConfigFile(
    const QStringList &arguments, const QList<QCommandLineOption> &options, QString *error);

} // namespace quorum
