#include "windowgrabber.h"

#include "meetingclient.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>

WindowGrabber::WindowGrabber(
    QQuickWindow *window, const QString &file, int delayMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
    , m_delayMs(delayMs)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &WindowGrabber::grab);
    // A server that never answers must not leave a screenshot run hanging: the join retries
    // with backoff forever, so take the picture of whatever is on screen after 20 s.
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(20000);
    connect(&m_deadline, &QTimer::timeout, this, &WindowGrabber::grab);
}

void WindowGrabber::waitForJoin(MeetingClient *client)
{
    m_client = client;
}

void WindowGrabber::start()
{
    if (!m_client) {
        m_delay.start(m_delayMs);
        return;
    }
    connect(m_client, &MeetingClient::welcomed, this, &WindowGrabber::settle);
    connect(m_client, &MeetingClient::joinFailed, this, &WindowGrabber::settle);
    m_deadline.start();
    // Connected, not merely joined: a tablet restored from its copy is joined before any Welcome.
    if (m_client->connectionState() == MeetingClient::Connected)
        settle();
}

void WindowGrabber::settle()
{
    if (!m_delay.isActive())
        m_delay.start(m_delayMs);
}

void WindowGrabber::grab()
{
    m_deadline.stop();
    m_delay.stop();
    int code = 1;
    if (m_window) {
        const QImage image = m_window->grabWindow();
        if (!image.isNull() && image.save(m_file))
            code = 0;
        else
            qWarning("quorum-tablet: could not write the screenshot %s", qPrintable(m_file));
    }
    QCoreApplication::exit(code);
}
