#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class MeetingClient;
class QQuickWindow;

/**
 * `quorum-tablet --demo-floor ACTIONS` for demos and scripts/screenshot.sh: once joined, the
 * tablet does what a person would, so a screenshot can show a meeting in full swing.
 * ACTIONS, separated by ';': `tab` (open the floor tab), `request` / `order` (ask for the
 * floor, as a point of order), `vote:N` (vote option N in every ballot that opens), `ballot:Q`
 * (chair: create the question Q and open it), `next` (chair: next speaker), `close` (chair:
 * close the open ballot).
 */
class DemoFloor : public QObject
{
    Q_OBJECT
public:
    DemoFloor(MeetingClient *client, QQuickWindow *window, const QString &actions,
        QObject *parent = nullptr);

    /** Checks the actions; an error message, or empty. */
    static QString validate(const QString &actions);

private:
    void onWelcomed();
    void onBallotChanged();

    MeetingClient *m_client;
    QQuickWindow *m_window;
    QStringList m_actions;
    bool m_done = false;
    int m_vote = -1;
    QString m_openedBallot;
    QString m_votedBallot;
};
