#include "serverconfigfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace quorum {

namespace {
const QCommandLineOption *findOption(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &option : options) {
        if (option.names().contains(name))
            return &option;
    }
    return nullptr;
}
} // namespace

QCommandLineOption configFileOption()
{
    return QCommandLineOption(QStringLiteral("config"),
        QStringLiteral("Read settings from this file (key = value, a key per "
                       "long option); the command line overrides it."),
        QStringLiteral("file"));
}

QStringList withConfigFile(
    const QStringList &arguments, const QList<QCommandLineOption> &options, QString *error)
{
    // What the command line says, to know which of the file's settings it overrides. Errors
    // here are left for the real parse to report.
    QCommandLineParser commandLine;
    commandLine.addOptions(options);
    commandLine.addHelpOption();
    commandLine.addVersionOption();
    commandLine.parse(arguments);
    const QString file = commandLine.value(configFileOption().names().constFirst());
    if (file.isEmpty())
        return arguments;

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the configuration file %1: %2")
                     .arg(file, f.errorString());
        return {};
    }
    QStringList settings;
    QTextStream in(&f);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        const QString where = QStringLiteral("%1 line %2").arg(file).arg(lineNumber);
        const QCommandLineOption *option = eq <= 0 ? nullptr : findOption(options, key);
        if (!option || key.size() < 2 || key == QLatin1String("config")) {
            *error = QStringLiteral("%1: '%2' is not a setting (key = value, where key is a long "
                                    "option of quorum-server --help)")
                         .arg(where, line);
            return {};
        }
        if (commandLine.isSet(key))
            continue; // the command line wins
        if (!option->valueName().isEmpty()) {
            settings << QStringLiteral("--%1=%2").arg(key, value);
            continue;
        }
        // A yes/no option: the file says which.
        if (value == QLatin1String("true") || value == QLatin1String("yes")
            || value == QLatin1String("1")) {
            settings << QStringLiteral("--") + key;
        } else if (!(value == QLatin1String("false") || value == QLatin1String("no")
                       || value == QLatin1String("0"))) {
            *error = QStringLiteral("%1: %2 is true or false, not '%3'").arg(where, key, value);
            return {};
        }
    }
    QStringList merged = arguments.mid(0, 1);
    merged << settings << arguments.mid(1);
    return merged;
}

} // namespace quorum
