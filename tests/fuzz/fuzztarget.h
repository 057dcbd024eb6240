#pragma once

// What every fuzz target defines: libFuzzer's entry point, and the seeds its corpus starts
// from (written by `fuzz_<target> --write-seeds DIR`, see tests/fuzz/make-corpus.sh).
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fuzz {
/** Named seed inputs: small, each reaching one part of what the target checks. */
std::vector<std::pair<QString, QByteArray>> seeds();
} // namespace fuzz
