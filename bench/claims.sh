#!/usr/bin/env bash
# claims.sh - speed of the claim finder (bench/bench_claims.cpp) natively, as WebAssembly
# under Node, and as WebAssembly in headless Chromium: the same program, built for the web
# with its texts embedded, run in a page; build-wasm.sh bench runs it. Prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
[ -d build/claims-brown ] || node tests/claims/build-brown.mjs >&2

echo "-- native"
build/native/bench_claims
echo "-- WebAssembly under Node"
node --no-experimental-fetch build/wasm/bench_claims.js

echo "-- WebAssembly in headless Chromium"
OUT=build/claims-bench-web
mkdir -p "$OUT"
if [ ! -f "$OUT/bench.js" ] || [ build/wasm/libannotator_core.a -nt "$OUT/bench.js" ] ||
   [ bench/bench_claims.cpp -nt "$OUT/bench.js" ]; then
  em++ -O3 -std=c++17 -fwasm-exceptions -Isrc -DANNOTATOR_SOURCE_DIR='""' bench/bench_claims.cpp \
    build/wasm/libannotator_core.a -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 \
    --embed-file assets/putin-xi-belt-and-road.txt@/assets/putin-xi-belt-and-road.txt \
    --embed-file build/claims-brown@/build/claims-brown -o "$OUT/bench.js"
fi
printf '<!doctype html><meta charset="utf-8"><title>claims benchmark</title><script src="bench.js"></script>\n' \
  > "$OUT/index.html"
node bench/claims-browser.mjs "$OUT"
