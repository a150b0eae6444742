#!/usr/bin/env bash
# ui.sh - the browser app's benchmark (first frame, frame time with a 5 MB article and
# 10,000 annotations, download size); build-wasm.sh bench runs it. Prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f "${ANNOTATOR_WEB_DIR:-build/web}/app.wasm" ]; then
  echo "ui.sh: no app in ${ANNOTATOR_WEB_DIR:-build/web}; build it first (./build-wasm.sh build)" >&2
  exit 0
fi
exec node bench/ui-bench.mjs
