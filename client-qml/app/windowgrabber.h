#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class MeetingClient;
class QQuickWindow;

/**
 * Saves a window to a PNG once it shows what is worth seeing, then quits the application
 * (quorum-tablet --screenshot). With a client that is joining, "worth seeing" means after the
 * join succeeded or failed for good, plus the delay, so the picture shows the meeting page or
 * the join error rather than a spinner.
 */
class WindowGrabber : public QObject
{
    Q_OBJECT

public:
    WindowGrabber(
        QQuickWindow *window, const QString &file, int delayMs, QObject *parent = nullptr);

    /** Waits for this client's join to settle before the delay starts. */
    void waitForJoin(MeetingClient *client);
    void start();

private:
    void settle();
    void grab();

    QPointer<QQuickWindow> m_window;
    QString m_file;
    int m_delayMs;
    QPointer<MeetingClient> m_client;
    QTimer m_delay;
    QTimer m_deadline;
};
