#!/usr/bin/env bash
# classroom.sh - classroom benchmarks (docs/benchmarks/classroom.md):
#  1. the class view's core work, 40 students x 40 marks on a 5,000-word article (load,
#     anchor, score, class figures; then the exports), natively and as WebAssembly in Node;
#  2. `annotator score` on 1,000 hand-in files, as whole processes, native and WebAssembly
#     (target: under 5 s for the WebAssembly CLI);
#  3. the class view in headless Chromium, 40 x 40: open, score, draw the table and the heat
#     map (bench/classroom-browser.mjs; target: under 0.5 s).
#
#   bash bench/classroom.sh          (after ./build-wasm.sh build)
#
# Environment: STUDENTS (default 1000) for part 2, RUNS (default 3) timed runs; the median
# and best wall and CPU times are printed (on a shared machine the wall time includes
# waiting for a core). Files go to build/bench/classroom/ (not in git).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STUDENTS=${STUDENTS:-1000}
RUNS=${RUNS:-3}
OUT=$ROOT/build/bench/classroom
NATIVE=$ROOT/build/native
WASM=$ROOT/build/wasm
for f in "$NATIVE/bench_classroom" "$NATIVE/annotator" "$WASM/annotator.js" "$WASM/bench_classroom.js"; do
  [ -e "$f" ] || { echo "classroom.sh: $f not found; build first (./build-wasm.sh build)" >&2; exit 3; }
done
# The article is Brown Corpus press text when tests/claims/build-brown.mjs has made it.
[ -f build/claims-brown/ca02.txt ] || node tests/claims/build-brown.mjs >/dev/null 2>&1 || true

echo "== 40 students x 40 marks, in one process (best of 7 runs)"
echo "-- native"
"$NATIVE/bench_classroom"
echo "-- WebAssembly in Node"
node --no-experimental-fetch "$WASM/bench_classroom.js"

echo "== annotator score on $STUDENTS hand-ins (40 marks each), whole processes"
rm -rf "$OUT" && mkdir -p "$OUT/files"
"$NATIVE/bench_classroom" --write "$OUT/files" --students "$STUDENTS" 2>/dev/null
echo "files: $(du -sh "$OUT/files" | cut -f1) in $(ls "$OUT/files" | wc -l) files"
# Wall and CPU (user + system) seconds of a command, its output to files.
timed() {
  local TIMEFORMAT='%R %U %S' wall user sys
  { time "$@" >"$OUT/out" 2>"$OUT/err"; } 2>"$OUT/time" || { echo "failed: $* ($(head -3 "$OUT/err"))" >&2; exit 1; }
  read -r wall user sys <"$OUT/time"
  echo "$wall $(echo "$user + $sys" | bc -l)"
}
# run LABEL COMMAND...: RUNS timings; the median and best wall and CPU times. On a shared
# machine the wall time includes waiting for a core; the CPU time is the work done.
run() {
  local label=$1
  shift
  for _ in $(seq "$RUNS"); do timed "$@"; done >"$OUT/times"
  local wall cpu n
  wall=$(cut -d' ' -f1 "$OUT/times" | sort -n | tr '\n' ' ')
  cpu=$(cut -d' ' -f2 "$OUT/times" | sort -n | tr '\n' ' ')
  n=$(wc -l <"$OUT/times")
  # shellcheck disable=SC2086
  set -- $wall
  local w_best=$1 w_med
  w_med=$(echo $wall | cut -d' ' -f$(((n + 1) / 2)))
  # shellcheck disable=SC2086
  set -- $cpu
  local c_best=$1 c_med
  c_med=$(echo $cpu | cut -d' ' -f$(((n + 1) / 2)))
  printf "%-28s wall median %.2f s (best %.2f)   CPU median %.2f s (best %.2f)   %d runs\n" \
    "$label" "$w_med" "$w_best" "$c_med" "$c_best" "$n"
}
cd "$OUT/files"
STUDENT_FILES=$(ls student-*.json | sort -V)
# shellcheck disable=SC2086
run "native, JSON" "$NATIVE/annotator" score key.json $STUDENT_FILES
# shellcheck disable=SC2086
run "native, --csv" "$NATIVE/annotator" score key.json $STUDENT_FILES --csv
# shellcheck disable=SC2086
run "WebAssembly (Node), JSON" node --no-experimental-fetch "$WASM/annotator.js" score key.json $STUDENT_FILES
# shellcheck disable=SC2086
run "WebAssembly (Node), --csv" node --no-experimental-fetch "$WASM/annotator.js" score key.json $STUDENT_FILES --csv
echo "students scored: $(node -e "console.log(JSON.parse(require('fs').readFileSync(0,'utf8')).students.length)" < <("$NATIVE/annotator" score key.json $STUDENT_FILES))"

echo "== the class view in the browser: 40 students x 40 marks (target: under 0.5 s)"
rm -rf "$OUT/class40" && mkdir -p "$OUT/class40"
"$NATIVE/bench_classroom" --write "$OUT/class40" --students 40 2>/dev/null
if [ -f "$ROOT/build/web/app.wasm" ] && [ -x /usr/bin/chromium ]; then
  (cd "$ROOT" && node bench/classroom-browser.mjs "$OUT/class40")
else
  echo "skipped: no built page (build/web) or no browser"
fi
