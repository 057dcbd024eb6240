#include "script.h"

#include "botfleet.h"
#include "meetingclient.h"

#include <QElapsedTimer>

int ScriptMode::parse(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a scripted meeting: join, walk the agenda, leave."));
    parser.addHelpOption();
    BotOptions::declare(parser);
    parser.addOption(
        { QStringLiteral("chair-pin"), QStringLiteral("PIN of the chair"), QStringLiteral("pin") });
    parser.addOption({ QStringLiteral("pins"),
        QStringLiteral("PINs of the delegates, comma separated"), QStringLiteral("p1,p2,...") });
    parser.process(arguments); // exits on --help or an unknown option

    QString error;
    if (!common.read(parser, &error)) {
        err << "quorum-bot script: " << error << Qt::endl;
        return 2;
    }
    chairPin = parser.value(QStringLiteral("chair-pin"));
    if (chairPin.isEmpty()) {
        err << "quorum-bot script: --chair-pin is required" << Qt::endl;
        return 2;
    }
    delegatePins = parser.value(QStringLiteral("pins")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return 0;
}

int ScriptMode::run(QTextStream &out, QTextStream &err)
{
    const QDeadlineTimer deadline(common.timeoutMs, Qt::PreciseTimer);
    BotFleet fleet;
    MeetingClient *chair = fleet.add(QStringLiteral("chair"), chairPin);
    for (qsizetype i = 0; i < delegatePins.size(); ++i)
        fleet.add(QStringLiteral("delegate %1").arg(i + 1), delegatePins.at(i));
    const QList<MeetingClient *> &clients = fleet.clients();

    auto failed = [&](const QString &what) {
        QString why = fleet.failure();
        if (why.isEmpty()) {
            why = QStringLiteral("timed out after %1 ms").arg(common.timeoutMs);
            const QString laggards = fleet.laggards();
            if (!laggards.isEmpty())
                why += QStringLiteral(" (not connected: %1)").arg(laggards);
        }
        err << "quorum-bot script: " << what << ": " << why << Qt::endl;
        fleet.leaveAll(QDeadlineTimer(1000));
        return 1;
    };

    fleet.joinAll(common.url, common.meetingId);
    auto allJoined = [&] {
        for (MeetingClient *c : clients) {
            if (c->connectionState() != MeetingClient::Connected || c->agenda()->count() == 0)
                return false;
        }
        return true;
    };
    if (!fleet.waitUntil(allJoined, deadline))
        return failed(QStringLiteral("joining"));
    if (!chair->canRunAgenda()) {
        err << "quorum-bot script: the chair PIN belongs to a participant who may not run the "
               "agenda"
            << Qt::endl;
        fleet.leaveAll(QDeadlineTimer(1000));
        return 1;
    }

    auto everyonePresent = [&] {
        for (MeetingClient *viewer : clients) {
            for (MeetingClient *c : clients) {
                if (!viewer->participants()->isPresent(c->participantId()))
                    return false;
            }
        }
        return true;
    };
    if (!fleet.waitUntil(everyonePresent, deadline))
        return failed(QStringLiteral("waiting for everyone to be present"));
    out << "joined: " << clients.size() << " clients, meeting '" << chair->meetingTitle() << "'"
        << Qt::endl;

    auto everyoneAt = [&](const QString &itemId) {
        return [&clients, itemId] {
            for (MeetingClient *c : clients) {
                if (c->currentItemId() != itemId)
                    return false;
            }
            return true;
        };
    };

    // Start from "no item" so every step below is a real AdvanceAgenda +1 from the one before.
    if (!chair->currentItemId().isEmpty()) {
        chair->setCurrentItem(QString());
        if (!fleet.waitUntil(everyoneAt(QString()), deadline))
            return failed(QStringLiteral("rewinding the agenda"));
    }

    const int itemCount = chair->agenda()->count();
    for (int row = 0; row < itemCount; ++row) {
        const QString itemId = chair->agenda()->itemIdAt(row);
        QElapsedTimer clock;
        clock.start();
        qint64 reachedNs = -1;
        auto reached = everyoneAt(itemId);
        chair->advanceAgenda(1);
        const bool ok = fleet.waitUntil(
            [&] {
                // Timed when the condition first holds, not when the event loop returns.
                if (reached()) {
                    if (reachedNs < 0)
                        reachedNs = clock.nsecsElapsed();
                    return true;
                }
                return false;
            },
            deadline);
        if (!ok)
            return failed(QStringLiteral("item %1/%2").arg(row + 1).arg(itemCount));
        out << "item " << row + 1 << "/" << itemCount << " '" << chair->agenda()->titleAt(row)
            << "' reached " << clients.size() << " clients in " << (reachedNs + 500000) / 1000000
            << " ms" << Qt::endl;
    }

    fleet.leaveAll(QDeadlineTimer(3000));
    out << "scripted meeting completed: " << clients.size() << " clients, " << itemCount
        << " agenda items" << Qt::endl;
    return 0;
}
