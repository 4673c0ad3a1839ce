#!/usr/bin/env bash
# Ringlock developer/CI setup.  Idempotent; when everything is present it only checks (< 5 s).
#
#   scripts/setup.sh [serve|test]     (default: serve)
#
#   serve: Rust toolchain from rust-toolchain.toml (incl. rustfmt, clippy, wasm32 target),
#          trunk 0.22.1, wasm-bindgen-cli (= the wasm-bindgen version in Cargo.lock),
#          node >= 20 + npm, node_modules from package-lock.json (binaryen/wasm-opt 132,
#          playwright-core).
#   test:  all of the above + Debian's chromium, chromium-driver and fonts-noto-cjk (apt-get, root only).
#
# Nothing here downloads from GitHub: tools come from rustup, crates.io, npm and apt.
set -euo pipefail

MODE="${1:-serve}"
case "$MODE" in
  serve | test) ;;
  *) echo "usage: $0 [serve|test]" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.22.1"
NODE_MIN_MAJOR=20

export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say()  { printf 'setup: %s\n' "$*"; }
die()  { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }
is_debian_like() {
  [ -r /etc/os-release ] || return 1
  # shellcheck disable=SC1091
  . /etc/os-release
  case " ${ID:-} ${ID_LIKE:-} " in *" debian "* | *" ubuntu "*) return 0 ;; esac
  return 1
}
can_apt() { is_root && is_debian_like && command -v apt-get >/dev/null 2>&1; }

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# ---------------------------------------------------------------- Rust toolchain
command -v rustup >/dev/null 2>&1 \
  || die "rustup not found. Install it from https://rustup.rs (then re-run); the toolchain itself is pinned in rust-toolchain.toml."

CHANNEL="$(sed -n 's/^[[:space:]]*channel[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' rust-toolchain.toml | head -n1)"
[ -n "$CHANNEL" ] || die "could not read channel from rust-toolchain.toml"

toolchain_ok() {
  rustup run "$CHANNEL" rustc --version >/dev/null 2>&1 || return 1
  local comps targets
  comps="$(rustup "+$CHANNEL" component list --installed 2>/dev/null)" || return 1
  targets="$(rustup "+$CHANNEL" target list --installed 2>/dev/null)" || return 1
  grep -q '^rustfmt' <<<"$comps" && grep -q '^clippy' <<<"$comps" \
    && grep -qx 'wasm32-unknown-unknown' <<<"$targets"
}
if ! toolchain_ok; then
  say "installing Rust toolchain $CHANNEL from rust-toolchain.toml (rustfmt, clippy, wasm32 target)"
  # No argument: rustup installs the toolchain named by rust-toolchain.toml in this directory,
  # with that file's profile, components and targets.
  rustup toolchain install --no-self-update
  if ! toolchain_ok; then
    rustup component add --toolchain "$CHANNEL" rustfmt clippy
    rustup target add --toolchain "$CHANNEL" wasm32-unknown-unknown
  fi
  toolchain_ok || die "Rust toolchain $CHANNEL is still incomplete after 'rustup toolchain install'"
fi
RUSTC_VERSION="$(rustup run "$CHANNEL" rustc --version)"

