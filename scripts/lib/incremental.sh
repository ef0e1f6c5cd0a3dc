# shellcheck shell=bash
# incremental_check COUNT DIR: builds a synthetic corpus of COUNT articles
# into DIR, then changes it as editors do (publish one, correct one, move
# one to another category, delete one) and after each change builds over
# the previous output and, apart, from nothing: the two trees must be the
# same, file by file. Two clean builds must be identical too. Prints, for
# each, the time and the files written. Needs common.sh.
incremental_check() {
  local count="$1" dir="$2" data="$2/data" site="$2/site" log="$2/build.log"
  local middle
  cargo build --quiet --release -p tinso-bench
  rm -rf "$dir" && mkdir -p "$dir"
  "$CARGO_TARGET_DIR/release/tinso-bench" synth "$count" "$data" >/dev/null
  middle="$(printf 'bai-thu-nghiem-%05d' $((count / 2)))"

  # build_into DEST LABEL: scripts/build of DATA into DEST, timed, with the
  # peak memory of its largest process.
  build_into() {
    local started finished
    started=$(date +%s.%N)
    DATA="$data" DIST="$1" BASE_PATH=/ /usr/bin/time -f '%M' -o "$dir/peak" \
      "$ROOT/scripts/build" > "$log" 2>&1 || { cat "$log"; return 1; }
    finished=$(date +%s.%N)
    awk -v s="$started" -v f="$finished" -v label="$2" -v kb="$(tail -n 1 "$dir/peak")" \
      'BEGIN { printf "%-38s %6.1f s %5d MB  ", label, f - s, kb / 1024 }'
    grep -o 'tinso-prerender: .*' "$log" | sed 's/^tinso-prerender: [0-9]* file(s) in [^:]*: //'
  }
  # same_tree A B: every file, byte for byte, and no file more on either side.
  same_tree() {
    diff -rq "$1" "$2" > "$dir/diff.txt" || {
      head -20 "$dir/diff.txt"
      fail "$3: the incremental build differs from a clean one ($(wc -l < "$dir/diff.txt") files)"
    }
  }

  build_into "$site" "clean build, $count articles"
  printf '%-38s %s files, %s\n' "output" "$(find "$site" -type f | wc -l)" "$(du -sh "$site" | cut -f1)"
  build_into "$dir/again" "a second clean build"
  diff -rq "$site" "$dir/again" > "$dir/diff.txt" || {
    head -20 "$dir/diff.txt"
    fail "two clean builds of the same data differ"
  }
  rm -rf "$dir/again"
  build_into "$site" "the same data again"
  for change in publish "correct $middle" "move $middle" "delete $middle"; do
    # shellcheck disable=SC2086 # the change's words are its arguments
    node "$ROOT/scripts/lib/edit-corpus.mjs" "$data" $change
    build_into "$site" "${change%% *} one article: incremental"
    [ "${CLEAN_AFTER_CHANGES:-1}" = 0 ] && continue
    build_into "$dir/clean" "${change%% *} one article: clean"
    same_tree "$site" "$dir/clean" "$change"
    rm -rf "$dir/clean"
  done
}
