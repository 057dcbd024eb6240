#include "joinform.h"

#include "joinlink.h"

#include <QRegularExpression>

namespace {
QString withoutSpaces(QString pin)
{
    // People type PINs with spaces ("246 810") when reading them aloud.
    return pin.remove(QRegularExpression(QStringLiteral("\\s")));
}
} // namespace

JoinForm::JoinForm(QObject *parent)
    : QObject(parent)
{ }

QUrl JoinForm::serverUrlFromAddress(const QString &address)
{
    QString text = address.trimmed();
    if (text.isEmpty())
        return {};
    // A bare "host[:port]" is the room server on the LAN (its default port), over TLS (its
    // certificate is then trusted on first use); a full URL is taken as written, so
    // wss://host behind a proxy keeps the standard port 443.
    const bool bare = !text.contains(QLatin1String("://"));
    if (bare)
        text.prepend(QLatin1String("wss://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        return {};
    if (bare && url.port() == -1)
        url.setPort(DefaultPort);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

void JoinForm::setClient(MeetingClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (m_client) {
        connect(m_client, &MeetingClient::connectionStateChanged, this, &JoinForm::statusChanged);
        connect(m_client, &MeetingClient::errorOccurred, this, [this] {
            // An error while not joined is about joining: the attempt, or the session's end
            // (a refusal comes after the client left the meeting).
            if (!m_client->joined())
                m_attempted = true;
            emit statusChanged();
        });
        connect(m_client, &MeetingClient::joinedChanged, this, [this] {
            // Joined: errors from now on belong to the meeting, not to this page.
            if (m_client->joined())
                m_attempted = false;
            emit statusChanged();
        });
    }
    emit clientChanged();
    emit statusChanged();
}

void JoinForm::setServerAddress(const QString &address)
{
    if (m_serverAddress == address)
        return;
    m_serverAddress = address;
    setFormError(0);
    emit formChanged();
}

void JoinForm::setPin(const QString &pin)
{
    if (m_pin == pin)
        return;
    m_pin = pin;
    setFormError(0);
    emit formChanged();
}

void JoinForm::setLink(const QString &link)
{
    if (m_link == link)
        return;
    m_link = link;
    setFormError(0);
    emit formChanged();
}

void JoinForm::setMeetingId(const QString &meetingId)
{
    if (m_meetingId == meetingId)
        return;
    m_meetingId = meetingId;
    emit formChanged();
}

bool JoinForm::canJoin() const
{
    if (!m_link.trimmed().isEmpty())
        return true;
    return !m_serverAddress.trimmed().isEmpty() && !m_pin.trimmed().isEmpty();
}

bool JoinForm::isLink(const QString &text)
{
    return JoinLink::parse(text).has_value();
}

QString JoinForm::linkServer() const
{
    const auto link = JoinLink::parse(m_link);
    if (!link)
        return {};
    const int port = link->serverUrl.port(DefaultPort);
    return QStringLiteral("%1:%2").arg(link->serverUrl.host()).arg(port);
}

bool JoinForm::typedIgnored() const
{
    const auto link = JoinLink::parse(m_link);
    if (!link)
        return false;
    const QString pin = withoutSpaces(m_pin);
    if (!pin.isEmpty() && pin != link->secret)
        return true;
    if (m_serverAddress.trimmed().isEmpty())
        return false;
    const QUrl typed = serverUrlFromAddress(m_serverAddress);
    return typed.host() != link->serverUrl.host()
        || typed.port(DefaultPort) != link->serverUrl.port(DefaultPort);
}

bool JoinForm::busy() const
{
    if (!m_client || m_client->joined())
        return false;
    const auto state = m_client->connectionState();
    return state == MeetingClient::Connecting || state == MeetingClient::Reconnecting;
}

int JoinForm::error() const
{
    if (m_formError)
        return m_formError;
    if (m_attempted && m_client && !m_client->joined())
        return m_client->lastError();
    return 0;
}

QString JoinForm::errorDetail() const
{
    // Only the link's own words (the socket's or TLS's, when the server was not reached): a
    // server's refusal has its code, worded by Texts.errorText; its English detail is for logs.
    if (m_formError || !m_client || m_client->joined() || !m_attempted
        || m_client->lastError() != MeetingClient::ConnectionFailed)
        return {};
    return m_client->lastErrorDetail();
}

bool JoinForm::submit()
{
    if (!m_client || !canJoin())
        return false;
    if (!m_link.trimmed().isEmpty()) {
        if (!m_client->joinLink(m_link.trimmed())) {
            setFormError(InvalidLink);
            return false;
        }
    } else {
        const QUrl url = serverUrlFromAddress(m_serverAddress);
        if (!url.isValid()) {
            setFormError(InvalidAddress);
            return false;
        }
        m_client->join(url, withoutSpaces(m_pin), m_meetingId);
    }
    m_attempted = true;
    setFormError(0);
    emit statusChanged();
    return true;
}

void JoinForm::cancel()
{
    if (m_client)
        m_client->leave();
    m_attempted = false;
    emit statusChanged();
}

void JoinForm::setFormError(int error)
{
    if (m_formError == error)
        return;
    m_formError = error;
    emit statusChanged();
}
