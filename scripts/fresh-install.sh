#!/usr/bin/env bash
# Fresh-install check (issue 14), for a clean Debian 12 as root or with sudo:
#   1. builds the Debian packages (cmake --build build --target package),
#   2. installs them with apt (apt install ./quorum-server_*.deb ./quorum-tablet_*.deb),
#   3. starts the installed /usr/bin/quorum-server with the installed
#      /etc/quorum/quorum-server.conf as the user quorum: through systemd when it runs,
#      directly otherwise (a container), with the demo meeting in a scratch folder under
#      /var/lib/quorum so that the room's own data is left alone,
#   4. lets quorum-bot (from the build) walk the demo meeting with eleven tablets,
#   5. stops the server. The packages stay installed; --remove purges them at the end.
#
#   bash scripts/fresh-install.sh [--remove]        QUORUM_PORT (default 7450) picks the port
set -euo pipefail
cd "$(dirname "$0")/.."
REMOVE=0
for arg in "$@"; do
  case "$arg" in
    --remove) REMOVE=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "fresh-install: unknown option $arg" >&2; exit 2 ;;
  esac
done
PORT=${QUORUM_PORT:-7450}
BUILD=${QUORUM_BUILD_DIR:-build}
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
say() { echo "fresh-install: $*"; }

bash scripts/setup.sh
bash scripts/build.sh --target package
ARCH=$(dpkg --print-architecture)
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
DEBS=("$PWD/$BUILD/quorum-server_${VERSION}_${ARCH}.deb")
[ -f "$BUILD/quorum-tablet_${VERSION}_${ARCH}.deb" ] && DEBS+=("$PWD/$BUILD/quorum-tablet_${VERSION}_${ARCH}.deb")
say "installing ${DEBS[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${DEBS[@]}"

say "installed: $(/usr/bin/quorum-server --version)"
getent passwd quorum > /dev/null || { say "no user quorum"; exit 1; }
[ "$(stat -c '%U %a' /var/lib/quorum)" = "quorum 700" ] || { say "/var/lib/quorum is not quorum's, 0700"; exit 1; }

SCRATCH=/var/lib/quorum/fresh-install-check
ARGS=(--config /etc/quorum/quorum-server.conf --demo --data "$SCRATCH" --port "$PORT")
SERVER_PID=""
USE_SYSTEMD=0
[ -d /run/systemd/system ] && USE_SYSTEMD=1
stop_server() {
  if [ "$USE_SYSTEMD" = 1 ]; then
    $SUDO systemctl stop quorum-server || true
    $SUDO rm -rf /run/systemd/system/quorum-server.service.d/fresh-install.conf
    $SUDO systemctl daemon-reload || true
  elif [ -n "$SERVER_PID" ]; then
    $SUDO kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  $SUDO rm -rf "$SCRATCH"
}
trap stop_server EXIT

if [ "$USE_SYSTEMD" = 1 ]; then
  say "starting quorum-server.service with the demo meeting (a runtime drop-in adds --demo)"
  $SUDO mkdir -p /run/systemd/system/quorum-server.service.d
  printf '[Service]\nExecStart=\nExecStart=/usr/bin/quorum-server %s\n' "${ARGS[*]}" |
    $SUDO tee /run/systemd/system/quorum-server.service.d/fresh-install.conf > /dev/null
  $SUDO systemctl daemon-reload
  $SUDO systemctl restart quorum-server
else
  say "no systemd running: starting /usr/bin/quorum-server as the user quorum"
  $SUDO env QT_QPA_PLATFORM=offscreen runuser -u quorum -- /usr/bin/quorum-server "${ARGS[@]}" \
    > /tmp/quorum-fresh-install.log 2>&1 &
  SERVER_PID=$!
fi
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.2
done

# The server's certificate, made in its data folder before it listened: the bots pin it.
FP=$($SUDO openssl x509 -in "$SCRATCH/tls-cert.pem" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g')
# The demo meeting's PINs (assets/demo/meeting.json): the chair and the ten delegates.
if ! "$BUILD/tools/bot/quorum-bot" script --url "wss://127.0.0.1:$PORT/?fp=$FP" --meeting demo --chair-pin 246810 \
    --pins 310001,310002,310003,310004,310005,310006,310007,310008,310009,310010; then
  say "the bots could not walk the demo meeting; the server said:"
  if [ "$USE_SYSTEMD" = 1 ]; then $SUDO journalctl -u quorum-server --no-pager -n 50; else cat /tmp/quorum-fresh-install.log; fi
  exit 1
fi
stop_server
trap - EXIT
say "the installed server ran the demo meeting from /etc/quorum/quorum-server.conf as the user quorum"

if [ "$REMOVE" = 1 ]; then
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q quorum-server quorum-tablet
  say "packages purged (the user quorum and /var/lib/quorum stay, as after any purge of quorum-server)"
fi
