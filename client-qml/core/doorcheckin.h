#pragma once

#include "commandwatch.h"
#include "meetingclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The secretary's tablet at the entrance: a delegate's join card (its QR code's link, or the
 * PIN printed on it, typed) checks that delegate in as present in the room (Command CheckIn).
 * Holds what the check-in page shows: the last person checked in (name, title, time, how),
 * or why the last card was refused.
 */
class DoorCheckIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY changed)
    Q_PROPERTY(Failure failure READ failure NOTIFY changed)
    Q_PROPERTY(QString failureDetail READ failureDetail NOTIFY changed) // English, for logs
    // OtherFailure: the server's MeetingClient::ErrorCode and Refusal::Reason, which Texts words.
    Q_PROPERTY(int failureCode READ failureCode NOTIFY changed)
    Q_PROPERTY(int failureReason READ failureReason NOTIFY changed)
    Q_PROPERTY(QString personId READ personId NOTIFY changed)
    Q_PROPERTY(QString personName READ personName NOTIFY changed)
    Q_PROPERTY(QString personTitle READ personTitle NOTIFY changed)
    Q_PROPERTY(QDateTime checkInTime READ checkInTime NOTIFY changed)
    Q_PROPERTY(
        int checkInMethod READ checkInMethod NOTIFY changed) // AttendanceModel::CheckInMethod
    Q_PROPERTY(int checkedInHere READ checkedInHere NOTIFY changed)
    // Members with a vote attending (in the room or online), of all members with a vote.
    Q_PROPERTY(int membersAttending READ membersAttending NOTIFY changed)
    Q_PROPERTY(int members READ members NOTIFY changed)

public:
    enum Outcome { Nothing, CheckedIn, AlreadyCheckedIn, Refused };
    Q_ENUM(Outcome)
    enum Failure {
        NoFailure,
        NotACard, // the text is neither a join link nor a PIN
        WrongMeeting, // the card is for another meeting
        UnknownCard, // nobody in this meeting has that PIN
        TooManyAttempts, // too many unknown cards: wait a moment
        NotAllowed, // this tablet's role may not check people in
        OtherFailure, // see failureCode and failureReason
    };
    Q_ENUM(Failure)

    explicit DoorCheckIn(QObject *parent = nullptr);

    MeetingClient *client() const { return m_watch.client(); }
    void setClient(MeetingClient *client);
    bool busy() const { return m_watch.busy(); }
    Outcome outcome() const { return m_outcome; }
    Failure failure() const { return m_failure; }
    QString failureDetail() const { return m_failureDetail; }
    int failureCode() const { return m_failureCode; }
    int failureReason() const { return m_failureReason; }
    QString personId() const { return m_personId; }
    QString personName() const;
    QString personTitle() const;
    QDateTime checkInTime() const;
    int checkInMethod() const;
    int checkedInHere() const { return m_checkedInHere; }
    int membersAttending() const;
    int members() const;

    /**
     * A scanned code or typed text: a join link (quorum://…?pin=) or a PIN alone. Returns
     * false when it is neither, or a check-in is still on its way (then nothing is sent).
     */
    Q_INVOKABLE bool submit(const QString &text);
    /**
     * What the camera read. The scanner reads a card held up several times a second: the same
     * text again within RepeatScanMs is the same card still in view and is ignored.
     */
    Q_INVOKABLE bool scanned(const QString &text);
    /** Forgets the last result (the page was left). */
    Q_INVOKABLE void clear();

signals:
    void clientChanged();
    void changed();

private:
    void onAcknowledged(const QString &participantId, quint64 seq);
    void onFailed(int code, const QString &detail, int reason);
    void refuse(Failure failure, const QString &detail = {}, int code = 0, int reason = 0);

    CommandWatch m_watch; // the client followed, and the check-in on its way
    Outcome m_outcome = Nothing;
    Failure m_failure = NoFailure;
    QString m_failureDetail;
    int m_failureCode = 0;
    int m_failureReason = 0;
    QString m_personId;
    int m_checkedInHere = 0;
    QString m_lastScanned;
    QElapsedTimer m_sinceScanned;
};
