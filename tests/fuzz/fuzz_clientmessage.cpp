// Fuzz target: client messages as a tablet sends them, through decode, the room's dispatch
// and Meeting::decide, on a meeting with every kind of state (fuzzmeeting.h).
//
// Input: frames of [participant index: 1 byte][length: 2 bytes, little endian][ClientMessage].
// Each command is decided as its participant; accepted events are stamped, serialized and
// parsed back (the stored bytes, as a replay reads them) and folded in like Room::stage;
// a secret vote goes to the box. Every viewer's snapshot is built and serialized at the end.
// FollowState goes to the room's FollowBoard; the other messages need a socket (hello,
// fetch, upload, preview, export) and stop at decode.
#include "followboard.h"
#include "fuzzmeeting.h"
#include "fuzztarget.h"

#include "annotations.h"

namespace {

using namespace quorum;

const Meeting &baseMeeting()
{
    static const Meeting meeting = fuzz::richMeeting();
    return meeting;
}

void dispatch(Meeting &meeting, FollowBoard &board, const QString &actor, const QByteArray &frame)
{
    const auto message = decode<v1::ClientMessage>(frame);
    if (!message)
        return;
    switch (message->body_case()) {
    case v1::ClientMessage::kCommand: {
        const qint64 now = fuzz::BaseTimeMs + qint64(meeting.state().seq + 1) * 1000;
        const Decision decision = meeting.decide(actor, message->command(), now);
        if (!decision.ok())
            return;
        for (v1::Event event : decision.events()) {
            event.set_seq(meeting.state().seq + 1);
            event.set_server_time_ms(now);
            event.set_actor(sstr(actor));
            const auto stored = decode<v1::Event>(encode(event));
            if (!stored)
                std::abort(); // an event the server made must read back
            meeting.apply(*stored);
            (void)privateOwner(*stored);
        }
        if (decision.secretVote())
            meeting.addToBallotBox(*decision.secretVote());
        return;
    }
    case v1::ClientMessage::kFollowState:
        board.set(actor, message->follow_state());
        (void)board.pages();
        return;
    case v1::ClientMessage::kHello:
    case v1::ClientMessage::kFetchDocument:
    case v1::ClientMessage::kStrokePreview:
    case v1::ClientMessage::kUploadChunk:
    case v1::ClientMessage::kExportDocument:
    case v1::ClientMessage::kExportFormResults:
    case v1::ClientMessage::BODY_NOT_SET:
        return;
    }
}

QByteArray frame(quint8 participant, const v1::ClientMessage &message)
{
    const QByteArray bytes = encode(message);
    QByteArray out;
    out.append(char(participant));
    out.append(char(bytes.size() & 0xff));
    out.append(char((bytes.size() >> 8) & 0xff));
    return out + bytes;
}

QByteArray commandFrame(quint8 participant, const char *text)
{
    v1::ClientMessage m;
    *m.mutable_command() = fuzz::parseText<v1::Command>(text);
    m.mutable_command()->set_request_id(1);
    m.mutable_command()->set_command_id("c1");
    return frame(participant, m);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Meeting meeting = baseMeeting();
    FollowBoard board;
    constexpr size_t participants = std::size(fuzz::Participants);
    size_t at = 0;
    while (at + 3 <= size) {
        const QString actor = QString::fromLatin1(fuzz::Participants[data[at] % participants]);
        const size_t length
            = std::min<size_t>(size - at - 3, size_t(data[at + 1]) | size_t(data[at + 2]) << 8);
        dispatch(meeting, board, actor,
            QByteArray(reinterpret_cast<const char *>(data + at + 3), qsizetype(length)));
        at += 3 + length;
    }
    (void)encode(meeting.sharedSnapshot());
    for (const char *viewer : fuzz::Participants) {
        const QString id = QString::fromLatin1(viewer);
        (void)encode(meeting.snapshot(id));
        // The annotation pages a joining tablet is sent: every id must name an applied op.
        for (const AnnotationGroup &group : meeting.annotationGroups(id))
            for (const QString &opId : group.opIds)
                if (!meeting.annotation(opId))
                    __builtin_trap();
    }
    return 0;
}

namespace fuzz {
std::vector<std::pair<QString, QByteArray>> seeds()
{
    // Participant indexes as in fuzz::Participants: 0 chair, 1 secretary, 2 d1, 3 d2, 4 d3, 5 d4.
    std::vector<std::pair<QString, QByteArray>> s;
    s.push_back(
        { "vote-secret-open", commandFrame(2, "cast_vote { ballot_id: \"open\" choices: 0 }") });
    s.push_back({ "vote-proxy",
        commandFrame(
            4, "cast_vote { ballot_id: \"open\" choices: 1 voter_ids: [\"d3\", \"d4\"] }") });
    s.push_back({ "close-open",
        commandFrame(0, "close_ballot { ballot_id: \"open\" }")
            + commandFrame(0, "open_ballot { ballot_id: \"later\" }")
            + commandFrame(2, "cast_vote { ballot_id: \"later\" choices: [0, 2] }") });
    s.push_back({ "speakers",
        commandFrame(0, "next_speaker {}") + commandFrame(0, "pause_speech {}")
            + commandFrame(0, "resume_speech {}") + commandFrame(3, "withdraw_floor {}")
            + commandFrame(0, "move_speaker { participant_id: \"d2\" position: 0 }") });
    s.push_back({ "annotate-erase",
        commandFrame(2,
            "annotate { op { op_id: \"o9\" document_id: \"doc1\" page: 0 layer: LAYER_PRIVATE "
            "erase { target_op_id: \"o1\" } } }")
            + commandFrame(0,
                "annotate { op { op_id: \"o8\" document_id: \"doc1\" page: 1 layer: LAYER_SHARED "
                "clear_page {} } }") });
    s.push_back({ "documents", commandFrame(1, "remove_document { document_id: \"doc1\" }") });
    s.push_back({ "minutes",
        commandFrame(1, "reopen_minutes { reason: \"Sửa\" }")
            + commandFrame(1, "edit_minutes { item_id: \"b\" notes: \"x\" }") });
    s.push_back({ "agenda",
        commandFrame(0, "advance_agenda { delta: 1 }")
            + commandFrame(1, "advance_agenda { delta: -1 }") });
    s.push_back({ "proxy",
        commandFrame(5, "revoke_proxy { grantor_id: \"d4\" }")
            + commandFrame(2, "grant_proxy { holder_id: \"d2\" }") });
    v1::ClientMessage follow;
    follow.mutable_follow_state()->set_following(true);
    follow.mutable_follow_state()->set_document_id("doc1");
    follow.mutable_follow_state()->set_page(1);
    s.push_back({ "follow", frame(3, follow) });
    v1::ClientMessage hello;
    hello.mutable_hello()->set_protocol_version(1);
    s.push_back({ "hello", frame(0, hello) });
    return s;
}
} // namespace fuzz
