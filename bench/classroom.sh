#!/usr/bin/env bash
# classroom.sh - classroom benchmarks (docs/benchmarks/classroom.md):
#  1. the class view's core work, 40 students x 40 marks on a 5,000-word article (load,
#     anchor, score, class figures; then the exports), natively and as WebAssembly in Node;
#  2. `annotator score` on 1,000 hand-in files, as whole processes, native and WebAssembly
#     (target: under 5 s for the WebAssembly CLI).
#
#   bash bench/classroom.sh          (after ./build-wasm.sh build)
#
# Environment: STUDENTS (default 1000) for part 2, RUNS (default 3) timed runs, the median
# and best are printed. Files go to build/bench/classroom/ (not in git).
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
# Wall time of a command, in seconds (date +%s.%N around it; output to a file).
timed() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$OUT/out" 2>"$OUT/err" || { echo "failed: $* ($(head -3 "$OUT/err"))" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
run() {  # run LABEL COMMAND...: RUNS timings, prints median and best
  local label=$1
  shift
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(timed "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{t[NR]=$1} END {printf "%-34s median %.2f s, best %.2f s (%d runs)\n", l, t[int((NR+1)/2)], t[1], NR}'
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
