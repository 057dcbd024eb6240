// quorum-tablet: the QML app a delegate, the chair or the secretary uses in the room.
// Everything but the command line lives in quorum_tabletapp (QML module Quorum.Tablet).

#include "demofloor.h"
#include "language.h"
#include "linkhandover.h"
#include "meetingclient.h"
#include "noticesettings.h"
#include "tabletoptions.h"
#include "tabletprofile.h"
#include "windowgrabber.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Quorum_TabletPlugin)

namespace {

/**
 * Holds this process's own folder; a second process on it is refused rather than let the two
 * overwrite each other's downloads and copy of the meeting. -1 when held, else the exit code.
 */
int holdProfile(TabletProfile &profile, LinkHandover &handover, const TabletOptions &options)
{
    QString profileError;
    if (profile.lock(&profileError))
        return -1;
    // A link opened from the desktop while this profile's tablet runs: that one joins.
    QString handoverError;
    if (!options.joinLink.isEmpty() && handover.handOver(options.joinLink, &handoverError)) {
        std::printf(
            "quorum-tablet: the link went to the tablet already running on the profile '%s'\n",
            qPrintable(profile.name()));
        return 0;
    }
    std::fprintf(stderr, "quorum-tablet: %s\n", qPrintable(profileError));
    return 3;
}

/** The client the window made, kept in the profile, and what the demo options ask of it. */
void setUpClient(MeetingClient *client, QQuickWindow *window, const TabletProfile &profile,
    const TabletOptions &options, QGuiApplication &app)
{
    client->setClientName(QStringLiteral("quorum-tablet 0.1"));
    // The meeting survives an app restart: shown from the tablet's copy, even offline.
    client->setStateDirectory(profile.directory());
    client->setPersistent(true);
    client->setDeviceId(options.deviceId.isEmpty() ? profile.deviceId() : options.deviceId);
    window->setProperty("titleSuffix", options.titleSuffix);

    if (options.demoAdvance > 0) {
        // Once, on the first Welcome; a reconnect must not move the meeting on again.
        QObject::connect(client, &MeetingClient::welcomed, client,
            [client, steps = options.demoAdvance]() mutable {
                for (; steps > 0 && client->canRunAgenda(); --steps)
                    client->advanceAgenda(1);
                steps = 0;
            });
    }
    if (!options.demoFloor.isEmpty())
        new DemoFloor(client, window, options.demoFloor, &app);
}

/** Links opened later from the desktop come to this window, which joins with them. */
void listenForLinks(LinkHandover &handover, QQuickWindow *window)
{
    QString handoverError;
    const bool listening = handover.listen(
        [window](const QString &link) {
            window->requestActivate();
            QMetaObject::invokeMethod(window, "joinLink", Q_ARG(QVariant, link));
        },
        &handoverError);
    if (!listening)
        qWarning("quorum-tablet: links opened later cannot reach this tablet: %s",
            qPrintable(handoverError));
}

/** The desk, the link given, or the last meeting again; true when a join is under way. */
bool openFirstPage(QQuickWindow *window, MeetingClient *client, const TabletOptions &options)
{
    if (!options.deskLink.isEmpty()) {
        QMetaObject::invokeMethod(window, "openDesk", Q_ARG(QVariant, options.deskLink));
        return false;
    }
    if (!options.joinLink.isEmpty()) {
        // Through the join page, so a bad link shows the same error as a typed one.
        QVariant accepted;
        QMetaObject::invokeMethod(window, "joinLink", Q_RETURN_ARG(QVariant, accepted),
            Q_ARG(QVariant, options.joinLink));
        return accepted.toBool();
    }
    return client->resumeLastMeeting();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationName(QStringLiteral("quorum-tablet"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    const TabletOptions options = TabletOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "quorum-tablet: %s\n", qPrintable(options.error));
        return 2;
    }
    TabletProfile profile(options.profile);
    LinkHandover handover(profile.directory());
    if (const int exitCode = holdProfile(profile, handover, options); exitCode >= 0)
        return exitCode;

    // Basic renders the same with the software renderer (offscreen, screenshots, tests) as
    // on a GPU; the pages draw their own backgrounds, sized for touch.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    Language::start(options.language.isEmpty() ? profile.chosenLanguage() : options.language);
    Language::setRememberChoice(
        [&profile](const QString &code) { profile.setChosenLanguage(code); });
    NoticeSettings::setSettingsFile(profile.settingsFile());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Quorum/Tablet/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    auto *client = window->property("client").value<MeetingClient *>();
    if (!client)
        return 1;
    setUpClient(client, window, profile, options, app);
    listenForLinks(handover, window);

    const bool joining = openFirstPage(window, client, options);
    if (!options.screenshotFile.isEmpty()) {
        auto *grabber
            = new WindowGrabber(window, options.screenshotFile, options.screenshotDelayMs, &app);
        if (joining)
            grabber->waitForJoin(client);
        grabber->start();
    }
    return app.exec();
}
