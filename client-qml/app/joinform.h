#pragma once

#include "meetingclient.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * What the join page asks for: a server address and a PIN, or a pasted quorum:// link. It
 * decides when the Join button makes sense, turns the form into MeetingClient::join(), and
 * says which error (of the form or of the client's last attempt) the page should show.
 */
class JoinForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress WRITE setServerAddress NOTIFY formChanged)
    Q_PROPERTY(QString pin READ pin WRITE setPin NOTIFY formChanged)
    Q_PROPERTY(QString link READ link WRITE setLink NOTIFY formChanged)
    /** The meeting to join at the typed address (a room picked from those nearby); empty: the
     * server's only one. */
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY formChanged)
    Q_PROPERTY(bool canJoin READ canJoin NOTIFY formChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(int error READ error NOTIFY statusChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY statusChanged)
    Q_PROPERTY(QString linkServer READ linkServer NOTIFY formChanged)
    Q_PROPERTY(bool typedIgnored READ typedIgnored NOTIFY formChanged)

public:
    /** Errors of the form itself; numbered after MeetingClient::ErrorCode, which `error` also
     * carries. */
    enum FormError { InvalidLink = 200, InvalidAddress = 201 };
    Q_ENUM(FormError)

    /** The server's port when an address has none (quorum-server's default). */
    static constexpr int DefaultPort = 7450;

    explicit JoinForm(QObject *parent = nullptr);

    /** "10.0.0.5" (wss, port 7450), "10.0.0.5:8000", "ws://…", "wss://…" → a WebSocket URL; invalid
     * when unusable. */
    static QUrl serverUrlFromAddress(const QString &address);

    MeetingClient *client() const { return m_client; }
    void setClient(MeetingClient *client);
    QString serverAddress() const { return m_serverAddress; }
    void setServerAddress(const QString &address);
    QString pin() const { return m_pin; }
    void setPin(const QString &pin);
    QString link() const { return m_link; }
    void setLink(const QString &link);
    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &meetingId);

    /** A link, or an address and a PIN, were typed. */
    bool canJoin() const;
    /** A join attempt is under way (connecting, or retrying an unreachable server). */
    bool busy() const;
    /** 0, a MeetingClient::ErrorCode of the last attempt, or a FormError. */
    int error() const;
    /** The link's failure in the system's words (ConnectionFailed only), else empty. */
    QString errorDetail() const;

    /** "host:port" of the link's server when the link is one, else empty. */
    QString linkServer() const;
    /** A usable link and a typed address or PIN that says otherwise: the link is what Join
     *  uses, and the page says so. */
    bool typedIgnored() const;

    /** Whether a text (a scanned QR code) is a join link. */
    Q_INVOKABLE static bool isLink(const QString &text);

    /** Joins with the link when one is given, else with address and PIN; false on a form error. */
    Q_INVOKABLE bool submit();
    /** Stops an attempt that is still trying. */
    Q_INVOKABLE void cancel();

signals:
    void clientChanged();
    void formChanged();
    void statusChanged();

private:
    void setFormError(int error);

    QPointer<MeetingClient> m_client;
    QString m_serverAddress;
    QString m_pin;
    QString m_link;
    QString m_meetingId;
    int m_formError = 0;
    // Show the client's error only for an attempt made here, or for the end of the session
    // that attempt opened (refused, replaced); never one left from inside the meeting.
    bool m_attempted = false;
};
