#!/usr/bin/env bash
# The benchmark (issue 3, docs/benchmarks.md): builds if needed, starts fresh servers on
# temporary databases, runs every scenario against Quorum and its baselines, stops everything
# it started, prints a table and writes bench-results.json at the repository root.
#
#   scripts/bench.sh [--quick] [--build-dir DIR] [--no-build] [--output FILE] [--only LIST]
#
# --only fanout,join,client,votes,commands,strokes,bulk,hostile runs those sections alone (the
# figures of the others are then missing, and the script says so and fails).
# --quick runs small sizes (< 60 s) and is the CTest `bench` smoke test: it fails when a
# figure was not measured or a fan-out frame was missing, never because of a time.
# Loopback (127.0.0.1) only. QUORUM_IO_ENGINE=wire|qt runs quorum-server with that I/O engine.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
QUICK=0
BUILD_DIR=${QUORUM_BENCH_BUILD_DIR:-$ROOT/build-bench}
DO_BUILD=1
OUTPUT=$ROOT/bench-results.json
ONLY=
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --build-dir) BUILD_DIR=$2; shift ;;
    --no-build) DO_BUILD=0 ;;
    --output) OUTPUT=$2; shift ;;
    --only) ONLY=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$QUICK" = 1 ]; then
  FANOUT_SIZES=(100 200); ROUNDS=5; VOTERS=100; VOTE_ROUNDS=2; HOSTILE_TABLETS=100; CLIENT_CMP=50
  STROKE_TABLETS=50; STROKE_ROUNDS=5; BULK_TABLETS=10; BULK_MIB=5; BULK_ROUNDS=5
  JOIN_STROKES=500; JOINS=2
else
  FANOUT_SIZES=(500 1000 2000); ROUNDS=20; VOTERS=1000; VOTE_ROUNDS=3; HOSTILE_TABLETS=500; CLIENT_CMP=200
  STROKE_TABLETS=200; STROKE_ROUNDS=20; BULK_TABLETS=50; BULK_MIB=50; BULK_ROUNDS=20
  JOIN_STROKES=5000; JOINS=5
fi
MAX_TABLETS=${FANOUT_SIZES[-1]}
# want SECTION: whether --only leaves it in.
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

if [ "$DO_BUILD" = 1 ]; then
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUORUM_BUILD_TABLET=OFF >/dev/null
  fi
  cmake --build "$BUILD_DIR" -j2 --target quorum-server quorum-bot bench-bare-server bench-sqlite-baseline \
    bench-epoll-client bench-join >/dev/null
fi
SERVER=$BUILD_DIR/server/app/quorum-server
BOT=$BUILD_DIR/tools/bot/quorum-bot
BARE=$BUILD_DIR/tests/bench/bench-bare-server
SQLITE=$BUILD_DIR/tests/bench/bench-sqlite-baseline
EPOLL=$BUILD_DIR/tests/bench/bench-epoll-client
JOIN=$BUILD_DIR/tests/bench/bench-join
for b in "$SERVER" "$BOT" "$BARE" "$SQLITE" "$EPOLL" "$JOIN"; do
  [ -x "$b" ] || { echo "bench.sh: $b is not built" >&2; exit 2; }
done

# Everything this script starts is listed here and stopped on exit, by process id.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/quorum-bench.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Tablets and the servers share the fd limit of this shell's children: raise it when we can.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

