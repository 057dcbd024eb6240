// quorum-bot: headless participants for smoke tests, demos and load. One file per mode.

#include "loadmode.h"
#include "script.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Load mode holds thousands of sockets: the plain poll dispatcher, as the server uses,
    // instead of Debian's glib one (TOOLCHAIN.md).
    if (argc > 1 && qstrcmp(argv[1], "load") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quorum-bot"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments();
    const QString mode = args.size() > 1 ? args.takeAt(1) : QString();
    if (mode == QLatin1String("script")) {
        ScriptMode script;
        if (const int code = script.parse(args, err))
            return code;
        return script.run(out, err);
    }
    if (mode == QLatin1String("load")) {
        LoadMode load;
        if (const int code = load.parse(args, err))
            return code;
        return load.run(out, err);
    }
    err << "usage: quorum-bot script --url wss://HOST:PORT/?fp=FINGERPRINT --chair-pin PIN --pins "
           "P1,P2,... "
           "[--meeting ID] [--timeout-ms 60000]\n"
           "       quorum-bot load --url wss://HOST:PORT/?fp=FINGERPRINT [--tablets N] [--scenario "
           "fanout|votes] [--hostile] ...\n"
           "       quorum-bot <mode> --help\n";
    return mode == QLatin1String("--help") || mode == QLatin1String("-h") ? 0 : 2;
}
