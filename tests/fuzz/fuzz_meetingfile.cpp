// Fuzz target: a meeting file as the secretary writes it (server/core/meetingfile), then the
// definition it yields through Meeting::define and its snapshot, as `quorum-server --meeting`
// does at start.
#include "fuzztarget.h"

#include "meeting.h"
#include "meetingfile.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quorum;
    QString error;
    const auto file = parseMeetingFile(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!file)
        return 0;
    Meeting meeting;
    const Decision defined = meeting.define(file->definition);
    if (!defined.ok())
        return 0;
    for (v1::Event event : defined.events()) {
        event.set_seq(meeting.state().seq + 1);
        meeting.apply(event);
    }
    (void)encode(meeting.snapshot());
    return 0;
}

namespace fuzz {
std::vector<std::pair<QString, QByteArray>> seeds()
{
    std::vector<std::pair<QString, QByteArray>> s;
    QFile demo(QStringLiteral(QUORUM_SOURCE_DIR "/assets/demo/meeting.json"));
    if (demo.open(QIODevice::ReadOnly))
        s.push_back({ "demo", demo.readAll() });
    s.push_back({ "small",
        R"({"id": "m", "title": "T", "quorum": {"fraction": "2/3", "comparison": "at-least", "base": "all", "weighted": true},
  "allowProxies": true, "maxProxiesPerHolder": 2, "totalMembers": 9, "defaultSpeakingSeconds": 60, "participants": [{"id": "c", "name": "C", "role": "chair", "pin": "123456", "weight": 3},
  {"id": "d", "name": "D", "role": "delegate"}, {"id": "o", "name": "O", "role": "observer"}],
  "agenda": [{"id": "a", "title": "A", "durationMinutes": 5, "speakingSeconds": 30, "documents": ["x.pdf"]}]})" });
    s.push_back({ "thresholds",
        R"({"id": "m", "title": "T", "quorum": {"fraction": "65%", "comparison": "more-than"},
  "participants": [{"id": "c", "name": "C", "role": "chair"}], "agenda": []})" });
    return s;
}
} // namespace fuzz
