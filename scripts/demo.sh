#!/usr/bin/env bash
# The README's main command: installs what is missing, builds, and runs the demo meeting on
# the embedded default (an SQLite file under data/).
#
#   bash scripts/demo.sh              with a display: the server plus a chair and a delegate
#                                     tablet window; Ctrl+C stops everything
#   bash scripts/demo.sh --headless   (or no display) a scripted meeting with headless
#                                     tablets; exits 0 when it went through
set -euo pipefail
cd "$(dirname "$0")/.."

HEADLESS=0
PORT=${QUORUM_PORT:-7450}
for arg in "$@"; do
  case "$arg" in
    --headless) HEADLESS=1 ;;
    --port=*) PORT="${arg#--port=}" ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "demo: unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  HEADLESS=1
fi

bash scripts/setup.sh
bash scripts/build.sh
BIN=${QUORUM_BUILD_DIR:-build}

mkdir -p data
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

QR=()
[ "$HEADLESS" = 1 ] && QR=(--no-qr)
"$BIN/server/app/quorum-server" --demo --data data --port "$PORT" --port-file data/port "${QR[@]}" &
PIDS+=($!)
for _ in $(seq 1 100); do
  [ -s data/port ] && break
  sleep 0.1
done
if [ ! -s data/port ]; then
  echo "demo: the server did not start" >&2
  exit 1
fi
PORT=$(cat data/port)
# The server's certificate fingerprint (it made the certificate before listening): every link
# pins it, as the printed QR codes do.
FP=$(openssl x509 -in data/tls-cert.pem -noout -fingerprint -sha256 | sed 's/.*=//; s/://g')
URL="wss://127.0.0.1:$PORT/?fp=$FP"

if [ "$HEADLESS" = 1 ]; then
  # The demo meeting's PINs (assets/demo/meeting.json): the chair and the ten delegates.
  "$BIN/tools/bot/quorum-bot" script --url "$URL" --meeting demo --chair-pin 246810 \
    --pins 310001,310002,310003,310004,310005,310006,310007,310008,310009,310010
  exit $?
fi

TABLET="$BIN/client-qml/app/quorum-tablet"
# One profile (data folder) per window: two processes on one folder would fight over its
# downloads, and a second one on the same profile is refused.
"$TABLET" --join "quorums://127.0.0.1:$PORT/demo?pin=246810&fp=$FP" --profile demo-chair --device-id demo-chair --title "chair" &
PIDS+=($!)
"$TABLET" --join "quorums://127.0.0.1:$PORT/demo?pin=310001&fp=$FP" --profile demo-d01 --device-id demo-d01 --title "delegate" &
PIDS+=($!)
echo "demo: the chair's and a delegate's tablet windows are joining; more tablets can join with the links above. Ctrl+C stops the demo."
wait "${PIDS[0]}"
