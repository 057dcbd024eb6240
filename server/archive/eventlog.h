#pragma once

#include "eventstore.h"
#include "protocol.h"

#include <QStringList>

#include <vector>

namespace quorum::archive {

/**
 * The event log in an open format: JSON lines, one event per line, in seq order:
 *   {"seq": 7, "time": "2026-12-05T01:02:03.456Z", "actor": "chair",
 *    "body": {"ballot_created": {...}}, "previous_hash": "<hex>", "hash": "<hex>"}
 * `body` is the event's oneof as Protobuf's canonical JSON (field names as in quorum.proto).
 * Anyone with quorum.proto can rebuild each event's bytes (body + seq + time + actor,
 * serialized) and check hash = SHA-256(previous_hash || bytes).
 *
 * Another participant's private annotation is withheld: its line keeps seq and hashes with
 * "withheld": true and no body, so the chain still runs through it but nobody reads it.
 */
QByteArray toJsonLines(const std::vector<StoredEvent> &events, QString *error);

struct ChainReport
{
    quint64 events = 0;
    quint64 withheld = 0;
    QByteArray headHash;
    QStringList problems; // "event 412: chain broken", ...
    std::vector<v1::Event> decoded; // the readable events, for further checks
};

/** Parses JSON lines and checks every link of the chain. */
ChainReport checkJsonLines(const QByteArray &jsonLines);

} // namespace quorum::archive
