#!/usr/bin/env bash
# Writes the fuzz targets' seeds into tests/fuzz/corpus/<target>/ from the normal build
# (each target's seeds() in its source). Regression inputs of findings sit beside them,
# named regression-*; this script leaves them alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${QUORUM_BUILD_DIR:-build}
for t in clientmessage meetingfile archive; do
  cmake --build "$BUILD_DIR" --target "fuzz_$t"
  "$BUILD_DIR/tests/fuzz/fuzz_$t" --write-seeds "tests/fuzz/corpus/$t"
done
