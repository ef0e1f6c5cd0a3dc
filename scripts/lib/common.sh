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

# precompress DIR LIST: writes FILE.br and FILE.gz (gzip -9) beside each
# text file LIST names (paths relative to DIR, one a line: the files the
# prerenderer wrote because they changed), on every core, hundreds of files
# per run of brotli or gzip (one run per file cost more than the
# compressing). Brotli's quality: 11 for the app (wasm, JS, CSS: few files,
# loaded on every visit); 9 for pages and data. Quality 11 compresses about
# 1 MB a second here, and a site of 10,000 articles has about 135 MB of HTML
# and 90 MB of JSON: 9 is ten times as fast, for files 6 to 10 % larger (an
# article's first paint still fits 14 KB: scripts/size reads these .br files).
precompress() {
  local dir="$1" list="$2" cores
  cores="$(nproc)"
  compress_listed() {
    { grep -E "$1" "$list" || true; } | tr '\n' '\0' |
      (cd "$dir" && xargs -0 -r -P "$cores" -n 400 $2 --)
  }
  local app='\.(wasm|js|css)$' pages='\.(html|json|csv|svg|xml|txt)$'
  compress_listed "$app" "brotli -f -q 11"
  compress_listed "$pages" "brotli -f -q 9"
  compress_listed "$app|$pages" "gzip -f -9 -n -k"
}

# precompress_all DIR: precompress every text file under DIR.
precompress_all() {
  precompress "$1" <(find "$1" -type f ! -name '*.br' ! -name '*.gz' -printf '%P\n')
}

# site_settings DATA: the app compiles DATA/site.json in (build.rs); when it
# differs from the repository's, TINSO_SITE_JSON names it for cargo and
# trunk (left unset otherwise, so that nothing compiles again).
site_settings() {
  if cmp -s "$1/site.json" "$ROOT/public/data/site.json"; then
    unset TINSO_SITE_JSON
  else
    export TINSO_SITE_JSON
    TINSO_SITE_JSON="$(realpath "$1/site.json")"
  fi
}

# The app's build, keyed by what it is built from: its sources, the base
# path and the site's settings. A build of new content with the same app
# reuses it (trunk alone takes 7 s with nothing to compile).
app_key() {
  {
    printf '%s\n' "${BASE_PATH:-/}"
    sha256sum < "${TINSO_SITE_JSON:-$ROOT/public/data/site.json}"
    (cd "$ROOT" && find src crates/model/src crates/model/Cargo.toml crates/browser crates/search-worker \
      index.html style js public/favicon.svg Cargo.toml Cargo.lock Trunk.toml build.rs \
      rust-toolchain.toml -type f -print0 | sort -z | xargs -0 sha256sum)
  } | sha256sum | cut -c1-16
}

# build_app: the browser app, trunk's release build, into its own directory
# under target/app/, which APP then names; reused while its key holds. The
# newest four builds are kept. Run site_settings first.
build_app() {
  local key dir
  key="$(app_key)"
  dir="$CARGO_TARGET_DIR/app/$key"
  if [ ! -f "$dir/index.html" ]; then
    rm -rf "$dir.partial"
    trunk build --release --public-url "${BASE_PATH:-/}" --dist "$dir.partial"
    mv -T "$dir.partial" "$dir"
  fi
  touch "$dir"
  find "$CARGO_TARGET_DIR/app" -mindepth 1 -maxdepth 1 -type d -printf '%T@ %p\n' | sort -rn |
    tail -n +5 | cut -d' ' -f2- | xargs -r rm -rf
  APP="$dir"
}

# build_tools: the content tools and the prerenderer (release), which
# build_pages runs from TINSO_BIN (default: cargo's release directory). Run
# site_settings first.
build_tools() {
  cargo build --quiet --release -p tinso-content -p tinso-prerender
}

# build_pages DATA APP DIST: checks DATA and builds every page, with the app
# built into APP, into DIST, over what an earlier build left there: only the
# files whose bytes change are written (and compressed again), and the files
# no longer built are removed. What a build leaves for the next over the
# same DIST (the search index's state) is kept under the target directory,
# one file per DIST, never in what a CDN serves.
build_pages() {
  local data="$1" app="$2" dist="$3" bin="${TINSO_BIN:-$CARGO_TARGET_DIR/release}" changed status=0 state
  changed="$(mktemp)"
  state="$CARGO_TARGET_DIR/build-state/$(realpath -m "$dist" | sha256sum | cut -c1-16).json"
  TINSO_BUILD_STATE="$state" "$bin/tinso-prerender" "$data" "$app" "$dist" "$changed" || status=$?
  [ "$status" -eq 0 ] && precompress "$dist" "$changed" || status=$?
  rm -f "$changed"
  return "$status"
}

# build_synthetic COUNT DIR: a clearly synthetic corpus of COUNT made-up
# articles (tinso-bench synth) in DIR/data, built by scripts/build like the
# site into DIR/site: for benchmarks and tests only, never into dist/.
build_synthetic() {
  local count="$1" dir="$2"
  cargo build --quiet --release -p tinso-bench
  "$CARGO_TARGET_DIR/release/tinso-bench" synth "$count" "$dir/data" >/dev/null
  # At the root, like dist/: the same base path reuses the compiled app.
  DATA="$dir/data" DIST="$dir/site" BASE_PATH=/ "$ROOT/scripts/build" >/dev/null
}
