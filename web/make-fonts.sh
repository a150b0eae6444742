#!/usr/bin/env bash
# make-fonts.sh OUT_DIR - puts the page's fonts into OUT_DIR, cut down to the characters the
# reader needs (Latin with extensions, Greek, Cyrillic, punctuation, currency) with
# pyftsubset (Debian package fonttools) so the whole page stays small. Without pyftsubset
# the full fonts are copied. Fonts come from Debian's packages; none is committed.
# Skips fonts that are already up to date.
set -euo pipefail
out=${1:?usage: make-fonts.sh OUT_DIR}
mkdir -p "$out"
# The same ranges the app loads into its glyph atlas (src/app/fonts.cpp).
ranges="U+0020-024F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2199,U+2212,U+25CF,U+2713,U+2715,U+FFFD"
noto=/usr/share/fonts/truetype/noto
fonts=(
  "$noto/NotoSerif-Regular.ttf:NotoSerif-Regular.ttf"
  "$noto/NotoSerif-Bold.ttf:NotoSerif-Bold.ttf"
  "$noto/NotoSans-Regular.ttf:NotoSans-Regular.ttf"
  "/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf:OpenDyslexic-Regular.otf"
)
for entry in "${fonts[@]}"; do
  src=${entry%%:*} name=${entry#*:}
  dst="$out/$name"
  if [ ! -f "$src" ]; then
    echo "make-fonts.sh: missing $src (install the Debian font packages)" >&2
    exit 1
  fi
  [ -f "$dst" ] && [ "$dst" -nt "$src" ] && [ "$dst" -nt "$0" ] && continue
  if command -v pyftsubset >/dev/null; then
    # No hinting (the atlas is rasterised at the exact size) and no layout tables beyond
    # kerning: the app draws glyph by glyph.
    pyftsubset "$src" --unicodes="$ranges" --output-file="$dst" --no-hinting \
      --layout-features='' --name-IDs='*' --notdef-outline --desubroutinize
  else
    cp "$src" "$dst"
  fi
done
