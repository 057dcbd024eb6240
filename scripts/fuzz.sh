#!/usr/bin/env bash
# Fuzzes with libFuzzer, ASan and UBSan (docs/fuzzing.md). A second build, build-fuzz/,
# configured with clang and only what the fuzz targets need.
#
#   bash scripts/fuzz.sh                  # every target, 10 minutes each
#   bash scripts/fuzz.sh archive 60       # one target, 60 seconds
#
# Each target starts from its committed corpus (tests/fuzz/corpus/<target>/); new inputs go
# to build-fuzz/corpus/<target>/, a crash to build-fuzz/findings/<target>/. A finding is
# fixed with its input copied into the committed corpus (the regression CI replays).
# One fuzzing process per target at a time (the machine is shared).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${QUORUM_FUZZ_BUILD_DIR:-build-fuzz}
TARGETS=(clientmessage meetingfile archive roster wsframes)
if [ $# -ge 1 ]; then TARGETS=("$1"); fi
SECONDS_PER_TARGET=${2:-600}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DQUORUM_FUZZ_ONLY=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$SAN -fsanitize=fuzzer-no-link -O1 -g" \
    -DCMAKE_EXE_LINKER_FLAGS="$SAN"
fi
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${TARGETS[@]/#/fuzz_}"
# Qt and protobuf are not instrumented: container annotations would differ across the line.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_container_overflow=0:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
status=0
for t in "${TARGETS[@]}"; do
  mkdir -p "$BUILD_DIR/corpus/$t" "$BUILD_DIR/findings/$t"
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s"
  if ! "$BUILD_DIR/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 \
      -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$BUILD_DIR/findings/$t/" \
      "$BUILD_DIR/corpus/$t" "tests/fuzz/corpus/$t" >"$BUILD_DIR/fuzz-$t.log" 2>&1; then
    echo "fuzz: $t found something: see $BUILD_DIR/fuzz-$t.log and $BUILD_DIR/findings/$t/"
    status=1
  fi
  grep -E "^#[0-9]+.*(DONE|pulse)" "$BUILD_DIR/fuzz-$t.log" | tail -1 || true
done
exit $status
