#!/usr/bin/env bash
# Writes the fuzz targets' seeds into tests/fuzz/corpus/<target>/ from the normal build
# (each target's seeds() in its source). Regression inputs of findings sit beside them,
# named regression-*, and inputs a fuzzing run found new coverage with (merged with
# libFuzzer -merge=1, named by their SHA-1): this script leaves them alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${QUORUM_BUILD_DIR:-build}
for t in clientmessage meetingfile archive roster wsframes; do
  cmake --build "$BUILD_DIR" --target "fuzz_$t"
  "$BUILD_DIR/tests/fuzz/fuzz_$t" --write-seeds "tests/fuzz/corpus/$t"
done
