#pragma once

#include "commandwatch.h"
#include "meetingclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

class BallotView;

/**
 * Breaking the tie of a closed ballot as its rule says (ResolveTie): the chair's casting vote
 * (the chair only), lots drawn by the secretary and recorded, or the older candidate where the
 * server could not tell from the birth dates (the secretary records whom the papers show
 * older). The one who may resolve marks the winners among those tied, as many as the seats
 * left (a yes/no tie: for or against), writes the note for the record, and resolves.
 * TieResolutionPanel.qml shows it.
 */
class TieResolution : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY changed)
    /** The ballot on screen is closed with a tie waiting for its tie-break. */
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    /** This tablet may break it: the chair's casting vote is the chair's; lots and ages the
     *  secretary's or the chair's (the server's rule, BALLOT_REFUSAL_TIE_ROLE). */
    Q_PROPERTY(bool mayResolve READ mayResolve NOTIFY changed)
    /** The rule's tie-break (BallotView::TieBreak). */
    Q_PROPERTY(int method READ method NOTIFY changed)
    /** The options marked as winners; for a yes/no tie the YES or the NO option. */
    Q_PROPERTY(QList<int> winners READ winners NOTIFY changed)
    /** As many winners as the seats left (one side of a yes/no tie). */
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    /** For the record: how the lots were drawn, whose papers were checked. */
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    Q_PROPERTY(bool sending READ sending NOTIFY changed)
    Q_PROPERTY(bool refused READ refused NOTIFY changed)
    Q_PROPERTY(int errorReason READ errorReason NOTIFY changed)
    Q_PROPERTY(MeetingClient::ErrorCode errorCode READ errorCode NOTIFY changed)

public:
    explicit TieResolution(QObject *parent = nullptr);

    MeetingClient *client() const { return m_watch.client(); }
    void setClient(MeetingClient *client);
    bool pending() const;
    bool mayResolve() const;
    int method() const;
    QList<int> winners() const { return m_winners; }
    bool ready() const;
    QString note() const { return m_note; }
    void setNote(const QString &note);
    bool sending() const { return m_watch.busy(); }
    bool refused() const { return m_errorCode != MeetingClient::NoError; }
    int errorReason() const { return m_errorReason; }
    MeetingClient::ErrorCode errorCode() const { return m_errorCode; }

    /** Marks or unmarks one of the tied options; a yes/no tie has one side only. */
    Q_INVOKABLE void toggle(int optionIndex);
    /** Sends ResolveTie when ready; returns the command id (empty when not sent). */
    Q_INVOKABLE QString resolve();

signals:
    void changed();

private:
    BallotView *ballot() const;
    void ballotChanged();

    CommandWatch m_watch; // the client followed, and the ResolveTie sent until answered
    QString m_ballotId;
    QList<int> m_winners;
    QString m_note;
    MeetingClient::ErrorCode m_errorCode = MeetingClient::NoError;
    int m_errorReason = 0;
};
