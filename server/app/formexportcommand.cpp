// ExportFormResults' child process: rendering a PDF needs a QGuiApplication, which the
// server has not (as `quorum-server export`, archivecommands.cpp).
#include "formexportcommand.h"

#include "commandline.h"

#include "formsexport.h"
#include "meetingexport.h"
#include "sqliteeventstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

namespace quorum {

int formExportCommand(int argc, char *argv[])
{
    useOffscreenPlatform();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes one form's consolidated results as PDF and CSV."));
    parser.addHelpOption();
    const QCommandLineOption data = dataFolderOption();
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
        QStringLiteral("The folder to write the two files into."), QStringLiteral("dir"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("vi (default) or en."), QStringLiteral("language"), QStringLiteral("vi"));
    parser.addOptions({ data, outDir, language });
    parser.addPositionalArgument(QStringLiteral("export-form"), QStringLiteral("the command"));
    parser.addPositionalArgument(QStringLiteral("meeting"), QStringLiteral("The meeting id."));
    parser.addPositionalArgument(QStringLiteral("form"), QStringLiteral("The form id."));
    parser.process(app);
    QTextStream cout(stdout), err(stderr);
    const QString lang = parser.value(language);
    if (parser.positionalArguments().size() != 3 || !parser.isSet(outDir)
        || (lang != QLatin1String("vi") && lang != QLatin1String("en"))) {
        err << "usage: quorum-server export-form MEETING FORM --data DIR --out-dir DIR "
               "[--language vi|en]\n";
        return 2;
    }
    const QString meetingId = parser.positionalArguments().at(1);
    const QString formId = parser.positionalArguments().at(2);
    const QString dbPath = QDir(parser.value(data)).filePath(QStringLiteral("quorum.sqlite"));
    if (!QFile::exists(dbPath)) {
        err << "quorum-server export-form: no event log in " << parser.value(data) << "\n";
        return 2;
    }
    SqliteEventStore store(dbPath);
    QString error;
    std::vector<StoredEvent> stored;
    std::vector<v1::Event> events;
    if (!store.open(&error)
        || !archive::readVerifiedLog(store, meetingId, &stored, &events, &error)) {
        err << "quorum-server export-form: " << error << "\n";
        return 2;
    }
    const minutes::MinutesModel model = minutes::build(events, &error);
    if (model.meetingId.isEmpty()) {
        err << "quorum-server export-form: " << error << "\n";
        return 2;
    }
    const minutes::FormMinutes *form = nullptr;
    for (const minutes::FormMinutes &f : model.forms) {
        if (qstr(f.form.id()) == formId)
            form = &f;
    }
    if (!form) {
        err << "quorum-server export-form: the minutes hold no form '" << formId
            << "' (never opened, or unknown)\n";
        return 3;
    }
    const minutes::Language words
        = lang == QLatin1String("en") ? minutes::Language::English : minutes::Language::Vietnamese;
    const QString stem = minutes::formExportStem(meetingId, formId);
    const QDir dir(parser.value(outDir));
    QFile csv(dir.filePath(stem + QStringLiteral(".csv")));
    const QByteArray csvBytes = minutes::csvBytes(
        minutes::formResultsRows(*form, minutes::Words(words, QTimeZone::systemTimeZone())));
    if (!csv.open(QIODevice::WriteOnly) || csv.write(csvBytes) != csvBytes.size() || !csv.flush()) {
        err << "quorum-server export-form: cannot write " << csv.fileName() << "\n";
        return 2;
    }
    if (!minutes::writeFormResultsPdf(model, *form, words, quint64(events.size()),
            dir.filePath(stem + QStringLiteral(".pdf")), &error)) {
        err << "quorum-server export-form: " << error << "\n";
        return 2;
    }
    cout << "exported form " << formId << " of " << meetingId << " (" << events.size()
         << " events): " << stem << "\n";
    return 0;
}

} // namespace quorum
