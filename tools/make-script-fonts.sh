#!/usr/bin/env bash
# make-script-fonts.sh OUT_DIR - the fonts a document in another script needs, cut from
# Debian's font packages with pyftsubset, one file per script (CJK in slices by how common
# the characters are), plus OUT_DIR/manifest.json saying which file covers which code points.
# The page fetches a file only when the document has characters in its ranges; a Latin
# article needs none of them. Keeps OpenType layout tables: these fonts are shaped
# (src/core/text/shape.h). Skips files that are up to date.
set -euo pipefail
out=${1:?usage: make-script-fonts.sh OUT_DIR}
mkdir -p "$out"
noto=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
symbola=/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf

# name | source font | code points (pyftsubset --unicodes syntax) | what it is for
# Each script's own letters, its marks and the punctuation it uses; Latin, digits and
# common punctuation come from the reading font.
fonts=(
  "arabic|$noto/NotoNaskhArabic-Regular.ttf|U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+25CC|Arabic, Persian, Urdu (Naskh)"
  "arabic-bold|$noto/NotoNaskhArabic-Bold.ttf|U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+25CC|Arabic titles"
  "hebrew|$noto/NotoSerifHebrew-Regular.ttf|U+0590-05FF,U+FB1D-FB4F,U+200C-200F,U+25CC|Hebrew, Yiddish"
  "hebrew-bold|$noto/NotoSerifHebrew-Bold.ttf|U+0590-05FF,U+FB1D-FB4F,U+200C-200F,U+25CC|Hebrew titles"
  "devanagari|$noto/NotoSerifDevanagari-Regular.ttf|U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF,U+200C-200D,U+25CC|Hindi, Marathi, Nepali"
  "bengali|$noto/NotoSerifBengali-Regular.ttf|U+0980-09FF,U+200C-200D,U+25CC|Bengali, Assamese"
  "tamil|$noto/NotoSerifTamil-Regular.ttf|U+0B80-0BFF,U+200C-200D,U+25CC|Tamil"
  "thai|$noto/NotoSerifThai-Regular.ttf|U+0E00-0E7F,U+200B-200D,U+25CC|Thai"
  "georgian|$noto/NotoSerifGeorgian-Regular.ttf|U+10A0-10FF,U+1C90-1CBF,U+2D00-2D2F|Georgian"
  "armenian|$noto/NotoSerifArmenian-Regular.ttf|U+0530-058F,U+FB13-FB17|Armenian"
  "ethiopic|$noto/NotoSerifEthiopic-Regular.ttf|U+1200-139F,U+2D80-2DDF,U+AB00-AB2F|Amharic, Tigrinya"
  "symbols|$symbola|U+2190-21FF,U+2300-23FF,U+2460-24FF,U+25A0-27BF,U+2900-2BFF,U+1F000-1FAFF|emoji and symbols (monochrome)"
)