START_PID=
START_PORT=
# start NAME COMMAND...: runs a server that writes its port to $WORK/NAME.port; waits up to
# START_WAIT tenths of a second (20 s; a server ingesting a 50 MB PDF is given more).
START_WAIT=200
start() {
  local name=$1; shift
  rm -f "$WORK/$name.port"
  "$@" >"$WORK/$name.log" 2>&1 &
  START_PID=$!
  PIDS+=("$START_PID")
  for _ in $(seq "$START_WAIT"); do
    if [ -s "$WORK/$name.port" ]; then START_PORT=$(cat "$WORK/$name.port"); return 0; fi
    kill -0 "$START_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "bench.sh: $name did not start; its log:" >&2; tail -20 "$WORK/$name.log" >&2; return 1
}
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
# start_quorum NAME [SERVER OPTIONS...]: over TLS unless --insecure is among the options;
# QUORUM_URL is then the URL a tablet pins (wss://…/?fp=FINGERPRINT) or ws://… for plain.
QUORUM_URL=
start_quorum() {
  local name=$1; shift
  start "$name" "$SERVER" --meeting "$WORK/meeting.json" --data "$WORK/$name-data" --port 0 \
    --port-file "$WORK/$name.port" --no-qr --listen 127.0.0.1 \
    ${QUORUM_IO_ENGINE:+--io-engine "$QUORUM_IO_ENGINE"} "$@"
  if [ -f "$WORK/$name-data/tls-cert.pem" ] && [[ " $* " != *" --insecure "* ]]; then
    local fp
    fp=$(openssl x509 -in "$WORK/$name-data/tls-cert.pem" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g')
    QUORUM_URL="wss://127.0.0.1:$START_PORT/?fp=$fp"
  else
    QUORUM_URL="ws://127.0.0.1:$START_PORT"
  fi
}
# bot OUT ARGS...: one load run; its JSON goes to $WORK/OUT.json (kept even on failure).
bot() {
  local out=$1; shift
  echo "  quorum-bot load $*" >&2
  "$BOT" load --timeout-ms 120000 "$@" >"$WORK/$out.json" 2>"$WORK/$out.err" \
    || { echo "  (failed: $(tail -1 "$WORK/$out.err"))" >&2; }
}

# epoll OUT ARGS...: the second load client (tests/bench/epollclient.cpp), written apart from
# quorum-bot, on the same servers: its JSON goes to $WORK/OUT.json.
epoll() {
  local out=$1; shift
  echo "  bench-epoll-client $*" >&2
  "$EPOLL" --timeout-ms 120000 "$@" >"$WORK/$out.json" 2>"$WORK/$out.err" \
    || { echo "  (failed: $(tail -c 300 "$WORK/$out.json"))" >&2; }
}

echo "bench: quick=$QUICK work=$WORK" >&2
# Delegates 1..VOTERS have a vote: the votes run connects exactly them and the chair (quorum).
"$BOT" load --write-meeting "$WORK/meeting.json" --delegates $((MAX_TABLETS + 10)) --items $((VOTERS + 1)) --voting "$VOTERS"
# Documents: a one-page PDF to draw on, and ~BULK_MIB MiB of incompressible pages to fetch.
python3 "$ROOT/tests/bench/makepdf.py" "$WORK/strokes.pdf" --mib 0.05 --pages 1
python3 "$ROOT/tests/bench/makepdf.py" "$WORK/bulk.pdf" --mib "$BULK_MIB" --pages 50

# Node ws baseline: installed into the build folder at run time, never faked.
NODE_DIR=$BUILD_DIR/bench-node
NODE_REASON=
if ! command -v node >/dev/null; then
  NODE_REASON="node is not installed (apt-get install nodejs npm)"
elif [ ! -d "$NODE_DIR/node_modules/ws" ]; then
  if ! command -v npm >/dev/null; then
    NODE_REASON="npm is not installed (apt-get install npm)"
  elif ! (mkdir -p "$NODE_DIR" && npm install --prefix "$NODE_DIR" --no-audit --no-fund --silent ws@8 >"$WORK/npm.log" 2>&1); then
    NODE_REASON="npm install ws failed: $(tail -1 "$WORK/npm.log")"
  fi
fi
echo "$NODE_REASON" >"$WORK/node-reason.txt"

# The baselines speak TLS as Quorum does (issue 10): one certificate made here, ECDSA P-256 like
# the one quorum-server makes for itself; the bot pins it as it pins Quorum's (wss://…/?fp=).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
  -keyout "$WORK/tls-key.pem" -out "$WORK/tls-cert.pem" 2>"$WORK/openssl.log"
TLS_FP=$(openssl x509 -in "$WORK/tls-cert.pem" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g')
TLS_FILES=(--tls-cert "$WORK/tls-cert.pem" --tls-key "$WORK/tls-key.pem")
# tls_url: the URL of the baseline just started (START_PORT) over TLS.
tls_url() { echo "wss://127.0.0.1:$START_PORT/?fp=$TLS_FP"; }
start_node() { # start_node NAME [CERT KEY]
  local name=$1; shift
  start "$name" env NODE_PATH="$NODE_DIR/node_modules" node "$ROOT/tests/bench/node/broadcast.js" "$WORK/$name.port" "$@"
}

for n in "${FANOUT_SIZES[@]}"; do
  want fanout || break
  echo "fanout: $n tablets" >&2
  start_quorum "quorum-$n"
  # --server-log: the heap per idle tablet, from the server's own report (heapreport.h).
  bot "fanout-quorum-$n" --url "$QUORUM_URL" --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID" \
    --server-log "$WORK/quorum-$n.log"
  stop "$START_PID"
  # The same over plain ws (--insecure): what TLS costs, in the same run.
  start_quorum "quorum-plain-$n" --insecure
  bot "fanout-quorum-plain-$n" --url "$QUORUM_URL" --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID" \
    --server-log "$WORK/quorum-plain-$n.log"
  stop "$START_PID"
  # The baselines over TLS (the ratios' denominators), then plain (their own TLS cost).
  start "bare-$n" "$BARE" --port-file "$WORK/bare-$n.port" "${TLS_FILES[@]}"
  bot "fanout-bare-$n" --url "$(tls_url)" --target broadcast --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
  stop "$START_PID"
  start "bare-plain-$n" "$BARE" --port-file "$WORK/bare-plain-$n.port"
  bot "fanout-bare-plain-$n" --url "ws://127.0.0.1:$START_PORT" --target broadcast --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
  stop "$START_PID"
  if [ -z "$NODE_REASON" ]; then
    start_node "node-$n" "$WORK/tls-cert.pem" "$WORK/tls-key.pem"
    bot "fanout-node-$n" --url "$(tls_url)" --target broadcast --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
    stop "$START_PID"
    start_node "node-plain-$n"
    bot "fanout-node-plain-$n" --url "ws://127.0.0.1:$START_PORT" --target broadcast --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
    stop "$START_PID"
  fi
  # The second client on the same three servers over TLS, each freshly started (issue 12: a
  # comparison holds only when both clients agree on the order).
  start_quorum "epoll-quorum-$n"
  epoll "epoll-quorum-$n" --url "$QUORUM_URL" --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
  stop "$START_PID"
  start "epoll-bare-$n" "$BARE" --port-file "$WORK/epoll-bare-$n.port" "${TLS_FILES[@]}"
  epoll "epoll-bare-$n" --url "$(tls_url)" --target broadcast --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
  stop "$START_PID"
  if [ -z "$NODE_REASON" ]; then
    start_node "epoll-node-$n" "$WORK/tls-cert.pem" "$WORK/tls-key.pem"
    epoll "epoll-node-$n" --url "$(tls_url)" --target broadcast --tablets "$n" --rounds "$ROUNDS" --server-pid "$START_PID"
    stop "$START_PID"
  fi
done

if want join; then
echo "join: a meeting holding $JOIN_STROKES strokes, $JOINS fresh tablets" >&2
# Two documents (two agenda items): the strokes go half on each, the second item is made
# current, and its document's pages must come first.
python3 "$ROOT/tests/bench/makepdf.py" "$WORK/join-a.pdf" --mib 0.05 --pages 1
python3 "$ROOT/tests/bench/makepdf.py" "$WORK/join-b.pdf" --mib 0.05 --pages 1
start_quorum join --document "i0001=$WORK/join-a.pdf" --document "i0002=$WORK/join-b.pdf"
echo "  bench-join --strokes $JOIN_STROKES --joins $JOINS" >&2
"$JOIN" --url "$QUORUM_URL" --strokes "$JOIN_STROKES" --joins "$JOINS" --server-pid "$START_PID" \
  >"$WORK/join.json" 2>"$WORK/join.err" || echo "  (failed: $(tail -c 300 "$WORK/join.json"))" >&2
stop "$START_PID"
fi

want client && echo "client library vs lean tablet: $CLIENT_CMP tablets" >&2
for kind in raw library; do
  want client || break
  start_quorum "client-$kind"
  bot "client-$kind" --url "$QUORUM_URL" --tablets "$CLIENT_CMP" --rounds 5 --client "$kind"
  stop "$START_PID"
done

if want votes; then
echo "votes: $VOTERS delegates cast at once on a real ballot" >&2
start_quorum votes
bot votes --url "$QUORUM_URL" --scenario votes --tablets "$VOTERS" --rounds "$VOTE_ROUNDS" --server-pid "$START_PID"
stop "$START_PID"
# The same with the second client (issue 12: quorum-bot's own CPU is most of a 30 ms round),
# over TLS and plain, each on a fresh server; then one fsync per vote, in the same run.
start_quorum epoll-votes
epoll epoll-votes --url "$QUORUM_URL" --scenario votes --tablets "$VOTERS" --rounds "$VOTE_ROUNDS" --server-pid "$START_PID"
stop "$START_PID"
start_quorum epoll-votes-plain --insecure
epoll epoll-votes-plain --url "$QUORUM_URL" --scenario votes --tablets "$VOTERS" --rounds "$VOTE_ROUNDS" --server-pid "$START_PID"
stop "$START_PID"
"$SQLITE" --rows "$VOTERS" --dir "$WORK/sqlite" >"$WORK/sqlite.json"
fi

if want commands; then
echo "commands: $VOTERS simultaneous SetCurrentItem (the first run's stand-in for votes)" >&2
# Hundreds of connections of the chair and the secretary each: the per-participant limits
# (docs/protocol.md "Quotas") would refuse them; this scenario measures the commit path.
start_quorum commands --max-devices-per-participant 100000 --participant-commands-per-second 100000
bot commands --url "$QUORUM_URL" --scenario commands --tablets "$VOTERS" --rounds "$VOTE_ROUNDS"
stop "$START_PID"
fi

if want strokes; then
echo "strokes: $STROKE_TABLETS tablets" >&2
start_quorum strokes --document "i0001=$WORK/strokes.pdf"
bot strokes-quorum --url "$QUORUM_URL" --scenario strokes --tablets "$STROKE_TABLETS" --rounds "$STROKE_ROUNDS"
stop "$START_PID"
PAYLOAD=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).read().splitlines()[-1])["strokes"]["frame_bytes"])' "$WORK/strokes-quorum.json" 2>/dev/null || echo 0)
start bare-strokes "$BARE" --port-file "$WORK/bare-strokes.port" "${TLS_FILES[@]}"
bot strokes-bare --url "$(tls_url)" --target broadcast --scenario strokes --tablets "$STROKE_TABLETS" --rounds "$STROKE_ROUNDS" --payload-bytes "$PAYLOAD"
stop "$START_PID"
if [ -z "$NODE_REASON" ]; then
  start_node node-strokes "$WORK/tls-cert.pem" "$WORK/tls-key.pem"
  bot strokes-node --url "$(tls_url)" --target broadcast --scenario strokes --tablets "$STROKE_TABLETS" --rounds "$STROKE_ROUNDS" --payload-bytes "$PAYLOAD"
  stop "$START_PID"
