#!/usr/bin/env bash
# Installs what Quorum needs from Debian 12's packages, if anything is missing.
# Safe to run again: it only calls apt-get when a package is absent.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache clang-format
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-websockets-dev qt6-pdf-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins
  libpoppler-qt6-dev libprotobuf-dev protobuf-compiler libqrencode-dev libssl-dev libarchive-dev
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-pdf
  qml6-module-qtquick-shapes qml6-module-qtquick-dialogs qml6-module-qttest
  qml6-module-qtwebsockets qml6-module-qtcore qml6-module-qt-labs-settings
  qml6-module-qt-labs-folderlistmodel
  qt6-multimedia-dev qml6-module-qtmultimedia libzxing-dev
  poppler-utils xvfb xauth fonts-noto-core zbar-tools openssl
  libsqlite3-dev
  libxlsxwriter-dev python3-openpyxl
  dpkg-dev file lintian systemd desktop-file-utils
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
