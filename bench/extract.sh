#!/usr/bin/env bash
# extract.sh - article extraction benchmark: speed natively, as WebAssembly under Node and
# in headless Chromium (bench_extract on generated 2 MB and 10 MB pages), and, when the
# extract-dev set is there, quality and speed on its 130 saved pages.
#
#   bash bench/extract.sh [--quick]
#
# Environment: ANNOTATOR_EXTRACT_DEV, the extract-dev folder (score.py and pages/; in this
# project's checkout, ../shared/extract-dev). Without it only the generated pages are timed.
# Quality is scored with extract-dev's score.py (word 4-gram shingles against Readability's
# output) on two groups fixed before any tuning: every third page in name order (byte
# order; the 3rd, 6th, ...) was kept unseen, the other 87 were used for tuning. Each group
# is scored twice: the text as the annotator shows it (headline first) and the body alone
# (comparable with the expected texts, which leave the headline out). Native and
# WebAssembly outputs are compared on every page.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=${1:-}
NATIVE=$ROOT/build/native/annotator
for f in build/native/bench_extract build/wasm/bench_extract.js "$NATIVE" build/wasm/annotator.js; do
  if [ ! -e "$f" ]; then
    echo "extract.sh: $f not found; build first (./build-wasm.sh build)" >&2
    exit 3
  fi
done
DEV=${ANNOTATOR_EXTRACT_DEV:-}
if [ -n "$DEV" ] && [ ! -f "$DEV/score.py" ]; then
  echo "extract.sh: ANNOTATOR_EXTRACT_DEV=$DEV has no score.py; ignoring it" >&2
  DEV=
fi
export ANNOTATOR_EXTRACT_DEV=$DEV
[ -n "$DEV" ] || unset ANNOTATOR_EXTRACT_DEV

echo "== speed, native ($(uname -m), load $(cut -d' ' -f1 /proc/loadavg))"
build/native/bench_extract $QUICK
echo "== speed, WebAssembly under Node $(node --version)"
node --no-experimental-fetch build/wasm/bench_extract.js $QUICK
if [ -f build/wasm/bench_extract_web.wasm ] && [ -x /usr/bin/chromium ]; then
  echo "== speed, WebAssembly in headless Chromium"
  mkdir -p build/bench/extract
  build/native/bench_extract --write-page build/bench/extract/news-2mb.html
  node bench/extract/browser.mjs build/wasm $QUICK --app-page build/bench/extract/news-2mb.html
fi

if [ -z "$DEV" ]; then
  echo "== quality: skipped (set ANNOTATOR_EXTRACT_DEV to the extract-dev folder)"
  exit 0
fi

# The split, by a rule fixed before any result was seen.
PAGES=$(cd "$DEV/pages" && ls | LC_ALL=C sort)
UNSEEN=$(echo "$PAGES" | awk 'NR % 3 == 0')
TUNING=$(echo "$PAGES" | awk 'NR % 3 != 0')
only() { for p in $1; do printf -- '--only %s ' "$p"; done; }

score() {  # score LABEL PAGES CMD...
  local label=$1 pages=$2
  shift 2
  # shellcheck disable=SC2046
  python3 "$DEV/score.py" --worst 3 $(only "$pages") -- "$@" | sed "s/^extract-dev:/$label:/"
}

echo "== quality on extract-dev (score.py: word 4-gram shingles, P and R averaged over pages)"
score "tuning, as shown (headline first)" "$TUNING" "$NATIVE" extract
score "tuning, body only" "$TUNING" node bench/extract/body-only.mjs "$NATIVE"
score "unseen, as shown (headline first)" "$UNSEEN" "$NATIVE" extract
score "unseen, body only" "$UNSEEN" node bench/extract/body-only.mjs "$NATIVE"
score "all 130, as shown (headline first)" "$PAGES" "$NATIVE" extract
score "all 130, body only" "$PAGES" node bench/extract/body-only.mjs "$NATIVE"

echo "== native and WebAssembly give the same bytes"
same=0
differ=()
for p in $PAGES; do
  n=$("$NATIVE" extract "$DEV/pages/$p/source.html" --json 2>&1 | sha256sum)
  w=$(node --no-experimental-fetch build/wasm/annotator.js extract "$DEV/pages/$p/source.html" --json 2>&1 | sha256sum)
  if [ "$n" = "$w" ]; then same=$((same + 1)); else differ+=("$p"); fi
done
echo "identical on $same of $(echo "$PAGES" | wc -l) pages"
[ ${#differ[@]} -eq 0 ] || echo "differ: ${differ[*]}"
