#pragma once

// A meeting with every kind of state, for the fuzz targets: participants of every role (with
// distinct weights), attendance and a proxy, a speech and a queue, a document with private,
// shared and presenter annotations and a presentation, named and secret ballots closed, one
// secret ballot open with votes in its box, one created, one cancelled, and minutes edited
// and approved. Built through Meeting::decide like the server does; a command the core
// refuses aborts (the fixture went stale: fix it, do not let the fuzzer run on less).
#include "meeting.h"

#include <google/protobuf/text_format.h>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

using namespace quorum;

inline constexpr qint64 BaseTimeMs = 1'790'000'000'000;
inline const char *const Participants[]
    = { "chair", "secretary", "d1", "d2", "d3", "d4", "projector" };
inline const char DocumentSha[]
    = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

[[noreturn]] inline void stale(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz fixture is stale: %s: %s\n", what, detail.c_str());
    std::abort();
}

template <typename Message> Message parseText(const char *text)
{
    Message m;
    if (!google::protobuf::TextFormat::ParseFromString(text, &m))
        stale("text format", text);
    return m;
}

/** Stamps and applies events as Room::stage does (seq, time, actor), keeping them in `log`. */
inline void stamp(
    Meeting &meeting, Events events, const QString &actor, std::vector<v1::Event> *log)
{
    for (v1::Event &event : events) {
        event.set_seq(meeting.state().seq + 1);
        event.set_server_time_ms(BaseTimeMs + qint64(event.seq()) * 1000);
        event.set_actor(sstr(actor));
        meeting.apply(event);
        if (log)
            log->push_back(event);
    }
}

inline void run(
    Meeting &meeting, const char *actor, const char *commandText, std::vector<v1::Event> *log)
{
    const Decision d = meeting.decide(QString::fromLatin1(actor),
        parseText<v1::Command>(commandText), BaseTimeMs + qint64(meeting.state().seq + 1) * 1000);
    if (!d.ok())
        stale(commandText, d.error().detail());
    stamp(meeting, d.events(), QString::fromLatin1(actor), log);
    if (d.secretVote())
        meeting.addToBallotBox(*d.secretVote());
}