fi

fi

if want bulk; then
echo "bulk: $BULK_TABLETS tablets fetch $BULK_MIB MiB" >&2
START_WAIT=1200
start_quorum bulk --document "i0001=$WORK/bulk.pdf"
START_WAIT=200
bot bulk-quorum --url "$QUORUM_URL" --scenario bulk --tablets "$BULK_TABLETS" --rounds "$BULK_ROUNDS" --timeout-ms 300000
stop "$START_PID"
start bare-bulk "$BARE" --port-file "$WORK/bare-bulk.port" --file "$WORK/bulk.pdf" "${TLS_FILES[@]}"
bot bulk-bare --url "$(tls_url)" --target broadcast --scenario bulk --tablets "$BULK_TABLETS" --rounds "$BULK_ROUNDS" --timeout-ms 300000
stop "$START_PID"
fi

HOSTILE_ALIVE=0
if want hostile; then
echo "hostile: $HOSTILE_TABLETS tablets" >&2
start_quorum hostile
bot hostile --url "$QUORUM_URL" --tablets "$HOSTILE_TABLETS" --rounds "$ROUNDS" --hostile --server-pid "$START_PID"
kill -0 "$START_PID" 2>/dev/null && HOSTILE_ALIVE=1
stop "$START_PID"
fi
echo "$HOSTILE_ALIVE" >"$WORK/hostile-alive.txt"

QT_VERSION=$(pkg-config --modversion Qt6Core 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo unknown)
python3 - "$WORK" "$OUTPUT" "$QUICK" "$QT_VERSION" "${FANOUT_SIZES[*]}" <<'PY'
import json, os, sys, datetime, platform, subprocess
work, output, quick, qt, sizes = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4], [int(s) for s in sys.argv[5].split()]

def load(name):
    try:
        with open(os.path.join(work, name + ".json")) as f:
            text = f.read().strip()
        return json.loads(text.splitlines()[-1]) if text else None
    except (OSError, ValueError):
        return None

def get(d, *path):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return None
        d = d[p]
    return d if isinstance(d, (int, float)) and not isinstance(d, bool) and d >= 0 else None

