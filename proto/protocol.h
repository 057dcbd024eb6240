#pragma once

#include "quorum.pb.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace quorum {

/** The protocol version this build speaks; see the header of quorum.proto. */
constexpr quint32 ProtocolVersion = 1;

/**
 * Limits every peer agrees on. The largest legitimate message is a Welcome with a snapshot of
 * a meeting of a few thousand participants (~100 bytes each) or a replay of a few thousand
 * events; 4 MiB leaves room for both. Bulk document bytes travel in chunks far below it.
 */
constexpr qint64 MaxMessageBytes = 4 * 1024 * 1024;

/**
 * The size the server cuts its own frames at (event batches, catch-up, annotation pages),
 * far below MaxMessageBytes whatever the meeting holds. A single event can be larger but stays
 * below MaxMessageBytes (the largest, a stroke of 10,000 points with pressure, is ~125 KB).
 * The server also stops feeding a tablet while this much waits in its write buffer, so that a
 * page turn or a vote waits behind at most about this much: ~40 ms of a 54 Mbit/s Wi-Fi link.
 */
constexpr qint64 FrameTargetBytes = 256 * 1024;

/** Serializes a message into the bytes of one binary frame. */
QByteArray encode(const google::protobuf::MessageLite &message);

/** Parses one binary frame; std::nullopt when the bytes are not a valid T. */
template <typename T> std::optional<T> decode(const QByteArray &bytes)
{
    T message;
    if (!message.ParseFromArray(bytes.constData(), int(bytes.size())))
        return std::nullopt;
    return message;
}

/**
 * Appends a base-128 varint, as the wire format writes lengths and tags: for frames built by
 * hand around bytes that are already serialized (the room's event batches, document chunks).
 */
inline void appendVarint(QByteArray &out, quint64 value)
{
    for (; value >= 0x80; value >>= 7)
        out.append(char((value & 0x7F) | 0x80));
    out.append(char(value));
}

/**
 * Builds an Error with a code and an English detail, and no reason: for the errors whose code
 * names the situation alone (a Hello refused, a malformed frame, a rate limit).
 */
v1::Error makeError(v1::ErrorCode code, const QString &detail);

/** Sets an Error's reason (Error.reason): one overload per domain's enum. */
void setReason(v1::Error &error, v1::GeneralRefusal reason);
void setReason(v1::Error &error, v1::AgendaRefusal reason);
void setReason(v1::Error &error, v1::AttendanceRefusal reason);
void setReason(v1::Error &error, v1::CheckInRefusal reason);
void setReason(v1::Error &error, v1::SpeakersRefusal reason);
void setReason(v1::Error &error, v1::BallotRefusal reason);
void setReason(v1::Error &error, v1::DocumentRefusal reason);
void setReason(v1::Error &error, v1::AnnotationRefusal reason);
void setReason(v1::Error &error, v1::MinutesRefusal reason);
void setReason(v1::Error &error, v1::DeviceRefusal reason);
void setReason(v1::Error &error, v1::DeskRefusal reason);
void setReason(v1::Error &error, v1::FormRefusal reason);
void setReason(v1::Error &error, v1::WorkflowRefusal reason);

/** Builds a refusal: its code, why (one value of a domain's reason enum) and an English detail. */
template <typename Reason>
v1::Error makeError(v1::ErrorCode code, Reason reason, const QString &detail)
{
    v1::Error error = makeError(code, detail);
    setReason(error, reason);
    return error;
}

inline QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}
inline std::string sstr(const QString &s)
{
    return s.toStdString();
}

} // namespace quorum
