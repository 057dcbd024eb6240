#!/usr/bin/env bash
# tst_packages: makes the .deb files with CPack from an already built tree and checks what an
# administrator relies on: the files where Debian puts them, the conffile, the unit, the
# dependencies, and that lintian, systemd-analyze verify and desktop-file-validate accept them.
#   check-packages.sh BUILD_DIR VERSION with-tablet|server-only
set -euo pipefail
BUILD=$(cd "$1" && pwd)
VERSION=$2
TABLET=$3
OUT="$BUILD/package-test"
rm -rf "$OUT"
mkdir -p "$OUT"
fail() { echo "FAIL: $*" >&2; exit 1; }

# cpack installs the built targets into its staging area; it does not build (the test run
# follows a build, and `cmake --build build --target package` is this plus the build).
(cd "$BUILD" && cpack -G DEB -B "$OUT" > "$OUT/cpack.log" 2>&1) || { cat "$OUT/cpack.log"; fail "cpack"; }
ARCH=$(dpkg --print-architecture)
SERVER="$OUT/quorum-server_${VERSION}_${ARCH}.deb"
TABLETDEB="$OUT/quorum-tablet_${VERSION}_${ARCH}.deb"
[ -f "$SERVER" ] || fail "no $SERVER (cpack made: $(ls "$OUT"))"

# has FILE PATTERN WHAT: a line of FILE matches the extended regex PATTERN.
has() { grep -Eq -- "$2" "$1" || { echo "--- $1"; cat "$1"; fail "$3"; }; }

dpkg-deb -I "$SERVER" > "$OUT/server.info"
dpkg-deb -c "$SERVER" > "$OUT/server.files"
dpkg-deb -I "$SERVER" conffiles > "$OUT/server.conffiles"
echo "== quorum-server"; cat "$OUT/server.info"; cat "$OUT/server.files"
has "$OUT/server.info" "^ Package: quorum-server$" "package name"
has "$OUT/server.info" "^ Version: ${VERSION}$" "version from the project"
# Depends computed by dpkg-shlibdeps, plus what is loaded at run time.
has "$OUT/server.info" "^ Depends: .*libqt6core6" "shlibdeps: Qt Core"
has "$OUT/server.info" "^ Depends: .*libprotobuf" "shlibdeps: protobuf"
has "$OUT/server.info" "^ Depends: .*libqt6sql6-sqlite" "the SQLite driver"
has "$OUT/server.info" "^ Depends: .*adduser" "adduser for postinst"
has "$OUT/server.info" " postinst" "postinst"
has "$OUT/server.files" " \./usr/bin/quorum-server$" "binary in /usr/bin"
has "$OUT/server.files" "^-rw-r--r-- .* \./etc/quorum/quorum-server\.conf$" "configuration file"
has "$OUT/server.files" " \./lib/systemd/system/quorum-server\.service$" "systemd unit"
has "$OUT/server.files" " \./usr/share/doc/quorum-server/copyright$" "copyright"
has "$OUT/server.files" " \./usr/share/man/man1/quorum-server\.1\.gz$" "man page"
has "$OUT/server.files" " \./usr/share/quorum/assets/demo/meeting\.json$" "demo meeting"
has "$OUT/server.conffiles" "^/etc/quorum/quorum-server\.conf$" "the configuration is a conffile"

ROOT="$OUT/server-root"
dpkg-deb -x "$SERVER" "$ROOT"
UNIT="$ROOT/lib/systemd/system/quorum-server.service"
for key in "User=quorum" "ProtectSystem=strict" "ProtectHome=true" "PrivateTmp=true" \
    "NoNewPrivileges=true" "StateDirectory=quorum" "StateDirectoryMode=0700" "Restart=on-failure" \
    "StandardError=journal" "ExecStart=/usr/bin/quorum-server --config /etc/quorum/quorum-server.conf"; do
  has "$UNIT" "^${key}$" "unit: $key"
done
# The packaged binary (stripped) reads the packaged configuration: every key is an option.
"$ROOT/usr/bin/quorum-server" --version | tee "$OUT/version"
has "$OUT/version" "^quorum-server ${VERSION} \(commit ([0-9a-f]{12}|unknown)\)$" "--version with the commit"
"$ROOT/usr/bin/quorum-server" --config "$ROOT/etc/quorum/quorum-server.conf" --help > /dev/null \
  || fail "the packaged configuration is refused"

echo "== systemd-analyze verify"
# Against the unpacked package, not this machine: a copy of the unit whose ExecStart is the
# unpacked binary (--root would also hide systemd's own targets), man pages from the package.
mkdir -p "$OUT/unit"
sed "s|^ExecStart=/usr/bin/quorum-server|ExecStart=$ROOT/usr/bin/quorum-server|" "$UNIT" > "$OUT/unit/quorum-server.service"
MANPATH="$ROOT/usr/share/man" systemd-analyze verify "$OUT/unit/quorum-server.service" 2>&1 | tee "$OUT/systemd-analyze.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "systemd-analyze verify"
[ ! -s "$OUT/systemd-analyze.log" ] || fail "systemd-analyze verify has remarks"
echo "(no output: the unit verifies)"

if [ "$TABLET" = with-tablet ]; then
  [ -f "$TABLETDEB" ] || fail "no $TABLETDEB"
  dpkg-deb -I "$TABLETDEB" > "$OUT/tablet.info"
  dpkg-deb -c "$TABLETDEB" > "$OUT/tablet.files"
  echo "== quorum-tablet"; cat "$OUT/tablet.info"; cat "$OUT/tablet.files"
  has "$OUT/tablet.info" "^ Package: quorum-tablet$" "package name"
  has "$OUT/tablet.info" "^ Depends: .*libqt6quick6" "shlibdeps: Qt Quick"
  has "$OUT/tablet.info" "^ Depends: .*qml6-module-qtquick-controls" "QML modules"
  has "$OUT/tablet.files" " \./usr/bin/quorum-tablet$" "binary in /usr/bin"
  has "$OUT/tablet.files" " \./usr/share/applications/quorum-tablet\.desktop$" "desktop entry"
  has "$OUT/tablet.files" " \./usr/share/icons/hicolor/scalable/apps/quorum-tablet\.svg$" "icon"
  TROOT="$OUT/tablet-root"
  dpkg-deb -x "$TABLETDEB" "$TROOT"
  DESKTOP="$TROOT/usr/share/applications/quorum-tablet.desktop"
  has "$DESKTOP" "^MimeType=.*x-scheme-handler/quorum;" "quorum:// handler"
  has "$DESKTOP" "^MimeType=.*x-scheme-handler/quorums;" "quorums:// handler"
  has "$DESKTOP" "^Exec=quorum-tablet %u$" "the link on the command line"
  echo "== desktop-file-validate"
  desktop-file-validate "$DESKTOP" || fail "desktop-file-validate"
fi

echo "== lintian"
DEBS=("$SERVER")
[ "$TABLET" = with-tablet ] && DEBS+=("$TABLETDEB")
# Every tag, errors fail the test (the kept warnings are listed in packaging/README.md).
lintian --display-info --fail-on error "${DEBS[@]}" 2>&1 | tee "$OUT/lintian.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "lintian reports errors"
echo "packages OK: $(cd "$OUT" && ls ./*.deb | tr '\n' ' ')"
