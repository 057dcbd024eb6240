// quorum-docgen: writes PDFs the project needs. Run under QT_QPA_PLATFORM=offscreen.
//   quorum-docgen --demo <dir>            the demo meeting's agenda documents
//   quorum-docgen --pages <n> <file.pdf>  a document of n numbered pages (tests, benchmarks)
#include "docgen.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QPdfWriter aborts under a QCoreApplication
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    QString error;
    if (args.size() == 3 && args[1] == QLatin1String("--demo")) {
        QDir dir(args[2]);
        if (!dir.mkpath(QStringLiteral("."))) {
            err << "quorum-docgen: cannot create " << args[2] << "\n";
            return 2;
        }
        for (const auto &[name, spec] : quorum::docgen::demoDocuments()) {
            if (!quorum::docgen::writePdf(dir.filePath(name), spec, &error)) {
                err << "quorum-docgen: " << error << "\n";
                return 1;
            }
        }
        return 0;
    }
    if (args.size() == 4 && args[1] == QLatin1String("--pages")) {
        if (!quorum::docgen::writeNumberedPdf(args[3], args[2].toInt(), &error)) {
            err << "quorum-docgen: " << error << "\n";
            return 1;
        }
        return 0;
    }
    err << "usage: quorum-docgen --demo <dir> | --pages <n> <file.pdf>\n";
    return 2;
}