node_reason = open(os.path.join(work, "node-reason.txt")).read().strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
results = {"machine": {"cores": os.cpu_count(), "cpu_model": cpu, "qt_version": qt,
                       "kernel": platform.release(), "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                       "quick": quick}}
top = load("fanout-quorum-%d" % sizes[-1]) or {}
results["connect"] = {"tablets": sizes[-1], "seconds": get(top, "connect", "seconds"),
                      "welcomed": get(top, "connect", "welcomed"),
                      "server_rss_kib_per_tablet": get(top, "server_rss_kib", "per_tablet"),
                      "server_rss_kib_per_tablet_after_trim": get(top, "server_rss_kib", "per_tablet_after_trim"),
                      "server_rss_kib_idle": get(top, "server_rss_kib", "idle"),
                      "fd_limit": top.get("fd_limit")}
# Memory per idle tablet (issue 12, target 36 KiB): the server's heap as it reports it on
# SIGUSR1 (after its trim, once nothing waits to be written), (with N - with none) / N at each
# size, so that a figure that holds is seen to be linear; OpenSSL's share and RSS beside it.
memory = []
for n in sizes:
    q, p = load("fanout-quorum-%d" % n) or {}, load("fanout-quorum-plain-%d" % n) or {}
    memory.append({"tablets": n, "heap_kib_per_tablet": get(q, "server_heap", "per_tablet_kib"),
                   "openssl_kib_per_tablet": get(q, "server_heap", "openssl_per_tablet_kib"),
                   "resident_kib_per_tablet": get(q, "server_heap", "resident_per_tablet_kib"),
                   "waiting_bytes": get(q, "server_heap", "waiting_bytes"),
                   "plain_heap_kib_per_tablet": get(p, "server_heap", "per_tablet_kib")})
results["memory"] = {"target_kib_per_idle_tablet": 36, "runs": memory,
                     "how": "quorum-bot load --server-log: SIGUSR1 before connecting and once the tablets are idle and "
                            "nothing waits to be written; heap = mallinfo2 after malloc_trim (heapreport.h)"}
runs = []
for n in sizes:
    q, b, nd = load("fanout-quorum-%d" % n) or {}, load("fanout-bare-%d" % n) or {}, load("fanout-node-%d" % n) or {}
    run = {"tablets": n, "transport": "tls", "payload_bytes": q.get("payload_bytes"),
           "quorum_p50_ms": get(q, "fanout", "p50_ms"), "quorum_p99_ms": get(q, "fanout", "p99_ms"),
           "bare_p50_ms": get(b, "fanout", "p50_ms"), "bare_p99_ms": get(b, "fanout", "p99_ms"),
           "node_ws_p50_ms": get(nd, "fanout", "p50_ms"), "node_ws_p99_ms": get(nd, "fanout", "p99_ms"),
           "missing_frames": {"quorum": q.get("fanout_missing"), "bare": b.get("fanout_missing"), "node_ws": nd.get("fanout_missing")},
           "bare_connect_seconds": get(b, "connect", "seconds"), "node_ws_connect_seconds": get(nd, "connect", "seconds"),
           "bare_rss_kib_per_tablet": get(b, "server_rss_kib", "per_tablet"),
           "node_ws_rss_kib_per_tablet": get(nd, "server_rss_kib", "per_tablet")}
    if run["quorum_p99_ms"] and run["bare_p99_ms"]:
        run["quorum_over_bare_p99"] = round(run["quorum_p99_ms"] / max(run["bare_p99_ms"], 0.01), 2)
    if run["quorum_p99_ms"] and run["node_ws_p99_ms"]:
        run["quorum_over_node_ws_p99"] = round(run["quorum_p99_ms"] / max(run["node_ws_p99_ms"], 0.01), 2)
    if node_reason:
        run["node_ws_p99_ms"] = "not measured: " + node_reason
    runs.append(run)
results["fanout"] = runs
tls = []
for n in sizes:
    t, p = load("fanout-quorum-%d" % n) or {}, load("fanout-quorum-plain-%d" % n) or {}
    bt, bp = load("fanout-bare-%d" % n) or {}, load("fanout-bare-plain-%d" % n) or {}
    nt, np_ = load("fanout-node-%d" % n) or {}, load("fanout-node-plain-%d" % n) or {}
    row = {"tablets": n, "tls_p50_ms": get(t, "fanout", "p50_ms"), "tls_p99_ms": get(t, "fanout", "p99_ms"),
           "plain_p50_ms": get(p, "fanout", "p50_ms"), "plain_p99_ms": get(p, "fanout", "p99_ms"),
           "tls_connect_seconds": get(t, "connect", "seconds"), "plain_connect_seconds": get(p, "connect", "seconds"),
           "tls_rss_kib_per_tablet": get(t, "server_rss_kib", "per_tablet"),
           "plain_rss_kib_per_tablet": get(p, "server_rss_kib", "per_tablet"),
           "bare_tls_p99_ms": get(bt, "fanout", "p99_ms"), "bare_plain_p99_ms": get(bp, "fanout", "p99_ms"),
           "node_ws_tls_p99_ms": get(nt, "fanout", "p99_ms"), "node_ws_plain_p99_ms": get(np_, "fanout", "p99_ms"),
           "bare_tls_rss_kib_per_tablet": get(bt, "server_rss_kib", "per_tablet"),
           "bare_plain_rss_kib_per_tablet": get(bp, "server_rss_kib", "per_tablet")}
    for num, den, key in (("tls_p99_ms", "plain_p99_ms", "tls_over_plain_p99"),
                          ("bare_tls_p99_ms", "bare_plain_p99_ms", "bare_tls_over_plain_p99"),
                          ("node_ws_tls_p99_ms", "node_ws_plain_p99_ms", "node_ws_tls_over_plain_p99"),
                          ("plain_p99_ms", "bare_plain_p99_ms", "quorum_over_bare_plain_p99")):
        if row[num] and row[den]:
            row[key] = round(row[num] / max(row[den], 0.01), 2)
    tls.append(row)
results["tls_cost"] = {"fanout": tls,
                       "measured_with": "the same fan-out against quorum-server, bench-bare-server and the Node ws "
                                        "server over TLS (quorum-server's default; the baselines with --tls-cert/--tls-key "
                                        "or CERT KEY, an ECDSA P-256 certificate made by bench.sh) and over plain ws "
                                        "(--insecure; the baselines without a certificate), one after the other in this run. "
                                        "The fanout section's figures and ratios are all over TLS; "
                                        "quorum_over_bare_plain_p99 is the same ratio with both plain"}
# The two clients side by side: p99 per server as each measured it, and whether they agree on
# the order of the three servers (a comparison holds only when they do).
clients = []
for n in sizes:
    row = {"tablets": n, "transport": "tls"}
    for server, bot_name, epoll_name in (("quorum", "fanout-quorum-%d", "epoll-quorum-%d"),
                                         ("bare", "fanout-bare-%d", "epoll-bare-%d"),
                                         ("node_ws", "fanout-node-%d", "epoll-node-%d")):
        b_, e_ = load(bot_name % n) or {}, load(epoll_name % n) or {}
        row[server] = {"qt_bot_p50_ms": get(b_, "fanout", "p50_ms"), "qt_bot_p99_ms": get(b_, "fanout", "p99_ms"),
                       "epoll_p50_ms": get(e_, "fanout", "p50_ms"), "epoll_p99_ms": get(e_, "fanout", "p99_ms"),
                       "epoll_missing": e_.get("fanout_missing"), "epoll_error": e_.get("error"),
                       # The server's CPU per round (trigger to the last receipt), the epoll run's.
                       "epoll_server_cpu_ms_per_round": get(e_, "fanout", "server_cpu_ms_per_round")}
    measured = [k for k in ("quorum", "bare", "node_ws") if row[k]["qt_bot_p99_ms"] and row[k]["epoll_p99_ms"]]
    if len(measured) >= 2:
        row["order_qt_bot"] = sorted(measured, key=lambda k: row[k]["qt_bot_p99_ms"])
        row["order_epoll"] = sorted(measured, key=lambda k: row[k]["epoll_p99_ms"])
        row["clients_agree_on_order"] = row["order_qt_bot"] == row["order_epoll"]
        for k in measured:
            row[k]["qt_bot_over_epoll_p99"] = round(row[k]["qt_bot_p99_ms"] / max(row[k]["epoll_p99_ms"], 0.01), 2)
    clients.append(row)
results["two_clients"] = {"fanout": clients,
                          "measured_with": "the same fan-out (p50/p99 of server stamp -> receipt over every tablet and round) "
                                           "measured by quorum-bot's Qt tablet and by bench-epoll-client (tests/bench/epollclient.cpp: "
                                           "one thread, epoll, libssl, hand-written WebSocket and protobuf framing, no Qt), each on "
                                           "a freshly started server over TLS; clients_agree_on_order: both rank the three servers "
                                           "by p99 the same way"}
j = load("join") or {}
results["join"] = {"strokes": get(j, "strokes"), "points_per_stroke": get(j, "points"), "joins": get(j, "joins"),
                   "welcome_median_ms": get(j, "welcome", "median_ms"), "welcome_max_ms": get(j, "welcome", "max_ms"),
                   "first_page_usable_median_ms": get(j, "first_page_usable", "median_ms"),
                   "first_page_usable_max_ms": get(j, "first_page_usable", "max_ms"),
                   "all_pages_median_ms": get(j, "all_pages", "median_ms"), "all_pages_max_ms": get(j, "all_pages", "max_ms"),
                   "largest_page_bytes": get(j, "largest_page_bytes"), "fill_seconds": get(j, "fill_seconds"),
                   "server_rss_kib_before": get(j, "server_rss_kib_before"), "server_rss_kib_filled": get(j, "server_rss_kib_filled"),
                   "server_rss_kib_after_joins": get(j, "server_rss_kib_after_joins"), "problem": j.get("problem"),
                   "measured_with": "bench-join (tests/bench/joinbench.cpp): the meeting is filled with shared 150-point ink "
                                    "strokes, half on each of two documents, the chair makes the second document's item "
                                    "current; then fresh tablets join one after the other (TLS, PIN); from opening the "
                                    "connection to the Welcome, to the first AnnotationPage of the current document (the "
                                    "page on screen usable) and to the last page; every stroke must arrive once, the "
                                    "current document's pages first"}
v, s = load("votes") or {}, load("sqlite") or {}
results["votes"] = {"voters": get(v, "votes", "voters"),
                    "group_commit_p50_ms": get(v, "votes", "p50_ms"), "group_commit_p99_ms": get(v, "votes", "p99_ms"),
                    "group_commit_max_ms": get(v, "votes", "max_ms"),
                    "per_row_fsync_p50_ms": get(s, "simultaneous_ack_p50_ms"),
                    "per_row_fsync_p99_ms": get(s, "simultaneous_ack_p99_ms"),
                    "per_row_fsync_single_commit_p99_ms": get(s, "per_row_commit_p99_ms"),
                    "rounds": get(v, "votes", "rounds"), "error_replies": get(v, "votes", "error_replies"),
                    "ballots_counted_right": get(v, "votes", "ballots_counted_right"),
                    "event_frames_per_tablet_per_round": get(v, "votes", "event_frames_per_tablet_per_round"),
                    "cast_to_last_ack_wall_ms_p50": get(v, "votes", "cast_to_last_ack_wall_ms", "p50_ms"),
                    "server_cpu_ms_per_cast_round_p50": get(v, "votes", "server_cpu_ms_per_cast_round", "p50_ms"),
                    "bot_cpu_ms_per_cast_round_p50": get(v, "votes", "bot_cpu_ms_per_cast_round", "p50_ms"),
                    "problems": (v.get("votes") or {}).get("problems"),
                    "measured_with": "real ballots: the chair and `voters` voting delegates connected (the meeting's "
                                     "other delegates have no vote, so they make the quorum); per round the chair "
                                     "creates and opens a named yes/no/abstain ballot, then every delegate sends "
                                     "CastVote at the same moment; group_commit_*: CastVote sent -> its Reply (sent "
                                     "after the vote is durable: group commit, WAL, synchronous=FULL); every VoteCast "
                                     "is also fanned out to all tablets (one frame per commit). The chair closes the "
                                     "ballot and the result must count every voter (ballots_counted_right). "
                                     "per_row_fsync_*: the same number of rows arriving at once, committed one "
                                     "transaction (one fsync) per row, SQLite WAL synchronous=FULL."}
if results["votes"]["group_commit_p99_ms"] and results["votes"]["per_row_fsync_p99_ms"]:
    results["votes"]["per_row_over_group_commit_p99"] = round(results["votes"]["per_row_fsync_p99_ms"] / max(results["votes"]["group_commit_p99_ms"], 0.01), 1)
# The second client's votes (bench-epoll-client --scenario votes), over TLS and plain.
for key, name in (("epoll_client", "epoll-votes"), ("epoll_client_plain", "epoll-votes-plain")):
    ev = load(name) or {}
    row = {k: get(ev, "votes", k) for k in ("voters", "rounds", "p50_ms", "p99_ms", "max_ms", "error_replies",
                                            "ballots_counted_right", "cast_to_last_ack_wall_ms_p50",
                                            "server_cpu_ms_per_cast_round_p50", "event_frames_per_tablet_per_round",
                                            "chair_vote_casts_per_round", "delegate_own_vote_casts_per_round",
                                            "delegate_votes_counted_per_round")}
    # 0 is a figure here (get() keeps only positive ones).
    row["delegate_foreign_vote_casts"] = (ev.get("votes") or {}).get("delegate_foreign_vote_casts")
    row["problems"] = (ev.get("votes") or {}).get("problems") or ev.get("error")
    if row["p99_ms"] and results["votes"]["per_row_fsync_p99_ms"]:
        row["per_row_over_group_commit_p99"] = round(results["votes"]["per_row_fsync_p99_ms"] / max(row["p99_ms"], 0.01), 1)
    results["votes"][key] = row
results["votes"]["epoll_client_measured_with"] = (
    "bench-epoll-client --scenario votes on a fresh server each (TLS, then --insecure): the same ballots, "
    "CastVote written -> its Reply; the chair must get every VoteCast (chair_vote_casts_per_round = voters), "
    "a delegate only its own (delegate_foreign_vote_casts = 0) and the others' as VotesCounted")
results["ballot_opened"] = {"tablets": get(v, "votes", "voters"),
                            "quorum_p50_ms": get(v, "votes", "ballot_opened", "p50_ms"),
                            "quorum_p99_ms": get(v, "votes", "ballot_opened", "p99_ms"),
                            "samples": get(v, "votes", "ballot_opened", "samples"),
                            "measured_with": "BallotOpened (server stamp, before the fsync) to receipt at every voting delegate, once per vote round"}
c2 = load("commands") or {}
results["commands"] = {"senders": get(c2, "commands", "senders"),
                       "ack_p50_ms": get(c2, "commands", "p50_ms"), "ack_p99_ms": get(c2, "commands", "p99_ms"),
                       "frames_per_tablet_per_round": get(c2, "commands", "frames_per_tablet_per_round"),
                       "error_replies": get(c2, "commands", "error_replies"),
                       "measured_with": "the first run's stand-in for votes, kept to compare before/after: `senders` chair "
                                        "and secretary devices send SetCurrentItem at once, each to its own item; send -> Reply"}
sq, sb, sn = load("strokes-quorum") or {}, load("strokes-bare") or {}, load("strokes-node") or {}
results["strokes"] = {"tablets": get(sq, "tablets"), "transport": "tls", "receivers": get(sq, "strokes", "receivers"),
                      "points": get(sq, "strokes", "points"), "frame_bytes": get(sq, "strokes", "frame_bytes"),
                      "quorum_p50_ms": get(sq, "strokes", "p50_ms"), "quorum_p99_ms": get(sq, "strokes", "p99_ms"),
                      "bare_p50_ms": get(sb, "strokes", "p50_ms"), "bare_p99_ms": get(sb, "strokes", "p99_ms"),
                      "preview_p50_ms": get(sq, "strokes", "preview_send_to_receipt", "p50_ms"),
                      "preview_p99_ms": get(sq, "strokes", "preview_send_to_receipt", "p99_ms"),
                      "preview_frame_bytes": get(sq, "strokes", "preview_send_to_receipt", "frame_bytes"),
                      "bare_send_to_receipt_p50_ms": get(sb, "strokes", "send_to_receipt", "p50_ms"),
                      "bare_send_to_receipt_p99_ms": get(sb, "strokes", "send_to_receipt", "p99_ms"),
                      "node_ws_p50_ms": get(sn, "strokes", "p50_ms"), "node_ws_p99_ms": get(sn, "strokes", "p99_ms"),
                      "error_replies": get(sq, "strokes", "error_replies"),
                      "missing_frames": {"quorum": sq.get("fanout_missing"), "bare": sb.get("fanout_missing"), "node_ws": sn.get("fanout_missing")},
                      "measured_with": "a delegate sends a shared-layer ink stroke (Annotate, `points` points with pressure) "
                                       "every ~100 ms; AnnotationApplied (server stamp, before the fsync) timed at the other "
                                       "tablets (durable: the stamp is taken before the group commit's fsync). preview_*: the same points as a "
                                       "StrokePreview (live ink, relayed, never stored), timed from the bot's send to receipt (same "
                                       "process clock, so it includes the hop to the server). bare: the bare Qt server broadcasts a "
                                       "frame of the same size as the AnnotationApplied frame, timed at the same tablets from its "
                                       "stamp (bare_*) and from the bot's send (bare_send_to_receipt_*); node_ws: the Node ws server, the same. "
                                       "All three over TLS"}
if results["strokes"]["quorum_p99_ms"] and results["strokes"]["bare_p99_ms"]:
    results["strokes"]["quorum_over_bare_p99"] = round(results["strokes"]["quorum_p99_ms"] / max(results["strokes"]["bare_p99_ms"], 0.01), 2)
if results["strokes"]["quorum_p99_ms"] and results["strokes"]["node_ws_p99_ms"]:
    results["strokes"]["quorum_over_node_ws_p99"] = round(results["strokes"]["quorum_p99_ms"] / max(results["strokes"]["node_ws_p99_ms"], 0.01), 2)
if node_reason:
    results["strokes"]["node_ws_p99_ms"] = "not measured: " + node_reason
bq, bb = load("bulk-quorum") or {}, load("bulk-bare") or {}
results["bulk"] = {"tablets": get(bq, "bulk", "tablets"), "transport": "tls",
                   "mib": round(get(bq, "bulk", "document_bytes") / 1048576, 2) if get(bq, "bulk", "document_bytes") else None,
                   "quorum_mib_s": get(bq, "bulk", "mib_s"), "bare_mib_s": get(bb, "bulk", "mib_s"),
                   "quorum_seconds": get(bq, "bulk", "seconds"), "bare_seconds": get(bb, "bulk", "seconds"),
                   "control_p50_idle_ms": get(bq, "bulk", "control_idle", "p50_ms"),
                   "control_p99_idle_ms": get(bq, "bulk", "control_idle", "p99_ms"),
                   "control_p50_during_ms": get(bq, "bulk", "control_during", "p50_ms"),
                   "control_p99_during_ms": get(bq, "bulk", "control_during", "p99_ms"),
                   "control_rounds_during": get(bq, "bulk", "control_rounds_during"),
                   "bare_control_p99_idle_ms": get(bb, "bulk", "control_idle", "p99_ms"),
                   "bare_control_p99_during_ms": get(bb, "bulk", "control_during", "p99_ms"),
                   "transfers_done": {"quorum": get(bq, "bulk", "transfers_done"), "bare": get(bb, "bulk", "transfers_done")},
                   "transfer_errors": {"quorum": get(bq, "bulk", "transfer_errors"), "bare": get(bb, "bulk", "transfer_errors")},
                   "sha256_verified": (bq.get("bulk") or {}).get("first_tablet_sha256_verified"),
                   "measured_with": "the server ingests a generated PDF (tests/bench/makepdf.py: 50 pages of incompressible "
                                    "images) given with --document; all tablets send FetchDocument{sha256} at once and "
                                    "receive 64 KiB DocumentChunks; MiB/s = tablets x size / (last byte - first request). "
                                    "bare: bench-bare-server --file streams the same bytes from memory in 64 KiB frames with "
                                    "the same flow control (128 KiB low water). control: the chair changes the current item "
                                    "every ~100 ms (CurrentItemChanged, server stamp to receipt at the fetching tablets), "
                                    "first idle, then while the transfer runs; bare: a broadcast frame of the same size. Both over "
                                    "TLS (bench-bare-server --tls-cert/--tls-key, bytesToWrite counting encrypted bytes as "
                                    "quorum-server's listener does); no Node ws bulk baseline exists"}
for a, b_, key in (("quorum_mib_s", "bare_mib_s", "quorum_over_bare_mib_s"), ("control_p99_during_ms", "control_p99_idle_ms", "control_p99_during_over_idle")):
    if results["bulk"][a] and results["bulk"][b_]:
        results["bulk"][key] = round(results["bulk"][a] / max(results["bulk"][b_], 0.01), 2)
h = load("hostile") or {}
alive = open(os.path.join(work, "hostile-alive.txt")).read().strip() == "1"
results["hostile"] = {"tablets": get(h, "tablets"), "fanout_p99_without_ms": get(h, "fanout", "p99_ms"),
                      "fanout_p99_with_ms": get(h, "hostile", "p99_ms"), "p99_ratio": get(h, "hostile", "p99_ratio"),
                      "measured_tablets_still_welcomed": get(h, "hostile", "measured_tablets_still_welcomed"),
                      "missing_frames": h.get("fanout_missing"), "server_survived": alive,
                      "attack": (h.get("hostile") or {}).get("attack")}
cr, cl = load("client-raw") or {}, load("client-library") or {}
results["bot_client_cost"] = {"tablets": get(cr, "tablets"),
                              "raw": {"bot_cpu_s": get(cr, "bot", "cpu_s"), "bot_max_rss_kib": get(cr, "bot", "max_rss_kib"),
                                      "connect_seconds": get(cr, "connect", "seconds"), "fanout_p99_ms": get(cr, "fanout", "p99_ms")},
                              "library": {"bot_cpu_s": get(cl, "bot", "cpu_s"), "bot_max_rss_kib": get(cl, "bot", "max_rss_kib"),
                                          "connect_seconds": get(cl, "connect", "seconds"), "fanout_p99_ms": get(cl, "fanout", "p99_ms")}}
with open(output, "w") as f:
    json.dump(results, f, indent=2, ensure_ascii=False)
    f.write("\n")

def fmt(x):
    return "%.2f" % x if isinstance(x, (int, float)) and not isinstance(x, bool) else ("-" if x is None else str(x)[:40])
print("\n%-44s %12s %12s %12s" % ("figure (all over TLS unless 'plain')", "quorum", "bare Qt", "node ws"))
for r in runs:
    print("%-44s %12s %12s %12s" % ("fanout %d tablets p50 ms" % r["tablets"], fmt(r["quorum_p50_ms"]), fmt(r["bare_p50_ms"]), fmt(r["node_ws_p50_ms"])))
    print("%-44s %12s %12s %12s" % ("fanout %d tablets p99 ms" % r["tablets"], fmt(r["quorum_p99_ms"]), fmt(r["bare_p99_ms"]), fmt(r["node_ws_p99_ms"])))
for r in tls:
    print("%-44s %12s %12s %12s" % ("  plain ws: fanout %d tablets p99 ms" % r["tablets"], fmt(r["plain_p99_ms"]), fmt(r["bare_plain_p99_ms"]), fmt(r["node_ws_plain_p99_ms"])))
    print("%-44s %12s %12s %12s" % ("  TLS over plain, p99", fmt(r.get("tls_over_plain_p99")), fmt(r.get("bare_tls_over_plain_p99")), fmt(r.get("node_ws_tls_over_plain_p99"))))
c = results["connect"]
print("%-44s %12s" % ("connect %d tablets, seconds" % c["tablets"], fmt(c["seconds"])))
print("%-44s %12s %12s %12s" % ("server RSS KiB per idle tablet", fmt(c["server_rss_kib_per_tablet"]), fmt(runs[-1]["bare_rss_kib_per_tablet"]), fmt(runs[-1]["node_ws_rss_kib_per_tablet"])))
print("%-44s %12s" % ("  Quorum, after the server's trim (SIGUSR1)", fmt(c["server_rss_kib_per_tablet_after_trim"])))
for m in memory:
    print("%-44s %12s  (OpenSSL %s, RSS %s, plain ws %s; target 36)" % (
        "server heap KiB per idle tablet, %d" % m["tablets"], fmt(m["heap_kib_per_tablet"]),
        fmt(m["openssl_kib_per_tablet"]), fmt(m["resident_kib_per_tablet"]), fmt(m["plain_heap_kib_per_tablet"])))
vv = results["votes"]
print("%-44s %12s" % ("%s voters cast at once: ack p50 ms" % vv["voters"], fmt(vv["group_commit_p50_ms"])))
print("%-44s %12s" % ("%s voters cast at once: ack p99 ms" % vv["voters"], fmt(vv["group_commit_p99_ms"])))
for key, label in (("epoll_client", "epoll client, TLS"), ("epoll_client_plain", "epoll client, plain")):
    print("%-44s %12s" % ("  %s: ack p50 / p99 ms" % label, "%s / %s" % (fmt(vv[key]["p50_ms"]), fmt(vv[key]["p99_ms"]))))
print("%-44s %12s  (%sx group commit)" % ("  same rows, one fsync per row: p99 ms", fmt(vv["per_row_fsync_p99_ms"]), fmt(vv.get("per_row_over_group_commit_p99"))))
bo = results["ballot_opened"]
print("%-44s %12s" % ("ballot opened to %s tablets p50 ms" % bo["tablets"], fmt(bo["quorum_p50_ms"])))
print("%-44s %12s" % ("ballot opened to %s tablets p99 ms" % bo["tablets"], fmt(bo["quorum_p99_ms"])))
cc = results["commands"]
print("%-44s %12s" % ("%s simultaneous SetCurrentItem: ack p99 ms" % cc["senders"], fmt(cc["ack_p99_ms"])))
st = results["strokes"]
print("%-44s %12s %12s %12s" % ("strokes to %s tablets p50 ms" % st["receivers"], fmt(st["quorum_p50_ms"]), fmt(st["bare_p50_ms"]), fmt(st["node_ws_p50_ms"])))
print("%-44s %12s %12s %12s" % ("strokes to %s tablets p99 ms" % st["receivers"], fmt(st["quorum_p99_ms"]), fmt(st["bare_p99_ms"]), fmt(st["node_ws_p99_ms"])))
print("%-44s %12s %12s" % ("  live preview send->receipt p99 ms", fmt(st["preview_p99_ms"]), fmt(st["bare_send_to_receipt_p99_ms"])))
bu = results["bulk"]
print("%-44s %12s %12s" % ("bulk %s MiB to %s tablets, MiB/s" % (bu["mib"], bu["tablets"]), fmt(bu["quorum_mib_s"]), fmt(bu["bare_mib_s"])))
print("%-44s %12s %12s" % ("  control p99 idle ms", fmt(bu["control_p99_idle_ms"]), fmt(bu["bare_control_p99_idle_ms"])))
print("%-44s %12s %12s" % ("  control p99 during the transfer ms", fmt(bu["control_p99_during_ms"]), fmt(bu["bare_control_p99_during_ms"])))
for r in clients:
    for k in ("quorum", "bare", "node_ws"):
        print("%-44s %12s %12s" % ("  %d tablets %s p99 ms: qt bot / epoll" % (r["tablets"], k), fmt(r[k]["qt_bot_p99_ms"]), fmt(r[k]["epoll_p99_ms"])))
        print("%-44s %12s" % ("  %d tablets %s server CPU ms per round (epoll)" % (r["tablets"], k), fmt(r[k]["epoll_server_cpu_ms_per_round"])))
    print("%-44s %s" % ("  %d tablets: clients agree on the order" % r["tablets"], r.get("clients_agree_on_order")))
jj = results["join"]
print("%-44s %12s" % ("join, %s strokes: Welcome median ms" % jj["strokes"], fmt(jj["welcome_median_ms"])))
print("%-44s %12s" % ("join, %s strokes: first page usable median ms" % jj["strokes"], fmt(jj["first_page_usable_median_ms"])))
print("%-44s %12s" % ("join, %s strokes: all pages median ms" % jj["strokes"], fmt(jj["all_pages_median_ms"])))
hh = results["hostile"]
print("%-44s %12s" % ("hostile: fanout p99 without ms", fmt(hh["fanout_p99_without_ms"])))
print("%-44s %12s  ratio %s, server survived: %s" % ("hostile: fanout p99 with ms", fmt(hh["fanout_p99_with_ms"]), fmt(hh["p99_ratio"]), alive))
print("wrote", output)

# Every figure the protocol allows today must be a number; node_ws may only be absent with a reason.
missing = []
for key in ("seconds", "server_rss_kib_per_tablet"):
    if c[key] is None: missing.append("connect." + key)
for m in memory:
    for key in ("heap_kib_per_tablet", "plain_heap_kib_per_tablet"):
        if m[key] is None: missing.append("memory[%d].%s" % (m["tablets"], key))
for r in runs:
    for key in ("quorum_p50_ms", "quorum_p99_ms", "bare_p99_ms", "node_ws_p99_ms"):
        if r[key] is None: missing.append("fanout[%d].%s" % (r["tablets"], key))
for key in ("group_commit_p99_ms", "per_row_fsync_p99_ms"):
    if vv[key] is None: missing.append("votes." + key)
if vv["problems"] or not vv["ballots_counted_right"] or vv["ballots_counted_right"] != vv["rounds"]:
    missing.append("votes.ballots_counted_right (%s)" % vv["problems"])
for key in ("quorum_p50_ms", "quorum_p99_ms"):
    if bo[key] is None: missing.append("ballot_opened." + key)
if cc["ack_p99_ms"] is None: missing.append("commands.ack_p99_ms")
for r in tls:
    for key in ("tls_p99_ms", "plain_p99_ms", "bare_tls_p99_ms", "bare_plain_p99_ms", "node_ws_tls_p99_ms", "node_ws_plain_p99_ms"):
        if r[key] is None and not (node_reason and key.startswith("node_ws")): missing.append("tls_cost.fanout[%d].%s" % (r["tablets"], key))
for key in ("quorum_p50_ms", "quorum_p99_ms", "bare_p99_ms", "node_ws_p99_ms", "preview_p99_ms"):
    if st[key] is None: missing.append("strokes." + key)
for key in ("mib", "quorum_mib_s", "bare_mib_s", "control_p99_idle_ms", "control_p99_during_ms"):
    if bu[key] is None: missing.append("bulk." + key)
if bu["sha256_verified"] is not True: missing.append("bulk.sha256_verified")
for key in ("fanout_p99_without_ms", "fanout_p99_with_ms", "p99_ratio"):
    if hh[key] is None: missing.append("hostile." + key)
if not alive: missing.append("hostile.server_survived")
for r in clients:
    for k in ("quorum", "bare", "node_ws"):
        if r[k]["epoll_p99_ms"] is None and not (node_reason and k == "node_ws"):
            missing.append("two_clients[%d].%s.epoll_p99_ms (%s)" % (r["tablets"], k, r[k]["epoll_error"]))
for key in ("welcome_median_ms", "first_page_usable_median_ms", "all_pages_median_ms"):
    if jj[key] is None: missing.append("join.%s (%s)" % (key, jj["problem"]))
# A latency over frames that never arrived is not a figure: every measured tablet must have
# received every fan-out frame, in every run of the bot (Quorum and the baselines, TLS and plain).
for name in sorted(os.listdir(work)):
    if name.endswith(".json"):
        d = load(name[:-5])
        lost = d.get("fanout_missing") if isinstance(d, dict) else None
        if isinstance(lost, int) and not isinstance(lost, bool) and lost != 0:
            missing.append("%s: %d fan-out frames missing" % (name[:-5], lost))
if missing:
    print("NOT MEASURED:", ", ".join(missing), file=sys.stderr)
    sys.exit(1)
PY
