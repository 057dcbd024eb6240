#include "demofloor.h"

#include "meetingclient.h"
#include "minutesdownload.h"

#include <QQuickWindow>
#include <QTimer>

DemoFloor::DemoFloor(
    MeetingClient *client, QQuickWindow *window, const QString &actions, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_actions(actions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
{
    for (const QString &a : std::as_const(m_actions)) {
        if (a.startsWith(QLatin1String("vote:")))
            m_vote = a.mid(5).toInt();
    }
    connect(client, &MeetingClient::welcomed, this, &DemoFloor::onWelcomed);
    connect(client->floor()->ballot(), &BallotView::changed, this, &DemoFloor::onBallotChanged);
}

QString DemoFloor::validate(const QString &actions)
{
    for (const QString &a : actions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = a.section(QLatin1Char(':'), 0, 0);
        if (!QStringList{ "tab", "request", "order", "vote", "ballot", "next", "close", "minutes",
                "minutes-number", "approve", "export" }
                 .contains(name))
            return QStringLiteral("--demo-floor: unknown action '%1'").arg(a);
    }
    return {};
}

void DemoFloor::onWelcomed()
{
    if (m_done)
        return; // once: a reconnect must not repeat the demo
    m_done = true;
    FloorReplica *floor = m_client->floor();
    for (const QString &a : std::as_const(m_actions)) {
        if (a == QLatin1String("tab") || a.startsWith(QLatin1String("tab:"))) {
            // The meeting page is pushed when `joined` turns true, just before this.
            const int index = a == QLatin1String("tab") ? 1 : a.mid(4).toInt(); // 2: the minutes
            QTimer::singleShot(100, this, [this, index] {
                if (QObject *tabs = m_window->findChild<QObject *>(QStringLiteral("meetingTabs")))
                    tabs->setProperty("currentIndex", index);
            });
        } else if (a.startsWith(QLatin1String("minutes:"))) {
            // minutes:ITEM=NOTES|CONCLUSION (the secretary's text of one agenda item)
            const QString item = a.mid(8).section(QLatin1Char('='), 0, 0);
            const QString text = a.mid(8).section(QLatin1Char('='), 1);
            m_client->editMinutes(
                item, text.section(QLatin1Char('|'), 0, 0), text.section(QLatin1Char('|'), 1));
        } else if (a.startsWith(QLatin1String("minutes-number:"))) {
            // minutes-number:NUMBER|LOCALITY
            const QString value = a.mid(15);
            m_client->editMinutes(QString(), QString(), QString(),
                value.section(QLatin1Char('|'), 0, 0), value.section(QLatin1Char('|'), 1));
        } else if (a == QLatin1String("approve")) {
            m_client->approveMinutes();
        } else if (a == QLatin1String("export")) {
            // The console's own MinutesDownload, once the minutes tab has made it.
            QTimer::singleShot(300, this, [this] {
                if (auto *download = m_window->findChild<MinutesDownload *>())
                    download->exportNow();
            });
        } else if (a == QLatin1String("request")) {
            floor->requestFloor(false);
        } else if (a == QLatin1String("order")) {
            floor->requestFloor(true);
        } else if (a.startsWith(QLatin1String("ballot:"))) {
            floor->createBallot(a.mid(7), false, QStringLiteral("simple-majority"));
        } else if (a == QLatin1String("next")) {
            floor->nextSpeaker();
        } else if (a == QLatin1String("close")) {
            if (floor->ballot()->phase() == BallotView::Open)
                floor->closeBallot(floor->ballot()->ballotId());
        }
    }
    onBallotChanged();
}

void DemoFloor::onBallotChanged()
{
    if (!m_done)
        return;
    BallotView *ballot = m_client->floor()->ballot();
    const QString id = ballot->ballotId();
    if (ballot->phase() == BallotView::Created && id == m_client->floor()->lastCreatedBallotId()
        && id != m_openedBallot) {
        m_openedBallot = id;
        m_client->floor()->openBallot(id);
    }
    if (m_vote >= 0 && ballot->canVote() && id != m_votedBallot) {
        m_votedBallot = id;
        m_client->floor()->castVote(id, { m_vote }, ballot->pendingVoterIds());
    }
}
