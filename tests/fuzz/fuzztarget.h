#pragma once

// What every fuzz target defines: libFuzzer's entry point, and the seeds its corpus starts
// from (written by `fuzz_<target> --write-seeds DIR`, see tests/fuzz/make-corpus.sh).
#include <QByteArray>
#include <QString>

#include <google/protobuf/stubs/logging.h>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fuzz {
/**
 * Protobuf logs an error for every string field with invalid UTF-8; a fuzzer makes them by
 * the thousand and its own report would drown in them (and slow it down).
 */
inline const bool QuietProtobuf = [] {
    google::protobuf::SetLogHandler(
        [](google::protobuf::LogLevel, const char *, int, const std::string &) {});
    return true;
}();

/** Named seed inputs: small, each reaching one part of what the target checks. */
std::vector<std::pair<QString, QByteArray>> seeds();
} // namespace fuzz
