#pragma once

#include "clock.h"
#include "eventstore.h"
#include "organiseraccount.h"
#include "pinbudget.h"
#include "protocol.h"
#include "secrethasher.h"
#include "serverconfig.h"
#include "tokenbucket.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace quorum {

class Follow;
class Room;
class Rooms;
class Session;
class Sessions;

/**
 * Who a connection is, and who is in the room: the Hello (a device token, or a PIN under the
 * meeting's budget), the device a PIN join enrols and its token, the limits shared by all of a
 * participant's connections, the Welcome, the door's card check-in, the wrong PINs the chair
 * and the secretary are told about, and the participant leaving with their last connection
 * (admission.cpp, hellohandler.cpp, checkinhandler.cpp; docs/protocol.md).
 */
class Admission
{
public:
    /** `secretKey` hashes PINs and device tokens; it lives apart from the store (secretkeyfile.h).
     */
    Admission(const ServerConfig &config, EventStore &store, const Clock &clock,
        QByteArray secretKey, Rooms &rooms, const Sessions &sessions, Follow &follow);

    const SecretHasher &hasher() const { return m_hasher; }
    /** The server's organiser (docs/protocol.md, "The organiser's desk"). */
    OrganiserAccount &organiser() { return m_organiser; }
    /** The archive signing key's fingerprint, told to every tablet in its Welcome. */
    void setSigningFingerprint(const QString &fingerprint) { m_signingFingerprint = fingerprint; }

    /** The handler of Hello (hellohandler.cpp). */
    void handleHello(Session &session, const v1::Hello &hello);
    /** A connection closed: the participant's last one leaving leaves the meeting. */
    void leave(Session &session);
    /** After a batch landed: every Welcome held for it goes out (see welcome()). */
    void releaseWelcomes();
    /**
     * A door check-in's card PIN to the participant (the store's keyed hashes), before the
     * core decides; an error when no participant has it (checkinhandler.cpp).
     */
    std::optional<v1::Error> resolveCheckIn(Session &session, v1::CheckIn &checkIn);
    /**
     * PinsIssued from the desk: a fresh random PIN per participant named, whose keyed hash is
     * staged in the room (replacing their earlier one). The PINs, for the sender's Reply only
     * (pinissuer.cpp).
     */
    std::vector<v1::IssuedPin> issuePins(Room &room, const v1::PinsIssued &issued);
    /** A meeting removed from the desk: every connection to it is detached and closed. */
    void closeMeeting(const Room &room);
    /** Once a revocation is durable: the device's connections go. */
    void closeRevokedDevice(const Room &room, const QString &deviceKey);

private:
    struct Admitted
    {
        QString participantId;
        QString deviceKey; // empty: a PIN (enrolDevice makes or finds it)
    };
    static QString overlongHelloField(const v1::Hello &hello);
    /** A Hello with the organiser's secret: the meetings list, a new meeting, or joining one
     * as the organiser (organiserhello.cpp). */
    void handleOrganiserHello(Session &session, const v1::Hello &hello);
    /** The Welcome once the join (or creation) is durable; the connection goes if it is not. */
    void welcomeAfterCommit(Session &session, quint64 lastSeq);
    std::optional<Admitted> admit(Session &session, Room &room, const v1::Hello &hello);
    void enrolDevice(Session &session, Room &room, const v1::Hello &hello);
    /** Past MaxEnrolledDevices of a participant: the oldest one not connected is revoked. */
    void retireOldestDevice(const Session &session, Room &room);
    int connectedDevices(
        const Room &room, const QString &participantId, const QString &deviceId) const;
    std::shared_ptr<TokenBucket> participantCommands(
        const Room &room, const QString &participantId);
    void replaceOlderSession(Session &newer);
    /**
     * The Welcome, held (Session::holdWelcome) until the state it shows is durable: a snapshot
     * taken while the next batch was being written waits for that batch (releaseWelcome).
     */
    void welcome(Session &session, quint64 lastSeq);
    /** Sends a held Welcome once its seq is published, and makes the session live. */
    void releaseWelcome(Session &session);
    void noteAuthFailure(const Room &room, const Session &session, bool isPin);
    void flushAuthFailures();
    void sendAuthFailuresTo(Session &session);

    const ServerConfig &m_config;
    EventStore &m_store;
    const Clock &m_clock;
    SecretHasher m_hasher;
    OrganiserAccount m_organiser{ m_store, m_hasher };
    Rooms &m_rooms;
    const Sessions &m_sessions;
    Follow &m_follow;
    PinBudget m_pinBudget;
    QSet<QString> m_authFailuresDue; // meetings whose chair and secretary have news
    /** Wrong PINs are told at most twice a second: a flood of them is not a flood of frames. */
    QTimer m_authFailuresTimer;
    QHash<QString, std::shared_ptr<TokenBucket>> m_participantCommands; // meeting/participant
    QString m_signingFingerprint;
};

} // namespace quorum
