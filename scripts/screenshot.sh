#!/usr/bin/env bash
# Screenshots of the tablet app for docs/screenshots/, taken offscreen against a real
# quorum-server with the demo meeting (temporary data folder, free port):
#
#   join-vi.png / join-en.png     the join page
#   join-error-vi.png             a wrong PIN, as the delegate sees it
#   meeting-vi.png                the chair, agenda under way (item 2/5), 8 of 13 present
#   meeting-delegate-vi.png       a delegate: no agenda buttons
#   meeting-en.png                the secretary, in English
#   floor-chair-vi.png            the chair's console: attendance and quorum, a speech running, a
#                                 queue with a point of order, a ballot open with its live count
#   floor-delegate-vi.png         a delegate's vote panel (large buttons), the speaker's countdown
#   floor-result-vi.png           the chair after closing the vote: the result chart
#   floor-projector-vi.png        the room screen: current item, speaker, the result chart
#   minutes-secretary-vi.png      the secretary console: notes and conclusions per item, number
#                                 and place, the secretary's approval, the PDF and the signed
#                                 archive made by the server and fetched, the key's fingerprint
#   documents-manager-vi.png      the secretary's documents tab: a PDF just added to the opening
#                                 item, the demo documents, add / replace / remove per item
#   documents-upload-error-vi.png the same tab after a file that is no PDF, the error in words
#   reader-vi.png                 the document reader: a demo page with a highlight, ink, a note
#                                 and the chair's shared mark, a search typed without
#                                 diacritics with its hits, the annotation tools
#   reader-followers-vi.png       the chair presents: "4/6 đang theo dõi" and who follows
#   reader-export-vi.png          "Xuất PDF kèm ghi chú" with the file on the tablet
#
#   bash scripts/screenshot.sh [OUTPUT_DIR]      (default docs/screenshots)
# Builds quorum-server and quorum-tablet into ${QUORUM_BUILD_DIR:-build} first.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${1:-docs/screenshots}
BIN=${QUORUM_BUILD_DIR:-build}
if [ ! -f "$BIN/build.ninja" ]; then
  cmake -S . -B "$BIN" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BIN" --target quorum-server quorum-tablet -j2
SERVER="$BIN/server/app/quorum-server"
TABLET="$BIN/client-qml/app/quorum-tablet"

export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
# Device ids live in QSettings: keep this run out of the user's settings.
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
DATA=$(mktemp -d)
# The tablets' document caches and fetched minutes too (AppLocalDataLocation).
export XDG_DATA_HOME="$DATA/xdg-data"
mkdir -p "$OUT"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$DATA" "$XDG_CONFIG_HOME"
}
trap cleanup EXIT INT TERM

"$SERVER" --demo --data "$DATA" --listen 127.0.0.1 --port 0 --port-file "$DATA/port" --no-qr \
  > "$DATA/server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  [ -s "$DATA/port" ] && break
  sleep 0.1
done
if [ ! -s "$DATA/port" ]; then
  echo "screenshot: the server did not start" >&2
  cat "$DATA/server.log" >&2
  exit 1
