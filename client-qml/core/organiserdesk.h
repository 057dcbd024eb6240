#pragma once

#include "deskagendamodel.h"
#include "deskmeetingsmodel.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

#include <optional>

class OrganiserClient;

/**
 * The organiser's desk on the tablet (docs/tablet.md, "The organiser's desk"): signs in to a
 * server with its desk link and the organiser's secret, lists its meetings, creates and opens
 * one, and edits its fields and agenda, uploads the agenda's documents and takes it through its
 * life (convene, start, close, archive, remove). Every answer of the server comes back as
 * `applied` or `refused` (with the Refusal reason a page words with Texts.refusalText). A view
 * of OrganiserClient, which the participants page takes as `client` (a QObject: the contract
 * with DeskParticipants.qml, loaded by URL).
 */
class OrganiserDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *client READ client CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString serverLink READ serverLink NOTIFY stateChanged)
    Q_PROPERTY(DeskMeetingsModel *meetings READ meetings CONSTANT)
    Q_PROPERTY(DeskAgendaModel *agenda READ agenda CONSTANT)
    /** The open meeting: id, phase, its fields (saveMeeting's keys), how many participants. */
    Q_PROPERTY(QVariantMap meeting READ meeting NOTIFY changed)
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY stateChanged)
    Q_PROPERTY(int phase READ phase NOTIFY changed)
    /** Convened or running: every change needs a reason (the server refuses without). */
    Q_PROPERTY(bool needsReason READ needsReason NOTIFY changed)
    /** Closed or archived: nothing is prepared any more. */
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY changed)
    /** Grows with every change of the open meeting (for bindings on invokables). */
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool linkUp READ linkUp NOTIFY linkChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool uploading READ uploading NOTIFY busyChanged)
    /** The last failure: MeetingClient::ErrorCode (or DeskLinkInvalid), Refusal, English. */
    Q_PROPERTY(int errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(int errorReason READ errorReason NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    /** The PINs of the last IssuePins, shown once: [{participantId, name, pin}]. */
    Q_PROPERTY(QVariantList issuedPins READ issuedPins NOTIFY issuedPinsChanged)

public:
    enum State {
        SignedOut, // no server yet
        Listing, // asking the server for its meetings
        List, // the meetings list is shown
        Opening, // opening (or creating) a meeting
        Open, // a meeting is open
    };
    Q_ENUM(State)

    /** Local failures, beside MeetingClient::ErrorCode's numbers. */
    enum LocalError {
        DeskLinkInvalid = 200, // the text is not a server's link with its fingerprint
        NoSecret = 201, // the organiser's secret is empty
        NoFile = 202, // the document cannot be read (or is over the size limit)
    };
    Q_ENUM(LocalError)

    explicit OrganiserDesk(QObject *parent = nullptr);

    QObject *client() const;
    OrganiserClient *organiserClient() const { return m_client; }
    State state() const { return m_state; }
    QString serverLink() const { return m_link; }
    DeskMeetingsModel *meetings() const { return m_meetings; }
    DeskAgendaModel *agenda() const { return m_agenda; }
    QVariantMap meeting() const;
    QString meetingId() const;
    int phase() const;
    bool needsReason() const;
    bool readOnly() const;
    int revision() const { return m_revision; }
    bool linkUp() const { return m_linkUp; }
    bool busy() const { return !m_pending.isEmpty() || m_state == Listing || m_state == Opening; }
    bool uploading() const;
    int errorCode() const { return m_errorCode; }
    int errorReason() const { return m_errorReason; }
    QString errorDetail() const { return m_errorDetail; }
    QVariantList issuedPins() const { return m_issuedPins; }

    /**
     * The server a desk link names, as OrganiserClient connects to it (wss://HOST:PORT/?fp=…):
     * quorums://HOST:PORT/?desk&fp=… as the server prints it, or any join link of the server
     * (its meeting and PIN are not used). Empty when the text is none of those.
     */
    static QUrl serverOfLink(const QString &link);
    /** Whether the text is the server's desk link (`desk` in its query): the join page's test. */
    Q_INVOKABLE static bool isDeskLink(const QString &text);

    /** Signs in and lists the meetings; false (and errorCode) when the link or secret is not. */
    Q_INVOKABLE bool signIn(const QString &link, const QString &secret);
    Q_INVOKABLE void signOut();
    /** Asks for the meetings list again (and closes an open meeting). */
    Q_INVOKABLE void showList();
    /** A new draft with this id and title: opened, then titled. */
    Q_INVOKABLE void createMeeting(const QString &meetingId, const QString &title);
    Q_INVOKABLE void openMeeting(const QString &meetingId);
    /** A short id for a new meeting (its links and QR codes): "hop-YYYYMMDD-xxxx". */
    Q_INVOKABLE static QString suggestMeetingId();
    /** Whether the id can name a meeting: 1-64 of a-z, 0-9, '-' and '_', not starting '-'. */
    Q_INVOKABLE static bool isMeetingId(const QString &meetingId);

    /** The meeting's own fields (the keys of `meeting`); `reason` once convened. */
    Q_INVOKABLE void saveMeeting(const QVariantMap &fields, const QString &reason = {});
    Q_INVOKABLE void addItem(
        const QString &title, const QString &presenter, int minutes, const QString &reason = {});
    Q_INVOKABLE void editItem(const QString &itemId, const QString &title, const QString &presenter,
        int minutes, const QString &reason = {});
    Q_INVOKABLE void removeItem(const QString &itemId, const QString &reason = {});
    /** Moves an item up (-1) or down (+1). */
    Q_INVOKABLE void moveItem(const QString &itemId, int step, const QString &reason = {});
    /** A PDF for an agenda item through the upload path; false when it cannot start. */
    Q_INVOKABLE bool uploadDocument(const QString &itemId, const QUrl &file);

    Q_INVOKABLE void convene();
    Q_INVOKABLE void start();
    Q_INVOKABLE void close();
    Q_INVOKABLE void archive();
    /** The meeting's data goes (archived only): `confirmMeetingId` is its id typed back. */
    Q_INVOKABLE void remove(const QString &confirmMeetingId);
    /** PINs for everyone who never had one (empty list) or for these participants. */
    Q_INVOKABLE void issuePins(const QStringList &participantIds = {});

    /** The planned start as the editor shows it ("dd/MM/yyyy", "HH:mm"; local time). */
    Q_INVOKABLE static QString dateText(qint64 ms);
    Q_INVOKABLE static QString timeText(qint64 ms);
    /** The planned start the editor's two fields say: ms, 0 when both are empty, -1 if wrong. */
    Q_INVOKABLE static qint64 parseStart(const QString &date, const QString &time);

    /** The kinds of body with a preset: [{kind, name}], in the enum's order ("any" first). */
    Q_INVOKABLE static QVariantList bodyKinds();
    /** The quorum a kind of body's preset gives at a convening (1 the first), in the minutes'
     *  words. */
    Q_INVOKABLE static QString quorumWords(int bodyKind, int convening = 1);
    /**
     * What the quorum a save with `bodyKind` sends (its preset's for a new kind, the meeting's
     * own otherwise) lets the editor set: {convenings: a later convening has its own quorum,
     * units: a units condition counts all units of the body (total_units), shares: a weighted
     * condition counts all members' weight (total_member_weight)}.
     */
    Q_INVOKABLE QVariantMap quorumSettings(int bodyKind) const;
    /** A meeting's ballot rule in words: `preset` by name, or the kind's own when empty. */
    Q_INVOKABLE static QString ballotWords(int bodyKind, const QString &preset);
    /** The article a ballot rule preset comes from in a meeting of this kind, in one line
     *  ("" names the kind's own; ArticleWords::line: "No article" for the generic ones). */
    Q_INVOKABLE static QString ruleArticle(int bodyKind, const QString &preset);
    /** The kind's election rule in words, and the article it comes from. */
    Q_INVOKABLE static QString electionWords(int bodyKind);
    Q_INVOKABLE static QString electionArticle(int bodyKind);
    /** The ballot rule presets a meeting may name ("" first: the kind's own). */
    Q_INVOKABLE static QStringList ballotPresets();

signals:
    void stateChanged();
    void changed();
    void linkChanged();
    void busyChanged();
    void errorChanged();
    void issuedPinsChanged();
    /** A command was applied (`what`: "meeting", "item", "upload", "convene", ...). */
    void applied(const QString &what);
    /** A command was refused: errorCode, errorReason and errorDetail say why. */
    void refused(const QString &what);
    /** The meeting's data is gone from the server. */
    void removed(const QString &meetingId);

private:
    void setState(State state);
    void setError(int code, int reason, const QString &detail);
    void send(const QString &what, const quorum::v1::Command &command);
    void onReplied(quint64 requestId, const quorum::v1::Reply &reply);
    void onChanged();
    /** The quorum rule saveMeeting sends with `kind`; unset when the meeting keeps none. */
    std::optional<quorum::v1::QuorumRule> quorumFor(quorum::v1::BodyKind kind) const;

    OrganiserClient *m_client;
    DeskMeetingsModel *m_meetings;
    DeskAgendaModel *m_agenda;
    State m_state = SignedOut;
    QString m_link;
    QString m_newTitle; // createMeeting: the title sent once opened
    QHash<quint64, QString> m_pending; // request id -> what it was
    int m_revision = 0;
    bool m_linkUp = false;
    int m_errorCode = 0;
    int m_errorReason = 0;
    QString m_errorDetail;
    QVariantList m_issuedPins;
};