# ---------------------------------------------------------------- wasm-bindgen version
# The version trunk and wasm-bindgen-test-runner must use is the one in Cargo.lock.
lock_version() { # $1 = crate name
  awk -v want="$1" '
    /^\[\[package\]\]/ { name = "" }
    /^name = / { gsub(/"/, "", $3); name = $3 }
    /^version = / && name == want { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock
}
if [ ! -f Cargo.lock ]; then
  say "Cargo.lock missing: cargo generate-lockfile"
  cargo "+$CHANNEL" generate-lockfile || true
fi
# The exact pin in Cargo.toml (wasm-bindgen = "=X"), if any.
WB_PIN="$(sed -n 's/^wasm-bindgen[[:space:]]*=[[:space:]]*"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)"
WB_VERSION=""
if [ -f Cargo.lock ]; then
  WB_VERSION="$(lock_version wasm-bindgen)"
  if [ -n "$WB_PIN" ] && [ "$WB_VERSION" != "$WB_PIN" ]; then
    say "Cargo.lock (wasm-bindgen ${WB_VERSION:-none}) is behind Cargo.toml (=$WB_PIN): refreshing it"
    cargo "+$CHANNEL" metadata --format-version 1 >/dev/null || true
    WB_VERSION="$(lock_version wasm-bindgen)"
  fi
fi
if [ -z "$WB_VERSION" ]; then
  # Fallback while the workspace does not resolve yet: the exact pin in Cargo.toml.
  WB_VERSION="$WB_PIN"
  [ -n "$WB_VERSION" ] || die "cannot determine the wasm-bindgen version (no Cargo.lock entry and no 'wasm-bindgen = \"=X\"' in Cargo.toml)"
  say "warning: no Cargo.lock entry for wasm-bindgen (workspace does not resolve yet?); using the pin in Cargo.toml ($WB_VERSION)"
fi
TRUNK_WB="$(sed -n 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml | head -n1)"
[ "$TRUNK_WB" = "$WB_VERSION" ] || die "version mismatch: Cargo.lock has wasm-bindgen $WB_VERSION but Trunk.toml [tools] wasm_bindgen = \"$TRUNK_WB\".
  Keep them equal (Cargo.toml: wasm-bindgen = \"=$WB_VERSION\"; Trunk.toml: wasm_bindgen = \"$WB_VERSION\"),
  otherwise trunk tries to download wasm-bindgen from GitHub, which is unreachable here."

# ---------------------------------------------------------------- trunk
installed_version() { # $1 = binary; prints its second word of `--version` (e.g. "trunk 0.22.1")
  command -v "$1" >/dev/null 2>&1 || return 0
  "$1" --version 2>/dev/null | head -n1 | awk '{print $2}'
}
if [ "$(installed_version trunk)" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION with $RUSTC_VERSION (takes ~11 min on 2 cores)"
  cargo "+$CHANNEL" install --locked trunk --version "$TRUNK_VERSION"
  [ "$(installed_version trunk)" = "$TRUNK_VERSION" ] || die "trunk on PATH is not $TRUNK_VERSION after install: $(command -v trunk)"
fi

# ---------------------------------------------------------------- wasm-bindgen-cli
if [ "$(installed_version wasm-bindgen)" != "$WB_VERSION" ] \
  || [ "$(installed_version wasm-bindgen-test-runner)" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (takes ~3 min)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo "+$CHANNEL" install --force wasm-bindgen-cli --version "$WB_VERSION"
  [ "$(installed_version wasm-bindgen)" = "$WB_VERSION" ] || die "wasm-bindgen on PATH is not $WB_VERSION after install: $(command -v wasm-bindgen)"
fi

# ---------------------------------------------------------------- node + npm
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if can_apt; then
    apt_install nodejs npm
  else
    die "node (>= $NODE_MIN_MAJOR) and npm are required. Install Node.js $NODE_MIN_MAJOR+ with npm (e.g. from your distribution or nodejs.org), then re-run."
  fi
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge "$NODE_MIN_MAJOR" ] \
  || die "node $(node --version) is too old: playwright-core needs node >= $NODE_MIN_MAJOR. Install a newer Node.js and re-run."

# node_modules: (re)install when missing or when package-lock.json / package.json changed.
STAMP="node_modules/.ringlock-setup.stamp"
npm_fingerprint() { cat package.json package-lock.json 2>/dev/null | cksum; }
wasm_opt_ok() {
  [ -x node_modules/.bin/wasm-opt ] || return 1
  local v
  v="$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')"
  [ "$v" = "132" ]
}
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$(npm_fingerprint)" ] \
  || ! wasm_opt_ok || [ ! -f node_modules/playwright-core/package.json ]; then
  if [ -f package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund
  else
    say "npm install (no package-lock.json yet)"
    npm install --no-audit --no-fund
  fi
  wasm_opt_ok || die "node_modules/.bin/wasm-opt is not version 132 (binaryen@132.0.0 expected in package.json)"
  npm_fingerprint >"$STAMP"
fi
# Trunk.toml must ask for the wasm-opt we have, or trunk would try to download one.
TRUNK_WO="$(sed -n 's/^[[:space:]]*wasm_opt[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml | head -n1)"
[ "$TRUNK_WO" = "version_132" ] || die "Trunk.toml [tools] wasm_opt = \"$TRUNK_WO\" but node_modules has wasm-opt version_132"

# ---------------------------------------------------------------- browser (test only)
if [ "$MODE" = test ]; then
  CHROMIUM_BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
  CHROMEDRIVER_BIN="${CHROMEDRIVER:-/usr/bin/chromedriver}"
  if [ ! -x "$CHROMIUM_BIN" ] || [ ! -x "$CHROMEDRIVER_BIN" ]; then
    if can_apt; then
      apt_install chromium chromium-driver
    else
      die "tests need Chromium and a matching ChromeDriver at $CHROMIUM_BIN and $CHROMEDRIVER_BIN.
  On Debian/Ubuntu run as root:  apt-get update && apt-get install -y chromium chromium-driver
  Elsewhere install both (same major version) and set CHROMIUM_PATH=/path/to/chromium CHROMEDRIVER=/path/to/chromedriver."
    fi
    if [ ! -x "$CHROMIUM_BIN" ] || [ ! -x "$CHROMEDRIVER_BIN" ]; then
      die "chromium/chromedriver still missing at $CHROMIUM_BIN / $CHROMEDRIVER_BIN after apt-get install"
    fi
  fi
  # 中文 in the screenshots: without a CJK font Chromium draws the Chinese pages as boxes.
  fonts_ok() { dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; }
  if ! fonts_ok; then
    if can_apt; then
      apt_install fonts-noto-cjk
      fonts_ok || die "fonts-noto-cjk still missing after apt-get install"
    else
      say "warning: Debian's fonts-noto-cjk is not installed (needs root on Debian/Ubuntu); Chinese screenshots will show boxes"
    fi
  fi
fi

say "ok ($MODE): $RUSTC_VERSION; trunk $(installed_version trunk); wasm-bindgen $WB_VERSION; wasm-opt version_132; node $(node --version)$([ "$MODE" = test ] && printf '; %s' "$("${CHROMIUM_BIN}" --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo chromium)")"
