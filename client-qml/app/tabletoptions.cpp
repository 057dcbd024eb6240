#include "tabletoptions.h"

#include "demofloor.h"
#include "tabletprofile.h"

#include <QCommandLineParser>

namespace {

/** The options quorum-tablet knows, as --help lists them. */
struct Declared
{
    const QCommandLineOption join{ QStringLiteral("join"),
        QStringLiteral("Join this quorum:// link at start."), QStringLiteral("link") };
    const QCommandLineOption profile{ QStringLiteral("profile"),
        QStringLiteral("This window's own data folder (meeting, documents, "
                       "device id); one process per profile."),
        QStringLiteral("name") };
    const QCommandLineOption lang{ QStringLiteral("lang"),
        QStringLiteral("UI language: vi or en (default: the one chosen on this "
                       "tablet, else the meeting's, else vi)."),
        QStringLiteral("code") };
    const QCommandLineOption device{ QStringLiteral("device-id"),
        QStringLiteral("Device id sent to the server (default: "
                       "one kept per install)."),
        QStringLiteral("id") };
    const QCommandLineOption shot{ QStringLiteral("screenshot"),
        QStringLiteral("Save the window to this PNG and quit."), QStringLiteral("file") };
    const QCommandLineOption delay{ QStringLiteral("screenshot-delay"),
        QStringLiteral("Milliseconds to wait (after joining, with "
                       "--join) before the screenshot."),
        QStringLiteral("ms"), QStringLiteral("1500") };
    const QCommandLineOption title{ QStringLiteral("title"),
        QStringLiteral("Suffix of the window title."), QStringLiteral("text") };
    // For demos and screenshots (scripts/screenshot.sh): a meeting that is under
    // way.
    const QCommandLineOption advance{ QStringLiteral("demo-advance"),
        QStringLiteral("After joining as chair or secretary, move "
                       "the agenda on this many items."),
        QStringLiteral("n"), QStringLiteral("0") };
    const QCommandLineOption floor{ QStringLiteral("demo-floor"),
        QStringLiteral("Once joined, act on the floor: tab[:N];request;order;"
                       "vote:N;ballot:QUESTION;next;close; and on the minutes: "
                       "minutes:ITEM=NOTES|CONCLUSION;minutes-number:NUMBER|PLACE;"
                       "approve;export."),
        QStringLiteral("actions") };
    const QCommandLineOption desk{ QStringLiteral("desk"),
        QStringLiteral("Open the organiser's desk with this server's desk link "
                       "(printed at the server's start)."),
        QStringLiteral("link") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Quorum tablet: a seat in a paperless meeting room."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            { join, profile, lang, device, shot, delay, title, advance, floor, desk });
        // The desktop opens a quorum:// or quorums:// link with `quorum-tablet %u`.
        parser.addPositionalArgument(QStringLiteral("link"),
            QStringLiteral("A join link, as with --join."), QStringLiteral("[link]"));
    }
};

/** Which link the tablet opens: --join LINK or LINK alone (one at most), or
 * --desk LINK. */
void readLinks(const QCommandLineParser &parser, const Declared &o, TabletOptions &options)
{
    options.joinLink = parser.value(o.join);
    options.deskLink = parser.value(o.desk);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !options.joinLink.isEmpty()))
        options.error = QStringLiteral("one join link at most (--join LINK or LINK)");
    else if (!options.deskLink.isEmpty() && (positional.size() == 1 || !options.joinLink.isEmpty()))
        options.error = QStringLiteral("--desk or a join link, not both");
    else if (positional.size() == 1)
        options.joinLink = positional.constFirst();
}

/** A count given on the command line into `value`; false unless a whole number
 * of 0 or more. */
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, int &value)
{
    bool ok = false;
    value = parser.value(option).toInt(&ok);
    return ok && value >= 0;
}

/** The other options' values; each wrong one says so, the last checked
 * standing. */
void readValues(const QCommandLineParser &parser, const Declared &o, TabletOptions &options)
{
    options.profile = parser.value(o.profile);
    if (parser.isSet(o.profile) && !TabletProfile::isValidName(options.profile))
        options.error
            = QStringLiteral("--profile needs a name of letters, digits, '-', '_' or '.'");
    options.language = parser.value(o.lang);
    options.deviceId = parser.value(o.device);
    options.screenshotFile = parser.value(o.shot);
    options.titleSuffix = parser.value(o.title);
    if (!readCount(parser, o.delay, options.screenshotDelayMs))
        options.error = QStringLiteral("--screenshot-delay needs a number of milliseconds");
    if (!readCount(parser, o.advance, options.demoAdvance))
        options.error = QStringLiteral("--demo-advance needs a number of items");
    options.demoFloor = parser.value(o.floor);
    if (const QString error = DemoFloor::validate(options.demoFloor); !error.isEmpty())
        options.error = error;
    if (!options.language.isEmpty() && options.language != QLatin1String("vi")
        && options.language != QLatin1String("en"))
        options.error = QStringLiteral("--lang must be vi or en");
}

} // namespace

TabletOptions TabletOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Declared declared;
    declared.addTo(parser);
    parser.process(arguments);

    TabletOptions options;
    readLinks(parser, declared, options);
    readValues(parser, declared, options);
    return options;
}
