// PINs issued from the organiser's desk (docs/protocol.md, "The organiser's desk"): random,
// six digits like a meeting file's, unique in the meeting, stored only as keyed hashes.
#include "admission.h"

#include "room.h"

#include <QRandomGenerator>
#include <QSet>

namespace quorum {

std::vector<v1::IssuedPin> Admission::issuePins(Room &room, const v1::PinsIssued &issued)
{
    std::vector<v1::IssuedPin> pins;
    QSet<QString> used;
    for (const std::string &id : issued.participant_ids()) {
        QString pin;
        QByteArray hash;
        // Another participant's PIN would join as them: draw again (a collision is rare, one
        // in a million per pair; the lookup is one indexed query).
        do {
            pin = QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
            hash = m_hasher.hash(room.id(), pin);
        } while (used.contains(pin) || m_store.participantForSecret(room.id(), hash));
        used.insert(pin);
        room.stageCredential({ room.id(), hash, qstr(id), true });
        v1::IssuedPin issuedPin;
        issuedPin.set_participant_id(id);
        issuedPin.set_pin(sstr(pin));
        pins.push_back(issuedPin);
    }
    return pins;
}

} // namespace quorum
