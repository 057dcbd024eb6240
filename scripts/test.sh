#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cd "${QUORUM_BUILD_DIR:-build}"
# The soak (label `soak`, ten minutes) runs only when asked for: scripts/test.sh -L soak.
EXCLUDE=(-LE soak)
[[ " $* " == *soak* ]] && EXCLUDE=()
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "${EXCLUDE[@]}" "$@"
