#pragma once

#include <QString>
#include <QStringList>

/** The command line of quorum-tablet, parsed. */
struct TabletOptions
{
    QString joinLink; // --join LINK, or LINK alone (the desktop's handler of quorum:// links)
    QString deskLink; // --desk LINK: the organiser's desk of that server, instead of joining
    QString profile; // --profile: this process's own folder (tabletprofile.h); empty: default
    QString language; // --lang: "vi" or "en"; empty follows the system locale
    QString deviceId; // --device-id: two windows on one machine are two devices
    QString screenshotFile; // --screenshot: grab the window to this PNG, then quit
    int screenshotDelayMs = 1500;
    QString titleSuffix; // --title: appended to the window title
    int demoAdvance = 0; // --demo-advance: chair/secretary moves the agenda on N items once joined
    QString demoFloor; // --demo-floor: actions on the floor once joined (demofloor.h)
    QString error; // non-empty when the command line is wrong

    /** Parses arguments (argv[0] included); --help and --version exit the process. */
    static TabletOptions parse(const QStringList &arguments);
};