inline Meeting richMeeting(std::vector<v1::Event> *log = nullptr)
{
    Meeting m;
    const auto definition = parseText<v1::MeetingDefined>(R"(
        meeting_id: "m1" title: "Phiên họp thử" language: "vi" allow_proxies: true
        max_proxies_per_holder: 1 default_speaking_seconds: 120
        participants { id: "chair" name: "Chủ tọa" role: ROLE_CHAIR voting: true weight: 1 }
        participants { id: "secretary" name: "Thư ký" role: ROLE_SECRETARY }
        participants { id: "d1" name: "Đại biểu 1" role: ROLE_DELEGATE voting: true weight: 2 }
        participants { id: "d2" name: "Đại biểu 2" role: ROLE_DELEGATE voting: true weight: 4 }
        participants { id: "d3" name: "Đại biểu 3" role: ROLE_DELEGATE voting: true weight: 8 }
        participants { id: "d4" name: "Đại biểu 4" role: ROLE_DELEGATE voting: true weight: 16 }
        participants { id: "projector" name: "Màn hình" role: ROLE_OBSERVER }
        agenda { id: "a" title: "Khai mạc" duration_minutes: 10 }
        agenda { id: "b" title: "Bầu cử" speaking_seconds: 60 })");
    const Decision defined = m.define(definition);
    if (!defined.ok())
        stale("define", defined.error().detail());
    stamp(m, defined.events(), {}, log);
    for (const char *id : Participants) {
        const Decision d
            = m.join(QString::fromLatin1(id), QStringLiteral("tablet-") + QString::fromLatin1(id));
        stamp(m, d.events(), QString::fromLatin1(id), log);
    }
    // The server's ingest of a PDF is an event without a command.
    stamp(m,
        { parseText<v1::Event>((std::string(R"(document_ingested { document {
        title: "Báo cáo" file_name: "bao-cao.pdf" size: 12345
        pages { width: 595 height: 842 } pages { width: 842 height: 595 } sha256: ")")
            + DocumentSha + "\" } }")
                                   .c_str()) },
        {}, log);
    run(m, "chair", "set_current_item { item_id: \"a\" }", log);
    run(m, "secretary", "set_attendance { participant_id: \"d4\" state: ATTENDANCE_ONLINE }", log);
    run(m, "d4", "grant_proxy { holder_id: \"d3\" }", log);
    run(m, "d1", "request_floor {}", log);
    run(m, "d2", "request_floor {}", log);
    run(m, "chair", "give_floor { participant_id: \"d1\" }", log);
    run(m, "secretary",
        (std::string("attach_document { document_id: \"doc1\" item_id: \"a\" sha256: \"")
            + DocumentSha + "\" }")
            .c_str(),
        log);
    run(m, "d1",
        "annotate { op { op_id: \"o1\" document_id: \"doc1\" page: 0 layer: LAYER_PRIVATE ink { "
        "xy: [0.1, 0.1, 0.2, 0.3] color: 4278190335 width: 0.01 } } }",
        log);
    run(m, "d2",
        "annotate { op { op_id: \"o2\" document_id: \"doc1\" page: 1 layer: LAYER_SHARED highlight "
        "{ rects { x: 0.1 y: 0.2 width: 0.5 height: 0.05 } color: 4294967040 } } }",
        log);
    run(m, "chair",
        "annotate { op { op_id: \"o3\" document_id: \"doc1\" page: 0 layer: LAYER_PRESENTER note { "
        "x: 0.5 y: 0.5 text: \"Xem mục 2\" } } }",
        log);
    run(m, "chair", "set_presenter { participant_id: \"d1\" }", log);
    run(m, "d1", "present { presentation { document_id: \"doc1\" page: 1 } }", log);
    run(m, "chair",
        "create_ballot { ballot { id: \"named\" question: \"Thông qua chương trình?\" kind: "
        "BALLOT_YES_NO_ABSTAIN changeable: true rule { preset: \"simple-majority\" } } }",
        log);
    run(m, "chair", "open_ballot { ballot_id: \"named\" }", log);
    run(m, "d1", "cast_vote { ballot_id: \"named\" choices: 0 }", log);
    run(m, "d3", "cast_vote { ballot_id: \"named\" choices: 1 voter_ids: [\"d3\", \"d4\"] }", log);
    run(m, "chair", "close_ballot { ballot_id: \"named\" }", log);
    run(m, "chair",
        "create_ballot { ballot { id: \"secret\" question: \"Bầu Bí thư\" kind: BALLOT_ELECTION "
        "secret: true seats: 1 allow_blank: true options { label: \"A\" } options { label: \"B\" } "
        "rule { preset: \"simple-majority\" weighted: true } } }",
        log);
    run(m, "chair", "open_ballot { ballot_id: \"secret\" }", log);
    run(m, "d1", "cast_vote { ballot_id: \"secret\" choices: 1 }", log);
    run(m, "d2", "cast_vote { ballot_id: \"secret\" }", log);
    run(m, "chair", "close_ballot { ballot_id: \"secret\" }", log);
    run(m, "chair",
        "create_ballot { ballot { id: \"gone\" question: \"Hoãn?\" kind: BALLOT_YES_NO_ABSTAIN "
        "rule { preset: \"simple-majority\" } } }",
        log);
    run(m, "chair", "cancel_ballot { ballot_id: \"gone\" reason: \"Nhầm\" }", log);
    run(m, "chair",
        "create_ballot { ballot { id: \"later\" item_id: \"b\" question: \"Sau\" kind: "
        "BALLOT_CHOICE options { label: \"X\" } options { label: \"Y\" } options { label: \"Z\" } "
        "max_choices: 2 rule { preset: \"simple-majority\" } } }",
        log);
    run(m, "chair",
        "create_ballot { ballot { id: \"open\" question: \"Kín, đang mở\" kind: "
        "BALLOT_YES_NO_ABSTAIN secret: true rule { preset: \"simple-majority\" } } }",
        log);
    run(m, "chair", "open_ballot { ballot_id: \"open\" }", log);
    run(m, "d2", "cast_vote { ballot_id: \"open\" choices: 2 }", log);
    run(m, "secretary",
        "edit_minutes { item_id: \"a\" notes: \"Ghi chú\" conclusions: \"Kết luận\" }", log);
    run(m, "secretary", "edit_minutes { notes: \"Chung\" number: \"05/BB\" locality: \"Hà Nội\" }",
        log);
    run(m, "chair", "approve_minutes {}", log);
    return m;
}

} // namespace fuzz
