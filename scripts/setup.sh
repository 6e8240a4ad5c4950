#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian 12 machine needs, with no network
# beyond the npm registry and Debian's package mirrors (no GitHub: schools in
# China often cannot reach it, and neither can this project's CI).
#
#   1. Debian packages: Chromium for the browser tests, and the toolchain and
#      libraries the mediasoup worker builds against.
#   2. npm ci, with every "download a binary from GitHub" step turned off.
#   3. The mediasoup worker: cached copy, else mediasoup's prebuilt binary,
#      else built from the npm package's sources (scripts/mediasoup-worker.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

DEBIAN_PACKAGES=(
  # browser tests (Playwright drives Debian's Chromium); a small CJK font so
  # screenshots taken by the tests show Chinese text instead of empty boxes
  chromium fonts-wqy-microhei
  # the parent's page in Gecko (Firefox ESR over WebDriver BiDi) and WebKit
  # (WebKitGTK's WebDriver, on a virtual display); a null sound device for
  # Firefox's AudioContext
  firefox-esr webkit2gtk-driver xvfb pulseaudio
  # mediasoup worker build
  g++ make python3 meson ninja-build pkg-config
  libuv1-dev libssl-dev libsrtp2-dev libusrsctp-dev libabsl-dev nlohmann-json3-dev
  # network-impairment tests (namespaces, rate limits, packet loss)
  iproute2 nftables
  # several server nodes (npm run cluster, npm run test:cluster): the shared
  # database and the nodes' shared broadcasts; run in temporary folders, the
  # packages' own system services are not needed
  postgresql redis-server
)

say() { printf '\n[setup] %s\n' "$*"; }

install_debian_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "Not a Debian system: please install the equivalents of: ${DEBIAN_PACKAGES[*]}"
    return 0
  fi
  local missing=()
  for package in "${DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages: all present"
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      say "These Debian packages are missing: ${missing[*]}"
      echo "Install them as root, then run 'npm run setup' again:"
      echo "  apt-get update && apt-get install -y ${missing[*]}"
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "apt-get is not available. Install these packages, then run 'npm run setup' again: ${missing[*]}"
    exit 1
  fi
  say "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

check_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    say "Node.js 20 or newer is needed (found $(node --version))."
    exit 1
  fi
}

install_debian_packages
check_node

# A repeated setup in the same checkout skips npm ci when the lock file has not
# changed since the last successful install.
lock_stamp=node_modules/.hhc-lock.sha256
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$lock_stamp" ] && [ "$(cat "$lock_stamp")" = "$lock_hash" ] && [ "${HHC_FORCE_NPM_CI:-0}" != 1 ]; then
  say "npm ci: node_modules already matches package-lock.json (HHC_FORCE_NPM_CI=1 to reinstall)"
else
  say "npm ci"
  # MEDIASOUP_WORKER_BIN: skip mediasoup's own postinstall (GitHub download or a
  #   build that fetches meson and sources); step 3 provides the worker instead.
  # ELECTRON_SKIP_BINARY_DOWNLOAD: Electron's binary comes from GitHub; install it
  #   separately where the kiosk runs (README, "The kiosk app").
  # npm_config_build_from_source: better-sqlite3 compiles locally instead of
  #   trying GitHub for a prebuilt binary.
  MEDIASOUP_WORKER_BIN=provided-by-scripts/mediasoup-worker.mjs \
    ELECTRON_SKIP_BINARY_DOWNLOAD=1 \
    npm_config_build_from_source=true \
    npm ci --no-audit --no-fund
  echo "$lock_hash" > "$lock_stamp"
fi

say "mediasoup worker"
node scripts/mediasoup-worker.mjs

say "Done in $(($(date +%s) - started)) s. Next: 'npm test' or 'npm start'."
