// The office's list on the command line: the import's preview, and the meeting file it makes.
#include "rostercommand.h"

#include "jsonlocator.h"
#include "roles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

namespace quorum {

namespace {

/** A JSON string literal, quotes included. */
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray participantLine(const roster::RosterEntry &e, const QString &pin)
{
    QByteArray line = "{ \"id\": " + quoted(e.id) + ", \"name\": " + quoted(e.name);
    if (!e.title.isEmpty())
        line += ", \"title\": " + quoted(e.title);
    if (!e.unit.isEmpty())
        line += ", \"unit\": " + quoted(e.unit);
    line += ", \"role\": " + quoted(roleName(e.role));
    if (e.weight != 1)
        line += ", \"weight\": " + QByteArray::number(e.weight);
    if (!pin.isEmpty())
        line += ", \"pin\": " + quoted(pin);
    return line + " }";
}

void printPreview(QTextStream &out, const QString &path, const roster::RosterImport &r)
{
    out << path << ": " << (r.format.isEmpty() ? QStringLiteral("?") : r.format) << ", "
        << r.rowsRead << " rows read\n";
    QMap<QString, int> byRole;
    quint64 weight = 0;
    for (const roster::RosterEntry &e : r.rows) {
        ++byRole[roleName(e.role)];
        weight += e.weight;
    }
    if (!r.rows.isEmpty()) {
        out << "  to import: " << r.rows.size() << " (";
        QStringList parts;
        for (const QString &role : { QStringLiteral("chair"), QStringLiteral("secretary"),
                 QStringLiteral("delegate"), QStringLiteral("observer") })
            parts << QStringLiteral("%1 %2").arg(role).arg(byRole.value(role));
        out << parts.join(QStringLiteral(", ")) << "), total weight " << weight << "\n";
    }
    if (!r.ignoredColumns.isEmpty())
        out << "  columns not read: " << r.ignoredColumns.join(QStringLiteral(", ")) << "\n";
    if (!r.refusals.isEmpty()) {
        out << "  refused: " << r.refusals.size() << "\n";
        for (const roster::Refusal &refusal : r.refusals)
            out << "    " << refusal.toString() << "\n";
    }
}

} // namespace

QByteArray withParticipants(const QByteArray &meetingJson, const QList<roster::RosterEntry> &list)
{
    QHash<QString, QString> oldPins;
    QString error;
    QList<MeetingFileError> ignored;
    if (const auto file = parseMeetingFile(meetingJson, &ignored))
        oldPins = file->secrets;
    QByteArray array = "[\n";
    for (int i = 0; i < list.size(); ++i) {
        const roster::RosterEntry &e = list[i];
        array += "    " + participantLine(e, e.pin.isEmpty() ? oldPins.value(e.id) : e.pin)
            + (i + 1 < list.size() ? ",\n" : "\n");
    }
    array += "  ]";
    const JsonLocator locator(meetingJson);
    const auto [start, end] = locator.valueRange(QStringLiteral("participants"));
    if (start >= 0)
        return meetingJson.left(start) + array + meetingJson.mid(end);
    // No participants yet: the list goes first in the object.
    const qsizetype brace = meetingJson.indexOf('{');
    const bool empty = meetingJson.mid(brace + 1).trimmed().startsWith('}');
    return meetingJson.left(brace + 1) + "\n  \"participants\": " + array + (empty ? "\n" : ",")
        + meetingJson.mid(brace + 1);
}

int rosterCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads the office's list of participants (CSV or XLSX) and shows what "
                       "it would import; --write puts it into the meeting file."));
    parser.addHelpOption();
    const QCommandLineOption meeting(QStringLiteral("meeting"),
        QStringLiteral("The meeting file (JSON) the participants go into."),
        QStringLiteral("file"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
        QStringLiteral("The sheet to read in an XLSX workbook (default: the first)."),
        QStringLiteral("name"));
    const QCommandLineOption write(QStringLiteral("write"),
        QStringLiteral("Replace the meeting file's participants with the list (only when "
                       "nothing is refused)."));
    parser.addOptions({ meeting, sheet, write });
    parser.addPositionalArgument(QStringLiteral("roster"), QStringLiteral("the command"));
    parser.addPositionalArgument(
        QStringLiteral("list"), QStringLiteral("The list: .xlsx or .csv."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(meeting)) {
        err << "usage: quorum-server roster LIST.xlsx|LIST.csv --meeting meeting.json "
               "[--sheet NAME] [--write]\n";
        return 2;
    }
    QFile listFile(args[1]);
    if (!listFile.open(QIODevice::ReadOnly)) {
        err << "quorum-server roster: cannot read " << args[1] << ": " << listFile.errorString()
            << "\n";
        return 2;
    }
    // Read no more than the limit and one byte: a bigger file is refused without reading it.
    const QByteArray listBytes = listFile.read(roster::MaxFileBytes + 1);
    QFile meetingFile(parser.value(meeting));
    if (!meetingFile.open(QIODevice::ReadOnly)) {
        err << "quorum-server roster: cannot read " << meetingFile.fileName() << ": "
            << meetingFile.errorString() << "\n";
        return 2;
    }
    const QByteArray meetingJson = meetingFile.readAll();
    meetingFile.close();

    const roster::RosterImport result = roster::readRoster(listBytes, { parser.value(sheet) });
    printPreview(out, args[1], result);
    const auto participants = result.participants();
    if (!participants) {
        out << "nothing imported: correct the list and run again\n";
        return 1;
    }
    // The meeting file it would make must itself be right (a chair, PINs used once...).
    const QByteArray updated = withParticipants(meetingJson, *participants);
    QList<MeetingFileError> errors;
    if (!parseMeetingFile(updated, &errors)) {
        out << "the meeting file would be wrong with this list:\n";
        for (const MeetingFileError &e : errors)
            out << "  " << e.toString() << "\n";
        out << "nothing written\n";
        return 1;
    }
    if (!parser.isSet(write)) {
        out << "the list can be imported: run again with --write to put it into "
            << meetingFile.fileName() << "\n";
        return 0;
    }
    QSaveFile save(meetingFile.fileName());
    if (!save.open(QIODevice::WriteOnly) || save.write(updated) != updated.size()
        || !save.commit()) {
        err << "quorum-server roster: cannot write " << meetingFile.fileName() << ": "
            << save.errorString() << "\n";
        return 2;
    }
    out << participants->size() << " participants written into " << meetingFile.fileName() << "\n";
    return 0;
}

} // namespace quorum
