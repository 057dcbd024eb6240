#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QVariantList>

#include <QtQmlIntegration/qqmlintegration.h>

#include <vector>

class OrganiserClient;

/**
 * The participants of the meeting open at the organiser's desk (issue 13): the list as the
 * server's fold holds it (name, title, unit, role, weight), and the desk's commands on it —
 * add, edit, remove, import the office's list, issue PINs — with the server's answer: a typed
 * refusal (Refusal::Reason) the page words, the rows of a refused import, and the PINs a Reply
 * gives, which are held only here and shown once (the server keeps their hashes). The join
 * cards are printed from these PINs (DeskJoinCards).
 */
class DeskParticipants : public QAbstractListModel
{
    Q_OBJECT
    // Its QML name differs from the class: DeskParticipants.qml is the page.
    QML_NAMED_ELEMENT(DeskParticipantsModel)
    /** The desk's OrganiserClient (a QObject for QML; anything else is ignored). */
    Q_PROPERTY(QObject *organiserClient READ organiserClient WRITE setOrganiserClient NOTIFY
            organiserClientChanged)
    /**
     * The server as the tablets reach it (the OrganiserClient's address, `wss://HOST:PORT/?fp=`):
     * the join links on the cards. Unset: the client's own `serverUrl` property, if it has one.
     */
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** MeetingPhase: convened or running needs a reason for every change; closed refuses. */
    Q_PROPERTY(int phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool needsReason READ needsReason NOTIFY phaseChanged)
    Q_PROPERTY(bool editable READ editable NOTIFY phaseChanged)
    /** A command was sent and its Reply has not come yet. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** The last command's refusal (Refusal::Reason, 0: none) and its ErrorCode. */
    Q_PROPERTY(int refusal READ refusal NOTIFY outcomeChanged)
    Q_PROPERTY(int errorCode READ errorCode NOTIFY outcomeChanged)
    /** A refused import's rows: [{index, participantId, name, reason}] (reason: Refusal). */
    Q_PROPERTY(QVariantList refusedRows READ refusedRows NOTIFY outcomeChanged)
    /** How many PINs this desk holds (from IssuePins Replies since the meeting was opened). */
    Q_PROPERTY(int pinCount READ pinCount NOTIFY pinsChanged)
    /** How many participants never had a PIN issued from the desk. */
    Q_PROPERTY(int withoutPin READ withoutPin NOTIFY countChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TitleRole,
        UnitRole,
        ParticipantRoleRole, // MeetingClient.Role (quorum.v1.Role)
        WeightRole, // votes or shares it carries (at least 1)
        VotingRole,
        PinIssuesRole, // how many times a PIN was issued to them from the desk
        PinRole, // the PIN this desk was given for them, shown once; empty: none held
    };
    Q_ENUM(Roles)
    /** What a Reply answered (replied()). */
    enum Action { Add, Edit, Remove, Import, IssuePins };
    Q_ENUM(Action)

    explicit DeskParticipants(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /**
     * A participant as the page edits it: {id, name, title, unit, role, weight}. add() makes
     * the id from the name when it is empty. Each returns false when nothing was sent (no
     * meeting open, a command already waiting).
     */
    Q_INVOKABLE bool add(const QVariantMap &participant, const QString &reason = {});
    Q_INVOKABLE bool edit(const QVariantMap &participant, const QString &reason = {});
    Q_INVOKABLE bool remove(const QString &participantId, const QString &reason = {});
    /**
     * The office's list as RosterPreview::confirm() gives it ([{id, name, role, title, unit,
     * weight}]), sent as one ImportParticipants: all or nothing. `replace` (a draft only):
     * the list replaces every participant.
     */
    Q_INVOKABLE bool importList(
        const QVariantList &participants, bool replace, const QString &reason = {});
    /** New PINs for these participants (re-issued: the old PIN stops working). */
    Q_INVOKABLE bool issuePins(const QStringList &participantIds);
    /** PINs for everyone who never had one issued from the desk. */
    Q_INVOKABLE bool issueMissingPins();
    /** {id, name, title, unit, role, weight} of a participant; empty when unknown. */
    Q_INVOKABLE QVariantMap participant(const QString &participantId) const;
    /** Forgets the PINs held here (the page hides them once printed or noted). */
    Q_INVOKABLE void forgetPins();

    QObject *organiserClient() const;
    void setOrganiserClient(QObject *client);
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    int count() const { return int(m_rows.size()); }
    int phase() const;
    bool needsReason() const;
    bool editable() const;
    bool busy() const { return m_pending != 0; }
    int refusal() const { return m_refusal; }
    int errorCode() const { return m_errorCode; }
    QVariantList refusedRows() const { return m_refusedRows; }
    int pinCount() const { return int(m_pins.size()); }
    int withoutPin() const;

    /** The meeting as defined (empty before one is open): what the cards print. */
    quorum::v1::MeetingDefined definition() const;
    /** Participant id -> PIN, as the Replies gave them. */
    QHash<QString, QString> pins() const { return m_pins; }

signals:
    void organiserClientChanged();
    void serverUrlChanged();
    void countChanged();
    void phaseChanged();
    void busyChanged();
    void outcomeChanged();
    void pinsChanged();
    /** The server answered a command of this model: applied (`ok`) or refused (refusal). */
    void replied(int action, bool ok);

private:
    struct Row
    {
        QString key; // the participant id
        quorum::v1::Participant participant;
        QString pin;
        bool operator==(const Row &other) const;
    };
    bool send(Action action, const quorum::v1::Command &command);
    void sync();
    void onReplied(quint64 requestId, const quorum::v1::Reply &reply);
    quorum::v1::Participant fromMap(const QVariantMap &map) const;
    QString freeId(const QString &name) const;

    QPointer<OrganiserClient> m_client;
    QUrl m_serverUrl;
    std::vector<Row> m_rows;
    QHash<QString, QString> m_pins;
    quint64 m_pending = 0; // the request id awaiting its Reply
    Action m_pendingAction = Add;
    QStringList m_importNames; // the names of the rows of the import awaiting its Reply
    int m_refusal = 0;
    int m_errorCode = 0;
    QVariantList m_refusedRows;
    int m_phase = 0;
};