# CJK in slices: the characters of the common national sets first (GB 2312 level 1,
# JIS X 0208 level 1, KS X 1001 hangul), the rarer ones in later files. Python's own codecs
# know those sets.
cjk_sets() {
  /usr/bin/python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
def encodable(codec, lo, hi):
    s = []
    for c in range(lo, hi + 1):
        try:
            chr(c).encode(codec)
            s.append(c)
        except UnicodeEncodeError:
            pass
    return s
def gb2312_level1():
    # Rows 16-55 of GB 2312 are level 1 (3,755 hanzi by frequency of use).
    s = []
    for row in range(16, 56):
        for col in range(1, 95):
            try:
                s.append(ord(bytes([0xA0 + row, 0xA0 + col]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return s
def jis_level1():
    s = []
    for row in range(16, 48):  # rows 16-47 are JIS X 0208 level 1 kanji
        for col in range(1, 95):
            try:
                s.append(ord(bytes([0xA0 + row, 0xA0 + col]).decode("euc_jp")))
            except UnicodeDecodeError:
                pass
    return s
han = set(range(0x4E00, 0xA000))
core = set(gb2312_level1()) | set(jis_level1())
common2 = (set(encodable("gb2312", 0x4E00, 0x9FFF)) | set(encodable("euc_jp", 0x4E00, 0x9FFF)) |
           set(encodable("big5", 0x4E00, 0x9FFF))) - core
rest = sorted(han - core - common2)
kana_punct = list(range(0x3000, 0x3100)) + list(range(0x3190, 0x31FF)) + list(range(0xFF00, 0xFFF0))
def ksx1001_hangul():
    # Rows 16-40 of KS X 1001 hold the 2,350 common syllables (the codec would also encode
    # every other syllable as a make-up sequence, so decode the rows instead).
    s = []
    for row in range(16, 41):
        for col in range(1, 95):
            try:
                s.append(ord(bytes([0xA0 + row, 0xA0 + col]).decode("euc_kr")))
            except UnicodeDecodeError:
                pass
    return s
hangul = ksx1001_hangul() + list(range(0x1100, 0x1200)) + list(range(0x3130, 0x3190))
hangul_rest = sorted(set(range(0xAC00, 0xD7A4)) - set(hangul))
def ranges(cps):
    cps = sorted(set(cps))
    out, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append("U+%04X" % cps[i] if i == j else "U+%04X-%04X" % (cps[i], cps[j]))
        i = j + 1
    return ",".join(out)
slices = [("cjk-1", sorted(core) + kana_punct, "Chinese and Japanese: common hanzi/kanji, kana, CJK punctuation")]
# The rest in slices of 2,000 characters by code point (about 1 MB each): a document with
# a few rarer characters fetches only the slices that hold them.
others = sorted(common2) + rest
for k in range(0, len(others), 2000):
    slices.append(("cjk-%d" % (2 + k // 2000), others[k:k + 2000],
                   "Chinese and Japanese: less common characters" if k < len(common2) else "CJK: rare ideographs"))
slices += [("hangul-1", hangul, "Korean: the 2,350 common syllables, jamo"),
           ("hangul-2", hangul_rest, "Korean: the other syllables")]
for name, cps, what in slices:
    print("%s|%s|%s" % (name, ranges(cps), what))
PY
}

manifest="$out/manifest.json.tmp"
echo '{"version": 1, "fonts": [' > "$manifest"
first=1
emit() {  # name source unicodes what [face index] [language]
  local name=$1 src=$2 unicodes=$3 what=$4 index=${5:-0} lang=${6:-} dst="$out/$1.ttf"
  if [ ! -f "$src" ]; then
    echo "make-script-fonts.sh: missing $src (install the Debian font packages)" >&2
    exit 1
  fi
  if ! { [ -f "$dst" ] && [ "$dst" -nt "$src" ] && [ "$dst" -nt "$0" ]; }; then
    pyftsubset "$src" --font-number="$index" --unicodes="$unicodes" --output-file="$dst" \
      --no-hinting --layout-features='*' --name-IDs='*' --notdef-outline --desubroutinize
  fi
  [ $first = 1 ] || echo ',' >> "$manifest"
  first=0
  printf '  {"file": "%s", "for": "%s", "bytes": %d, "unicodes": "%s"%s}' \
    "$name.ttf" "$what" "$(stat -c %s "$dst")" "$unicodes" "${lang:+, \"lang\": \"$lang\"}" >> "$manifest"
}
for entry in "${fonts[@]}"; do
  IFS='|' read -r name src unicodes what <<< "$entry"
  emit "$name" "$src" "$unicodes" "$what"
done
while IFS='|' read -r name unicodes what; do
  # Japanese documents (with kana) take face 0, Japanese, for the common kanji: the same
  # characters drawn as Japanese readers expect. Listed first, so it wins for them.
  if [ "$name" = cjk-1 ]; then
    emit cjk-ja-1 "$cjk" "$unicodes" "Japanese: common kanji, kana, punctuation (Japanese shapes)" 0 ja
  fi
  emit "$name" "$cjk" "$unicodes" "$what" 2  # face 2 of the collection: Simplified Chinese
done < <(cjk_sets)
printf '\n]}\n' >> "$manifest"
mv "$manifest" "$out/manifest.json"