fi
PORT=$(cat "$DATA/port")
FP=$(openssl x509 -in "$DATA/tls-cert.pem" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g')
link() { echo "quorums://127.0.0.1:$PORT/demo?pin=$1&fp=$FP"; }

shot() { # shot FILE ARGS...: one screenshot, fails the script when no PNG comes out
  local file="$OUT/$1"; shift
  rm -f "$file"
  "$TABLET" --screenshot "$file" --screenshot-delay 1500 "$@" 2>>"$DATA/tablet.log"
  [ -s "$file" ] || { echo "screenshot: no $file" >&2; cat "$DATA/tablet.log" >&2; exit 1; }
  echo "screenshot: $file"
}

# The join page needs no meeting.
shot join-vi.png --lang vi
shot join-en.png --lang en
shot join-error-vi.png --lang vi --join "$(link 000000)" --device-id shot-wrong-pin

# Seven delegates in the room (with the tablet in each screenshot: 8 of 13 present). For the
# floor screenshots three of them ask to speak (one with a point of order) and four vote as soon
# as a ballot opens.
declare -A FLOOR=(
  [310002]="request" [310003]="order" [310004]="request;vote:1"
  [310005]="vote:0" [310007]="vote:0" [310008]="vote:2" [310010]=""
)
for pin in 310002 310003 310004 310005 310007 310008 310010; do
  "$TABLET" --join "$(link $pin)" --profile "room-$pin" --device-id "room-$pin" --lang vi \
    ${FLOOR[$pin]:+--demo-floor "${FLOOR[$pin]}"} >/dev/null 2>&1 &
  PIDS+=($!)
done
sleep 3

# The chair's first screenshot also starts the agenda and moves to item 2.
shot meeting-vi.png --lang vi --join "$(link 246810)" --device-id shot-chair --demo-advance 2
shot meeting-delegate-vi.png --lang vi --join "$(link 310001)" --device-id shot-delegate
shot meeting-en.png --lang en --join "$(link 135790)" --device-id shot-secretary

# The floor, on the item that is voted on (the chair's first shot left the agenda at item 2).
QUESTION="Thông qua kế hoạch áp dụng biểu mẫu điện tử (Eform) và quy trình (Workflow) cho công tác Đoàn vụ?"
shot floor-chair-vi.png --lang vi --join "$(link 246810)" --device-id shot-chair --demo-advance 2 \
  --demo-floor "tab;next;ballot:$QUESTION"
shot floor-delegate-vi.png --lang vi --join "$(link 310001)" --device-id shot-delegate --demo-floor "tab"
shot floor-result-vi.png --lang vi --join "$(link 246810)" --device-id shot-chair --demo-floor "tab;close"
shot floor-projector-vi.png --lang vi --join "$(link 900000)" --device-id shot-projector

# The reader: its Qt Quick test draws the marks on a demo page (against its own demo server)
# and saves the window when QUORUM_SCREENSHOT_DIR is set.
cmake --build "$BIN" --target tst_qml -j2
QUORUM_SCREENSHOT_DIR=$(realpath "$OUT") "$BIN/tests/qml/tst_qml" -input tests/qml/tst_reader.qml \
  Reader::test_7_pageWithMarksInVietnamese > "$DATA/reader.log" 2>&1 \
  || { cat "$DATA/reader.log" >&2; exit 1; }
[ -s "$OUT/reader-vi.png" ] || { echo "screenshot: no $OUT/reader-vi.png" >&2; exit 1; }
echo "screenshot: $OUT/reader-vi.png"

# The join page's scanner on a tablet without a camera: tst_joinpage.
QUORUM_SCREENSHOT_DIR=$(realpath "$OUT") "$BIN/tests/qml/tst_qml" -input tests/qml/tst_joinpage.qml \
  JoinPage::test_scannerSaysWhenThereIsNoCamera > "$DATA/joinpage.log" 2>&1 \
  || { cat "$DATA/joinpage.log" >&2; exit 1; }
[ -s "$OUT/join-scanner-vi.png" ] || { echo "screenshot: no $OUT/join-scanner-vi.png" >&2; exit 1; }
echo "screenshot: $OUT/join-scanner-vi.png"

# Check-in at the door (the secretary's tablet): tst_checkinpage, against its own demo server.
QUORUM_SCREENSHOT_DIR=$(realpath "$OUT") "$BIN/tests/qml/tst_qml" -input tests/qml/tst_checkinpage.qml \
  > "$DATA/checkin.log" 2>&1 || { cat "$DATA/checkin.log" >&2; exit 1; }
for f in checkin-vi.png checkin-error-vi.png; do
  [ -s "$OUT/$f" ] || { echo "screenshot: no $OUT/$f" >&2; exit 1; }
  echo "screenshot: $OUT/$f"
done

# The documents tab: its Qt Quick test uploads a PDF and a text file as the secretary (against
# its own demo server) and saves the window when QUORUM_SCREENSHOT_DIR is set.
QUORUM_SCREENSHOT_DIR=$(realpath "$OUT") "$BIN/tests/qml/tst_qml" -input tests/qml/tst_documentmanager.qml \
  DocumentManager::test_3_vietnameseScreenshot > "$DATA/documents.log" 2>&1 \
  || { cat "$DATA/documents.log" >&2; exit 1; }
for f in documents-manager-vi.png documents-upload-error-vi.png; do
  [ -s "$OUT/$f" ] || { echo "screenshot: no $OUT/$f" >&2; exit 1; }
  echo "screenshot: $OUT/$f"
done

# Who is following (the chair presents, the list opened) and the export dialog: tst_followers.
QUORUM_SCREENSHOT_DIR=$(realpath "$OUT") "$BIN/tests/qml/tst_qml" -input tests/qml/tst_followers.qml \
  > "$DATA/followers.log" 2>&1 || { cat "$DATA/followers.log" >&2; exit 1; }
for f in reader-followers-vi.png reader-export-vi.png; do
  [ -s "$OUT/$f" ] || { echo "screenshot: no $OUT/$f" >&2; exit 1; }
  echo "screenshot: $OUT/$f"
done

# The secretary console: two items written, number and place, the secretary approves (the chair
# not yet), then asks the server for the PDF and the archive; a longer delay lets them arrive.
shot minutes-secretary-vi.png --lang vi --join "$(link 135790)" --device-id shot-secretary \
  --screenshot-delay 12000 --demo-floor "minutes:opening=Đồng chí Nguyễn Văn A, Bí thư Đoàn khối, tuyên bố lý do, giới thiệu đại biểu.|Thống nhất chương trình sinh hoạt chuyên đề.;minutes:young-officials=CLB Lý luận trẻ trình bày tham luận, 4 ý kiến trao đổi.|Giao các chi đoàn xây dựng kế hoạch chuyển đổi số trong quý I.;minutes-number:05/BB-ĐTN|Hà Nội;approve;tab:2;export"
