# Shared by the scripts in scripts/: paths, tool locations, step reporting.
# shellcheck shell=bash

set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# Tools installed by scripts/setup: cargo's bin directory and npm's local bin
# (wasm-opt from the pinned npm binaryen package).
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$ROOT/node_modules/.bin:$CARGO_HOME/bin:$PATH"
# One target/ for native and wasm builds, tests and tools.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

CURRENT_STEP=""

# step NAME: announce a step; a failure from here on names it.
step() {
  CURRENT_STEP="$1"
  printf '\n==> %s\n' "$1"
}

on_error() {
  local status=$?
  if [ -n "$CURRENT_STEP" ]; then
    printf '\n✗ %s: step "%s" failed (exit %s). The output above says why.\n' \
      "$(basename "$0")" "$CURRENT_STEP" "$status" >&2
  fi
  exit "$status"
}
trap on_error ERR

fail() {
  printf '\n✗ %s: %s\n' "$(basename "$0")" "$*" >&2
  exit 1
}

# The wasm-bindgen crate version that Cargo.lock resolved.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# The value of `key = "value"` in Trunk.toml.
trunk_setting() {
  sed -n "s/^$1 = \"\(.*\)\"/\1/p" "$ROOT/Trunk.toml" | head -n 1
}

# as_root CMD...: run as root, through sudo when not root already.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "needs root to run: $* (install sudo or run as root)"
  fi
}

# Writes FILE.br and FILE.gz (gzip -9) beside every text file under DIR, on
# every core, hundreds of files per run of brotli or gzip (one run per file
# cost more than the compressing). Brotli's quality: 11 for the app (wasm,
# JS, CSS: few files, loaded on every visit); 9 for pages and data. Quality
# 11 compresses about 1 MB a second here, and a site of 10,000 articles has
# about 135 MB of HTML and 90 MB of JSON: 9 is ten times as fast, for files
# 6 to 10 % larger (an article's first paint still fits 14 KB: scripts/size
# reads these .br files). `precompress DIR pages` leaves trunk's app files
# (already compressed beside them) alone: only what the prerender writes.
precompress() {
  local dir="$1" only="${2:-}" cores app
  cores="$(nproc)"
  compress_files() {
    find "$dir" -type f \( "${@:2}" \) -print0 | xargs -0 -r -P "$cores" -n 400 $1 --
  }
  app=(-name '*.wasm' -o -name '*.js' -o -name '*.css')
  [ "$only" = pages ] && app=(-name 'sw.js')
  local pages=(-name '*.html' -o -name '*.json' -o -name '*.csv' -o -name '*.svg' -o -name '*.xml'
    -o -name '*.txt')
  compress_files "brotli -f -q 11" "${app[@]}"
  compress_files "brotli -f -q 9" "${pages[@]}"
  compress_files "gzip -f -9 -n -k" "${app[@]}" -o "${pages[@]}"
}

# build_app DIST: the browser app, trunk's release build, into DIST (with
# the data under public/data copied in by trunk; build_pages replaces it).
# BASE_PATH (default /) is where the site will be served.
build_app() {
  trunk build --release --public-url "${BASE_PATH:-/}" --dist "$1"
}

# build_tools: the content tools and the prerenderer (release), which
# build_pages runs from TINSO_BIN (default: cargo's release directory).
build_tools() {
  cargo build --quiet --release -p tinso-content -p tinso-prerender
}

# build_pages DATA DIST: checks DATA, puts it in DIST/data, and prerenders
# every page into DIST, over the app build_app wrote there.
build_pages() {
  local data="$1" dist="$2" bin="${TINSO_BIN:-$CARGO_TARGET_DIR/release}"
  "$bin/tinso-content" check "$data" || return 1
  if [ "$(realpath "$data")" != "$(realpath -m "$dist/data")" ]; then
    rm -rf "$dist/data" && cp -r "$data" "$dist/data" || return 1
  fi
  "$bin/tinso-prerender" "$data" "$dist"
}

# build_synthetic COUNT DIR: a clearly synthetic corpus of COUNT made-up
# articles (tinso-bench synth) in DIR/data, checked and built like the site
# into DIR/site: for benchmarks and tests only, never into dist/.
build_synthetic() {
  # At the root, like dist/: the same base path reuses the compiled app.
  local -x TINSO_BASE_PATH=""
  local count="$1" dir="$2"
  cargo build --quiet --release -p tinso-bench -p tinso-content -p tinso-prerender
  "$CARGO_TARGET_DIR/release/tinso-bench" synth "$count" "$dir/data" >/dev/null
  "$CARGO_TARGET_DIR/release/tinso-content" check "$dir/data" >/dev/null
  trunk build --release --dist "$dir/site" >/dev/null
  # What trunk's copy-dir does with public/data for the real site.
  rm -rf "$dir/site/data" && cp -r "$dir/data" "$dir/site/data"
  "$CARGO_TARGET_DIR/release/tinso-prerender" "$dir/data" "$dir/site" >/dev/null
  precompress "$dir/site"
}
