#include "tabletoptions.h"

#include "demofloor.h"
#include "tabletprofile.h"

#include <QCommandLineParser>

TabletOptions TabletOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Quorum tablet: a seat in a paperless meeting room."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption join(QStringLiteral("join"),
        QStringLiteral("Join this quorum:// link at start."), QStringLiteral("link"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("This window's own data folder (meeting, documents, "
                       "device id); one process per profile."),
        QStringLiteral("name"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("UI language: vi or en (default: the one chosen on this "
                       "tablet, else the meeting's, else vi)."),
        QStringLiteral("code"));
    const QCommandLineOption device(QStringLiteral("device-id"),
        QStringLiteral("Device id sent to the server (default: "
                       "one kept per install)."),
        QStringLiteral("id"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
        QStringLiteral("Save the window to this PNG and quit."), QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
        QStringLiteral("Milliseconds to wait (after joining, with "
                       "--join) before the screenshot."),
        QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption title(QStringLiteral("title"),
        QStringLiteral("Suffix of the window title."), QStringLiteral("text"));
    // For demos and screenshots (scripts/screenshot.sh): a meeting that is under way.
    const QCommandLineOption advance(QStringLiteral("demo-advance"),
        QStringLiteral("After joining as chair or secretary, move "
                       "the agenda on this many items."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption floor(QStringLiteral("demo-floor"),
        QStringLiteral("Once joined, act on the floor: tab[:N];request;order;"
                       "vote:N;ballot:QUESTION;next;close; and on the minutes: "
                       "minutes:ITEM=NOTES|CONCLUSION;minutes-number:NUMBER|PLACE;"
                       "approve;export."),
        QStringLiteral("actions"));
    const QCommandLineOption desk(QStringLiteral("desk"),
        QStringLiteral("Open the organiser's desk with this server's desk link "
                       "(printed at the server's start)."),
        QStringLiteral("link"));
    parser.addOptions({ join, profile, lang, device, shot, delay, title, advance, floor, desk });
    // The desktop opens a quorum:// or quorums:// link with `quorum-tablet %u`.
    parser.addPositionalArgument(QStringLiteral("link"),
        QStringLiteral("A join link, as with --join."), QStringLiteral("[link]"));
    parser.process(arguments);

    TabletOptions options;
    options.joinLink = parser.value(join);
    options.deskLink = parser.value(desk);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !options.joinLink.isEmpty()))
        options.error = QStringLiteral("one join link at most (--join LINK or LINK)");
    else if (!options.deskLink.isEmpty() && (positional.size() == 1 || !options.joinLink.isEmpty()))
        options.error = QStringLiteral("--desk or a join link, not both");
    else if (positional.size() == 1)
        options.joinLink = positional.constFirst();
    options.profile = parser.value(profile);
    if (parser.isSet(profile) && !TabletProfile::isValidName(options.profile))
        options.error
            = QStringLiteral("--profile needs a name of letters, digits, '-', '_' or '.'");
    options.language = parser.value(lang);
    options.deviceId = parser.value(device);
    options.screenshotFile = parser.value(shot);
    options.titleSuffix = parser.value(title);
    bool ok = false;
    options.screenshotDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || options.screenshotDelayMs < 0)
        options.error = QStringLiteral("--screenshot-delay needs a number of milliseconds");
    options.demoAdvance = parser.value(advance).toInt(&ok);
    if (!ok || options.demoAdvance < 0)
        options.error = QStringLiteral("--demo-advance needs a number of items");
    options.demoFloor = parser.value(floor);
    if (const QString error = DemoFloor::validate(options.demoFloor); !error.isEmpty())
        options.error = error;
    if (!options.language.isEmpty() && options.language != QLatin1String("vi")
        && options.language != QLatin1String("en"))
        options.error = QStringLiteral("--lang must be vi or en");
    return options;
}
